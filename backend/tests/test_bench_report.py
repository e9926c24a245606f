"""Each benchmark rewrites only its own marked section of docs/benchmarks.md: notes and the other sections stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import report


def test_a_section_is_replaced_and_everything_else_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "benchmarks.md"
    monkeypatch.setattr(report, "DOC", doc)
    doc.write_text(
        "# Benchmarks\n\n<!-- a -->\nold a\n<!-- /a -->\n\nA note written by hand.\n\n<!-- b -->\nb\n<!-- /b -->\n"
    )
    report.write_section("<!-- a -->", "<!-- /a -->", "<!-- a -->\nnew a\n<!-- /a -->")
    text = doc.read_text()
    assert "new a" in text and "old a" not in text
    assert "A note written by hand." in text and "<!-- b -->\nb\n<!-- /b -->" in text
    report.write_section("<!-- c -->", "<!-- /c -->", "<!-- c -->\nc\n<!-- /c -->")  # a new section is appended
    assert doc.read_text().startswith(text.rstrip("\n")) and doc.read_text().endswith("<!-- c -->\nc\n<!-- /c -->")
