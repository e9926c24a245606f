"""Text patterns in a question: "whose name contains 'Rose'", "containing the word Hey", "starting with A", "ending in
son" — a part of a text column's value, matched case-insensitively (ILIKE), never the whole value. The part is taken
as written: the quoted words, else the one word after the cue."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.models import FilterOp

# The cue's words (lower case) → what the part is of the value.
_CUES: dict[tuple[str, ...], FilterOp] = {
    ("contains",): "contains",
    ("contain",): "contains",
    ("containing",): "contains",
    ("includes",): "contains",
    ("including",): "contains",
    ("include",): "contains",
    ("starts", "with"): "starts_with",
    ("start", "with"): "starts_with",
    ("starting", "with"): "starts_with",
    ("started", "with"): "starts_with",
    ("begins", "with"): "starts_with",
    ("begin", "with"): "starts_with",
    ("beginning", "with"): "starts_with",
    ("ends", "with"): "ends_with",
    ("end", "with"): "ends_with",
    ("ending", "with"): "ends_with",
    ("ends", "in"): "ends_with",
    ("end", "in"): "ends_with",
    ("ending", "in"): "ends_with",
}
# Words between the cue and the part: "containing the word Hey", "starting with the letter A".
_FILLERS = frozenset({"the", "a", "an", "word", "words", "letter", "letters", "string", "substring", "phrase", "text",
                      "characters", "character", "term", "keyword", "prefix", "suffix"})  # fmt: skip
_QUOTES = frozenset({"'", '"'})
_QUOTED_RE = re.compile(r"'([^']+)'|\"([^\"]+)\"|[‘“]([^’”]+)[’”]")


@dataclass(frozen=True, slots=True)
class TextPattern:
    """A part of a text value asked for: the cue starts at `start`, the part ends before `end`."""

    start: int
    end: int
    op: FilterOp
    value: str


def read_patterns(
    question: str, toks: Sequence[lx.Token], consumed: frozenset[int], stored: Callable[[str], bool]
) -> tuple[TextPattern, ...]:
    """Every cue followed by a part: a quoted text (taken verbatim from the question), else one word or number that
    is not a year ("ending in 2020" is a date). Unquoted after "contains"/"including" with no "the word"-like filler,
    a word the catalog stores as a whole value (`stored`) is that value ("baskets containing apples"), and after
    "including" it needs quotes or a filler ("totals including refunds" asks for no part of a text)."""
    quoted = [next(g for g in m.groups() if g is not None) for m in _QUOTED_RE.finditer(question)]
    opened = 0  # quotes seen so far, to know which quoted text a quote token opens
    out: list[TextPattern] = []
    i = 0
    while i < len(toks):
        if toks[i].lower in _QUOTES:
            opened += 1
        cue = next((k for k in _CUES if _at(toks, i, k)), None)
        if cue is None or i in consumed:
            i += 1
            continue
        j = i + len(cue)
        while j < len(toks) and toks[j].lower in _FILLERS and j + 1 < len(toks):
            j += 1
        filled = any(toks[k].lower in _FILLERS - {"the", "a", "an"} for k in range(i + len(cue), j))
        if j < len(toks) and toks[j].lower in _QUOTES:
            k = next((k for k in range(j + 1, len(toks)) if toks[k].lower == toks[j].lower), None)
            n = (opened + 1) // 2  # complete pairs before this quote
            if k is None or k == j + 1 or n >= len(quoted):
                i += 1
                continue
            out.append(TextPattern(i, k + 1, _CUES[cue], quoted[n]))
            opened += 2
            i = k + 1
            continue
        if j >= len(toks) or j in consumed or not toks[j].text[:1].isalnum():
            i += 1
            continue
        t = toks[j]
        if t.number is not None and (len(t.lower) == 4 or "." in t.lower):
            i += 1
            continue  # "ending in 2020": a period, not a text
        if t.lower in lx.STOPWORDS and len(t.lower) > 1:
            i += 1
            continue  # "starting with the most recent": no part named
        if not filled and (cue[0].startswith("includ") or (_CUES[cue] == "contains" and stored(t.text))):
            i += 1
            continue
        out.append(TextPattern(i, j + 1, _CUES[cue], t.text))
        i = j + 1
    return tuple(out)


def _at(toks: Sequence[lx.Token], i: int, words: tuple[str, ...]) -> bool:
    return all(i + k < len(toks) and toks[i + k].lower == w for k, w in enumerate(words))
