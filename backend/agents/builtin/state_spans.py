"""Durations between two states of one item in a log of changes: "average days from Stripping to Afloat by yard",
"median hours from opening to first Painting" over a log whose rows record a state left and a state reached
(event_sides.side_pairs) with a date, each row keyed to the item that changed. Per item: the first time the state
reached the start value (or a date of the item's own row), and the last time it reached the end value (the first when
"first" is said); the measure is the time between, grouped and filtered by the item's own columns."""

from __future__ import annotations

import re
from dataclasses import replace

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.durations import UNITS
from backend.agents.builtin.event_sides import SidePair, side_pairs
from backend.agents.builtin.models import (
    SPAN_END,
    SPAN_START,
    Agg,
    AnalysisPlan,
    ColumnRef,
    DiffUnit,
    Dimension,
    Filter,
    Intent,
    Join,
    Measure,
    OrderItem,
    StateSpan,
)
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import AGG_PREFIX
from backend.models.catalog import ForeignKey

# Words saying the question asks how long something took.
_SPAN_WORDS = frozenset({"time", "times", "duration", "durations", "long", "cycle", "lead", "turnaround", "elapsed",
                         "take", "takes", "took", "sit", "sits", "spend", "spent", "wait", "waiting"}) | frozenset(UNITS)  # fmt: skip
_FROM = frozenset({"from", "between", "since"})
_TO = frozenset({"to", "until", "till", "and"})
_FIRST = frozenset({"first", "earliest"})
_LAST = frozenset({"last", "latest", "final"})
_AGGS: frozenset[Agg] = frozenset({"avg", "median", "sum", "min", "max"})
_AVG: Agg = "avg"
_DAY: DiffUnit = "day"


def span_asked(r: Reading, idx: CatalogIndex) -> bool:
    """Whether the question asks how long items of a log of changes took between two states ("from A to B"), or
    were in one ("hours in Drying")."""
    return any(t.lower in _SPAN_WORDS for t in r.tokens) and any(
        _ends(r, idx, p) or _held_state(r, idx, p) for p in side_pairs(idx)
    )


def uncounted(r: Reading) -> Reading:
    """The reading without its aggregate words, which say how to total the span, not a column of the rows: the groups
    and filters are read from it (a plain count), and the measure replaced by the span (`state_span`)."""
    return replace(r, aggs=[])


def state_span(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan over one row per item of a log, measuring the time between two states said "from A to B", if the
    question says so about a log of changes; else the plan unchanged."""
    if plan.kind not in (Intent.AGGREGATE, Intent.ROWS) or plan.spans is not None or not span_asked(r, idx):
        return plan, None
    for pair in side_pairs(idx):
        found = _ends(r, idx, pair)
        if found is None:
            continue
        start, end, end_first = found
        fk = _item_key(idx, pair.table, plan, start)
        if fk is None:
            continue
        spanned = _respanned(r, idx, plan, pair, fk, start, end, end_first)
        if spanned is not None:
            since = f"the first time {pair.reached} became {start}" if isinstance(start, str) else start.column
            which = "first" if end_first else "last"
            return spanned, f"I measured, for each {fk.ref_table} row, the time from {since} to the {which} time " + (
                f"{pair.reached} became {end} in {pair.table}."
            )
    for pair in side_pairs(idx):
        value = _held_state(r, idx, pair)
        fk = _item_key(idx, pair.table, plan, value) if value is not None else None
        if value is None or fk is None:
            continue
        spanned = _respanned(r, idx, plan, pair, fk, value, value, True)
        if spanned is None or spanned.spans is None:
            continue
        return _visits(idx, spanned, pair, fk, value), (
            f"I measured each time a {fk.ref_table} row's {pair.reached} became {value} in {pair.table}, until its"
            " next change."
        )
    return plan, None


_IN = "in"


def _held_state(r: Reading, idx: CatalogIndex, pair: SidePair) -> str | None:
    """A state of the log said after "in" ("hours in Drying", "days in Kiln" of a state 'In Kiln'), the
    question saying no "from A to B"."""
    if _ends(r, idx, pair) is not None:
        return None
    entry = idx.tables[pair.table].col(pair.reached)
    held = set(entry.info.values or []) if entry is not None else set[str]()
    for m in r.mentions:
        if m.kind != "value" or m.table != pair.table or m.column != pair.reached or m.value not in held:
            continue
        if _IN in (r.low(m.start - 1), r.low(m.start)):
            return m.value
    return None


def _visits(idx: CatalogIndex, plan: AnalysisPlan, pair: SidePair, fk: ForeignKey, value: str) -> AnalysisPlan:
    """The spanned plan read per visit to the state: the log's rows that reached it, from then to the item's next
    change of the same field."""
    assert plan.spans is not None
    log = pair.table
    keep = [f for f in plan.filters if not (f.column.table == log and f.column.column == SPAN_START)]
    reached = ColumnRef(table=log, column=pair.reached)
    keep.append(Filter(column=reached, op="=", values=[value], label=f"{pair.reached} is {value}"))
    span = plan.spans.model_copy(update={"held": True, "field": _field(idx, log, pair, fk.ref_table, value)})
    m = plan.measures[0]
    alias = f"{AGG_PREFIX[m.agg]}_{m.unit or _DAY}s_in_{_slug(value)}"
    order = [o if o.alias != m.alias else o.model_copy(update={"alias": alias}) for o in plan.order]
    return plan.model_copy(
        update={
            "filters": keep,
            "spans": span,
            "measures": [m.model_copy(update={"alias": alias})],
            "order": order,
        }
    )


def _field(idx: CatalogIndex, log: str, pair: SidePair, parent: str, value: str) -> tuple[str, str] | None:
    """(the log's column naming which field changed, its value) when the log records changes of several fields and
    one of its values names the item's own column holding these states ('stage' of a stage column)."""
    held = _state_held(idx, parent, value)
    if held is None:
        return None
    name = _slug(held.column)
    for c in idx.tables[log].columns:
        if c.info.kind != "text" or c.name in (pair.left, pair.reached):
            continue
        found = next((v for v in c.info.values or [] if _slug(v) == name), None)
        if found is not None:
            return c.name, found
    return None


def _ends(r: Reading, idx: CatalogIndex, pair: SidePair) -> tuple[str | ColumnRef, str, bool] | None:
    """(the start state or date column, the end state, whether the first time the end was reached is meant) of a
    span said "from A to B" / "between A and B", B a state of the log and A another state or a date column."""
    entry = idx.tables[pair.table].col(pair.reached)
    held = set(entry.info.values or []) if entry is not None else set[str]()
    states = {  # states an item reaches (a first state it only leaves has no time it began in the log)
        (m.start, m.end): m.value
        for m in r.mentions
        if m.kind == "value" and m.table == pair.table and m.column in (pair.left, pair.reached) and m.value in held
    }
    for k, tok in enumerate(r.tokens):
        if tok.lower not in _TO:
            continue
        after = k + 1 + (r.low(k + 1) in _FIRST | _LAST)
        end = next((v for (s, _), v in states.items() if s == after), None)
        if end is None:
            continue
        end_first = r.low(k + 1) in _FIRST
        start: str | ColumnRef | None = next(
            (v for (s, e), v in states.items() if e == k and r.low(s - 1) in _FROM and v != end), None
        )
        if start is None:
            start = _start_date(r, idx, pair, k)
        if start is not None:
            return start, end, end_first
    return None


def _start_date(r: Reading, idx: CatalogIndex, pair: SidePair, k: int) -> ColumnRef | None:
    """A date column of a table the log's rows point at, said right before `k` after "from" ("from creation")."""
    parents = {fk.ref_table for fk in idx.foreign_keys if fk.table == pair.table}
    for m in r.mentions:
        if m.kind != "column" or m.end != k or r.low(m.start - 1) not in _FROM or m.table not in parents:
            continue
        c = idx.tables[m.table].col(m.column or "")
        if c is not None and c.info.kind == "temporal":
            return ColumnRef(table=m.table, column=c.name)
    return None


def _item_key(idx: CatalogIndex, log: str, plan: AnalysisPlan, start: str | ColumnRef) -> ForeignKey | None:
    """The log's key to the items that change: the one to the start date's table, to the plan's own table, or to
    the table the plan joins the log to for its groups and filters; else the log's only key."""
    keys = [fk for fk in idx.foreign_keys if fk.table == log and fk.ref_table != log]
    wanted = [start.table] if isinstance(start, ColumnRef) else []
    wanted += [plan.table, *(j.ref_table for j in plan.joins if j.table == log)]
    for table in wanted:
        fk = next((fk for fk in keys if fk.ref_table == table), None)
        if fk is not None:
            return fk
    return keys[0] if len(keys) == 1 else None


def _respanned(
    r: Reading,
    idx: CatalogIndex,
    plan: AnalysisPlan,
    pair: SidePair,
    fk: ForeignKey,
    start: str | ColumnRef,
    end: str,
    end_first: bool,
) -> AnalysisPlan | None:
    """The plan over the log's items: the old groups and filters on the items kept, a time bucket of the log's date
    read on the time the end state was reached, the measure the span."""
    log, parent = pair.table, fk.ref_table
    date = idx.tables[log].date
    if date is None:
        return None
    said = {end, start} if isinstance(start, str) else {end}
    old = {(ref.table, ref.column) for m in plan.measures for ref in (m.column, *m.operands()) if ref is not None}
    dims: list[Dimension] = []
    for d in plan.dimensions:
        if isinstance(start, ColumnRef) and d.column == start:
            continue  # the date the span starts from, read as a time bucket of its own
        if d.column.table == log:
            if d.bucket is None or d.column.column != date.name:
                return None
            dims.append(d.model_copy(update={"column": ColumnRef(table=log, column=SPAN_END)}))
        else:
            dims.append(d)
    filters: list[Filter] = []
    for f in plan.filters:
        if f.having is not None or (f.op == "not_null" and (f.column.table, f.column.column) in old):
            continue
        if f.column.table == log:
            if f.column.column == date.name and f.op != "=":  # "closed in 2024": when the end state was reached
                filters.append(f.model_copy(update={"column": ColumnRef(table=log, column=SPAN_END)}))
            continue
        if f.op == "=" and set(f.values) & said:  # the state named for the span, read again on the items' own row
            continue
        filters.append(f)
    spans = [ColumnRef(table=log, column=SPAN_END)] + (
        [] if isinstance(start, ColumnRef) else [ColumnRef(table=log, column=SPAN_START)]
    )
    filters += [Filter(column=c, op="not_null", label=f"{c.column} is set") for c in spans]  # items that got there
    held = _state_held(idx, parent, end) if not end_first else None
    if held is not None:  # "from Stripping to Afloat": the items afloat now, the last time they got there
        filters.append(Filter(column=held, op="=", values=[end], label=f"{held.column} is {end}"))
    joins = [Join(table=log, column=fk.column, ref_table=parent, ref_column=fk.ref_column)]
    joins += [j for j in plan.joins if j.table != log and j.ref_table != parent]
    reached = {log, parent, *(j.alias or j.ref_table for j in joins)}
    if any(x.column.table not in reached for x in [*dims, *filters]):
        return None
    aggs: list[Agg] = [a.agg for a in r.aggs if a.agg in _AGGS]
    units: list[DiffUnit] = [UNITS[t.lower] for t in r.tokens if t.lower in UNITS]
    agg, unit = (aggs or [_AVG])[0], (units or [_DAY])[0]
    since = start if isinstance(start, ColumnRef) else ColumnRef(table=log, column=SPAN_START)
    alias = f"{AGG_PREFIX[agg]}_{unit}s_to_{_slug(end)}"
    measure = Measure(agg=agg, column=ColumnRef(table=log, column=SPAN_END), minus=since, unit=unit, alias=alias)
    timed = next((d for d in dims if d.bucket is not None), None)
    order = [OrderItem(alias=timed.alias)] if timed else [OrderItem(alias=alias, desc=True)] if dims else []
    span = StateSpan(
        key=fk.column,
        date=date.name,
        state=pair.reached,
        start=start if isinstance(start, str) else None,
        end=end,
        end_first=end_first,
    )
    return plan.model_copy(
        update={
            "kind": Intent.AGGREGATE,
            "columns": [],
            "top_n": plan.top_n if plan.kind == Intent.AGGREGATE else None,
            "limit": plan.limit if plan.kind == Intent.AGGREGATE else 1000,
            "table": log,
            "joins": joins,
            "measures": [measure],
            "dimensions": dims,
            "filters": filters,
            "order": order,
            "spans": span,
            "date_column": None,
            "date_keys": [],
            "once_per": None,
        }
    )


def _state_held(idx: CatalogIndex, table: str, value: str) -> ColumnRef | None:
    """The item's own column holding the state now, when one text column of its table holds that value."""
    held = [c for c in idx.tables[table].columns if c.info.kind == "text" and value in (c.info.values or [])]
    return ColumnRef(table=table, column=held[0].name) if len(held) == 1 else None


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")
