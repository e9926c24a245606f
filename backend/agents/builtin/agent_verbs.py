"""A verb whose doer is named by a key of the rows: "who reports the most bugs" over rows with a reporter's key is the
people behind that key ranked by their rows, as "top reporters of bugs" is; "who fixes the most" reads a fixer's key.
The doer's noun is the verb's base with -er, -r or -or (report → reporter, create → creator)."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.verbs import people_table

_SCORE = 3.0


def doers(verb: str) -> set[str]:
    """The nouns of the one doing a verb in its -s or -ed form: reports → reporter, created → creator."""
    bases = {verb}
    for ending in ("es", "s", "ed", "d"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            bases.add(verb[: -len(ending)])
    return {b + tail for b in bases for tail in ("er", "r", "or")} | {b[:-1] + "or" for b in bases if b.endswith("e")}


def doer_mention(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> Mention | None:
    """At the verb after "who", the key of the rows whose role noun is the verb's doer, when that key points at a table
    of people and no other name was found at the verb."""
    if lx.low_at(tokens, 0) != "who" or len(tokens) < 3 or any(m.start <= 1 < m.end for m in mentions):
        return None
    nouns = doers(lx.low_at(tokens, 1))
    keys = [
        fk
        for fk in idx.foreign_keys
        if fk.table != fk.ref_table
        and people_table(idx.tables[fk.ref_table])
        and (c := idx.tables[fk.table].col(fk.column)) is not None
        and set(c.words) & nouns
    ]
    if len(keys) != 1:
        return None
    return Mention(1, 2, "column", keys[0].table, keys[0].column, _SCORE, via="name", spec=1.0)
