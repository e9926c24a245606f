"""Dates and timestamps of any DuckDB value as ISO text, computed by Arrow column-wise."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

# DuckDB writes ±infinity timestamps and dates as the extreme values of their Arrow storage.
_INF_TIMESTAMP = 2**63 - 1
_INF_DATE = 2**31 - 1

# Arrow formats years as 16-bit numbers: past ±32767 its text wraps (40000-01-01 came out as -25536-01-01)
# or is "<value out of range: …>". Dates this far from 1970 (about year 32000) are formatted here instead.
_FAR_DAYS = 11_000_000
_TICKS_PER_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}


def _civil_date(days: int) -> str:
    """Days since 1970-01-01 as an ISO date of the proleptic Gregorian calendar (astronomical years, so
    1 BC is year 0), for any day DuckDB can hold (H. Hinnant's civil_from_days)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{month:02d}-{day:02d}"


def _far_text(ticks: int, unit: str | None, tz: bool) -> str:
    """One date (`unit` None: `ticks` are days) or timestamp far from 1970 as ISO text, like Arrow's."""
    if unit is None:
        return _civil_date(ticks)
    per_second = _TICKS_PER_SECOND[unit]
    seconds, fraction = divmod(ticks, per_second)
    days, second_of_day = divmod(seconds, 86400)
    hours, rest = divmod(second_of_day, 3600)
    text = f"{_civil_date(days)}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    if fraction:
        digits = len(str(per_second)) - 1
        text += "." + f"{fraction:0{digits}d}".rstrip("0")
    return text + ("+00:00" if tz else "")


def temporal_strings(column: pa.ChunkedArray[Any]) -> pa.ChunkedArray[Any]:
    """Dates and timestamps as ISO strings computed by Arrow (no Python datetime, so no year-9999 limit),
    with their sub-second digits when there are any (`…05.12`, `…05`)."""
    compute: Any = pc  # pyarrow's stubs do not cover scalar arguments of the compute kernels
    t: Any = column.type
    if pa.types.is_date(t):
        days = compute.cast(compute.cast(column, pa.date32()), pa.int32())
        text = compute.cast(compute.cast(column, pa.date32()), pa.string())
        sentinel = _INF_DATE
        unit = None
        far_ticks = _FAR_DAYS
    else:
        days = compute.cast(column, pa.int64())  # the raw ticks, to spot the ±infinity sentinels
        text = _timestamp_text(column)
        # `05.000000` → `05`, `05.120000` → `05.12`
        text = compute.replace_substring_regex(text, pattern=r"(\.\d*[1-9])0+($|[+Z-])", replacement=r"\1\2")
        text = compute.replace_substring_regex(text, pattern=r"\.0+($|[+Z-])", replacement=r"\1")
        if t.tz:  # `Z` → `+00:00`, `+0100` → `+01:00`: the ISO form Python and browsers print
            text = compute.replace_substring_regex(text, pattern=r"Z$", replacement="+00:00")
            text = compute.replace_substring_regex(text, pattern=r"([+-]\d\d)(\d\d)$", replacement=r"\1:\2")
        sentinel = _INF_TIMESTAMP
        unit = str(t.unit)
        far_ticks = min(_FAR_DAYS * 86400 * _TICKS_PER_SECOND[unit], _INF_TIMESTAMP)  # ns never reach it
    far = compute.and_(
        compute.greater_equal(compute.abs(compute.cast(days, pa.int64())), far_ticks),
        compute.not_equal(compute.abs(compute.cast(days, pa.int64())), sentinel),
    )
    if compute.any(far).as_py():
        ticks: list[int | None] = days.to_pylist()
        texts: list[str | None] = text.to_pylist()
        flags: list[bool | None] = far.to_pylist()
        tz = bool(getattr(t, "tz", None))
        fixed = [
            _far_text(tick, unit, tz) if flag and tick is not None else value
            for tick, value, flag in zip(ticks, texts, flags, strict=True)
        ]
        text = pa.chunked_array([pa.array(fixed, pa.string())])
    text = compute.if_else(compute.equal(days, sentinel), "infinity", text)
    return compute.if_else(compute.equal(days, -sentinel), "-infinity", text)


def _timestamp_text(column: pa.ChunkedArray[Any]) -> pa.ChunkedArray[Any]:
    """`2024-01-02T03:04:05[.fraction][Z|+0100]`: Arrow's cast to text, ~25× cheaper than strftime (which
    looks the time zone up value by value), with strftime for the values the cast cannot print."""
    compute: Any = pc
    text: Any = None
    try:
        text = compute.cast(column, pa.string())
        printed = not compute.any(compute.starts_with(text, "<")).as_py()  # `<value out of range: …>`
    except pa.ArrowInvalid:  # far years in some time zones
        printed = False
    if printed:
        return compute.replace_substring(text, " ", "T", max_replacements=1)
    t: Any = column.type
    text = compute.strftime(column, format="%Y-%m-%dT%H:%M:%S%z" if t.tz else "%Y-%m-%dT%H:%M:%S")
    return compute.replace_substring_regex(text, pattern=r"\+0000$", replacement="Z")
