"""Human words for a plan: the title, the analyst's thoughts, and suggestions built from the catalog."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import AnalysisPlan, ChartChoice, Filter, Intent, Measure, is_box
from backend.agents.builtin.role_model import AGG_PREFIX, measure_alias
from backend.agents.builtin.unit_notes import figure as number_text
from backend.agents.labels import words_with_unit

_AGG_WORDS = {"sum": "total", "avg": "average", "min": "minimum", "max": "maximum", "median": "median", "stddev": "standard deviation of", "range": "range (maximum minus minimum) of",
              "q1": "first quartile of", "q3": "third quartile of",
              "count": "number of", "count_distinct": "number of distinct"}  # fmt: skip


def human(name: str) -> str:
    """Identifier as words: total_amount → total amount, wing_span_cm → wing span (cm)."""
    return words_with_unit(name).strip()


def inline(name: str) -> str:
    """`human` inside a sentence: a capitalised first word ("Capacity", "Home port") in lower case, acronyms kept."""
    text = human(name)
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.istitle() and first.isalpha() else text


def measure_text(m: Measure) -> str:
    """'total amount', 'number of orders'."""
    if m.share_of:
        return "percentage of rows where " + " and ".join(filter_text(f) for f in m.share_of)
    if len(m.span) == 2:
        alias = m.alias.removeprefix("change_").removeprefix("difference_").removeprefix("ratio_")
        plain = measure_text(m.model_copy(update={"span": [], "span_ratio": False, "alias": alias}))
        first, last = (conds[0].label if conds else "" for conds in m.span)
        if m.span_ratio:
            return f"ratio of the {plain} of {last} to that of {first}"
        if m.alias.startswith("difference_"):
            return f"difference in the {plain} between {last} and {first}"
        return f"change in the {plain} from {first} to {last}"
    if m.running or m.of_total or m.change:
        base = (
            m.alias.removeprefix("cumulative_").removeprefix("pct_change_").removeprefix("change_").removeprefix("pct_")
        )
        plain = measure_text(m.model_copy(update={"running": False, "of_total": False, "change": None, "alias": base}))
        if m.change:
            return f"{'percentage ' if m.change == 'pct' else ''}change in the {plain} from the previous period"
        return f"cumulative {plain}" if m.running else f"percentage of the {plain} in the total"
    if m.of_each is not None:  # each member's figure first, then the aggregate over the members
        what = f"total {human(m.column.column)}" if m.column else "number of rows"
        if m.members is not None and m.column is None and "_per_" in m.alias:  # every member, named by its noun
            what, noun = m.alias.removeprefix(f"{m.agg}_").split("_per_", 1)
            return f"{_AGG_WORDS[m.agg]} number of {human(what)} per {human(noun)}"
        return f"{_AGG_WORDS[m.agg]} {what} per {human(m.of_each.column)}"
    if m.per is not None:
        what = f"total {human(m.column.column)}" if m.column else "number of rows"
        return f"{what} per {human(m.per.column)} (divided by the number of distinct {human(m.per.column)})"
    if m.group_figure is not None:
        what = (
            f"total {human(m.column.column)}"
            if m.column
            else f"number of {lx.counted(human(m.alias.split('_per_')[0]))}"
        )
        each = f"{m.group_figure.scale:,.0f} of " if m.group_figure.scale else ""
        return f"{what} per {each}{human(m.group_figure.column)}"
    if m.whole is not None and m.whole.measures:  # a part and its whole in two tables
        whole = m.whole.measures[0]
        part = f"total {human(m.column.column)}" if m.column else f"number of {human(m.alias.split('_pct_of_')[0])}"
        of = f"total {human(whole.column.column)}" if whole.column else f"number of {human(m.whole.table)}"
        return f"{part} as a percentage of the {of}"
    if m.column is not None and m.minus is not None and m.over is not None and m.percent:  # a margin in percent
        return f"{human(m.column.column)} minus {human(m.minus.column)} as a percentage of {human(m.over.column)}"
    if m.column is not None and m.minus is not None and m.unit is not None:
        return f"{_AGG_WORDS[m.agg]} {m.unit}s from {human(m.minus.column)} to {human(m.column.column)}"
    if m.column is not None and m.minus is not None:
        return f"{_AGG_WORDS[m.agg]} {human(m.column.column)} minus {human(m.minus.column)}"
    if m.column is not None and (m.less_rate or m.by_rate or m.plus_rate):  # named by what it is: total revenue
        return f"{_AGG_WORDS[m.agg]} {human(m.alias.removeprefix(AGG_PREFIX.get(m.agg, '') + '_'))}"
    if m.column is not None and m.times is not None:
        factors = " times ".join(human(c.column) for c in [m.times, *m.also_times])
        return f"{_AGG_WORDS[m.agg]} {human(m.column.column)} times {factors}"
    if m.column is not None and m.over is not None and m.agg == "sum" and m.percent:
        return f"{human(m.column.column)} as a percentage of {human(m.over.column)}"
    if m.column is not None and m.over is not None and m.agg == "sum":
        return f"{human(m.column.column)} per {human(m.over.column)}"
    if m.column is not None and m.over is not None:
        return f"{_AGG_WORDS[m.agg]} {human(m.column.column)} per {human(m.over.column)}"
    if m.column is not None and m.plus:
        return f"{_AGG_WORDS[m.agg]} " + " plus ".join(human(c.column) for c in [m.column, *m.plus])
    if m.column is None:
        return (
            f"number of {lx.counted(human(m.alias.removesuffix('_count')))}"
            if m.alias != "row_count"
            else "number of rows"
        )
    if m.agg == "max" and m.alias == m.column.output():  # a row's own figure beside its child rows' (one point each)
        return human(m.column.column)
    # A name in the column's own words (total_late_fee for curLateFee) is the one the user reads.
    head = AGG_PREFIX.get(m.agg, "")
    own = head and m.alias.startswith(f"{head}_") and m.alias != measure_alias(m.agg, m.column.column)
    return f"{_AGG_WORDS[m.agg]} {human(m.alias.removeprefix(f'{head}_') if own else m.column.column)}"


_OP_WORDS = {">": "above", ">=": "at or above", "<": "below", "<=": "at or below"}


def filter_text(f: Filter) -> str:
    """A short description of a filter."""
    if f.op == "date_range":
        if len(f.values) > 2:
            return f"{human(f.column.column)} in {f.label}"
        start, end = (str(v) for v in f.values[:2])
        span = f"from {start or '…'} to before {end or '…'}"
        return f"{human(f.column.column)} in {f.label} ({span})"
    if f.than_agg is not None and f.op in _OP_WORDS and f.than_column is None:
        # Which average the figure is compared with: of every row, or of the groups' own figures.
        agg, op = _AGG_WORDS.get(f.than_agg, f.than_agg), _OP_WORDS[f.op]
        if f.having is not None and f.than_groups:
            figure = measure_text(f.having)
            return f"groups whose {figure} is {op} the {agg} of every group's {figure}"
        kept = "the rows the other conditions keep" if f.than_kept else f"all {f.column.table} rows"
        whole = f"the {agg} {human(f.column.column)} over {kept}"
        if f.having is not None:
            over = f"the {agg} over all {f.column.table} rows, not the {agg} of the groups' figures"
            return f"groups whose {measure_text(f.having)} is {op} {over}"
        return f"{human(f.column.column)} {op} {whole}"
    if (
        f.op in _OP_WORDS
        and len(f.values) == 1
        and isinstance(f.values[0], int | float)
        and not isinstance(f.values[0], bool)
    ):
        # "reps above 5", "set count above 8"; "distance (km) above 16.09 (10 miles = 16.09 km)": a threshold said in
        # another unit, and what it reads as
        said = human(f.having.alias if f.having is not None else f.column.output())
        value = float(f.values[0])
        text = f"{said} {_OP_WORDS[f.op]} {number_text(value) if abs(value) >= 1 or f.note else f'{value:.6g}'}"
        return f"{text} ({f.note})" if f.note else text
    if f.op == "=" and f.values and isinstance(f.values[0], bool):
        said = flag_text(f.column.column, f.values[0])
        return f"rows {said}" if said.startswith("with") else f"rows that are {said}"
    return human(f.label) if f.label else human(f.column.column)


_FLAG_VERBS = frozenset({"is", "was", "are", "were", "flag"})


def flag_text(column: str, value: bool) -> str:
    """A yes/no column's value as the property it names: is_<x> → "<x>" / "not <x>", has_<x> → "with <x>" /
    "without <x>"."""
    words = human(column).split()
    first = words[0].lower() if words else ""
    rest = " ".join(words[1:]) if len(words) > 1 and first in _FLAG_VERBS | {"has", "had"} else " ".join(words)
    if first in {"has", "had"} and len(words) > 1:
        return f"{'with' if value else 'without'} {rest}"
    return rest if value else f"not {rest}"


def _value_text(f: Filter) -> str:
    """A filter's value as its label says it: a code's meaning ("Rejected" for 4), a yes/no column's property
    ("not returned"), else the value."""
    if f.op == "=" and isinstance(f.values[0], bool):
        return flag_text(f.column.column, f.values[0])
    said = f.label.removeprefix(f"{f.column.column} is ")
    return said if f.op == "=" and said != f.label else str(f.values[0])


def title_for(plan: AnalysisPlan) -> str:
    """A chart title such as 'Total amount by channel — Q1 2024'."""
    if is_box(plan):  # "Distribution of salary by crew": five numbers of each crew's salaries, one box
        head = f"Distribution of {human(plan.measures[0].alias.removeprefix('min_'))}"
        head += "".join(f" by {inline(d.bucket or d.alias)}" for d in plan.dimensions[:1])
    elif plan.kind == Intent.HISTOGRAM:
        head = f"Distribution of {human(plan.binned.alias if plan.binned else plan.columns[0].column)}"
        head += "".join(f" per {human(d.alias)}" for d in plan.dimensions[:1])
    elif plan.kind == Intent.SCATTER:
        head = f"{human(plan.columns[1].output()).capitalize()} vs {human(plan.columns[0].output())}"
    elif plan.kind == Intent.ROWS:
        head = human(plan.table).capitalize()
        if plan.top_n == 1 and plan.order:
            most = "highest" if plan.order[0].desc else "lowest"
            head = f"{head}: the {most} {inline(plan.order[0].alias)}"
        elif plan.top_n:
            head = f"Top {plan.top_n} {inline(plan.table)} by {inline(plan.order[0].alias)}" if plan.order else head
    else:
        head = " and ".join(measure_text(m) for m in plan.measures).capitalize()
        if plan.dimensions:
            head += " by " + " and ".join(inline(d.bucket or d.alias) for d in plan.dimensions)
        most = "highest" if plan.top_desc else "lowest"
        if plan.top_n == 1 and len(plan.dimensions) == 1 and plan.measures:
            # "which orchard has the most trees": the one row answers it, the title says so.
            dim = plan.dimensions[0]
            head = f"{human(dim.bucket or dim.alias).capitalize()} with the {most} {measure_text(plan.measures[0])}"
        elif plan.top_n:
            each = f" per {human(plan.top_per)}" if plan.top_per else ""
            head = f"Top {plan.top_n}{each}: {head[0].lower()}{head[1:]}"
    dates = [f.label for f in plan.filters if f.op == "date_range" or f.label[:1].isdigit()]
    values = [_value_text(f) for f in plan.filters if f.op in ("=", "contains") and f.values]
    values += [f"with {f.label}" for f in plan.filters if f.among is not None]
    # "crews whose average yield is above the overall average": the condition is what the chart shows.
    values += [
        f"{'above' if f.op in ('>', '>=') else 'below'} the {'' if f.than_groups else 'overall '}{_AGG_WORDS[f.than_agg]}"
        for f in plan.filters
        if f.having is not None and f.than_agg is not None
    ]
    tail = ", ".join(dict.fromkeys(values + dates))
    return f"{head} — {tail}" if tail else head


def thoughts_for(plan: AnalysisPlan, ch: Choice | None, chart: ChartChoice, notes: list[str]) -> list[str]:
    """Two to four sentences the user sees as the analyst's reasoning."""
    out: list[str] = []
    if ch is not None:
        why = ", ".join(f"“{e}”" for e in dict.fromkeys(ch.evidence)) or "its columns"
        sentence = f"I used the {plan.table} table because it matches {why}"
        if plan.joins:
            sentence += f", joined to {', '.join(j.ref_table for j in plan.joins)} along its foreign key"
        if ch.runner_up and ch.runner_up[1] >= ch.score * 0.8:
            sentence += f" ({ch.runner_up[0]} was a close second)"
        out.append(sentence + ".")
    out.append(_what(plan))
    if plan.filters:
        out.append("Filtered to " + "; ".join(filter_text(f) for f in plan.filters) + ".")
    out.extend(notes[:1])
    out.append(chart.reason)
    return out[:4]


def _what(plan: AnalysisPlan) -> str:
    """The computation in one sentence."""
    if is_box(plan):
        value = human(plan.measures[0].alias.removeprefix("min_"))
        each = f" for each {human(plan.dimensions[0].column.column)}" if plan.dimensions else ""
        return f"I computed the minimum, quartiles, median and maximum of {value}{each}, and how many values there are."
    if plan.kind == Intent.HISTOGRAM:
        wide = f" {plan.bin_width:g} wide" if plan.bin_width is not None else ""
        binned = human(plan.binned.alias if plan.binned else plan.columns[0].column)
        per = "".join(f" and {human(g.output())}" for g in plan.histogram_groups())
        text = f"I split {binned} into bins{wide} and counted rows per bin{per}."
        if plan.dimensions:
            group = human(plan.dimensions[0].alias)
            text = f"I took the {binned} of each {group}, split them into bins and counted the {group}s per bin."
            if plan.bin_width == 1:
                text = f"I took the {binned} of each {group} and counted the {group}s that have each {binned}."
        if plan.bin_range is not None:
            lo, hi = plan.bin_range
            text += f" Values below {lo:g} or above {hi:g} (the outer 1%) are counted in the first and last bins."
        return text
    if plan.kind == Intent.SCATTER:
        extra = f", coloured by {human(plan.columns[2].output())}" if len(plan.columns) > 2 else ""
        return (
            f"I plot {human(plan.columns[0].output())} against {human(plan.columns[1].output())} for each row{extra}."
        )
    if plan.kind == Intent.ROWS:
        cols = ", ".join(human(c.output()) for c in plan.columns) or "all columns"
        order = f", sorted by {human(plan.order[0].alias)}" if plan.order else ""
        return f"I list {cols} of {human(plan.table)}{order}."
    what = " and ".join(measure_text(m) for m in plan.measures)
    by = " and ".join(
        f"{d.bucket} of {human(d.column.column)}"
        if d.bucket
        else f"domain of {human(d.column.column)}"
        if d.after is not None
        else human(d.alias if d.column.alias else d.column.column)  # one table joined twice: the end it names
        for d in plan.dimensions
    )
    top = f", keeping the top {plan.top_n}" if plan.top_n else ""
    top += f" of each {human(plan.top_per)}" if plan.top_n and plan.top_per else ""
    return f"I compute the {what}" + (f" per {by}" if by else "") + top + "."
