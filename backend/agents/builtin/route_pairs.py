"""Routes: the pairs of a journey's two ends ("most common routes", "top 5 routes by average fare", "number of
sailings per route"). The rows go from one row of another table to another (two keys to it, at least one named for
its direction: pickup/origin/src…; dropoff/destination/dst…); a route is the pair of names their two ends reference,
read through two joins of that table, one per end, and counted when no other figure is asked."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.fk_roles import key_direction, role_words
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Intent, Measure, OrderItem
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.agents.builtin.routes import directed_keys, end_joins, role_prefix
from backend.models.catalog import ForeignKey

# Nouns of a pair of ends: a journey's route, whatever the rows are called.
ROUTE_WORDS = frozenset({"route", "routes"})


def route_said(r: Reading) -> bool:
    """The question asks about routes."""
    return any(t.lower in ROUTE_WORDS for t in r.tokens)


def journey_keys(idx: CatalogIndex, table: str) -> tuple[ForeignKey, ForeignKey] | None:
    """(origin, destination) keys of a table whose rows go from one row of another table to another, when one such
    pair says which end is which and the referenced rows have a name."""
    parents = dict.fromkeys(fk.ref_table for fk in idx.foreign_keys if fk.table == table and fk.ref_table in idx.tables)
    found = [k for p in parents if (k := directed_keys(idx, table, p)) is not None and idx.tables[p].label is not None]
    # Both keys say their end (src and dst, pickup and dropoff): an originator and an approver are no journey.
    found = [k for k in found if [key_direction(role_words(idx, fk)) for fk in k] == ["from", "to"]]
    return found[0] if len(found) == 1 else None


def journey_table(r: Reading, idx: CatalogIndex) -> str | None:
    """The table routes are asked of: the one table of journeys, or among several the one the question names."""
    tables = [t for t in idx.tables if journey_keys(idx, t) is not None]
    if len(tables) > 1:
        named = {m.table for m in r.mentions if m.kind == "table"}
        tables = [t for t in tables if t in named]
    return tables[0] if len(tables) == 1 else None


def counted_routes(r: Reading, idx: CatalogIndex) -> AnalysisPlan | None:
    """ "most common routes", "top 3 routes" when nothing else of the catalog is named: the journeys counted."""
    table = journey_table(r, idx) if route_said(r) else None
    if table is None or _unread(r):
        return None
    noun = lx.stem(idx.tables[table].words[-1]) if idx.tables[table].words else None
    return AnalysisPlan(table=table, measures=[Measure(agg="count", alias=measure_alias("count", None, noun))])


# Words a question about routes alone may hold beside them: how they are ranked and what a route is.
_ROUTE_TALK = lx.TOP_WORDS | frozenset(lx.SUPERLATIVES) | lx.BOTTOM_WORDS | {
    "busiest", "common", "popular", "frequent", "used", "least", "fewest", "pairs", "pair", "origin", "destination",
    "show", "list", "most",
}  # fmt: skip


def _unread(r: Reading) -> bool:
    """A word of the question that neither the catalog nor the talk of routes explains ("widgets on each route"):
    the routes of journeys would answer another question."""
    said = {p for m in r.mentions for p in range(m.start, m.end)} | {p for a in r.aggs for p in range(a.start, a.end)}
    return any(
        k not in said
        and r.words[k] is not None
        and t.text.isalpha()
        and t.lower not in lx.STOPWORDS | ROUTE_WORDS | _ROUTE_TALK
        and t.number is None
        for k, t in enumerate(r.tokens)
    )


def _end_alias(idx: CatalogIndex, fk: ForeignKey, fallback: str, column: str) -> str:
    return f"{role_prefix(idx, fk, fallback)}_{column}"


def route_pairs(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan grouped by route (each end's name) when the question asks about routes; a note saying so."""
    keys = journey_keys(idx, plan.table) if route_said(r) and plan.kind == Intent.AGGREGATE else None
    if keys is None:
        return plan, None
    parent = keys[0].ref_table
    label = idx.tables[parent].label
    if label is None:
        return plan, None
    joins = end_joins(idx, keys)
    ends = [
        Dimension(
            column=ColumnRef(table=parent, column=label.name, alias=j.alias),
            alias=_end_alias(idx, fk, side, label.name),
        )
        for j, fk, side in zip(joins, keys, ("from", "to"), strict=True)
    ]
    key_columns = {fk.column for fk in keys}
    dims = [
        d
        for d in plan.dimensions
        if not (d.column.table == parent and d.column.alias is None)
        and not (d.column.table == plan.table and d.column.column in key_columns)
    ]
    measures = plan.measures or [Measure(agg="count", alias="row_count")]
    routed = plan.model_copy(
        update={
            "dimensions": [*ends, *dims],
            "measures": measures,
            "order": [OrderItem(alias=measures[0].alias, desc=plan.top_desc if r.top_n else True)],
            "top_n": None,
            "limit": r.top_n or plan.limit,
        }
    )
    kept = [j for j in plan.joins if not (j.ref_table == parent and j.alias is None)]
    routed.joins = [*kept, *(j for j in joins if j not in kept)]
    origin, destination = keys
    note = (
        f"A route is the pair of {parent} each {plan.table} row goes between: its {origin.column} "
        f"and its {destination.column}."
    )
    return routed, note
