"""DuckDB types Arrow cannot carry exactly, and the projection that turns them into DuckDB's own text.

DuckDB exports HUGEINT/UHUGEINT as decimal128(38, 0), which overflows (the largest UHUGEINT arrives
as -1), BIT as its internal bytes, TIMETZ without its offset, BIGNUM as opaque bytes; INTERVAL and
UNION have no Parquet or CSV form, and VARIANT has no Arrow form at all (a 500 before it was cast). Cast to VARCHAR inside the engine, their values survive exactly in
every format while the result keeps the engine's type names.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

# A type is cast when its name contains one of these (so LIST/STRUCT of them are covered too).
TEXT_TYPES = ("HUGEINT", "BIGNUM", "BIT", "TIME WITH TIME ZONE", "INTERVAL", "UNION", "VARIANT")


def needs_text(type_name: str) -> bool:
    """True when values of this DuckDB type must travel as text to stay exact."""
    upper = type_name.upper()
    return any(marker in upper for marker in TEXT_TYPES)


def exact_projection(names: Sequence[str], types: Sequence[str]) -> str | None:
    """A projection over a relation (positional `#n`, so duplicate names are fine) or None if none is needed."""
    if not any(needs_text(t) for t in types):
        return None
    parts: list[str] = []
    for position, (name, type_name) in enumerate(zip(names, types, strict=True), start=1):
        expression = f"CAST(#{position} AS VARCHAR)" if needs_text(type_name) else f"#{position}"
        quoted = name.replace('"', '""')
        parts.append(f'{expression} AS "{quoted}"')
    return ", ".join(parts)


def integers_back(table: pa.Table, types: Sequence[str]) -> pa.Table:
    """Plain HUGEINT/UHUGEINT columns whose values all fit in BIGINT become integers again.

    `sum()` of an INTEGER column is a HUGEINT: sent as text it would reach charts as strings.
    Only values beyond BIGINT (which no sum of real data reaches) keep the exact text.
    """
    for position, type_name in enumerate(types):
        if type_name.upper() not in ("HUGEINT", "UHUGEINT"):
            continue
        try:
            integers = pc.cast(table.column(position), pa.int64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue  # a value beyond BIGINT: keep every value of the column as exact text
        table = table.set_column(position, table.schema.field(position).with_type(pa.int64()), integers)
    return table
