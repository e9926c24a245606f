"""Arrow tables to the wire formats of `GET /api/data/{id}`: json, arrow (IPC stream), parquet, csv.

Every Arrow type a DuckDB result can hold is written in every format, exactly: integers stay integers
(no float detour), decimals keep their digits, timestamps keep their fractional seconds, past year 9999
and ±infinity keep their value, NaN and ±infinity floats stay NaN and ±infinity, duplicate column names
survive (deduplicated where a reader needs unique names). What cannot be written is refused with
`ExportUnsupportedError` naming the column.

JSON (`to_rows` + `json_body.dumps`): decimals are JSON numbers written with the engine's exact digits
(`12345678901234567890.123456789`, `123.45`); NaN and ±infinity floats, which JSON has no number for,
are the strings "NaN", "Infinity" and "-Infinity" (what `Number()` in a browser and `float()` in Python
read back); integers beyond BIGINT (HUGEINT/UHUGEINT) are their exact decimal text.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import math
import re
import uuid
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from backend.core import json_body
from backend.core.temporal_text import temporal_strings
from backend.models.errors import ExportUnsupportedError


def _iso_duration(value: Any) -> str:
    """An Arrow MonthDayNano interval as ISO 8601 (`P1M2DT3.5S`)."""
    months, days, nanos = value.months, value.days, value.nanoseconds
    return f"P{months}M{days}DT{nanos / 1e9:g}S"


NON_FINITE = {math.inf: "Infinity", -math.inf: "-Infinity"}


def non_finite_text(value: float) -> str:
    """JSON's spelling of a float it has no number for: "NaN", "Infinity", "-Infinity"."""
    return NON_FINITE.get(value, "NaN")


def _plain(value: Any) -> Any:
    """A Python value from Arrow as JSON can carry it, recursively (nested lists, structs, maps).

    Decimals stay `decimal.Decimal` (exact; `json_body.dumps` writes them as JSON numbers)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else non_finite_text(value)
    if isinstance(value, decimal.Decimal):
        # 128-bit integers (scale 0) stay exact as ints; other decimals keep their digits and scale.
        return int(value) if value.as_tuple().exponent == 0 else value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dt.datetime):  # `…05.120000` → `…05.12`, whole seconds without a fraction
        return _trim_fraction(value.isoformat())
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


def _trim_fraction(text: str) -> str:
    return re.sub(r"\.0+(?=$|[+-])", "", re.sub(r"(\.\d*[1-9])0+(?=$|[+-])", r"\1", text))


def _scalar_column(column: pa.ChunkedArray[Any]) -> pa.ChunkedArray[Any] | None:
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
    if pa.types.is_decimal(t):  # Arrow's own text is scientific for small values (`1E-9`, `0E-9`)
        values: list[decimal.Decimal | None] = column.to_pylist()
        texts = [None if v is None else format(v, "f") for v in values]
        return pa.chunked_array([pa.array(texts, pa.string())]) if t.scale > 0 else column
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return temporal_strings(column)
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
    t: pa.DataType = column.type
    if pa.types.is_decimal(t):  # exact `decimal.Decimal`s: JSON numbers with the engine's digits (DESIGN.md)
        return _python_values(column, name)
    scalar = _scalar_column(column)
    return _python_values(column if scalar is None else scalar, name)


def to_rows(table: pa.Table) -> list[list[Any]]:
    """Row-major values, exact: encode them with `json_body.dumps` (decimals as JSON numbers)."""
    columns = [_json_values(table.column(i), name) for i, name in enumerate(table.column_names)]
    return [list(row) for row in zip(*columns, strict=True)] if columns else []


def _approximate(value: Any) -> Any:
    """A value as a model is shown it: decimals as floats, NaN and ±infinity as missing."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    return None if isinstance(value, str) and value in ("NaN", "Infinity", "-Infinity") else value


def to_records(table: pa.Table) -> list[dict[str, Any]]:
    """Row objects keyed by column name, approximate (the sample rows a model sees; never the wire)."""
    names = table.column_names
    floats = [pa.types.is_floating(t) or pa.types.is_decimal(t) for t in table.schema.types]
    return [
        {n: _approximate(v) if f else v for n, v, f in zip(names, row, floats, strict=True)} for row in to_rows(table)
    ]


def to_arrow_ipc(table: pa.Table) -> bytes:
    """Arrow IPC stream bytes."""
    sink = io.BytesIO()
    with ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _as_json_text(column: pa.ChunkedArray[Any], name: str) -> pa.ChunkedArray[Any]:
    values = _python_values(column, name)
    text = [v if v is None or isinstance(v, str) else json_body.dumps(v, compact=False) for v in values]
    return pa.chunked_array([pa.array(text, pa.string())])


def unique_names(names: list[str]) -> list[str]:
    """Column names made unique, deterministically: a repeated `x` becomes `x_2`, `x_3`, … (skipping names
    the result already has). pandas and `pyarrow.parquet.read_table` refuse a file with duplicate names."""
    taken = set(names)
    seen: set[str] = set()
    unique: list[str] = []
    for name in names:
        if name in seen:
            n = 2
            while f"{name}_{n}" in taken:
                n += 1
            name = f"{name}_{n}"
            taken.add(name)
        seen.add(name)
        unique.append(name)
    return unique


def with_unique_names(table: pa.Table) -> pa.Table:
    """`table` with `unique_names` (the same table when its names are unique already)."""
    names = table.column_names
    return table if len(set(names)) == len(names) else table.rename_columns(unique_names(names))


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
    """Write `table` as Parquet (zstd) to a path or file object (duplicate column names made unique)."""
    pq.write_table(storable(with_unique_names(table)), where, compression="zstd")


def read_parquet(path: Any) -> pa.Table:
    """Read a Parquet file written by `write_parquet`."""
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
    """CSV with a header row; nested values as JSON text, bytes as hex."""
    columns: list[pa.ChunkedArray[Any]] = []
    for name, column in zip(table.column_names, table.columns, strict=True):
        scalar = _scalar_column(column)
        columns.append(_without_float_noise(scalar) if scalar is not None else _as_json_text(column, name))
    sink = io.BytesIO()
    pacsv.write_csv(pa.Table.from_arrays(columns, names=table.column_names), sink)
    return sink.getvalue()
