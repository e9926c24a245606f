"""“How many different X", "the number of distinct X": one number, the count of X's distinct values — never a count of
rows per X, whichever way the column was found (its name, a kind word such as "types of", a value's column)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.models import AnalysisPlan, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias


def distinct_count(r: Reading, plan: AnalysisPlan) -> AnalysisPlan:
    """A plan counting rows by one plain grouping, asked as a count of different values with no grouping word, counts
    the grouping's distinct values instead."""
    asked = any(a.agg == "count" and a.distinct for a in r.aggs)
    if not asked or plan.kind != Intent.AGGREGATE or len(plan.dimensions) != 1 or r.top_n:
        return plan
    d = plan.dimensions[0]
    if d.bucket is not None or len(plan.measures) != 1 or plan.measures[0].agg not in ("count", "count_distinct"):
        return plan
    counted = plan.measures[0].column
    if counted is not None and not (plan.measures[0].agg == "count_distinct" and counted == d.column):
        return plan  # a count of another column's values per group stays one
    if plan.measures[0].share_of or plan.periods:
        return plan
    if any(t.lower in lx.GROUP_WORDS for t in r.tokens):  # "how many different types per village": a grouping
        return plan
    if any(f.having is not None for f in plan.filters):
        return plan
    plan.measures = [
        Measure(agg="count_distinct", column=d.column, alias=measure_alias("count_distinct", d.column.column))
    ]
    plan.dimensions = []
    plan.order = []
    plan.top_n = None
    return plan
