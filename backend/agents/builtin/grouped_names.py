"""A word after a grouping word that names a column by its own name is that column: "bugs by priority" groups by the
priority column, never keeps the rows of another table whose field stores the text 'priority' (a change log naming
the field each row changed). One value cannot be a grouping."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import Mention

_GROUPING_WORDS = frozenset({"by", "per"})


def grouped_names(tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions without the values read where a grouping word names a column by its name."""
    named = {(m.start, m.end) for m in mentions if m.kind == "column" and m.via == "name"}
    return [
        m
        for m in mentions
        if not (m.kind == "value" and (m.start, m.end) in named and lx.low_at(tokens, m.start - 1) in _GROUPING_WORDS)
    ]
