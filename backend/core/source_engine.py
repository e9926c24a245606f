"""A user's database (Postgres, MySQL, SQLite) as its own locked DuckDB engine.

Each source gets a fresh in-memory DuckDB connection: the scanner is loaded from its wheel, the
database ATTACHed READ_ONLY under the source's name, its catalog read from a bounded sample of each
table (never a whole large table), views created for names unique in the source, and then the same
lockdown as the demo engine. Writes are refused twice: by the guard and by the read-only attach.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from backend.core.catalog import describe_table, quote_ident, quote_literal
from backend.core.dsn import key_values, mysql_dsn, redact
from backend.core.duckdb_extensions import load_scanner
from backend.core.duckdb_local import DuckDBLocalEngine, clean_message, configure, lock_down, progress_cursors
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog, ForeignKey, TableInfo, TableRef
from backend.models.errors import AppError, SourceUnreachableError

log = logging.getLogger("viz.sources")

DatabaseKind = Literal["postgres", "mysql", "sqlite"]
SAMPLE_ROWS = 50_000
_SAMPLE = "_viz_sample"
_SYSTEM_SCHEMAS = ("information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys")

_PG_FOREIGN_KEYS = """
SELECT ns.nspname AS table_schema, cl.relname AS table_name, a.attname AS column_name,
       rns.nspname AS ref_schema, rcl.relname AS ref_table, ra.attname AS ref_column
FROM pg_constraint c
JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace
JOIN pg_class rcl ON rcl.oid = c.confrelid JOIN pg_namespace rns ON rns.oid = rcl.relnamespace
CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, rcol)
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.rcol
WHERE c.contype = 'f'"""
_PG_ROWS = """
SELECT n.nspname, c.relname, greatest(c.reltuples, 0)::bigint
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm')"""
_MYSQL_FOREIGN_KEYS = """
SELECT table_schema, table_name, column_name, referenced_table_schema, referenced_table_name, referenced_column_name
FROM information_schema.key_column_usage
WHERE referenced_table_name IS NOT NULL AND table_schema = DATABASE()"""
_PG_COMMENTS = """
SELECT n.nspname, c.relname, a.attname, col_description(c.oid, a.attnum)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NOT NULL"""
_MYSQL_COMMENTS = """
SELECT table_schema, table_name, column_name, column_comment FROM information_schema.columns
WHERE table_schema = DATABASE() AND column_comment <> ''"""
_MYSQL_ROWS = (
    "SELECT table_schema, table_name, table_rows FROM information_schema.tables WHERE table_schema = DATABASE()"
)


@dataclass
class AttachedSource:
    """A source's engine with its catalog and value index under canonical `source.schema.table` names."""

    engine: DuckDBLocalEngine
    catalog: Catalog
    values: ValueIndex


@dataclass(frozen=True)
class EngineLimits:
    """The resource bounds every DuckDB connection of the app gets."""

    threads: int = 2
    memory_limit: str = "2GB"
    temp_directory: Path | None = None
    max_temp_size: str | None = None
    extensions_dir: Path = Path("data/extensions")


def attach_target(kind: DatabaseKind, dsn: str) -> str:
    """What ATTACH gets: MySQL URIs become `key=value`; a SQLite path must be a SQLite file."""
    if kind == "mysql":
        return mysql_dsn(dsn)
    if kind == "sqlite":
        path = Path(dsn.strip().removeprefix("sqlite:///").removeprefix("sqlite://")).expanduser()
        if not path.is_file():
            raise SourceUnreachableError(f"no SQLite file at {path}")
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise SourceUnreachableError(f"{path} is not a SQLite database file")
        return str(path.resolve())
    return dsn.strip()


def _attach(conn: duckdb.DuckDBPyConnection, kind: DatabaseKind, name: str, dsn: str, limits: EngineLimits) -> str:
    target = attach_target(kind, dsn)
    load_scanner(conn, kind, limits.extensions_dir)
    if kind == "mysql":
        # Its aggregate pushdown fails to bind a bare count(*) read through a view (DuckDB 1.5.5):
        # "Failed to bind column reference count_star()". DuckDB aggregates the rows itself instead.
        conn.execute("SET GLOBAL mysql_aggregate_pushdown_enabled = false")
    conn.execute(f"ATTACH {quote_literal(target)} AS {quote_ident(name)} (TYPE {kind}, READ_ONLY)")
    return target


def list_tables(conn: duckdb.DuckDBPyConnection, name: str, only_schema: str | None = None) -> list[tuple[str, str]]:
    """(schema, table) of every user table and view of the attached source `name` (in `only_schema`)."""
    rows = conn.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? "
        "UNION SELECT schema_name, view_name FROM duckdb_views() WHERE database_name = ? AND NOT internal",
        [name, name],
    ).fetchall()
    found = [(str(s), str(t)) for s, t in rows if str(s).lower() not in _SYSTEM_SCHEMAS and "." not in str(t)]
    return sorted(f for f in found if only_schema is None or f[0] == only_schema)


def home_schema(kind: DatabaseKind, dsn: str) -> str | None:
    """The one schema a MySQL DSN names (the scanner shows every database of the server as a schema)."""
    if kind != "mysql":
        return None
    pairs = key_values(mysql_dsn(dsn))
    return pairs.get("database") or pairs.get("db") or None


def probe(kind: DatabaseKind, name: str, dsn: str, limits: EngineLimits) -> list[str]:
    """Attach, list the tables, detach: the "Test" button. Errors carry the driver's words, redacted."""
    conn = duckdb.connect(":memory:")
    try:
        configure(conn, threads=1, memory_limit="256MB")
        _attach(conn, kind, name, dsn, limits)
        return [f"{s}.{t}" for s, t in list_tables(conn, name, home_schema(kind, dsn))]
    except duckdb.Error as exc:
        raise SourceUnreachableError(f"could not connect: {redact(clean_message(exc), dsn)}") from None
    finally:
        conn.close()


@dataclass
class _Facts:
    """What the source's own system catalog says: foreign keys, row estimates, column comments."""

    foreign_keys: list[tuple[str, str, str, str, str, str]]
    rows: dict[tuple[str, str], int]
    comments: dict[tuple[str, str, str], str]


def _source_facts(conn: duckdb.DuckDBPyConnection, kind: DatabaseKind, name: str, target: str) -> _Facts:
    """Foreign keys (schema, table, column, ref schema, ref table, ref column), row estimates, comments."""
    if kind == "sqlite":
        return _sqlite_facts(target)
    fn = "postgres_query" if kind == "postgres" else "mysql_query"
    pg = kind == "postgres"
    queries = (_PG_FOREIGN_KEYS, _PG_ROWS, _PG_COMMENTS) if pg else (_MYSQL_FOREIGN_KEYS, _MYSQL_ROWS, _MYSQL_COMMENTS)
    try:
        fks, counts, notes = (
            conn.execute(f"SELECT * FROM {fn}({quote_literal(name)}, {quote_literal(sql)})").fetchall()
            for sql in queries
        )
    except duckdb.Error as exc:  # e.g. no right to read the system catalog: the tables still work
        log.warning("source %s: foreign keys and row estimates unavailable: %s", name, clean_message(exc)[:200])
        return _Facts([], {}, {})
    return _Facts(
        [(str(a), str(b), str(c), str(d), str(e), str(f)) for a, b, c, d, e, f in fks],
        {(str(s), str(t)): int(n or 0) for s, t, n in counts},
        {(str(s), str(t), str(c)): str(note) for s, t, c, note in notes},
    )


def _sqlite_facts(path: str) -> _Facts:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        fks: list[tuple[str, str, str, str, str, str]] = []
        for table in tables:
            for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", [table]):
                ref_column = row[4] if row[4] is not None else "rowid"
                fks.append(("main", table, str(row[3]), "main", str(row[2]), str(ref_column)))
        return _Facts(fks, {}, {})
    except sqlite3.Error as exc:
        log.warning("sqlite source: foreign keys unavailable: %s", exc)
        return _Facts([], {}, {})
    finally:
        conn.close()


def _read_catalog(
    conn: duckdb.DuckDBPyConnection, kind: DatabaseKind, name: str, dsn: str, target: str, sample_rows: int
) -> tuple[Catalog, ValueIndex]:
    """Describe every table from a sample of at most `sample_rows` rows; row counts beyond it are the
    source's own estimates. Names are canonical: `source.schema.table`."""
    tables = list_tables(conn, name, home_schema(kind, dsn))
    facts = _source_facts(conn, kind, name, target)
    infos: list[TableInfo] = []
    values = ValueIndex()
    for schema, table in tables:
        ref = TableRef(source=name, db_schema=schema, name=table)
        full = ".".join(quote_ident(p) for p in (name, schema, table))
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {_SAMPLE} AS SELECT * FROM {full} LIMIT {int(sample_rows)}")
        columns = conn.execute(
            "SELECT column_name, data_type, is_nullable FROM duckdb_columns() "
            "WHERE database_name = ? AND schema_name = ? AND table_name = ? ORDER BY column_index",
            [name, schema, table],
        ).fetchall()
        described = [(str(c), str(t), bool(n), facts.comments.get((schema, table, str(c)))) for c, t, n in columns]
        info = describe_table(conn, _SAMPLE, described)
        sampled = build_value_index(conn, Catalog(tables=[info]))
        info.name, info.engine, info.ref = ref.qualified(), name, ref
        if info.row_count >= sample_rows:  # the sample was cut: the source's estimate says how many
            counted = facts.rows.get((schema, table))
            if counted is None and kind == "sqlite":
                row = conn.execute(f"SELECT count(*) FROM {full}").fetchone()
                counted = int(row[0]) if row else info.row_count
            info.row_count = max(info.row_count, counted or 0)
            info.row_count_estimated = kind != "sqlite"
        for (_, column), column_values in sampled.columns.items():
            values.add(info.name, column, column_values)
        infos.append(info)
    conn.execute(f"DROP TABLE IF EXISTS {_SAMPLE}")
    known = {(i.ref.db_schema, i.ref.name): i.name for i in infos if i.ref}
    fks = [
        ForeignKey(table=known[(s, t)], column=c, ref_table=known[(rs, rt)], ref_column=rc)
        for s, t, c, rs, rt, rc in facts.foreign_keys
        if (s, t) in known and (rs, rt) in known
    ]
    return Catalog(tables=infos, foreign_keys=fks), values


def open_source(
    kind: DatabaseKind, name: str, dsn: str, limits: EngineLimits, *, sample_rows: int = SAMPLE_ROWS
) -> AttachedSource:
    """Attach, read the catalog, create views for names unique in the source, lock down."""
    conn = duckdb.connect(":memory:")
    try:
        configure(
            conn,
            threads=limits.threads,
            memory_limit=limits.memory_limit,
            temp_directory=limits.temp_directory,
            max_temp_size=limits.max_temp_size,
        )
        target = _attach(conn, kind, name, dsn, limits)
        catalog, values = _read_catalog(conn, kind, name, dsn, target, sample_rows)
        bare: dict[str, list[TableRef]] = {}
        for table in catalog.tables:
            if table.ref is not None:
                bare.setdefault(table.ref.name.lower(), []).append(table.ref)
        for refs in bare.values():
            if len(refs) == 1:  # `orders` then works as well as `shop.public.orders`
                ref = refs[0]
                full = ".".join(quote_ident(p) for p in (ref.source, ref.db_schema, ref.name))
                conn.execute(f"CREATE VIEW {quote_ident(ref.name)} AS SELECT * FROM {full}")
        workers = max(2, limits.threads * 2)
        cursors = progress_cursors(conn, workers)
        lock_down(conn)
    except duckdb.Error as exc:
        conn.close()
        raise SourceUnreachableError(f"could not attach {name}: {redact(clean_message(exc), dsn)}") from None
    except AppError:
        conn.close()
        raise
    engine = DuckDBLocalEngine(conn, catalog, name=name, workers=workers, values=values, cursors=cursors)
    return AttachedSource(engine, catalog, values)
