"""The things a table in long format holds figures of, ranked by a noun no name of the catalog says: "top 5 economies
by GDP in 2019", "which nation had the highest unemployment rate" over an open-data export whose column of nations is
named for something else (a place, an area). Such a table's rows are one per thing, figure and period, so the thing
ranked is its column of nations, found by its values (ISO codes or names, as places.py reads them), never by its
name."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.reading import Reading

ENTITY_SCORE = 1.0  # as strong as a column said by one word of its name


def ranked_entities(r: Reading, idx: CatalogIndex, ranked: str | None) -> list[Mention]:
    """The ranked noun (`ranked`, said where no name of the catalog says it) as the column of nations of each table in
    long format whose figure the question names and that has one: the names before the codes when it has both."""
    at = next((k for k in sorted(r.entity_at) if k < len(r.tokens) and r.tokens[k].text == ranked), None)
    if at is None:
        at = next((k for k, t in enumerate(r.tokens) if t.text == ranked), None)
    if at is None or ranked is None:
        return []
    figured = {(m.table, m.column) for m in r.mentions if m.kind == "value"}
    out: list[Mention] = []
    for table, lf in idx.long.items():
        if (lf.names_table, lf.names) not in figured:
            continue  # ranked by no figure of this table
        nations = [p for p in idx.places if p.table == table and p.national]
        named = [p for p in nations if not p.coded] or nations
        if len(named) == 1:
            out.append(Mention(at, at + 1, "column", table, named[0].column, ENTITY_SCORE, "entity"))
    return out
