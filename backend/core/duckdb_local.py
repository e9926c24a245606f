"""Embedded DuckDB engine: read-only file, locked down after the catalog is read."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

from backend.core.catalog import build_catalog
from backend.core.engine import QueryResult
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog
from backend.models.errors import (
    EngineUnavailableError,
    QueryCancelledError,
    QueryExecutionError,
    QueryTimeoutError,
)

# Applied once the catalog has been read; `lock_configuration` last so no query can undo them.
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)


def _is_locked(conn: duckdb.DuckDBPyConnection) -> bool:
    row = conn.execute("SELECT current_setting('lock_configuration')").fetchone()
    return bool(row and row[0] is True)


def open_locked(path: Path | str, *, threads: int = 2, memory_limit: str = "2GB") -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file read-only with extension autoinstall disabled before any query runs.

    Settings are applied with SET rather than connect-time config: DuckDB shares one instance per
    file within a process and refuses a second connection whose config differs.
    """
    conn = duckdb.connect(str(path), read_only=True)
    if not _is_locked(conn):
        conn.execute("SET autoinstall_known_extensions = false")
        conn.execute("SET autoload_known_extensions = false")
        conn.execute(f"SET threads = {int(threads)}")
        conn.execute("SET memory_limit = ?", [memory_limit])
    return conn


def lock_down(conn: duckdb.DuckDBPyConnection) -> None:
    """No file/network access, no extension loading, configuration frozen."""
    # A second engine on the same file shares the instance and finds it locked already.
    if _is_locked(conn):
        return
    for statement in LOCKDOWN:
        conn.execute(statement)


class DuckDBLocalEngine:
    """Runs guarded SQL on a cursor per query in a worker thread; `interrupt()` on timeout or cancel."""

    dialect = "duckdb"

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        catalog: Catalog,
        *,
        name: str = "duckdb",
        workers: int = 4,
        values: ValueIndex | None = None,
    ):
        self.name = name
        self._conn = conn
        self._catalog = catalog
        self.values = values or ValueIndex()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"{name}-query")
        self._active: set[duckdb.DuckDBPyConnection] = set()
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, *, threads: int = 2, memory_limit: str = "2GB") -> DuckDBLocalEngine:
        """Open the file, read its catalog and value index, then lock the connection down."""
        if not path.exists():
            raise EngineUnavailableError(f"DuckDB database {path} does not exist (run `make data`)")
        conn = open_locked(path, threads=threads, memory_limit=memory_limit)
        catalog = build_catalog(conn)
        values = build_value_index(conn, catalog)
        lock_down(conn)
        return cls(conn, catalog, workers=max(2, threads * 2), values=values)

    @property
    def active_queries(self) -> int:
        """Queries currently running on a worker thread."""
        with self._lock:
            return len(self._active)

    def catalog(self) -> Catalog:
        """Tables and columns read at start-up."""
        return self._catalog

    def _run(self, cursor: duckdb.DuckDBPyConnection, sql: str, limit: int) -> tuple[QueryResult, bool]:
        started = time.perf_counter()
        with self._lock:
            self._active.add(cursor)
        try:
            relation = cursor.sql(sql)
            types = [str(t) for t in relation.types]
            reader = relation.to_arrow_reader(batch_size=min(limit + 1, 65_536))
            table = _read_at_most(reader, limit + 1)
        finally:
            with self._lock:
                self._active.discard(cursor)
        truncated = table.num_rows > limit
        if truncated:
            table = table.slice(0, limit)
        elapsed = (time.perf_counter() - started) * 1000
        return QueryResult(table=table, column_types=types, engine=self.name, elapsed_ms=elapsed, sql=sql), truncated

    async def execute(self, sql: str, limit: int, timeout: float) -> QueryResult:
        """Run `sql` (already guarded) and return at most `limit` rows as Arrow."""
        cursor = self._conn.cursor()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._pool, self._run, cursor, sql, limit)
        try:
            result, truncated = await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            cursor.interrupt()
            await _settle(future)
            raise QueryTimeoutError(f"query exceeded the {timeout:g} s timeout and was interrupted", sql) from None
        except asyncio.CancelledError:
            # The client went away: stop the engine work, then let the cancellation propagate.
            cursor.interrupt()
            await _settle(future)
            raise
        except duckdb.InterruptException as exc:
            raise QueryCancelledError("query was cancelled", sql) from exc
        except duckdb.Error as exc:
            raise QueryExecutionError(_clean_message(exc), sql) from exc
        finally:
            cursor.close()
        return QueryResult(
            table=result.table,
            column_types=result.column_types,
            engine=self.name,
            elapsed_ms=result.elapsed_ms,
            truncated=truncated,
            sql=sql,
        )

    async def explain(self, sql: str) -> str:
        """`EXPLAIN` output (physical plan) for `sql`."""
        cursor = self._conn.cursor()
        try:
            rows = await asyncio.get_running_loop().run_in_executor(
                self._pool, lambda: cursor.execute(f"EXPLAIN {sql}").fetchall()
            )
        except duckdb.Error as exc:
            raise QueryExecutionError(_clean_message(exc), sql) from exc
        finally:
            cursor.close()
        return "\n".join(str(r[-1]) for r in rows)

    async def health(self) -> str:
        """`ok` when a trivial query answers."""
        result = await self.execute("SELECT 1", 1, 5.0)
        return "ok" if result.table.num_rows == 1 else "unexpected answer to SELECT 1"

    async def close(self) -> None:
        """Interrupt what runs, then close the connection."""
        with self._lock:
            for cursor in self._active:
                cursor.interrupt()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._conn.close()


def _read_at_most(reader: pa.RecordBatchReader, rows: int) -> pa.Table:
    """Stop pulling batches once `rows` rows arrived: the engine stops producing the rest."""
    batches: list[pa.RecordBatch] = []
    seen = 0
    for batch in reader:
        batches.append(batch)
        seen += batch.num_rows
        if seen >= rows:
            break
    return pa.Table.from_batches(batches, schema=reader.schema)


async def _settle(future: asyncio.Future[tuple[QueryResult, bool]]) -> None:
    """Wait for an interrupted worker to return so its cursor can be closed safely."""
    try:
        await asyncio.shield(future)
    except BaseException:  # the interrupt error itself is expected here
        return


def _clean_message(exc: duckdb.Error) -> str:
    """DuckDB's message without the internal stack noise."""
    return str(exc).split("\n\nStack Trace")[0].strip()
