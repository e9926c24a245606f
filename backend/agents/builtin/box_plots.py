"""A box plot: the five numbers of a measure's values (minimum, first quartile, median, third quartile,
maximum) and how many there are, one row per group ("box plot of weight by crate type", "spread of fares per
route"), or one row over all the rows when nothing groups them."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.models import BOX_AGGS, AnalysisPlan, Dimension, Intent, Measure, OrderItem, is_box
from backend.agents.builtin.role_model import AGG_PREFIX

BOX_COUNT = "count"
# Aggregates of a column's own values: a box plot shows the same values, summarised otherwise.
_VALUE_AGGS = frozenset({"sum", "avg", "min", "max", "median", "stddev", "range", "q1", "q3"})


def _value(plan: AnalysisPlan) -> tuple[Measure, str] | None:
    """The measure whose values the box summarises, and its name: an aggregate's own column ("average salary by
    crew" → salary), a histogram's binned column or per-row value ("distribution of stay length")."""
    if plan.kind == Intent.AGGREGATE and len(plan.measures) == 1:
        m = plan.measures[0]
        group_level = m.share_of or m.of_total or m.running or m.change or m.span or m.within or m.percent
        if m.column is None or m.agg not in _VALUE_AGGS or group_level:
            return None
        if m.per is not None or m.group_figure is not None or (m.over is not None and m.agg == "sum"):
            return None  # a ratio of the group's totals is one figure per group, no values to spread
        return m, m.alias.removeprefix(f"{AGG_PREFIX[m.agg]}_")
    if plan.kind == Intent.HISTOGRAM and not plan.dimensions:  # binned figures of groups have no values per row
        if plan.binned is not None:
            return plan.binned, plan.binned.alias
        if plan.columns:
            c = plan.columns[0]
            return Measure(agg="avg", column=c, alias=c.output()), c.output()
    return None


def box_plan(plan: AnalysisPlan, idx: CatalogIndex) -> AnalysisPlan | None:
    """The plan's measure summarised as a box plot per group (its groups, or a histogram's group column); None when
    the plan has no values of one measure to summarise (a count, a share, a ratio of totals)."""
    if is_box(plan):
        return _by_median(plan)
    found = _value(plan)
    if found is None:
        return None
    m, name = found
    dims = list(plan.dimensions)
    if plan.kind == Intent.HISTOGRAM:
        dims = [Dimension(column=g, alias=g.output()) for g in plan.histogram_groups()]
    measures = [m.model_copy(update={"agg": a, "alias": f"{AGG_PREFIX[a]}_{name}"}) for a in BOX_AGGS]
    measures.append(m.model_copy(update={"agg": "count", "alias": BOX_COUNT}))
    boxed = AnalysisPlan(
        table=plan.table,
        joins=plan.joins,
        date_keys=plan.date_keys,
        measures=measures,
        dimensions=dims,
        filters=plan.filters,
        mirrored=plan.mirrored,
        chart_hint="box",
    )
    return _by_median(finish(boxed, idx, None, None))


def _by_median(plan: AnalysisPlan) -> AnalysisPlan:
    """Groups ranked by their medians, the middle of each box, where a plan ranks them by its first measure (the
    minimum); a time axis keeps its order."""
    first, median = plan.measures[0].alias, plan.measures[BOX_AGGS.index("median")].alias
    order = [OrderItem(alias=median, desc=o.desc) if o.alias == first else o for o in plan.order]
    return plan.model_copy(update={"order": order})


# Charts that draw one figure per group: after a box plot they ask for that figure, not five.
_ONE_FIGURE_CHARTS = frozenset({"bar", "line", "area"})


def unbox_plan(plan: AnalysisPlan, idx: CatalogIndex, chart: str) -> AnalysisPlan | None:
    """A box plot's groups drawn as another chart of one figure per group ("as a bar chart" after "box plot of weight
    by crate type"): the average of the same values per group, ranked as an average is; None when the plan is no box
    plot or the chart draws five numbers as well as one (a table)."""
    if not is_box(plan) or chart not in _ONE_FIGURE_CHARTS:
        return None
    m = plan.measures[0]
    name = m.alias.removeprefix(f"{AGG_PREFIX[m.agg]}_")
    avg = m.model_copy(update={"agg": "avg", "alias": f"{AGG_PREFIX['avg']}_{name}"})
    plain = plan.model_copy(update={"measures": [avg], "order": [], "chart_hint": chart})
    return finish(plain, idx, None, None)


def unboxed_note(plan: AnalysisPlan, chart: str) -> str:
    """What a chart of one figure per group shows in place of the box plot's five numbers."""
    name = plan.measures[0].alias.removeprefix(f"{AGG_PREFIX['avg']}_").replace("_", " ")
    return (
        f"Following up on the previous result: a {chart} chart shows one figure per group, so I show the average"
        f" {name} of each group in place of the box plot's five numbers (ask for the median or the total to see"
        " another figure)."
    )
