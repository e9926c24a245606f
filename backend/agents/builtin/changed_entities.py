"""Things a change log counts: "how many parcels were rerouted", "customers with the most rerouted orders" over a log of
changes (a table with the two sides of each change, `event_sides`) count the things that changed, each once however
often it changed — the distinct keys of the table the log points at — unless the log's own rows are named ("priority
changes")."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.event_sides import side_pairs
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias


def changed_entities(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """A row count over a change log, asked of the things it points at, counts those things' distinct keys."""
    if plan.kind != Intent.AGGREGATE or len(plan.measures) != 1:
        return plan
    m = plan.measures[0]
    if m.agg != "count" or m.column is not None or m.share_of or m.within or m.per or m.of_each:
        return plan
    if plan.table not in {p.table for p in side_pairs(idx)}:
        return plan
    if _log_named(r, plan.table):
        return plan  # the log's own rows are counted: "priority changes"
    keys = [fk for fk in idx.foreign_keys if fk.table == plan.table]
    named = {x.table for x in r.mentions if x.kind in ("table", "value")}
    fk = next((k for k in keys if k.ref_table in named), None)
    if fk is None:
        return plan
    label = idx.tables[fk.ref_table].label
    counted = [
        d
        for d in plan.dimensions
        if label is not None and d.bucket is None and d.column == ColumnRef(table=fk.ref_table, column=label.name)
    ]
    if counted and (len(plan.dimensions) == 1 or _grouped_by(r, fk.ref_table)):
        return plan  # "rerouted orders by order": its own rows are the groups
    plan.dimensions = [d for d in plan.dimensions if d not in counted]
    plan.order = [o for o in plan.order if o.alias not in {d.alias for d in counted}]
    key = ColumnRef(table=plan.table, column=fk.column)
    plan.measures = [Measure(agg="count_distinct", column=key, alias=measure_alias("count_distinct", fk.column))]
    plan.order = [
        o.model_copy(update={"alias": plan.measures[0].alias}) if o.alias == m.alias else o for o in plan.order
    ]
    return plan


def _grouped_by(r: Reading, table: str) -> bool:
    """Whether the table's rows are named after a grouping word ("by ticket", "per order", "each order")."""
    return any(
        x.kind == "table"
        and x.table == table
        and x.start > 0
        and r.tokens[x.start - 1].lower in lx.GROUP_WORDS | {"each"}
        for x in r.mentions
    )


def _log_named(r: Reading, log: str) -> bool:
    """Whether a word names the log's rows before any other table's ("changes", not "orders" of an order history)."""
    tables = [x for x in r.mentions if x.kind == "table"]
    return any(x.table == log and x.score >= max(y.score for y in tables if y.start == x.start) for x in tables)
