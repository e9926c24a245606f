"""A person's name written in parts: a first (given) name column and a last (family) name column of one table, read
together as the rows' name ("Ada" and "Quill" are "Ada Quill"). Found by the words of the columns' names, in any
naming style (given_name, GivenName, surname, fname)."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import ColumnInfo

# A word before "name" saying which part of a person's name a column holds.
FIRST_WORDS = frozenset({"first", "given", "fore", "christian"})
LAST_WORDS = frozenset({"last", "family", "sur"})
# One word saying the same by itself.
_FIRST_ALONE = frozenset({"forename", "givenname", "fname"})
_LAST_ALONE = frozenset({"surname", "familyname", "lname"})
# The one word for each part a question uses whatever the columns are called.
PART_NOUNS = (frozenset({"forename"}), frozenset({"surname"}))
NAME_PART_WORDS = FIRST_WORDS | LAST_WORDS | _FIRST_ALONE | _LAST_ALONE


def _said(words: tuple[str, ...], before: frozenset[str], alone: frozenset[str]) -> bool:
    """The words name this part: the part's word before "name" (or a short form of it), or its one word."""
    if len(words) == 1:
        return words[0] in alone
    head = words[-1]
    return (head == "name" or lx.abbreviates(head, "name")) and words[-2] in before


def name_parts(columns: Sequence[tuple[ColumnInfo, tuple[str, ...]]]) -> tuple[str, str] | None:
    """(the given name's column, the surname's column) of a table whose rows are people named in two parts: exactly one text
    column of each part. `columns` are the table's columns with their words (type tags left out)."""
    texts = [(c, w) for c, w in columns if c.kind == "text" and w]
    firsts = [c.name for c, w in texts if _said(w, FIRST_WORDS, _FIRST_ALONE)]
    lasts = [c.name for c, w in texts if _said(w, LAST_WORDS, _LAST_ALONE)]
    return (firsts[0], lasts[0]) if len(firsts) == 1 and len(lasts) == 1 else None
