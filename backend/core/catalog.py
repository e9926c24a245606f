"""Reads a catalog (tables, columns, types, statistics, values, foreign keys) from a DuckDB connection."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, cast

import duckdb

from backend.core.json_keys import holds_objects, key_sql, read_keys
from backend.models.catalog import Catalog, ColumnInfo, ColumnKind, ForeignKey, TableInfo

# Text columns with at most this many distinct values get their full value list in the catalog:
# it is what lets the analyst find which column holds "Europe" without a query.
LOW_CARDINALITY = 60
SAMPLE_COUNT = 5

_NUMERIC_PREFIXES = (
    "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
    "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL", "INT",
)  # fmt: skip


def column_kind(type_name: str) -> ColumnKind:
    """Map an engine type name onto the coarse kind the analyst reasons with."""
    upper = type_name.upper()
    if upper.startswith(("DATE", "TIMESTAMP", "TIME")):
        return "temporal"
    if upper.startswith(_NUMERIC_PREFIXES):
        return "numeric"
    if upper.startswith(("VARCHAR", "TEXT", "STRING", "ENUM", "CHAR")):
        return "text"
    if upper.startswith("BOOL"):
        return "boolean"
    return "other"


# Text that spells a date, a timestamp or a time of day the ISO way ('2025-03-14', '2025-03-14 08:30', '14:30'):
# the cast that reads every value of such a column, and the pattern all of them must match.
_TEXT_TEMPORAL = (
    ("DATE", re.compile(r"\d{4}-\d{2}-\d{2}"), r"\d{4}-\d{2}-\d{2}"),
    ("TIMESTAMP", re.compile(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?"),
     r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?"),
    ("TIME", re.compile(r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?"), r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?"),
)  # fmt: skip


def _text_temporal_range(conn: SqlReader, q: str, c: str, samples: list[Any]) -> tuple[Any, Any] | None:
    """(first, last) of a text column every value of which is an ISO date, timestamp or time of day, as the cast
    reads them (so the catalog can offer it as a date; empty strings are missing values); None for any other text. The samples decide which cast is
    tried, one scan checks every value."""
    if not all(isinstance(v, str) for v in samples):
        return None
    texts = [v.strip() for v in samples if isinstance(v, str) and v.strip()]
    if not texts:
        return None
    for type_name, pattern, sql_pattern in _TEXT_TEMPORAL:
        if not all(pattern.fullmatch(v) for v in texts):
            continue
        value = f"TRY_CAST(trim({c}) AS {type_name})"
        bad = f"NOT regexp_full_match(trim({c}), {quote_literal(sql_pattern)}) OR {value} IS NULL"
        row = conn.execute(
            f"SELECT min({value}), max({value}), count(*) FILTER (WHERE {bad}) FROM {q} WHERE trim({c}) <> ''"
        ).fetchone()
        if row is None or row[0] is None or row[2]:
            return None
        return scalar(row[0]), scalar(row[1])
    return None


_YEAR_NAMES = re.compile(r"^(year|yr|decade|fiscal_year|.*_year|year_.*)$")
_INTEGER_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "INT", "UTINYINT", "USMALLINT", "UINTEGER")


def result_column_kind(name: str, type_name: str) -> ColumnKind:
    """Kind of a result column for charting: an integer year column is time, not a quantity."""
    kind = column_kind(type_name)
    if kind == "numeric" and type_name.upper().startswith(_INTEGER_TYPES) and _YEAR_NAMES.match(name.lower()):
        return "temporal"
    return kind


class SqlReader(Protocol):
    """What catalog reading needs of a connection: run one statement, fetch its rows."""

    def execute(self, query: str, /) -> duckdb.DuckDBPyConnection: ...


def quote_literal(value: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def quote_ident(name: str) -> str:
    """Double-quote an identifier for DuckDB."""
    return '"' + name.replace('"', '""') + '"'


def scalar(value: Any) -> str | int | float | bool | None:
    """A JSON-friendly form of a statistic value."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)


def _table_info(
    conn: SqlReader, table: str, columns: list[tuple[str, str, bool, str | None]], source: str | None = None
) -> TableInfo:
    """Statistics for one table in a single scan, then value lists for low-cardinality text; `source` is SQL to read
    the columns from instead of the table itself (a subquery reading keys out of JSON columns)."""
    q = source or quote_ident(table)
    selects = ["count(*)"]
    for name, type_name, _, _ in columns:
        c = quote_ident(name)
        selects += [f"approx_count_distinct({c})", f"count({c})"]
        if column_kind(type_name) in ("numeric", "temporal"):
            selects += [f"min({c})", f"max({c})"]
        if column_kind(type_name) == "numeric":
            selects += [f"approx_quantile({c}, 0.01)::DOUBLE", f"approx_quantile({c}, 0.99)::DOUBLE"]
    row = conn.execute(f"SELECT {', '.join(selects)} FROM {q}").fetchone() or ()
    stats: list[Any] = list(row)
    row_count = int(stats.pop(0) or 0)
    infos: list[ColumnInfo] = []
    for col_name, type_name, nullable, comment in columns:
        kind = column_kind(type_name)
        distinct = int(stats.pop(0) or 0)
        filled = int(stats.pop(0) or 0)
        lo = hi = None
        p01 = p99 = None
        if kind in ("numeric", "temporal"):
            lo, hi = scalar(stats.pop(0)), scalar(stats.pop(0))
        if kind == "numeric":
            p01, p99 = stats.pop(0), stats.pop(0)
        info = ColumnInfo(
            name=col_name,
            type=type_name,
            kind=kind,
            nullable=nullable,
            distinct_count=distinct,
            null_count=row_count - filled,
            min=lo,
            max=hi,
            p01=p01,
            p99=p99,
            comment=comment or None,
        )
        c = quote_ident(col_name)
        if kind in ("text", "boolean", "other"):
            # Most frequent values first: they make the best samples and suggestions.
            limit = LOW_CARDINALITY + 1 if kind == "text" else SAMPLE_COUNT
            top = conn.execute(
                f"SELECT {c} FROM {q} WHERE {c} IS NOT NULL GROUP BY {c} ORDER BY count(*) DESC, {c} LIMIT {limit}"
            ).fetchall()
            values = [scalar(v[0]) for v in top]
            info.samples = values[:SAMPLE_COUNT]
            if kind == "text" and len(values) <= LOW_CARDINALITY:
                info.values = [str(v) for v in values]
            if kind == "text":
                # Dates kept as text (CSV files, SQLite): their range, as a date column's, says what they hold.
                span = _text_temporal_range(conn, q, c, values[: SAMPLE_COUNT + 1])
                if span is not None:
                    info.min, info.max = span
        else:
            sample_rows = conn.execute(
                f"SELECT DISTINCT {c} FROM (SELECT {c} FROM {q} WHERE {c} IS NOT NULL LIMIT 1000) LIMIT {SAMPLE_COUNT}"
            ).fetchall()
            info.samples = [scalar(v[0]) for v in sample_rows]
        infos.append(info)
    return TableInfo(name=table, row_count=row_count, columns=infos)


def describe_table(conn: SqlReader, table: str, columns: Sequence[tuple[str, str, bool, str | None]]) -> TableInfo:
    """Statistics, samples and value lists of one table (or temporary sample of one) by its SQL name."""
    return _table_info(conn, table, list(columns))


def build_catalog(conn: SqlReader, *, engine: str = "duckdb", schema: str = "main") -> Catalog:
    """Describe every user table of `schema` (run before the connection is locked down).

    `conn` is a DuckDB connection or anything that runs one statement the same way (the remote
    engine passes statements through Quack), hence no bound parameters.
    """
    in_schema = f"schema_name = {quote_literal(schema)}"
    rows = conn.execute(
        "SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns() "
        f"WHERE {in_schema} AND NOT internal ORDER BY table_name, column_index"
    ).fetchall()
    by_table: dict[str, list[tuple[str, str, bool, str | None]]] = {}
    for table, column, type_name, nullable, comment in rows:
        note = str(comment) if comment else None
        by_table.setdefault(str(table), []).append((str(column), str(type_name), bool(nullable), note))
    views = {
        str(r[0])
        for r in conn.execute(f"SELECT view_name FROM duckdb_views() WHERE NOT internal AND {in_schema}").fetchall()
    }
    tables = [_table_info(conn, name, cols) for name, cols in sorted(by_table.items()) if name not in views]
    for table in tables:
        table.columns += _json_key_columns(conn, table)
    for table in tables:
        table.engine = engine
    fks: list[ForeignKey] = []
    for table, cols, ref_table, ref_cols in conn.execute(
        "SELECT table_name, constraint_column_names, referenced_table, referenced_column_names "
        f"FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY' AND {in_schema}"
    ).fetchall():
        for col, ref_col in zip(cols, ref_cols, strict=False):
            fks.append(ForeignKey(table=str(table), column=str(col), ref_table=str(ref_table), ref_column=str(ref_col)))
    return Catalog(tables=tables, foreign_keys=fks)


_DIGEST = re.compile(r"[0-9a-f]{16,}")


def _json_key_columns(conn: SqlReader, table: TableInfo) -> list[ColumnInfo]:
    """The scalar keys of the table's JSON columns as columns of their own, described like stored ones (one more
    scan of the table)."""
    keys = [k for c in table.columns if holds_objects(c) for k in read_keys(conn, table.name, c.name)]
    if not keys:
        return []
    reads = ", ".join(f"{key_sql(k)} AS {quote_ident(k.name)}" for k in keys)
    source = f"(SELECT {reads} FROM {quote_ident(table.name)})"
    described = _table_info(conn, table.name, [(k.name, k.type, True, None) for k in keys], source)
    out: list[ColumnInfo] = []
    for key, info in zip(keys, described.columns, strict=True):
        texts = [v for v in info.samples if v is not None]
        if texts and all(
            isinstance(v, str) and (v.startswith(("http://", "https://")) or _DIGEST.fullmatch(v)) for v in texts
        ):
            continue  # web addresses and digests (a commit's hash): links and fingerprints, no value a question names
        if info.null_count == table.row_count or (info.distinct_count or 0) <= 1:
            continue  # a key no row fills, or one value everywhere: nothing to group or filter by
        info.json_path = (key.column, key.key)
        out.append(info)
    return out


def load_synonyms(path: Path | None) -> dict[str, str]:
    """A catalog's optional synonyms file: a JSON object of the owner's words → words of its names.

    Missing file → no synonyms; a malformed one is an error at start-up, not a silent fallback.
    """
    if path is None or not path.exists():
        return {}
    data: object = json.loads(path.read_text())
    if not isinstance(data, dict):
        raise ValueError(f"{path}: synonyms must be a JSON object of strings to strings")
    out: dict[str, str] = {}
    for k, v in cast(dict[object, object], data).items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise ValueError(f"{path}: synonyms must be a JSON object of strings to strings")
        if k.strip():
            out[k.strip().lower()] = v.strip().lower()
    return out
