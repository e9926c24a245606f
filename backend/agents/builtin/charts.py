"""Chart choice from the shape of a result: temporal x → line, category → bar, two measures → scatter…"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from backend.agents.builtin.models import AnalysisPlan, ChartChoice, Intent, box_columns, is_box, name_parts
from backend.models.catalog import ColumnKind

# Every chart_type the generated component understands.
CHART_TYPES = ("bar", "line", "area", "pie", "scatter", "histogram", "box", "kpi", "table")
PIE_MAX = 6  # pie slices stay readable up to about this many parts
PIE_SHARE_MAX = 12  # …and the user may ask for a share breakdown with a few more


def repeated_columns(rows: Iterable[Mapping[str, object]]) -> set[str]:
    """Columns whose value comes twice among `rows` (records that share a category, such as a listing's villages)."""
    seen: dict[str, set[str]] = {}
    twice: set[str] = set()
    for row in rows:
        for name, value in row.items():
            text = repr(value)
            if text in seen.setdefault(name, set()):
                twice.add(name)
            seen[name].add(text)
    return twice


def _additive(plan: AnalysisPlan | None) -> bool:
    """True when the measure adds up to a whole (sum or count), which is what a pie shows."""
    if plan is None or not plan.measures:
        return True
    m = plan.measures[0]
    ratio = m.over is not None or m.per is not None or m.group_figure is not None  # a rate adds up to no whole
    return m.agg in ("sum", "count", "count_distinct") and not ratio


def choose_chart(
    columns: Sequence[tuple[str, ColumnKind]],
    row_count: int,
    plan: AnalysisPlan | None = None,
    repeated: Collection[str] = (),
) -> ChartChoice:
    """Pick a chart for result columns (name, kind) and row count; the plan refines intent.

    `repeated` names the columns whose values come back more than once in the rows seen so far (a listing's
    villages, not its names). A chart type the user asked for (plan.chart_hint) wins whenever it fits the data.
    """
    chart = _by_shape(columns, row_count, plan, repeated)
    hint = plan.chart_hint if plan else None
    if hint and hint != chart.chart_type and hint in chart.alternatives:
        return chart.model_copy(update={"chart_type": hint, "reason": f"You asked for a {hint} chart, and it fits."})
    if hint and hint in CHART_TYPES and hint not in chart.alternatives:
        why = _unfit(hint, columns, row_count, plan)
        asked = "box plot" if hint == "box" else f"{hint} chart"
        return chart.model_copy(update={"reason": f"You asked for a {asked}, but {why}. {chart.reason}"})
    return chart


def _unfit(hint: str, columns: Sequence[tuple[str, ColumnKind]], row_count: int, plan: AnalysisPlan | None) -> str:
    """Why the chart type the user asked for cannot draw this result, in words they can act on."""
    numeric = [n for n, k in columns if k == "numeric"]
    if hint == "pie":
        if not _additive(plan):
            return "a pie shows parts of a whole and an average, minimum or maximum does not add up to one"
        if len(numeric) > 1 or (plan is not None and len(plan.dimensions) > 1):
            return "a pie shows one measure split one way"
        if row_count > PIE_SHARE_MAX:
            return f"a pie stays readable up to {PIE_SHARE_MAX} slices and this result has {row_count}"
    if hint == "scatter" and len(numeric) < 2:
        return "a scatter plot needs two measures and this result has " + ("one" if numeric else "none")
    if hint in ("line", "area") and row_count < 2:
        return "a line needs at least two points"
    if hint == "box":
        return "a box plot needs the values of one measure, and a count, a share or a ratio of totals has none"
    if hint == "kpi" and row_count != 1:
        return f"a headline figure shows one number and this result has {row_count} rows"
    return "it does not fit this result's columns"


def _by_shape(
    columns: Sequence[tuple[str, ColumnKind]], row_count: int, plan: AnalysisPlan | None, repeated: Collection[str]
) -> ChartChoice:
    """The chart the data's shape suggests."""
    if plan is not None and plan.periods:
        # Compared periods ("Q4 2023 vs Q4 2024") are bar groups, whatever type their dates come back as.
        compared = {d.alias for d in plan.dimensions if d.bucket}
        columns = [(n, "text" if k == "temporal" and n in compared else k) for n, k in columns]
    keys = (
        {d.key_alias for d in plan.dimensions if d.key_alias} | {a for _, a in name_parts(plan)} if plan else set[str]()
    )
    # A group's key beside its name (a written code, a namesake's id) and the name's parts label the group; the chart
    # draws the whole name.
    columns = [(n, k) for n, k in columns if n not in keys] if len(columns) > len(keys) else columns
    changes = {m.alias for m in plan.measures if m.change} if plan else set[str]()
    if changes:
        # "year over year growth": the change is drawn, its measure rides along in the data.
        columns = [(n, k) for n, k in columns if n in changes or not any(m.alias == n for m in plan.measures)]  # type: ignore[union-attr]
    shares = {m.alias for m in plan.measures if m.of_total} if plan else set[str]()
    if shares and len(columns) > len(shares) + 1:
        # A share of the total rides along with its measure: the chart draws the measure (a pie shows the shares).
        columns = [(n, k) for n, k in columns if n not in shares]
    names = [n for n, _ in columns]
    temporal = [n for n, k in columns if k == "temporal"]
    measure_names = {m.alias for m in plan.measures} if plan else set[str]()
    numeric = [n for n, k in columns if k == "numeric"]
    if plan and plan.kind == Intent.AGGREGATE:
        dim_aliases = [d.alias for d in plan.dimensions]
        numeric = [n for n in numeric if n in measure_names or n not in dim_aliases]

    categories = [n for n, k in columns if k in ("text", "boolean", "other") or (n not in numeric and k != "temporal")]
    kind = plan.kind if plan else None

    if plan is not None and is_box(plan) and row_count > 0:
        x = plan.dimensions[0].alias if plan.dimensions else None
        within = f" within each {x}" if x else ""
        return ChartChoice(chart_type="box", alternatives=["box", "table"], x=x, y=box_columns(plan),
                           reason=f"A box plot shows how the values spread{within}: the box runs from the first to the third "
                           "quartile around the median, the whiskers from the minimum to the maximum.")  # fmt: skip
    if kind == Intent.HISTOGRAM or (plan is None and len(names) == 2 and names[0].endswith("_bin")):
        series = names[1] if len(names) == 3 else None  # one histogram per group, overlaid
        return ChartChoice(chart_type="histogram", alternatives=["histogram", "bar", "table"], x=names[0],
                           y=names[-1:], series=series,
                           reason="A histogram shows how the values are distributed across bins"
                           + (f", one series per {series}." if series else "."))  # fmt: skip
    if not names or row_count == 0 or (kind == Intent.ROWS and len(names) > 3):
        return ChartChoice(
            chart_type="table",
            alternatives=["table"],
            reason="There is no data to plot, or too many columns for one chart.",
        )
    if kind == Intent.ROWS and plan is not None and any(f.than_column is not None for f in plan.filters):
        # "items below their reorder point": the rows one column of each compared with another picks, to be read.
        return ChartChoice(chart_type="table", alternatives=["table", "bar"],
                           reason="The rows a comparison of two of their columns picks are best read as a table.")  # fmt: skip
    if row_count == 1 and numeric and not temporal and not categories:
        return ChartChoice(chart_type="kpi", alternatives=["kpi", "table"], y=numeric,
                           reason="A single number is best shown as a headline figure.")  # fmt: skip
    if kind == Intent.ROWS and row_count == 1 and categories and numeric:
        # One row ("the name and capacity of the largest vessel") is read, not compared: one bar or point says less.
        return ChartChoice(chart_type="table", alternatives=["table", "bar"], x=categories[0], y=numeric,
                           reason="One row answers this, so a table shows it as it is.")  # fmt: skip
    # Two measures of each row ("salary and bonus for each employee") are one point per row; two measures of each
    # group set against each other ("credit versus orders for each customer"), one point per group.
    row_points = kind == Intent.ROWS and len(numeric) == 2 and not temporal and len(categories) <= 1
    group_points = (
        kind == Intent.AGGREGATE
        and bool(plan and plan.chart_hint == "scatter")
        and len(numeric) in (2, 3)
        and not temporal
        and len(categories) <= 1
    )
    row_points = row_points or group_points
    if (
        kind == Intent.SCATTER
        or row_points
        or (kind is None and len(numeric) >= 2 and not temporal and len(categories) <= 1)
    ):
        # Each row's own name is a label for its point, not a colour: one colour per row tells nothing.
        series = categories[0] if categories and not row_points else None
        # A scatter plan's third measure is each point's size ("bubble chart … sized by C").
        size = numeric[2] if (kind == Intent.SCATTER or group_points) and len(numeric) > 2 else None
        reason = f"Two measures per {'group' if group_points else 'row'}: a scatter plot shows how they relate"
        reason += f", each point sized by {size}" if size else ""
        x, y = (names[0], names[1:2]) if kind == Intent.SCATTER else (numeric[0], numeric[1:2])
        return ChartChoice(chart_type="scatter", alternatives=["scatter", "table"], x=x, y=y,
                           series=series, size=size,
                           reason=reason + (f", coloured by {series}." if series else "."))  # fmt: skip
    ranked = bool(plan and plan.order and plan.order[0].alias in measure_names and len(plan.dimensions) == 1)
    if temporal and numeric and ranked:
        return ChartChoice(chart_type="bar", alternatives=["bar", "line", "table"], x=temporal[0], y=numeric[:1],
                           reason=f"A ranking of {temporal[0]}s: bars sorted by {numeric[0]} put the leader first.")  # fmt: skip
    if temporal and numeric:
        x = temporal[0]
        series = categories[0] if categories else None
        alts = ["line", "area", "bar", "table"]
        reason = f"{x} is a time axis, so a line shows the trend"
        if series:
            reason += f", one line per {series} (stacked area and bars also fit)"
        return ChartChoice(chart_type="line", alternatives=alts, x=x, y=numeric, series=series, reason=reason + ".")
    if categories and numeric:
        x = categories[0]
        series = categories[1] if len(categories) > 1 else None
        if kind == Intent.ROWS and x in repeated:
            # Rows that share a category ("village, crop and tonnes of every harvest") are records: bars would
            # stack or sum them into totals nobody asked for. Bars stay on offer.
            return ChartChoice(chart_type="table", alternatives=["table", "bar"], x=x, y=numeric, series=series,
                               reason=f"These rows share their {x}, so a table shows each of them as it is.")  # fmt: skip
        alts = ["bar", "table"]
        parts_ok = series is None and len(numeric) == 1 and _additive(plan)
        share = bool(plan and plan.share)
        asked = bool(plan and plan.chart_hint == "pie")
        if parts_ok and row_count <= (PIE_SHARE_MAX if share or asked else PIE_MAX):
            alts.insert(1, "pie")
        # A line needs a few points to show a shape; one the user chose holds even when a filter leaves fewer.
        if series is None and (row_count >= 3 or bool(plan and plan.chart_hint == "line")):
            alts.insert(len(alts) - 1, "line")
        if share and "pie" in alts:
            return ChartChoice(chart_type="pie", alternatives=alts, x=x, y=numeric[:1],
                               reason=f"You asked for a breakdown: a pie shows each {x}'s share of the whole.")  # fmt: skip
        if series:
            reason = f"Bars compare {numeric[0]} across {x}, grouped by {series} (stack them to see totals)."
        elif len(numeric) > 1:
            reason = f"Grouped bars compare {', '.join(numeric)} across {x}."
        else:
            reason = f"{x} is a category and {numeric[0]} a measure, so bars compare them"
            reason += " (few parts of a whole, so a pie also fits)." if "pie" in alts else "."
        return ChartChoice(chart_type="bar", alternatives=alts, x=x, y=numeric, series=series, reason=reason)
    if numeric and len(numeric) >= 2:
        return ChartChoice(chart_type="scatter", alternatives=["scatter", "table"], x=numeric[0], y=numeric[1:2],
                           reason="Two measures: a scatter plot shows how they relate.")  # fmt: skip
    if numeric and row_count > 1:
        return ChartChoice(chart_type="bar", alternatives=["bar", "line", "table"], x=None, y=numeric[:1],
                           reason="A single measure over rows is shown as bars.")  # fmt: skip
    return ChartChoice(chart_type="table", alternatives=["table"], x=None, y=[],
                       reason="These rows have no measure to plot, so they are shown as a table.")  # fmt: skip
