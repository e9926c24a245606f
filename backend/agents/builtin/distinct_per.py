"""“How many different gadgets did each buyer order", "number of distinct kinds each buyer ordered from": for each
member of one entity, the number of distinct members of another that the rows of a third pair it with, through the
chain of keys from those rows to both (a line of a sale → the sale → its buyer; the line → its gadget → its kind)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.agents.builtin.table_roles import own_key

_EACH = frozenset({"each", "every", "per"})
_BETWEEN = frozenset({"of", "the", "distinct", "different", "unique"})


def distinct_per(r: Reading, idx: CatalogIndex) -> AnalysisPlan | None:
    """The count of one entity's distinct members per member of another, when no table holds a key to both and a
    third table's rows reach both along many-to-one keys; None otherwise."""
    if r.comparisons or r.date is not None or r.top_n or any(m.kind == "value" for m in r.mentions):
        return None
    agg = next((a for a in r.aggs if a.agg in ("count", "count_distinct") and a.distinct), None)
    if agg is None or len(r.aggs) != 1:
        return None
    k = agg.end
    while r.low(k) in _BETWEEN:
        k += 1
    counted = _table_at(r, k) or _column_at(r, idx, k)
    each = next((j for j in range(k, len(r.tokens)) if r.low(j) in _EACH), None)
    grouped = _table_at(r, each + 1 + (r.low(each + 1) == "single")) if each is not None else None
    if counted is None or grouped is None or counted.table == grouped.table:
        return None
    x, g = counted.table, grouped.table
    if _reaches(idx, x, g) or _reaches(idx, g, x):
        return None  # one holds a key to the other: the question is about those two tables alone
    via = _through(idx, x, g)
    named = idx.tables[x].col(counted.column) if counted.column is not None else None
    key, label = named or own_key(idx.tables[x]), idx.tables[g].label or own_key(idx.tables[g])
    if via is None or key is None or label is None:
        return None
    noun = lx.stem(r.low(counted.end - 1)) if named is None else None
    plan = AnalysisPlan(
        kind=Intent.AGGREGATE,
        table=via,
        dimensions=[Dimension(column=ColumnRef(table=g, column=label.name), alias=label.name)],
        measures=[
            Measure(
                agg="count_distinct",
                column=ColumnRef(table=x, column=key.name),
                alias=measure_alias("count", key.name if named else None, noun),
            )
        ],
    )
    return finish(plan, idx, None, r)


def _table_at(r: Reading, k: int) -> Mention | None:
    found = [m for m in r.mentions if m.kind == "table" and m.start == k]
    return max(found, key=lambda m: m.score * m.spec) if found else None


def _column_at(r: Reading, idx: CatalogIndex, k: int) -> Mention | None:
    """ "different specialties": a text column of kinds named by its own words."""
    for m in r.mentions:
        c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.start == k and m.column else None
        if c is not None and m.via == "name" and c.info.kind == "text" and not c.is_id and c.flag is None:
            return m
    return None


def _reaches(idx: CatalogIndex, table: str, other: str) -> bool:
    return other in parents_of(idx, table) or other in ancestors_of(idx, table)


def _through(idx: CatalogIndex, x: str, g: str) -> str | None:
    """The table whose rows reach both along the fewest keys (ties: the one listed first)."""
    best: tuple[int, str] | None = None
    for t in idx.tables:
        if t in (x, g):
            continue
        paths = {ref: (fk,) for ref, fk in parents_of(idx, t).items()} | ancestors_of(idx, t)
        if x in paths and g in paths:
            hops = len(paths[x]) + len(paths[g])
            if best is None or hops < best[0]:
                best = (hops, t)
    return best[1] if best is not None else None
