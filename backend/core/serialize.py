"""Arrow tables to the wire formats of `GET /api/data/{id}`: json, arrow (IPC stream), parquet, csv."""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.ipc as ipc
import pyarrow.parquet as pq


def _json_ready(column: pa.ChunkedArray[Any]) -> pa.ChunkedArray[Any]:
    """Cast types JSON cannot carry: decimals to float (sent as numbers), temporals to ISO strings."""
    t: pa.DataType = column.type
    if pa.types.is_decimal(t):
        return pc.cast(column, pa.float64())
    if pa.types.is_date(t) or pa.types.is_time(t):
        return pc.cast(column, pa.string())
    if pa.types.is_timestamp(t):
        values: list[dt.datetime | None] = column.to_pylist()
        iso = [None if v is None else v.replace(microsecond=0).isoformat() for v in values]
        return pa.chunked_array([pa.array(iso, pa.string())])
    if pa.types.is_duration(t):
        return pc.cast(column, pa.int64())
    return column


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bytes):
        return value.hex()
    return value


def to_rows(table: pa.Table) -> list[list[Any]]:
    """Row-major JSON-ready values."""
    columns = [[_clean(v) for v in _json_ready(table.column(i)).to_pylist()] for i in range(table.num_columns)]
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


def to_parquet(table: pa.Table) -> bytes:
    """Parquet file bytes (zstd)."""
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def to_csv(table: pa.Table) -> bytes:
    """CSV with a header row; decimals as plain numbers."""
    converted = pa.Table.from_arrays([_json_ready(col) for col in table.columns], names=table.column_names)
    sink = io.BytesIO()
    pacsv.write_csv(converted, sink)
    return sink.getvalue()
