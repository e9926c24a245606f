"""The people behind a table's rows kept as JSON objects (a `poster` object with its `handle` and id): "who <verb> the
most" over such rows ranks them by the object's naming key — the object a word of the question names as the doer
("tagged" → a tagee, "fixed" → a fixer or a `fixed_via`), else the table's one object of records."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.agent_verbs import doers
from backend.agents.builtin.catalog_index import CatalogIndex, Mention

_SCORE = 3.0


def _roles(word: str) -> set[str]:
    """The nouns of whoever a verb involves (tagged → tagee, zibs → zibber) and its base (a `fixed_via` object is
    named by "fixed")."""
    bases = {word} | {word[: -len(e)] for e in ("ed", "d", "es", "s") if word.endswith(e) and len(word) - len(e) >= 3}
    return doers(word) | {b + "ee" for b in bases} | bases


def object_doer(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> Mention | None:
    """At "who", the naming key of the people behind the rows of the tables the question names: the object one of
    its words names as the doer, else the one object of records of those tables (the rows it names by their table, else by a value; never a column's)."""
    if lx.low_at(tokens, 0) != "who" or len(tokens) < 3:
        return None
    tables = {m.table for m in mentions if m.kind == "table" and m.table in idx.tables}
    tables = tables or {m.table for m in mentions if m.kind == "value" and m.table in idx.tables}
    held = [(t, column, label) for t in sorted(tables) for column, label in idx.tables[t].records]
    said = {n for k in range(1, len(tokens)) for n in _roles(lx.low_at(tokens, k))}
    named = [h for h in held if (c := idx.tables[h[0]].col(h[1])) is not None and set(c.words) & said - lx.STOPWORDS]
    pick = named or (held if len(held) == 1 else [])
    if len(pick) != 1:
        return None
    table, _, label = pick[0]
    return Mention(0, 1, "column", table, label, _SCORE, via="who", spec=1.0)
