"""“Countries with both singers older than 40 and singers younger than 30”: two conditions on one column that no row
meets at once are met by different rows of the same group — the listed column's values found among the rows meeting
each condition (an intersection), not rows meeting both."""

from __future__ import annotations

from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, OrderItem
from backend.agents.builtin.reading import Reading

_BOUNDS = (">", ">=", "<", "<=")


def both_conditions(r: Reading, plan: AnalysisPlan) -> AnalysisPlan:
    """Two row conditions on one column that exclude each other, asked with "both", as the listed (or grouped)
    column's values among the rows meeting each."""
    if "both" not in {t.lower for t in r.tokens}:
        return plan
    target = _listed(plan)
    if target is None:
        return plan
    pair = _exclusive_pair(plan.filters)
    if pair is None or pair[0].column.table != target.table:
        return plan
    kept = [f for f in plan.filters if f not in pair]
    plan.filters = kept + [
        Filter(column=target, op="in", among=target, among_filters=[f], label=f"{target.column} with {f.label}")
        for f in pair
    ]
    plan.kind, plan.columns, plan.distinct = Intent.ROWS, [target], True
    plan.measures, plan.dimensions, plan.top_n = [], [], None
    plan.order = [OrderItem(alias=target.column)]
    return plan


def _listed(plan: AnalysisPlan) -> ColumnRef | None:
    """The column a listing shows first, or the one grouping of a plain count ("which villages have both …")."""
    if plan.kind == Intent.ROWS and plan.columns:
        return plan.columns[0]
    plain = len(plan.measures) == 1 and plan.measures[0].agg == "count" and plan.measures[0].column is None
    if plan.kind == Intent.AGGREGATE and len(plan.dimensions) == 1 and plain and plan.dimensions[0].bucket is None:
        return plan.dimensions[0].column
    return None


def _exclusive_pair(filters: list[Filter]) -> tuple[Filter, Filter] | None:
    """A lower and an upper bound on one column that no value meets together ("> 40" and "< 30")."""
    plain = [
        f for f in filters
        if f.op in _BOUNDS and f.having is None and f.than_agg is None and f.than_column is None and f.values
        and f.per_row is None
        and isinstance(f.values[0], int | float) and not isinstance(f.values[0], bool)
    ]  # fmt: skip
    for lo in plain:
        for hi in plain:
            if lo is hi or lo.column != hi.column or lo.op not in (">", ">=") or hi.op not in ("<", "<="):
                continue
            a, b = float(lo.values[0]), float(hi.values[0])  # type: ignore[arg-type]
            if b < a or (b == a and (lo.op == ">" or hi.op == "<")):
                return lo, hi
    return None
