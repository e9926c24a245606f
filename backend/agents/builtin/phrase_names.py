"""A column called by a whole phrase ("has opted out of mailings", "is eligible for rebate") said in the question:
the words inside the phrase name that column, never a shorter column or value spelled like one of them ("mailings")."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention

_PHRASE_MIN = 3  # words: "opted out of mailings"; two words are a compound another column may share
# Words a flag's name starts with that a question says in its own tense or leaves out ("have opted", "were paid").
_AUXILIARIES = frozenset({"has", "have", "is", "was", "are", "were", "did", "does", "had"})


def _said_whole(idx: CatalogIndex, m: Mention, words: Sequence[str | None]) -> bool:
    if m.kind != "column" or m.column is None or m.end - m.start < _PHRASE_MIN:
        return False
    c = idx.tables[m.table].col(m.column)
    if c is None:
        return False
    said = {w for w in words[m.start : m.end] if w}
    return len(said) >= _PHRASE_MIN and said <= set(c.words) and not (c.key_words - said - _AUXILIARIES)


def phrase_names(idx: CatalogIndex, words: Sequence[str | None], mentions: list[Mention]) -> list[Mention]:
    """`mentions` without those inside a column's name said whole."""
    whole = [m for m in mentions if _said_whole(idx, m, words)]
    if not whole:
        return mentions
    return [
        m
        for m in mentions
        if not any(w.start <= m.start and m.end <= w.end and (m.end - m.start) < (w.end - w.start) for w in whole)
    ]


def possessed_keys(tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """ "by the ticket owner's <column>": the rows' noun before a key's role word written with 's says whose key
    it is (the ticket's owner), it is no grouping of its own; the column is the owner's."""
    chains = [
        m
        for m in mentions
        if m.kind == "column" and m.end - m.start >= 2 and tokens[m.end - 1].owner and m.end < len(tokens)
    ]
    return [m for m in mentions if not any(c.start == m.start and c.table == m.table and m.end < c.end for c in chains)]
