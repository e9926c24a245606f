""" "requests by complaint type, 2023 vs 2024", "monthly energy use in 2024 vs 2025": periods compared across the
groups of another grouping are set side by side, one column per period — each group's figure in 2023 beside its
figure in 2024 on one row — rather than a row per group and period. Asked of no other grouping ("revenue 2023 vs
2024") the periods stay rows, one bar each."""

from __future__ import annotations

import datetime as dt
import re

from backend.agents.builtin.models import AnalysisPlan, Dimension, Filter, Intent, OrderItem

_ALIAS = re.compile(r"[^a-z0-9]+")


def periods_side_by_side(plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with one measure per compared period and the period no longer a grouping; the note saying so."""
    if not plan.periods or plan.kind != Intent.AGGREGATE or plan.top_n is not None or len(plan.dimensions) < 2:
        return plan, None
    if len(plan.measures) != 1 or plan.measures[0].within or plan.measures[0].span or plan.measures[0].share_of:
        return plan, None
    found = _period_parts(plan)
    if found is None:
        return plan, None
    period, parts = found
    rest = [d for d in plan.dimensions if d is not period]
    m = plan.measures[0]
    measures = [
        m.model_copy(update={"within": [f], "alias": f"{m.alias}_{_ALIAS.sub('_', f.label.lower()).strip('_')}"})
        for f in parts
    ]
    kept = {d.alias for d in rest}
    order = [o for o in plan.order if o.alias in kept]
    if not order and not any(d.bucket for d in rest):
        order = [OrderItem(alias=measures[-1].alias, desc=True)]
    labels = " and ".join(f.label for f in parts)
    note = f"I set {labels} side by side: one column per period for each {rest[0].alias.replace('_', ' ')}."
    update = {"dimensions": rest, "measures": measures, "order": order}  # still periods: bar groups
    return plan.model_copy(update=update), note


def _period_parts(plan: AnalysisPlan) -> tuple[Dimension, list[Filter]] | None:
    """The dimension the periods split the rows by, and one filter per period (from the filter keeping them all)."""
    for f in plan.filters:
        dim = next((d for d in plan.dimensions if d.column == f.column and d.bucket in (None, "year", "quarter",
                                                                                        "month")), None)  # fmt: skip
        if dim is None:
            continue
        if f.op == "date_range" and len(f.values) >= 4 and len(f.values) % 2 == 0 and dim.bucket is not None:
            pairs = list(zip(f.values[::2], f.values[1::2], strict=True))
            return dim, [
                Filter(column=f.column, op="date_range", values=[a, b], label=_label(str(a), str(b))) for a, b in pairs
            ]
        if f.op == "in" and len(f.values) >= 2 and dim.bucket is None:
            return dim, [Filter(column=f.column, op="=", values=[v], label=str(v)) for v in f.values]
    return None


def _label(start: str, end: str) -> str:
    """A period's name from its bounds: 2023, Q1 2024, 2024-03, else the two dates."""
    try:
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return f"{start} to {end}"
    if a.month == 1 and a.day == 1 and b == dt.date(a.year + 1, 1, 1):
        return str(a.year)
    if a.day == 1 and (a.month - 1) % 3 == 0 and b == _add_months(a, 3):
        return f"Q{(a.month - 1) // 3 + 1} {a.year}"
    if a.day == 1 and b == _add_months(a, 1):
        return f"{a.year}-{a.month:02d}"
    return f"{start} to {end}"


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.month - 1 + n
    return dt.date(d.year + k // 12, k % 12 + 1, 1)
