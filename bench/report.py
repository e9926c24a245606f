"""Where benchmarks write their figures: each owns a marked section of docs/benchmarks.md."""

from __future__ import annotations

from backend.settings import REPO_ROOT

DOC = REPO_ROOT / "docs" / "benchmarks.md"


def write_section(start: str, end: str, text: str) -> None:
    """Replace the section between the `start` and `end` markers of docs/benchmarks.md (or append it)."""
    current = DOC.read_text() if DOC.exists() else "# Benchmarks\n"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        current = before + text + ("\n" + after if after else "")
    else:
        current = current.rstrip("\n") + "\n\n" + text
    DOC.write_text(current)
