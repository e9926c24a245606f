"""A yes/no column denied by a prefix of the word: "total unpaid fines", "how many unread messages", "non-member
visits" read as "not paid", "not read", "not member" when the catalog has a yes/no column named by the word
without its prefix and spells the prefixed word nowhere (no name, no value)."""

from __future__ import annotations

import re

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex

_PREFIXES = ("non-", "non", "un")
MIN_REST = 4  # "unit", "union" are no denials: the word left must be a word of its own


def _known(word: str, idx: CatalogIndex) -> bool:
    """The catalog spells the word: a name's word or a value's."""
    return any(w in idx.by_word or w in idx.value_words or w in idx.raw_words for w in (word, lx.stem(word)))


def _flag_word(word: str, idx: CatalogIndex) -> bool:
    """A word naming a yes/no column ("paid" of a Paid flag)."""
    return any(c.flag is not None for w in (word, lx.stem(word)) for c in idx.by_word.get(w, []))


def restate_denied_flags(question: str, idx: CatalogIndex) -> str | None:
    """The question with each prefixed denial of a flag written as "not" and the flag's word; None when it has none."""
    out = question
    for t in lx.tokenize(question):
        w = t.lower
        prefix = next((p for p in _PREFIXES if w.startswith(p) and len(w) - len(p) >= MIN_REST), None)
        if prefix is None or _known(w, idx):
            continue
        rest = w[len(prefix) :]
        if _flag_word(rest, idx):
            out = re.sub(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", f"not {rest}", out, count=1)
    return out if out != question else None
