"""Arrow types named the way DuckDB names them, so every engine's results describe columns alike."""

from __future__ import annotations

import pyarrow as pa

_SIMPLE: dict[pa.DataType, str] = {
    pa.bool_(): "BOOLEAN",
    pa.int8(): "TINYINT",
    pa.int16(): "SMALLINT",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.uint8(): "UTINYINT",
    pa.uint16(): "USMALLINT",
    pa.uint32(): "UINTEGER",
    pa.uint64(): "UBIGINT",
    pa.float16(): "FLOAT",
    pa.float32(): "FLOAT",
    pa.float64(): "DOUBLE",
    pa.string(): "VARCHAR",
    pa.large_string(): "VARCHAR",
    pa.binary(): "BLOB",
    pa.large_binary(): "BLOB",
    pa.date32(): "DATE",
    pa.date64(): "DATE",
    pa.null(): "NULL",
}


def duckdb_type_name(t: pa.DataType) -> str:
    """`DECIMAL(12,2)`, `TIMESTAMP`, `VARCHAR`, … for an Arrow type (`OTHER` when there is no match)."""
    if t in _SIMPLE:
        return _SIMPLE[t]
    if isinstance(t, pa.Decimal128Type | pa.Decimal256Type):
        return f"DECIMAL({t.precision},{t.scale})"
    if isinstance(t, pa.TimestampType):
        return "TIMESTAMP WITH TIME ZONE" if t.tz else "TIMESTAMP"
    if pa.types.is_time(t):
        return "TIME"
    if pa.types.is_duration(t) or pa.types.is_interval(t):
        return "INTERVAL"
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"{duckdb_type_name(t.value_type)}[]"
    if pa.types.is_struct(t):
        return "STRUCT"
    if pa.types.is_map(t):
        return "MAP"
    return "OTHER"
