"""Uploaded tables (Parquet files under the uploads directory) served by one locked DuckDB engine.

The engine is an in-memory DuckDB with one view per uploaded table, built before the lockdown; file
access is then limited to the uploads directory (`allowed_directories`), so the views read their
Parquet files while every other path stays refused. A change of uploads builds a new engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from backend.core.catalog import describe_table, quote_ident, quote_literal
from backend.core.duckdb_local import DuckDBLocalEngine, configure, lock_down, progress_cursors
from backend.core.source_engine import EngineLimits
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog, TableInfo, TableRef

UPLOADS_ENGINE = "uploads"


@dataclass(frozen=True)
class UploadedTable:
    """One uploaded table: its Parquet file and what the catalog says about it."""

    source: str
    path: Path
    info: TableInfo
    values: dict[str, list[str]]


def describe_upload(source: str, table: str, path: Path, limits: EngineLimits) -> UploadedTable:
    """Statistics, samples and value lists of an uploaded Parquet file (read in full: it is bounded)."""
    conn = duckdb.connect(":memory:")
    try:
        configure(conn, threads=limits.threads, memory_limit=limits.memory_limit)
        conn.execute(f"CREATE VIEW {quote_ident(table)} AS SELECT * FROM read_parquet({quote_literal(str(path))})")
        columns = [
            (str(r[0]), str(r[1]), True, None) for r in conn.execute(f"DESCRIBE {quote_ident(table)}").fetchall()
        ]
        info = describe_table(conn, table, columns)
        index = build_value_index(conn, Catalog(tables=[info]))
    finally:
        conn.close()
    info.engine = UPLOADS_ENGINE
    info.ref = TableRef(source=source, db_schema="main", name=table)
    return UploadedTable(source, path, info, {c: v for (_, c), v in index.columns.items()})


def open_uploads(tables: list[UploadedTable], root: Path, limits: EngineLimits) -> DuckDBLocalEngine:
    """A locked engine serving every uploaded table under its bare name."""
    conn = duckdb.connect(":memory:")
    try:
        configure(
            conn,
            threads=limits.threads,
            memory_limit=limits.memory_limit,
            temp_directory=limits.temp_directory,
            max_temp_size=limits.max_temp_size,
        )
        for table in tables:
            conn.execute(
                f"CREATE VIEW {quote_ident(table.info.name)} AS "
                f"SELECT * FROM read_parquet({quote_literal(str(table.path.resolve()))})"
            )
        # The views read their files after the lockdown: only the uploads directory stays readable.
        conn.execute("SET allowed_directories = ?", [[str(root.resolve()) + "/"]])
        workers = max(2, limits.threads * 2)
        cursors = progress_cursors(conn, workers)
        lock_down(conn)
    except duckdb.Error:
        conn.close()
        raise
    values = ValueIndex()
    for table in tables:
        for column, column_values in table.values.items():
            values.add(table.info.name, column, column_values)
    catalog = Catalog(tables=[t.info for t in tables])
    return DuckDBLocalEngine(conn, catalog, name=UPLOADS_ENGINE, workers=workers, values=values, cursors=cursors)
