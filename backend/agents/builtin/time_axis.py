"""The time axis of a plan: which date column, which bucket (from the span or the data's native grain)."""

from __future__ import annotations

import datetime as dt

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry, time_of_day
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.dates import DateRange
from backend.agents.builtin.models import Bucket, Dimension
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, ref

# Words placing a row among others ("most first", "the latest"): said of a date column's name they order, not group.
_POSITION_WORDS = frozenset({"first", "last", "latest", "earliest", "next", "previous", "recent", "most", "newest",
                             "oldest", "final"})  # fmt: skip


def asks_no_axis(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """A date column's words that ask for no time axis: position words alone ("plantings by bed, most first" naming a
    first-sown date), or the date's verb naming the kind of the thing right after it ("for each harvest crew",
    "sowing beds by soil": the crew that harvests, not harvests over time)."""
    said = [r.low(k) for k in range(m.start, m.end)]
    if said and all(w in _POSITION_WORDS for w in said):
        return True
    if any(w in lx.DATE_NOUNS for w in said):
        return False  # "harvest date": the date itself
    after = [x for x in ch.mentions if x.start == m.end and x is not m]
    for x in after:
        if x.kind == "table":
            # "resolved cases in 2024": a participle before the rows' own noun says when they were done, a date
            return not (x.table == ch.table.info.name and all(w.endswith("ed") for w in said))
        c = idx.tables[x.table].col(x.column) if x.kind == "column" and x.column else None
        if c is not None and c.info.kind != "temporal" and r.low(x.start) not in lx.DATE_NOUNS:
            return True
    return False


def _day(v: str | int | float | None) -> dt.date | None:
    """Date of an ISO min/max statistic."""
    if not isinstance(v, str):
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def _has_clock(col: ColumnEntry | None) -> bool:
    """A timestamp (a DATE has no hour)."""
    return col is not None and col.info.kind == "temporal" and "TIME" in col.info.type.upper()


def _span_days(col: ColumnEntry | None, rng: DateRange | None) -> int:
    """Days between the first and the last date the (filtered) column holds."""
    lo, hi = (_day(col.info.min), _day(col.info.max)) if col else (None, None)
    if rng and rng.start and (lo is None or rng.start > lo):
        lo = rng.start
    if rng and rng.end and (hi is None or rng.end < hi):
        hi = rng.end
    return (hi - lo).days if lo and hi else 0


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


# The cycle of a compared period's parts: "2023 vs 2024 by month" puts every year's months side by side.
_WITHIN: dict[str, dict[str, Bucket]] = {
    "year": {"month": "month_of_year", "month_of_year": "month_of_year", "quarter": "quarter_of_year",
             "quarter_of_year": "quarter_of_year", "weekday": "weekday"},
}  # fmt: skip


def month_column(main: TableEntry) -> ColumnEntry | None:
    """The table's one whole-number month column (MoSold, month_no 1-12) when it has no date: the months of the year."""
    return main.month if main.date is None else None


def within_periods(periods: str, asked: str | None) -> Bucket | None:
    """The x axis of compared periods split by a finer bucket ("2023 vs 2024 by month": the month of the year, one
    series per year); None when the question asks for no finer bucket."""
    return _WITHIN.get(periods, {}).get(asked or "")


def time_dims(ro: Roles, main: TableEntry, notes: list[str], hours: ColumnEntry | None = None) -> None:
    """Add the requested time dimension and pick buckets for date dimensions; `hours` is the hour column of a
    time-of-day table the main table references, the hour of the day when the main table has no clock."""
    has_time = any(is_temporal(main, d) for d in ro.dims)
    named = main.col(ro.date_col.column) if ro.date_col and ro.date_col.table == main.info.name else None
    if ro.time in ("hour", "hour_of_day") and not _has_clock(named or main.date):
        clocked = next((c for c in main.columns if _has_clock(c)), None)
        if clocked is None and hours is not None:
            if all(d.column != ref(hours) for d in ro.dims):
                ro.dims.insert(0, Dimension(column=ref(hours), alias=hours.name))
            ro.time = None
        elif clocked is None:
            notes.append(f"{main.info.name} records dates without a time of day, so I could not split by hour.")
            ro.time = "auto"
        elif named is None or not has_time:
            named = clocked
    if ro.time and not has_time:
        if (named or main.date) is not None:
            day = named or main.date
            assert day is not None
            ro.dims.insert(0, Dimension(column=ref(day), alias=day.name))
            if ro.periods and ro.within is not None:  # each compared year is a series along its months
                ro.dims.insert(0, Dimension(column=ref(day), bucket=ro.within, alias=ro.within))
        elif (month := month_column(main)) is not None and ro.time in ("month", "month_of_year"):
            ro.dims.insert(0, Dimension(column=ref(month), alias=month.name))  # MoSold 1-12, beside a year column
        elif main.year is not None:
            ro.dims.insert(0, Dimension(column=ref(main.year), alias=main.year.name))
        else:
            notes.append(f"{main.info.name} has no date column, so I could not show it over time.")
    for i, d in enumerate(ro.dims):
        col = _column(main, d)
        if col is not None and col.is_year and ro.time == "decade" and d.bucket is None:
            ro.dims[i] = Dimension(column=d.column, bucket="decade", alias="decade")  # an integer year column
        elif col is not None and col.info.kind == "temporal" and d.bucket is None:
            bucket = ro.time if ro.time and ro.time != "auto" else auto_bucket(col, ro.date_range)
            if time_of_day(col):
                bucket = "hour_of_day"  # a time of day alone: its hours are the only axis it has
            elif bucket == "hour" and _span_days(col, ro.date_range) > 7:
                bucket = "hour_of_day"  # "by hour" over months of data: every day's hours together
            alias = bucket if not any(x.alias == bucket for x in ro.dims) else d.alias
            ro.dims[i] = Dimension(column=d.column, bucket=bucket, alias=alias)


def _column(main: TableEntry, d: Dimension) -> ColumnEntry | None:
    """The dimension's column: one of the main table's, or its date where the table is dated by its header."""
    if d.column.table == main.info.name:
        return main.col(d.column.column)
    day = main.date
    return day if day is not None and (day.table, day.name) == (d.column.table, d.column.column) else None


def is_temporal(main: TableEntry, d: Dimension) -> bool:
    """True for date dimensions and integer year columns."""
    c = _column(main, d)
    return bool(c and (c.info.kind == "temporal" or c.is_year))
