"""Figures in the unit a question asks for: "average trip duration in hours" over seconds is AVG(duration_s / 3600.0)
named avg_duration_hours, "total size in GB" over bytes divides by 1024³. Only the figures the answer shows are read in
that unit; a threshold was already turned into the column's own unit where it was read (`comparisons`)."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Intent, Measure
from backend.agents.builtin.quantities import Unit, divisor, shown_name
from backend.agents.builtin.role_model import measure_alias


def _in(ref: ColumnRef, asked: Unit, idx: CatalogIndex) -> ColumnRef:
    """The reference read in the asked unit when its column is stored in another unit of the same kind."""
    table = idx.tables.get(ref.table)
    entry = table.col(ref.column) if table else None
    if ref.scale or ref.parts or entry is None or entry.unit is None:
        return ref
    by = divisor(entry.unit, asked)
    if by is None:
        return ref
    return ref.model_copy(update={"scale": by, "shown": shown_name(ref.column, entry.unit, asked)})


def _counts_only(m: Measure, idx: CatalogIndex) -> bool:
    """A figure times counts of how many times it was done (a weight times its reps): read in another unit like the
    figure alone, as the counts have none."""
    if m.times is None or m.operands() != [m.times, *m.also_times]:
        return False
    for c in m.operands():
        table = idx.tables.get(c.table)
        entry = table.col(c.column) if table else None
        if entry is None or entry.unit is not None or entry.is_money:
            return False
    return True


def _measure(m: Measure, asked: Unit, idx: CatalogIndex) -> Measure:
    if m.agg in ("count", "count_distinct") or m.column is None or m.per or m.of_total or m.share_of:
        return m
    if m.operands() and not _counts_only(m, idx):
        return m
    column = _in(m.column, asked, idx)
    if column is m.column:
        return m
    update: dict[str, object] = {"column": column}
    if m.alias == measure_alias(m.agg, m.column.column):
        update["alias"] = measure_alias(m.agg, column.shown)
    return m.model_copy(update=update)


def in_units(plan: AnalysisPlan, idx: CatalogIndex, asked: Unit | None) -> AnalysisPlan:
    """`plan` with its measures (and the columns a listing shows) read in the unit asked for."""
    if asked is None or plan.kind == Intent.HISTOGRAM:
        return plan
    measures = [_measure(m, asked, idx) for m in plan.measures]
    renames = {a.alias: b.alias for a, b in zip(plan.measures, measures, strict=True) if a.alias != b.alias}
    order = [o.model_copy(update={"alias": renames.get(o.alias, o.alias)}) for o in plan.order]
    columns = [_in(c, asked, idx) for c in plan.columns]
    return plan.model_copy(update={"measures": measures, "order": order, "columns": columns})
