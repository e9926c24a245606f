"""Counting through a bridge grouping: the rows that count a table above the bridge's entity ("customers per
category" counts the customers' keys among the rentals), the groups kept by a count of rows ("categories with more
than 50 rentals"), and the keys that lead from a table's rows up to the entity."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import KEY_SHARE, CatalogIndex, Mention, singular
from backend.agents.builtin.choice import Choice, choose_table
from backend.agents.builtin.comparisons import Comparison
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.models.catalog import ForeignKey

# Words between groups and the count that keeps them ("with", "that have", "having").
_HAVING = frozenset({"with", "having", "that", "which", "have", "has", "had"})
_ARTICLES = frozenset({"the", "a", "an", "each", "every"})


def grouped(r: Reading, m: Mention) -> bool:
    """The mention follows a grouping word, an article or "each" between allowed: "per category", "by the genre",
    "for each playlist", "in every category"."""
    k = m.start - 1
    while k >= 0 and r.low(k) in _ARTICLES and r.low(k) not in lx.GROUPING_WORDS:
        k -= 1
    return r.low(k) in lx.GROUPING_WORDS or (r.low(m.start - 1) in ("each", "every") and k < m.start - 1)


def path_to(ch: Choice, entity: str) -> tuple[ForeignKey, ...] | None:
    """The many-to-one keys from the chosen table up to the entity (none when it is the entity)."""
    if ch.table.info.name == entity:
        return ()
    if entity in ch.parents:
        return (ch.parents[entity],)
    return ch.paths.get(entity)


def own_key(idx: CatalogIndex, table: str) -> str | None:
    """The column naming each row of the table: the one other tables reference, else its one unique id."""
    referenced = next((fk.ref_column for fk in idx.foreign_keys if fk.ref_table == table and fk.table != table), None)
    if referenced is not None:
        return referenced
    entry = idx.tables[table]
    rows = max(entry.info.row_count, 1)
    ids = [c for c in entry.columns if c.is_id and (c.info.distinct_count or 0) >= KEY_SHARE * rows]
    # a payment's payment_id, not the rental_id it also holds once per row
    own = [c for c in ids if set(c.words) & set(entry.words)] if len(ids) > 1 else ids
    return own[0].name if len(own) == 1 else None


def counted_over(r: Reading, end: int) -> Comparison | None:
    """ "categories with more than 50 rentals", "genres that have at least 10 loans": a comparison of one number, said
    of the groups ending at `end`, right before the table of the rows counted."""
    k = end
    while r.low(k) in _HAVING:
        k += 1
    if k == end:
        return None
    return next(
        (
            c
            for c in r.comparisons
            if c.start == k
            and len(c.values) == 1
            and c.op in (">", ">=", "<", "<=", "=")
            and any(m.kind == "table" and m.start == c.end for m in r.mentions)
        ),
        None,
    )


def counting_rows(r: Reading, idx: CatalogIndex, ch: Choice, entity: str) -> Choice | None:
    """ "number of customers per category" where customers sit above the films: the table of rows that reference the
    counted table and reach the entity (rentals: a customer and a copy of a film), the one the question names, else
    the one nearest the entity."""
    counted = ch.table.info.name
    found: list[tuple[int, int, Choice]] = []
    for fk in idx.foreign_keys:
        if fk.ref_table != counted or fk.table in (counted, entity):
            continue
        child = choose_table(r, idx, only=fk.table)
        path = path_to(child, entity) if child is not None else None
        if child is not None and path is not None and path:
            named = any(m.table == fk.table for m in r.mentions)
            found.append((0 if named else 1, len(path), child))
    found.sort(key=lambda f: f[:2])
    if not found or (len(found) > 1 and found[0][:2] == found[1][:2]):
        return None
    return found[0][2]


def counted_keys(idx: CatalogIndex, plan: AnalysisPlan, rows: Choice) -> AnalysisPlan | None:
    """A count of the counted table's rows read as the distinct keys the rows referencing it hold."""
    table = rows.table.info.name
    fk = rows.parents.get(plan.table) or next(
        (f for f in idx.foreign_keys if f.table == table and f.ref_table == plan.table), None
    )
    if fk is None or plan.kind != Intent.AGGREGATE or [m.agg for m in plan.measures] != ["count"]:
        return None
    if plan.measures[0].column is not None:
        return None
    keys = Measure(agg="count_distinct", column=ColumnRef(table=table, column=fk.column), alias=plan.measures[0].alias)
    return AnalysisPlan(table=table, measures=[keys], dimensions=plan.dimensions, filters=plan.filters)


def noun_per(r: Reading, table: str) -> bool:
    """The table's rows named right before a grouping word ("customers per category", "listeners in each topic")."""
    return any(
        m.kind == "table" and m.table == table and (r.low(m.end) in lx.GROUPING_WORDS or r.low(m.end + 1) == "each")
        for m in r.mentions
    )


def count_of(idx: CatalogIndex, table: str) -> Measure:
    """The number of the table's rows, named by its noun."""
    noun = singular(idx, table)
    return Measure(agg="count", alias=measure_alias("count", None, noun if noun.isidentifier() else None))


def unsaid_grouping(r: Reading, table: str) -> bool:
    """The table is named in the question, never as a grouping ("rented films in each category")."""
    named = [m for m in r.mentions if m.table == table and m.kind == "table"]
    return bool(named) and not any(grouped(r, m) or r.low(m.start - 1) == "and" for m in named)


def having_filter(idx: CatalogIndex, plan: AnalysisPlan, comp: Comparison) -> Filter:
    """The groups kept where the plan's first figure passes the comparison ("more than 50 rentals")."""
    value = comp.values[0]
    n = int(value) if value.is_integer() else value
    figure = plan.measures[0]
    key = own_key(idx, plan.table) or idx.tables[plan.table].columns[0].name
    return Filter(
        column=ColumnRef(table=plan.table, column=key),
        op=comp.op,
        values=[n],
        label=f"{figure.alias} {comp.op} {n}",
        having=figure,
    )
