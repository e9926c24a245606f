"""Text columns holding several values in each row: tags written '<python><pandas>', genres 'Drama|Comedy', colours
'red, green'. The format is read from the column's values (all of them, or a sample), never from its name: a row's
elements are short, they repeat across rows, and (for commas, which free text also uses) an element stands first in
some rows and later in others, which a place written 'Pune, India' never does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

ListFormat = Literal["angle", "pipe", "comma"]

MIN_VALUES = 3  # fewer values say too little about a column's format
MIN_SHARE = 0.9  # angle brackets: this share of the values is a run of <element>s
MAX_ELEMENT_WORDS = 4  # an element is a short label, not a sentence
_ANGLE = re.compile(r"(?:<[^<>]+>)+")
_ANGLE_ITEM = re.compile(r"<([^<>]+)>")
_SEPARATORS: dict[ListFormat, re.Pattern[str]] = {"pipe": re.compile(r"\s*\|\s*"), "comma": re.compile(r"\s*,\s*")}


def split_items(value: str, fmt: ListFormat) -> list[str]:
    """The elements of one value in `fmt`: '<a><b>' → [a, b], 'a|b' → [a, b], 'a, b' → [a, b]."""
    if fmt == "angle":
        return [s.strip() for s in _ANGLE_ITEM.findall(value) if s.strip()]
    return [s for s in _SEPARATORS[fmt].split(value.strip()) if s]


def list_format(values: Sequence[object]) -> ListFormat | None:
    """The format of a column holding several elements per row, read from its (sampled) values; None for plain text."""
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < MIN_VALUES:
        return None
    angled = sum(1 for t in texts if _ANGLE.fullmatch(t))
    if angled >= MIN_SHARE * len(texts) and _has_several(texts, "angle"):
        return "angle"
    if "<" in "".join(texts):
        return None
    for fmt in ("pipe", "comma"):
        if _separated(texts, fmt):
            return fmt
    return None


def _has_several(texts: list[str], fmt: ListFormat) -> bool:
    return any(len(split_items(t, fmt)) > 1 for t in texts)


def _separated(texts: list[str], fmt: ListFormat) -> bool:
    """Whether the values are lists of short, repeated elements written with `fmt`'s separator."""
    rows = [split_items(t, fmt) for t in texts]
    several = [r for r in rows if len(r) > 1]
    if not several or any(len(e.split()) > MAX_ELEMENT_WORDS for r in rows for e in r):
        return False
    elements = {e.lower() for r in rows for e in r}
    if len(elements) >= sum(len(r) for r in rows):  # no element repeats: names, not a vocabulary
        return False
    if fmt == "pipe":
        return True
    first = {r[0].lower() for r in several}
    later = {e.lower() for r in several for e in r[1:]}
    return len(first & later) * 2 >= min(len(first), len(later))


def elements(values: Sequence[object], fmt: ListFormat) -> list[str]:
    """The distinct elements of a list column's values, in order of first appearance."""
    out: dict[str, str] = {}
    for v in values:
        if isinstance(v, str):
            for e in split_items(v, fmt):
                out.setdefault(e.lower(), e)
    return list(out.values())
