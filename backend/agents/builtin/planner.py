"""Roles → AnalysisPlan: fills defaults (count rows, sum or average), decides the kind, order and limit."""

from __future__ import annotations

import datetime as dt
import math
import re

from backend.agents.builtin.choice import Choice
from backend.agents.builtin.conditions import attach_comparisons
from backend.agents.builtin.dates import DateRange
from backend.agents.builtin.matching import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import (
    Agg,
    AnalysisPlan,
    Bucket,
    ColumnRef,
    Dimension,
    Filter,
    Join,
    Measure,
    OrderItem,
)
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref
from backend.agents.builtin.roles import RoleReader
from backend.agents.builtin.sql_builder import ROWS_LIMIT, SCATTER_LIMIT

HIST_BINS = 20
LEADER_LIMIT = 20  # rows of a full ranking answering "which … the most"


class NeedsMore(Exception):
    """The question was understood only partly; the message says what is missing."""


def read_roles(r: Reading, idx: CatalogIndex, ch: Choice, today: dt.date | None) -> Roles:
    """Assign roles to the chosen cluster's mentions."""
    rr = RoleReader(r, idx, ch, today)
    used = attach_comparisons(rr)
    return rr.run(used)


def _day(v: str | int | float | None) -> dt.date | None:
    """Date of an ISO min/max statistic."""
    if not isinstance(v, str):
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def auto_bucket(col: ColumnEntry | None, rng: DateRange | None) -> Bucket:
    """Bucket that gives a readable number of points over the data's (filtered) date span."""
    lo, hi = (_day(col.info.min), _day(col.info.max)) if col else (None, None)
    if rng and rng.start and (lo is None or rng.start > lo):
        lo = rng.start
    if rng and rng.end and (hi is None or rng.end < hi):
        hi = rng.end
    if lo is None or hi is None:
        return "month"
    days = (hi - lo).days
    native = _native_grain(col)
    if native is not None:
        return native  # monthly readings are plotted as they are, not resampled
    if days <= 92:
        return "day"
    if days <= 366 * 12:
        return "month"
    return "year"


def _native_grain(col: ColumnEntry | None) -> Bucket | None:
    """The grain of a date column whose rows are already weekly or coarser (few distinct dates over the span)."""
    lo, hi = (_day(col.info.min), _day(col.info.max)) if col else (None, None)
    n = col.info.distinct_count if col else None
    if lo is None or hi is None or not n or n > 2000 or n < 3:
        return None
    gap = (hi - lo).days / (n - 1)
    for bucket, days in (("year", 300), ("quarter", 80), ("month", 20), ("week", 6)):
        if gap >= days:
            return bucket  # type: ignore[return-value]
    return None


def nice_width(lo: float, hi: float, integer: bool) -> float:
    """A round bin width (1, 2, 2.5, 5 × 10^k) giving about HIST_BINS bins."""
    raw = (hi - lo) / HIST_BINS if hi > lo else 1.0
    exp = 10 ** math.floor(math.log10(raw))
    width = next(f * exp for f in (1, 2, 2.5, 5, 10) if f * exp >= raw)
    if integer:
        width = max(1.0, round(width))
    return float(f"{width:.6g}")


def _time_dims(ro: Roles, main: TableEntry, notes: list[str]) -> None:
    """Add the requested time dimension and pick buckets for date dimensions."""
    has_time = any(_is_temporal(main, d) for d in ro.dims)
    if ro.time and not has_time:
        if main.date is not None:
            ro.dims.insert(0, Dimension(column=ref(main.date), alias=main.date.name))
        elif main.year is not None:
            ro.dims.insert(0, Dimension(column=ref(main.year), alias=main.year.name))
        else:
            notes.append(f"{main.info.name} has no date column, so I could not show it over time.")
    for i, d in enumerate(ro.dims):
        col = main.col(d.column.column) if d.column.table == main.info.name else None
        if col is not None and col.info.kind == "temporal" and d.bucket is None:
            bucket = ro.time if ro.time and ro.time != "auto" else auto_bucket(col, ro.date_range)
            alias = bucket if not any(x.alias == bucket for x in ro.dims) else d.alias
            ro.dims[i] = Dimension(column=d.column, bucket=bucket, alias=alias)


def _is_temporal(main: TableEntry, d: Dimension) -> bool:
    """True for date dimensions and integer year columns."""
    c = main.col(d.column.column) if d.column.table == main.info.name else None
    return bool(c and (c.info.kind == "temporal" or c.is_year))


def _default_measure(r: Reading, ro: Roles, main: TableEntry) -> None:
    """No measure named: the money column for "sales", an aggregate word's target, or a row count."""
    if ro.measures:
        return
    agg: Agg | None = next((w.agg for w in r.aggs if w.agg != "count"), None)
    if ro.money_hint is not None:
        col = main.col(ro.money_hint.column)
        chosen: Agg = agg or (default_agg(col) if col is not None else "sum")
        ro.measures.append(Measure(agg=chosen, column=ro.money_hint, alias=measure_alias(chosen, ro.money_hint.column)))
        return
    if agg is not None and not ro.dims and not ro.filters:
        raise NeedsMore(f"which measure of {main.info.name} to take the {agg} of")
    if agg is not None and agg in ("sum", "avg", "median"):
        money = [c for c in main.columns if c.is_money]
        if not money:
            raise NeedsMore(f"which measure of {main.info.name} to take the {agg} of")
        ro.measures.append(Measure(agg=agg, column=ref(money[0]), alias=measure_alias(agg, money[0].name)))
        return
    noun = ro.count_noun if ro.count_noun and ro.count_noun.isalpha() else (main.words[-1] if main.words else "row")
    ro.measures.append(Measure(agg="count", column=None, alias=measure_alias("count", None, noun)))


def build_plan(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> tuple[AnalysisPlan, list[str]]:
    """The plan for a fresh question."""
    main = ch.table
    notes = list(ro.notes)
    filters = ro.filters + ro.date_filter
    if "distribution" in r.flags and ro.numeric_cols:
        plan = AnalysisPlan(kind="histogram", table=main.info.name, columns=[ro.numeric_cols[0]], filters=filters)
        return finish(plan, idx, ch, r), notes
    if "scatter" in r.flags and len(ro.numeric_cols) >= 2:
        color = [d.column for d in ro.dims if not _is_temporal(main, d)][:1]
        plan = AnalysisPlan(kind="scatter", table=main.info.name, columns=ro.numeric_cols[:2] + color, filters=filters)
        return finish(plan, idx, ch, r), notes
    listing = not ro.measures and not ro.dims and not r.aggs and ro.money_hint is None and not ro.time
    if listing:
        cols = (([ref(main.label)] if main.label else []) + ro.row_cols) if (ro.row_cols or filters) else []
        plan = AnalysisPlan(kind="rows", table=main.info.name, columns=_unique(cols), filters=filters)
        return finish(plan, idx, ch, r), notes
    if (
        r.date is not None
        and not ro.dims
        and not ro.time
        and not r.aggs
        and not r.top_n
        and (ro.measures or ro.money_hint)
        and (main.date or main.year)
    ):
        ro.time = "auto"  # "price in 2008": a bare measure over a time range is a trend, not one number
    _time_dims(ro, main, notes)
    # Time first: it is the x axis; compared periods go last, as the bar series.
    ro.dims.sort(key=lambda d: _is_temporal(main, d) == ro.periods)
    if ro.rank_by is not None and r.top_n and not ro.dims and r.adjective:
        # "the latest price of AAPL": rows ranked by the adjective's column, showing the named measure.
        shown = [m.column for m in ro.measures if m.column is not None]
        cols = _unique(([ref(main.label)] if main.label else []) + [ro.rank_by, *shown])
        plan = AnalysisPlan(kind="rows", table=main.info.name, columns=cols, filters=filters)
        plan = finish(plan, idx, ch, r)
        plan.order = [OrderItem(alias=ro.rank_by.column, desc=r.adjective.desc)]
        return plan, notes
    if r.top_n == 1 and r.superlative and not ro.dims and ro.measures and ro.measures[0].column:
        # "what is the highest price" asks for the max, not for a top-1 list.
        m0 = ro.measures[0]
        col = m0.column.column if m0.column else None
        ro.measures[0] = Measure(agg=r.superlative, column=m0.column, alias=measure_alias(r.superlative, col))
        r.top_n = None
    ranked = ro.measures[0].column if ro.measures and not ro.measure_explicit_agg else None
    if r.top_n and not ro.dims and main.label is None and ranked is not None and r.ranked:
        # "the longest flights": no name to show, so whole rows, ranked by the measure.
        cols = [ref(c) for c in main.columns if c.info.kind != "numeric" and not c.is_id] + [ranked]
        plan = AnalysisPlan(kind="rows", table=main.info.name, columns=_unique(cols), filters=filters)
        return finish(plan, idx, ch, r), notes
    if r.top_n and not ro.dims and main.label is not None:
        ro.entity = ref(main.label)
        ro.dims.append(Dimension(column=ro.entity, alias=main.label.name))
    _default_measure(r, ro, main)
    entity_rows = (
        ro.entity is not None
        and [d.column for d in ro.dims] == [ro.entity]
        and ro.entity.table == main.info.name
        and not ro.measure_explicit_agg
        and all(m.column is not None for m in ro.measures)
    )
    if entity_rows:
        cols = ([ro.entity] if ro.entity else []) + [m.column for m in ro.measures if m.column is not None]
        plan = AnalysisPlan(kind="rows", table=main.info.name, columns=_unique(cols), filters=filters)
        return finish(plan, idx, ch, r), notes
    filters += _total_rows(idx, ro, filters, notes)
    plan = AnalysisPlan(
        kind="aggregate",
        table=main.info.name,
        measures=ro.measures[:4],
        dimensions=ro.dims[:2],
        filters=filters,
        periods=ro.periods,
    )
    if len(ro.dims) > 2:
        notes.append("I can group by at most two columns, so I kept the first two.")
    return finish(plan, idx, ch, r), notes


_TOTAL_ROW = re.compile(r"^(all|total|overall|grand total)\b", re.IGNORECASE)


def _total_rows(idx: CatalogIndex, ro: Roles, filters: list[Filter], notes: list[str]) -> list[Filter]:
    """Leave out rows that already sum the others ("All natural disasters", "Total") from a grouping."""
    out: list[Filter] = []
    for d in ro.dims[:2]:
        c = idx.tables[d.column.table].col(d.column.column)
        vals = (c.info.values or []) if c else []
        totals = [v for v in vals if _TOTAL_ROW.match(v.strip())]
        if not totals or len(totals) == len(vals) or any(f.column == d.column for f in filters):
            continue
        shown = ", ".join(totals)
        out.append(Filter(column=d.column, op="not_in", values=list(totals), label=f"{d.column.column} not {shown}"))
        notes.append(f"I left out “{shown}”: it totals the other {d.column.column} values and would dwarf them.")
    return out


def _unique(cols: list[ColumnRef]) -> list[ColumnRef]:
    out: list[ColumnRef] = []
    for c in cols:
        if c not in out:
            out.append(c)
    return out


def finish(plan: AnalysisPlan, idx: CatalogIndex, ch: Choice | None, r: Reading | None) -> AnalysisPlan:
    """Joins, order, limit, histogram width, share flag: everything derivable from the plan itself."""
    plan = _finish(plan, idx, r)
    if r is not None and r.leader and plan.top_n == 1 and plan.order and (plan.dimensions or plan.kind == "rows"):
        # "which region sells the most": the full ranking, best first, so the chart shows the leader in context.
        key = plan.measures[0].alias if plan.kind == "aggregate" and plan.measures else plan.order[-1].alias
        plan.order = [OrderItem(alias=key, desc=plan.top_desc)]
        plan.top_n, plan.limit = None, LEADER_LIMIT
    return plan


def leader_note(plan: AnalysisPlan) -> str | None:
    """The thought for a which-question answered with a full ranking."""
    if plan.top_n is not None or plan.limit != LEADER_LIMIT or not plan.order:
        return None
    most = "most" if plan.order[0].desc else "least"
    return f"I ranked them all by {plan.order[0].alias.replace('_', ' ')}, {most} first: the first one is the answer."


def _finish(plan: AnalysisPlan, idx: CatalogIndex, r: Reading | None) -> AnalysisPlan:
    top_n = r.top_n if r else plan.top_n
    desc = (r.top_desc if r.top_n else "asc" not in r.flags) if r else plan.top_desc
    plan.top_desc = desc
    if r:
        plan.share = "share" in r.flags or plan.share
    main = idx.tables[plan.table]
    plan.date_column = main.date.name if main.date else (main.year.name if main.year else None)
    plan.joins = _joins(plan, idx)
    if plan.kind == "histogram":
        c = main.col(plan.columns[0].column)
        lo, hi = (c.info.min, c.info.max) if c else (None, None)
        if c and isinstance(lo, int | float) and isinstance(hi, int | float):
            integer = "INT" in c.info.type.upper()
            q1, q99 = c.info.p01, c.info.p99
            if q1 is not None and q99 is not None and q99 > q1 and (hi - lo) > 3 * (q99 - q1):
                plan.bin_width = nice_width(q1, q99, integer)
                w = plan.bin_width
                plan.bin_range = (math.floor(q1 / w) * w, math.floor(q99 / w) * w)
            else:
                plan.bin_width = nice_width(float(lo), float(hi), integer)
        plan.limit = 1000
        return plan
    if plan.kind == "scatter":
        plan.limit = SCATTER_LIMIT
        return plan
    if plan.kind == "rows":
        numeric = [c for c in plan.columns if (col := idx.tables[c.table].col(c.column)) and col.info.kind == "numeric"]
        if r and r.adjective and not numeric and len(plan.columns) > 1:
            numeric = plan.columns[1:2]  # "the oldest movies": ranked by a date
        key = numeric[0].column if numeric else (plan.columns[0].column if plan.columns else main.columns[0].name)
        plan.order = [OrderItem(alias=key, desc=bool(numeric) and desc)]
        plan.top_n = top_n
        plan.limit = top_n or ROWS_LIMIT
        return plan
    temporal = [d for d in plan.dimensions if d.bucket is not None or _is_temporal(main, d)]
    others = [d for d in plan.dimensions if d not in temporal]
    if temporal and (not top_n or len(plan.dimensions) == 2):
        plan.order = [OrderItem(alias=d.alias) for d in temporal + others]
    elif plan.dimensions and plan.measures:
        if r and "alpha" in r.flags:
            plan.order = [OrderItem(alias=plan.dimensions[0].alias)]
        else:
            plan.order = [OrderItem(alias=plan.measures[0].alias, desc=desc)]
    plan.top_n = top_n if plan.dimensions else None
    plan.limit = plan.top_n if plan.top_n and len(plan.dimensions) < 2 else 1000
    return plan


def _joins(plan: AnalysisPlan, idx: CatalogIndex) -> list[Join]:
    """Joins to every FK parent the plan's columns come from."""
    refs = [m.column for m in plan.measures if m.column] + [d.column for d in plan.dimensions]
    refs += plan.columns + [f.column for f in plan.filters]
    needed = {c.table for c in refs} - {plan.table}
    joins: list[Join] = []
    for fk in idx.catalog.foreign_keys:
        if fk.table == plan.table and fk.ref_table in needed:
            needed.discard(fk.ref_table)
            joins.append(Join(table=fk.table, column=fk.column, ref_table=fk.ref_table, ref_column=fk.ref_column))
    return joins
