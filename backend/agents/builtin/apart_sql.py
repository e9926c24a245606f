"""SQL of a ratio whose part and whole live in two tables ("refunds as a share of sales by branch"): each total is taken
per group in a query of its own, and the part's is divided by the whole's, matched on the groups. Joining the two
tables row by row would repeat every refund once per sale of its group and every sale once per refund."""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from backend.agents.builtin.models import AnalysisPlan, Measure
from backend.agents.builtin.sql_exprs import div, func, lit, mul

PART, WHOLE = "part_total", "whole_total"
_PARTS, _WHOLES = "part_totals", "whole_totals"


def _totals(plan: AnalysisPlan, aggregate: Callable[[AnalysisPlan], exp.Select]) -> exp.Select:
    """The plan's groups and its one total, unordered and uncut (a subquery)."""
    select = aggregate(plan.model_copy(update={"order": [], "top_n": None, "top_per": None}))
    select.set("order", None)
    select.set("limit", None)
    return select


def apart_select(
    plan: AnalysisPlan,
    m: Measure,
    aggregate: Callable[[AnalysisPlan], exp.Select],
    name: Callable[[str], exp.Identifier],
) -> exp.Select:
    """SELECT the groups, 100 × COALESCE(part, 0) / NULLIF(whole, 0) FROM (whole totals per group) FULL JOIN (part
    totals per group) ON the groups: every group either side has, one with no part at 0, one with no whole with no
    ratio (NULL: nothing to divide by) rather than left out."""
    whole_plan = m.whole
    assert whole_plan is not None
    part = Measure(agg=m.agg, column=m.column, alias=PART)
    parts = _totals(plan.model_copy(update={"measures": [part]}), aggregate)
    wholes = _totals(whole_plan, aggregate)
    p, w = name(_PARTS), name(_WHOLES)
    groups = [d.alias for d in plan.dimensions]
    scale = exp.Literal.number("100.0" if m.percent else "1.0")
    ratio = div(
        mul(scale, func("coalesce", exp.column(name(PART), table=p.copy()), lit(0))),
        exp.Nullif(this=exp.column(name(WHOLE), table=w.copy()), expression=lit(0)),
    )
    outputs: list[exp.Expr] = [
        exp.alias_(
            func("coalesce", exp.column(name(g), table=w.copy()), exp.column(name(g), table=p.copy())),
            name(g),
            copy=False,
        )
        for g in groups
    ]
    outputs.append(exp.alias_(ratio, name(m.alias), copy=False))
    select = exp.select(*outputs).from_(wholes.subquery(w.copy()), copy=False)
    if not groups:
        return select.join(parts.subquery(p.copy()), join_type="cross", copy=False)
    on = exp.and_(
        *(
            exp.EQ(this=exp.column(name(g), table=p.copy()), expression=exp.column(name(g), table=w.copy()))
            for g in groups
        ),
        copy=False,
    )
    return select.join(parts.subquery(p.copy()), on=on, join_type="full", copy=False)
