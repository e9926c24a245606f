"""Rows ranked by the time between two of their dates: "top 5 longest hires", "the 10 slowest jobs", "5 fastest closed
jobs", "top 10 jobs by time to close", "top 3 parcels that took longest to ship" → each row (its key, and its name when
it has one) with the span, longest (or shortest) first."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.durations import (
    SPAN_SUPERLATIVES,
    events_at,
    first_and_last,
    fitting_unit,
    is_event,
    start_of,
)
from backend.agents.builtin.models import AnalysisPlan, DiffUnit, Dimension, Filter, Intent, Measure, OrderItem
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, ref


def _own_key(main: TableEntry) -> ColumnEntry | None:
    rows = main.info.row_count
    return next((c for c in main.columns if c.is_id and rows > 0 and (c.info.distinct_count or 0) >= rows), None)


def _span_named(r: Reading, idx: CatalogIndex, ch: Choice, at: int) -> tuple[ColumnEntry, ColumnEntry] | None:
    """The span a superlative at `at` ranks by: to the date after "to" ("longest to ship"), to a date named right
    before the rows' noun or after the superlative ("fastest closed jobs"), else each row's whole length; a table
    whose dates say no end ranks from its first date to its last in the table's order."""
    main = ch.table
    end: ColumnEntry | None = None
    for k in (at + 2 if r.low(at + 1) == "to" else -1, at + 1):
        hits = events_at(r, idx, main, ch.mentions, k) if k > at else []
        if len(hits) == 1:
            end = main.col(hits[0].column or "")
            break
    if end is None:
        bounds = first_and_last(main)
        if bounds is not None:
            return bounds
        events = [c for c in main.columns if is_event(c)]
        end = events[-1] if len(events) >= 2 else None
    start = start_of(main, end) if end is not None else None
    return (start, end) if start is not None and end is not None and start.name != end.name else None


def ranked_span_rows(
    r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles, filters: list[Filter]
) -> AnalysisPlan | None:
    """The main table's own rows ranked (top N, or a noun ranking such as "the longest hires") by a duration read as
    the measure or by a span superlative, when nothing else of the rows is ranked (a length column of its own)."""
    main = ch.table
    if r.top_n is None or not r.ranked:
        return None
    own = {p for m in r.mentions if m.kind == "table" and m.table == main.info.name for p in range(m.start, m.end)}
    if not r.entity_at & own:
        return None  # another noun is ranked ("top 5 agents by time to close")
    key = _own_key(main)
    if key is None:
        return None
    measure = next((m for m in ro.measures if m.minus is not None and m.unit is not None and not m.age), None)
    adj = r.adjective
    word = (
        r.low(adj.start)
        if adj is not None
        else next((w for w in (r.low(p) for p in range(len(r.tokens))) if w in SPAN_SUPERLATIVES), "")
    )
    desc = SPAN_SUPERLATIVES.get(word, r.top_desc)
    if measure is not None and measure.minus is not None and measure.column is not None and measure.unit is not None:
        start_ref, end_ref, unit = measure.minus, measure.column, measure.unit
    else:
        if word not in SPAN_SUPERLATIVES or any(
            m.column is not None and m.column.table == main.info.name for m in ro.measures
        ):
            return None  # "the 5 longest hires" by a length column of the hires themselves
        at = next(p for p in range(len(r.tokens)) if r.low(p) == word)
        span = _span_named(r, idx, ch, at)
        if span is None:
            return None
        start_ref, end_ref = ref(span[0]), ref(span[1])
        unit: DiffUnit = fitting_unit(*span)  # "the longest rides": in minutes when rides last minutes
    alias = f"{unit}s_to_{end_ref.column}"
    figure = Measure(agg="max", column=end_ref, minus=start_ref, unit=unit, alias=alias)
    dims = [Dimension(column=ref(key), alias=key.name)]
    if main.label is not None and main.label.name != key.name:
        dims = [Dimension(column=ref(main.label), alias=main.label.name, key=ref(key), key_alias=key.name)]
    shown = [f for f in filters if f.column.column not in {d.column.column for d in dims}]
    kept = Filter(column=end_ref, op="not_null", label=f"with {end_ref.column}")
    r.top_desc = desc
    plan = AnalysisPlan(kind=Intent.AGGREGATE, table=main.info.name, measures=[figure], dimensions=dims,
                        filters=[*shown, kept], order=[OrderItem(alias=alias, desc=desc)])  # fmt: skip
    return plan
