"""Arrow tables to the wire formats of `GET /api/data/{id}`: json, arrow (IPC stream), parquet, csv.

Every Arrow type a DuckDB result can hold is written in every format, exactly: integers stay integers
(no float detour), timestamps past year 9999 and ±infinity keep their value, duplicate column names
survive. What cannot be written is refused with `ExportUnsupportedError` naming the column.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import json
import math
import uuid
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from backend.models.errors import ExportUnsupportedError

# DuckDB writes ±infinity timestamps and dates as the extreme values of their Arrow storage.
_INF_TIMESTAMP = 2**63 - 1
_INF_DATE = 2**31 - 1


def _iso_duration(value: Any) -> str:
    """An Arrow MonthDayNano interval as ISO 8601 (`P1M2DT3.5S`)."""
    months, days, nanos = value.months, value.days, value.nanoseconds
    return f"P{months}M{days}DT{nanos / 1e9:g}S"


def _plain(value: Any) -> Any:
    """A Python value from Arrow as JSON can carry it, recursively (nested lists, structs, maps)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)  # 128-bit integers stay exact
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value // dt.timedelta(microseconds=1)
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "months") and hasattr(value, "nanoseconds"):  # before tuple: it is a named tuple
        return _iso_duration(value)
    if isinstance(value, dict):
        items: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return {str(k): _plain(v) for k, v in items.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    return str(value)


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


def _far_text(ticks: int, unit: str | None, tz: bool, fractions: bool) -> str:
    """One date (`unit` None: `ticks` are days) or timestamp far from 1970 as ISO text, like Arrow's."""
    if unit is None:
        return _civil_date(ticks)
    per_second = _TICKS_PER_SECOND[unit]
    seconds, fraction = divmod(ticks, per_second)
    days, second_of_day = divmod(seconds, 86400)
    hours, rest = divmod(second_of_day, 3600)
    text = f"{_civil_date(days)}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    if fractions and fraction:
        digits = len(str(per_second)) - 1
        text += "." + f"{fraction:0{digits}d}".rstrip("0")
    return text + ("+00:00" if tz else "")


def _temporal_strings(column: pa.ChunkedArray[Any], *, fractions: bool = False) -> pa.ChunkedArray[Any]:
    """Dates and timestamps as ISO strings computed by Arrow (no Python datetime, so no year-9999 limit);
    whole seconds unless `fractions` (then sub-second digits are kept when there are any)."""
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
        seconds = column if fractions else compute.cast(column, pa.timestamp("s", t.tz), safe=False)
        text = _timestamp_text(seconds)
        if fractions:  # `05.000000` → `05`, `05.120000` → `05.12`
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
            _far_text(tick, unit, tz, fractions) if flag and tick is not None else value
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


def _scalar_column(column: pa.ChunkedArray[Any], *, fractions: bool = False) -> pa.ChunkedArray[Any] | None:
    """The column in a type every writer handles (numbers, booleans, strings), or None when it is nested."""
    t: Any = column.type
    if isinstance(t, pa.BaseExtensionType):  # e.g. DuckDB's opaque types: their storage (bytes) as hex
        chunks: list[Any] = [c.storage for c in column.chunks]  # pyright: ignore[reportAttributeAccessIssue]
        storage: Any = pa.chunked_array
        return _scalar_column(storage(chunks, t.storage_type))
    if pa.types.is_dictionary(t):
        return _scalar_column(pc.cast(column, t.value_type))
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t) or pa.types.is_null(t):
        return column
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return column
    if pa.types.is_decimal(t):
        return pc.cast(column, pa.string()) if t.scale > 0 else column
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return _temporal_strings(column, fractions=fractions)
    if pa.types.is_time(t):
        return pc.cast(column, pa.string())
    if pa.types.is_duration(t):
        return pc.cast(column, pa.int64())
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return pa.chunked_array([pa.array([None if v is None else v.hex() for v in column.to_pylist()], pa.string())])
    return None


def _python_values(column: pa.ChunkedArray[Any], name: str) -> list[Any]:
    try:
        return [_plain(v) for v in column.to_pylist()]
    except (OverflowError, ValueError, pa.ArrowException) as exc:
        raise ExportUnsupportedError(f"column {name!r} ({column.type}) holds values that cannot be exported") from exc


def _json_values(column: pa.ChunkedArray[Any], name: str) -> list[Any]:
    scalar = _scalar_column(column)
    if scalar is None:
        return _python_values(column, name)
    t: pa.DataType = column.type
    if pa.types.is_decimal(t) and t.scale > 0:  # pyright: ignore[reportAttributeAccessIssue]
        scalar = pc.cast(column, pa.float64())  # decimals travel as JSON numbers (DESIGN.md)
    return _python_values(scalar, name)


def to_rows(table: pa.Table) -> list[list[Any]]:
    """Row-major JSON-ready values."""
    columns = [_json_values(table.column(i), name) for i, name in enumerate(table.column_names)]
    return [list(row) for row in zip(*columns, strict=True)] if columns else []


def to_records(table: pa.Table) -> list[dict[str, Any]]:
    """Row objects keyed by column name (what a chart consumes)."""
    names = table.column_names
    return [dict(zip(names, row, strict=True)) for row in to_rows(table)]


def to_arrow_ipc(table: pa.Table) -> bytes:
    """Arrow IPC stream bytes."""
    sink = io.BytesIO()
    with ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _as_json_text(column: pa.ChunkedArray[Any], name: str) -> pa.ChunkedArray[Any]:
    values = _python_values(column, name)
    text = [v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values]
    return pa.chunked_array([pa.array(text, pa.string())])


def storable(table: pa.Table) -> pa.Table:
    """The table with the types Parquet cannot hold (intervals, unions) as text; the rest unchanged."""
    columns: list[pa.ChunkedArray[Any]] = []
    changed = False
    for name, column in zip(table.column_names, table.columns, strict=True):
        t: pa.DataType = column.type
        if pa.types.is_interval(t) or pa.types.is_union(t):
            values = _python_values(column, name)
            column = pa.chunked_array([pa.array([None if v is None else str(v) for v in values], pa.string())])
            changed = True
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names) if changed else table


def write_parquet(table: pa.Table, where: Any) -> None:
    """Write `table` as Parquet (zstd) to a path or file object; duplicate column names are kept."""
    pq.write_table(storable(table), where, compression="zstd")


def read_parquet(path: Any) -> pa.Table:
    """Read a Parquet file written by `write_parquet` (ParquetFile: the dataset reader refuses duplicates)."""
    return pq.ParquetFile(path).read()


def to_parquet(table: pa.Table) -> bytes:
    """Parquet file bytes (zstd)."""
    sink = io.BytesIO()
    write_parquet(table, sink)
    return sink.getvalue()


def _without_float_noise(column: pa.ChunkedArray[Any]) -> pa.ChunkedArray[Any]:
    """Floats rounded to 15 significant digits, so CSV writes 173.3 rather than 173.29999999999998."""
    if not pa.types.is_floating(column.type):
        return column
    values: list[float | None] = column.to_pylist()
    # NaN and ±infinity are values, not missing ones: CSV writes them as nan and inf, an empty cell stays NULL.
    cleaned = [v if v is None or not math.isfinite(v) else float(f"{v:.15g}") for v in values]
    return pa.chunked_array([pa.array(cleaned, type=pa.float64())])


def to_csv(table: pa.Table) -> bytes:
    """CSV with a header row (duplicate names kept); nested values as JSON text, bytes as hex."""
    columns: list[pa.ChunkedArray[Any]] = []
    for name, column in zip(table.column_names, table.columns, strict=True):
        scalar = _scalar_column(column, fractions=True)
        columns.append(_without_float_noise(scalar) if scalar is not None else _as_json_text(column, name))
    sink = io.BytesIO()
    pacsv.write_csv(pa.Table.from_arrays(columns, names=table.column_names), sink)
    return sink.getvalue()
