"""Uploaded tables (Parquet files under the uploads directory) served by one locked DuckDB engine.

The engine is an in-memory DuckDB with one view per uploaded table, built before the lockdown; file
access is then limited to the uploads directory (`allowed_directories`), so the views read their
Parquet files while every other path stays refused. A change of uploads builds a new engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from backend.core.catalog import describe_table, quote_ident, quote_literal, scalar
from backend.core.duckdb_local import DuckDBLocalEngine, configure, lock_down, progress_cursors
from backend.core.source_engine import EngineLimits
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog, TableInfo, TableRef

UPLOADS_ENGINE = "uploads"
SAMPLE_ROWS = 200_000


@dataclass(frozen=True)
class UploadedTable:
    """One uploaded table: its Parquet file and what the catalog says about it."""

    source: str
    path: Path
    info: TableInfo
    values: dict[str, list[str]]


def describe_upload(
    source: str, table: str, path: Path, limits: EngineLimits, *, sample_rows: int = SAMPLE_ROWS
) -> UploadedTable:
    """Statistics, samples and value lists of an uploaded Parquet file.

    Row count and ranges are exact (cheap on Parquet); distinct counts, percentiles, samples and value
    lists come from a sample of `sample_rows` rows once the file is larger, so a 200 MB upload is
    described in one pass instead of one per column.
    """
    conn = duckdb.connect(":memory:")
    try:
        configure(conn, threads=limits.threads, memory_limit=limits.memory_limit)
        parquet = f"read_parquet({quote_literal(str(path))})"
        columns = [
            (str(r[0]), str(r[1]), True, None) for r in conn.execute(f"DESCRIBE SELECT * FROM {parquet}").fetchall()
        ]
        counted = conn.execute(f"SELECT count(*) FROM {parquet}").fetchone()
        rows = int(counted[0]) if counted else 0
        sampled = rows > sample_rows
        body = f"SELECT * FROM {parquet}" + (f" USING SAMPLE {int(sample_rows)} ROWS (reservoir, 7)" if sampled else "")
        conn.execute(f"CREATE TABLE {quote_ident(table)} AS {body}")
        info = describe_table(conn, table, columns)
        index = build_value_index(conn, Catalog(tables=[info]))
        if sampled:
            _exact_ranges(conn, parquet, info)
            info.row_count = rows
    finally:
        conn.close()
    info.engine = UPLOADS_ENGINE
    info.ref = TableRef(source=source, db_schema="main", name=table)
    return UploadedTable(source, path, info, {c: v for (_, c), v in index.columns.items()})


def _exact_ranges(conn: duckdb.DuckDBPyConnection, parquet: str, info: TableInfo) -> None:
    """min/max of numeric and temporal columns over the whole file (relative dates depend on them)."""
    ranged = [c for c in info.columns if c.kind in ("numeric", "temporal")]
    if not ranged:
        return
    selects = [f"min({quote_ident(c.name)}), max({quote_ident(c.name)})" for c in ranged]
    row = conn.execute(f"SELECT {', '.join(selects)} FROM {parquet}").fetchone() or ()
    for i, column in enumerate(ranged):
        column.min, column.max = scalar(row[2 * i]), scalar(row[2 * i + 1])


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
