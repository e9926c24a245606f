"""Keys of JSON objects kept in one column (what ELT tools land from APIs: a `user` object, a `Payload` string): the
scalar keys most rows' objects share, each read as a column of its own named `<column> <key>`, with its type.

The catalog reads them once, when it is built; the SQL that reads one is a sqlglot tree (`key_value`), so every
dialect sqlglot writes gets its own spelling (`->>` in DuckDB, GET_JSON_OBJECT in Spark)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import duckdb
from sqlglot import exp

from backend.models.catalog import ColumnInfo

# Objects sampled per column, the share of them a key must be in, and the keys kept per column at most.
SAMPLE_ROWS = 2000
KEY_SHARE = 0.5
MAX_KEYS = 16
# Keys written as plain names (a path needs no quoting, a sub-column's name stays readable).
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# json_type's names of scalar values → the type a key's values are read as.
_SCALARS = {"VARCHAR": "VARCHAR", "BIGINT": "BIGINT", "UBIGINT": "BIGINT", "DOUBLE": "DOUBLE", "BOOLEAN": "BOOLEAN"}


class SqlReader(Protocol):
    """What reading keys needs of a connection: run one statement, fetch its rows."""

    def execute(self, query: str, /) -> duckdb.DuckDBPyConnection: ...


@dataclass(frozen=True, slots=True)
class JsonKey:
    """One scalar key of a JSON column, read as a column: its name in the catalog and the type of its values."""

    column: str
    key: str
    type: str

    @property
    def name(self) -> str:
        """The sub-column's name: the column, a space, the key ('user login')."""
        return f"{self.column} {self.key}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def holds_objects(info: ColumnInfo) -> bool:
    """A JSON column, or a text column whose sampled values are all JSON objects written out."""
    if info.json_path is not None:
        return False
    if info.type.upper() == "JSON":
        return True
    texts = [v for v in info.samples if v is not None]
    return (
        info.kind == "text"
        and bool(texts)
        and all(isinstance(v, str) and v.lstrip().startswith("{") and v.rstrip().endswith("}") for v in texts)
    )


def read_keys(conn: SqlReader, table: str, column: str) -> list[JsonKey]:
    """The scalar keys that at least half the sampled objects of `column` hold, most common first, each typed by
    the values it holds most (whole and fractional numbers together are DOUBLE)."""
    c, t = _ident(column), _ident(table)
    sample = (
        f"SELECT CAST({c} AS JSON) AS j FROM {t} WHERE {c} IS NOT NULL AND json_valid(CAST({c} AS VARCHAR)) "
        f"LIMIT {SAMPLE_ROWS}"
    )
    try:
        rows = conn.execute(
            f"WITH s AS ({sample}), o AS (SELECT j FROM s WHERE json_type(j) = 'OBJECT'), "
            "e AS (SELECT unnest(json_keys(j)) AS k, j FROM o) "
            "SELECT k, json_type(json_extract(j, '$.\"' || replace(k, '\"', '') || '\"')) AS ty, count(*), "
            "(SELECT count(*) FROM o) FROM e GROUP BY 1, 2"
        ).fetchall()
    except duckdb.Error:
        return []
    seen: dict[str, int] = {}
    types: dict[str, dict[str, int]] = {}
    objects = 0
    for key, type_name, n, total in rows:
        objects = int(total or 0)
        seen[str(key)] = seen.get(str(key), 0) + int(n)
        if type_name is not None and str(type_name) != "NULL":
            types.setdefault(str(key), {})[str(type_name)] = int(n)
    keys: list[JsonKey] = []
    for key, n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])):
        if not _KEY.fullmatch(key) or objects == 0 or n < KEY_SHARE * objects:
            continue
        held = types.get(key, {})
        if not held:
            continue
        top = max(held, key=lambda ty: held[ty])
        read = _SCALARS.get(top)
        if read is None:  # objects and arrays within: not a value to group or filter by
            continue
        if read == "BIGINT" and "DOUBLE" in held:
            read = "DOUBLE"
        keys.append(JsonKey(column, key, read))
        if len(keys) == MAX_KEYS:
            break
    return keys


def key_value(column: exp.Expr, key: str, type_name: str) -> exp.Expr:
    """The key's value in each row's object as SQL: its text, or read as its type (a value of another type is
    NULL, not an error)."""
    path = exp.JSONPath(expressions=[exp.JSONPathRoot(), exp.JSONPathKey(this=key)])
    text = exp.JSONExtractScalar(this=column, expression=path)
    if type_name == "VARCHAR":
        return text
    return exp.TryCast(this=text, to=exp.DataType.build(type_name))


def key_sql(key: JsonKey) -> str:
    """The DuckDB SQL of a key's value, for reading the catalog's statistics."""
    column = exp.Column(this=exp.Identifier(this=key.column, quoted=True))
    return key_value(column, key.key, key.type).sql("duckdb")


def column_sql(info: ColumnInfo) -> str:
    """How DuckDB SQL reads a catalog column: its quoted name, or a JSON key's value."""
    if info.json_path is None:
        return _ident(info.name)
    column, key = info.json_path
    return key_sql(JsonKey(column, key, info.type))


def stored_columns(columns: Sequence[ColumnInfo]) -> list[ColumnInfo]:
    """The columns a table stores, without the keys read out of its JSON columns."""
    return [c for c in columns if c.json_path is None]
