"""A state word that is both a yes/no column's whole name (is_closed) and a value of a category column of the same
table (a forecast category 'Closed', a status 'Closed'): the flag says the state of every row, the category's value is
one of its kinds, so "closed opportunities" are the rows whose flag is yes."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention

# Words a flag's name starts with besides the state it names (is_closed, HasShipped, was_paid).
_FLAG_PREFIXES = frozenset({"is", "has", "was", "had", "did", "flag", "yn"})


def _names_flag(c: ColumnEntry | None, word: str | None) -> bool:
    return c is not None and c.flag is not None and word is not None and set(c.words) - _FLAG_PREFIXES == {word}


def flags_over_values(idx: CatalogIndex, words: Sequence[str | None], mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the value of a category column where the same word names a flag of that table whole."""
    flagged = {
        (m.start, m.table)
        for m in mentions
        if m.kind == "column" and m.column and _names_flag(idx.tables[m.table].col(m.column), words[m.start])
    }
    if not flagged:
        return mentions
    return [m for m in mentions if not (m.kind == "value" and m.end - m.start == 1 and (m.start, m.table) in flagged)]
