"""Embedded DuckDB engine: read-only file, locked down after the catalog is read."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

from backend.core.catalog import build_catalog
from backend.core.engine import PreparedQuery, Progress, QueryResult
from backend.core.exact_types import exact_projection, integers_back
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog
from backend.models.errors import (
    AppError,
    EngineUnavailableError,
    QueryCancelledError,
    QueryExecutionError,
)

# Applied once the catalog has been read; `lock_configuration` last so no query can undo them.
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)

# Session settings that make DuckDB track a statement's progress without printing a bar. They can
# only be set per connection and not once the configuration is locked, so the engine prepares its
# query cursors before the lockdown and reuses them.
PROGRESS_SETTINGS = (
    "SET enable_progress_bar = true",
    "SET enable_progress_bar_print = false",
    "SET progress_bar_time = 0",
)
PROGRESS_POLL_S = 0.25
PROGRESS_EVERY_S = 1.0
INTERRUPT_EVERY_S = 0.05

_ids = itertools.count(1)


def _is_locked(conn: duckdb.DuckDBPyConnection) -> bool:
    row = conn.execute("SELECT current_setting('lock_configuration')").fetchone()
    return bool(row and row[0] is True)


def open_locked(
    path: Path | str,
    *,
    threads: int = 2,
    memory_limit: str = "2GB",
    temp_directory: Path | None = None,
    max_temp_size: str | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file read-only with extension autoinstall disabled before any query runs.

    Spills go to `temp_directory` (else DuckDB writes `<db>.tmp` next to the database), at most
    `max_temp_size` of them: a query that needs more fails instead of filling the disk.

    Settings are applied with SET rather than connect-time config: DuckDB shares one instance per
    file within a process and refuses a second connection whose config differs.
    """
    conn = duckdb.connect(str(path), read_only=True)
    if not _is_locked(conn):
        configure(
            conn, threads=threads, memory_limit=memory_limit, temp_directory=temp_directory, max_temp_size=max_temp_size
        )
    return conn


def configure(
    conn: duckdb.DuckDBPyConnection,
    *,
    threads: int = 2,
    memory_limit: str = "2GB",
    temp_directory: Path | None = None,
    max_temp_size: str | None = None,
) -> None:
    """No extension autoinstall, bounded threads, memory and spill: every engine's connection starts so."""
    conn.execute("SET autoinstall_known_extensions = false")
    conn.execute("SET autoload_known_extensions = false")
    conn.execute(f"SET threads = {int(threads)}")
    conn.execute("SET memory_limit = ?", [memory_limit])
    if temp_directory is not None:
        temp_directory.mkdir(parents=True, exist_ok=True)
        conn.execute("SET temp_directory = ?", [str(temp_directory)])
    if max_temp_size is not None:
        conn.execute("SET max_temp_directory_size = ?", [max_temp_size])


def progress_cursors(conn: duckdb.DuckDBPyConnection, count: int) -> list[duckdb.DuckDBPyConnection]:
    """Cursors that report `query_progress()`; empty when the configuration is already locked."""
    if _is_locked(conn):
        return []
    cursors = [conn.cursor() for _ in range(count)]
    for cursor in cursors:
        for statement in PROGRESS_SETTINGS:
            cursor.execute(statement)
    return cursors


def lock_down(conn: duckdb.DuckDBPyConnection) -> None:
    """No file/network access, no extension loading, configuration frozen."""
    # A second engine on the same file shares the instance and finds it locked already.
    if _is_locked(conn):
        return
    for statement in LOCKDOWN:
        conn.execute(statement)


class QueryRun:
    """What a worker and a canceller share about one statement.

    `stopped` is checked by the worker before it starts and between batches, so a cancel that arrives
    while the statement waits for a worker, or between DuckDB's interrupt checks, still stops it.
    `interrupt()` reaches the cursor only while this statement runs on it: a cursor back in the pool
    may already run someone else's query.
    """

    def __init__(self, cursor: duckdb.DuckDBPyConnection) -> None:
        self.cursor = cursor
        self.stopped = threading.Event()
        self.running = False
        self.lock = threading.Lock()

    def interrupt(self) -> None:
        """Ask the running statement to stop; a no-op before it starts or after it ended."""
        self.stopped.set()
        with self.lock:
            if self.running:
                with contextlib.suppress(duckdb.Error):
                    self.cursor.interrupt()


class DuckDBQueryHandle:
    """One statement on its own cursor in a worker thread; `cancel()` interrupts the cursor.

    Errors become `AppError`s through `translate`, so a remote engine can name a lost server.
    """

    def __init__(
        self,
        run: QueryRun,
        future: Future[tuple[pa.Table, list[str], float]],
        prepared: PreparedQuery,
        engine: str,
        translate: Callable[[duckdb.Error, str], AppError],
        release: Callable[[duckdb.DuckDBPyConnection], None],
        cancel_wait_s: float = 5.0,
    ) -> None:
        self.id = f"{engine}-{next(_ids)}"
        self._run = run
        self._cursor = run.cursor
        self._future = future
        self._prepared = prepared
        self._engine = engine
        self._translate = translate
        self._release = release
        self._cancel_wait_s = cancel_wait_s
        self._cancelled = False
        # One asyncio view of the worker's future; its outcome is always retrieved (here or by
        # `result()`), so an interrupted query never logs "exception was never retrieved".
        self._finished = asyncio.wrap_future(future)
        self._finished.add_done_callback(_retrieve)
        self._cancel_requested = asyncio.Event()

    async def progress(self) -> AsyncIterator[Progress]:
        """DuckDB's own estimate (`query_progress()`, percent of the scan), when it changes and at least
        once a second while the statement runs; nothing when the cursor does not track progress."""
        finished = self._finished
        last: tuple[int, float] | None = None
        while not finished.done():
            await asyncio.wait([finished], timeout=PROGRESS_POLL_S)
            if finished.done():
                break
            if not self._run.running:
                continue  # still queued: the pooled cursor's figure is its last statement's, not this one's
            percent = self._cursor.query_progress()
            if percent < 0:
                continue
            now = time.perf_counter()
            done = int(percent)
            if last is None or done != last[0] or now - last[1] >= PROGRESS_EVERY_S:
                last = (done, now)
                yield Progress(stage="running", message=f"{self._engine}: {done}% scanned", done=done, total=100)

    async def result(self) -> QueryResult:
        """The rows, or the engine's error as an `AppError` carrying the SQL the user saw."""
        stopper = asyncio.ensure_future(self._cancel_requested.wait())
        try:
            await asyncio.wait([self._finished, stopper], return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
        if self._cancelled and not self._finished.done():
            # The engine has not let go yet (a remote server may not hear the interrupt): the caller
            # is answered now and the worker finishes on its own.
            raise QueryCancelledError("query was cancelled", self._prepared.sql)
        try:
            table, types, elapsed = self._finished.result()
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if self._future.cancelled() and not (task and task.cancelling()):
                raise QueryCancelledError("query was cancelled", self._prepared.sql) from None
            raise
        except duckdb.InterruptException as exc:
            raise QueryCancelledError("query was cancelled", self._prepared.sql) from exc
        except duckdb.Error as exc:
            if self._cancelled:
                raise QueryCancelledError("query was cancelled", self._prepared.sql) from exc
            raise self._translate(exc, self._prepared.sql) from exc
        limit = self._prepared.limit
        truncated = table.num_rows > limit
        return QueryResult(
            table=table.slice(0, limit) if truncated else table,
            column_types=types,
            engine=self._engine,
            elapsed_ms=elapsed,
            truncated=truncated,
            sql=self._prepared.sql,
        )

    async def cancel(self) -> None:
        """Interrupt the statement and wait for the worker to let go of the cursor.

        A statement still queued is removed and never runs. A running one is interrupted again every
        `INTERRUPT_EVERY_S` until it ends: DuckDB only checks for interrupts between pipeline steps,
        and an interrupt sent between two statements' checks would otherwise be lost.
        """
        if self._future.done():
            return
        self._cancelled = True
        self._cancel_requested.set()
        self._run.stopped.set()
        if self._future.cancel():  # still queued behind other queries: it never starts
            self._release(self._cursor)
            return
        deadline = time.monotonic() + self._cancel_wait_s
        while not self._finished.done() and time.monotonic() < deadline:
            self._run.interrupt()
            await asyncio.wait([self._finished], timeout=INTERRUPT_EVERY_S)


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
        cursors: list[duckdb.DuckDBPyConnection] | None = None,
    ):
        self.name = name
        self._conn = conn
        self._catalog = catalog
        self.values = values or ValueIndex()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"{name}-query")
        self._active: set[duckdb.DuckDBPyConnection] = set()
        self._lock = threading.Lock()
        self.cancel_wait_s = 5.0
        self._idle = list(cursors or ())
        self._owned = frozenset(id(c) for c in self._idle)
        # /health has its own cursor and thread: it never waits for a worker behind user queries.
        self._health_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"{name}-health")
        self._health_cursor: duckdb.DuckDBPyConnection | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        threads: int = 2,
        memory_limit: str = "2GB",
        temp_directory: Path | None = None,
        max_temp_size: str | None = None,
    ) -> DuckDBLocalEngine:
        """Open the file, read its catalog and value index, then lock the connection down."""
        if not path.exists():
            raise EngineUnavailableError(f"DuckDB database {path} does not exist (run `make data`)")
        conn = open_locked(
            path,
            threads=threads,
            memory_limit=memory_limit,
            temp_directory=temp_directory,
            max_temp_size=max_temp_size,
        )
        catalog = build_catalog(conn)
        values = build_value_index(conn, catalog)
        workers = max(2, threads * 2)
        cursors = progress_cursors(conn, workers)
        lock_down(conn)
        return cls(conn, catalog, workers=workers, values=values, cursors=cursors)

    @property
    def active_queries(self) -> int:
        """Queries currently running on a worker thread."""
        with self._lock:
            return len(self._active)

    async def catalog(self) -> Catalog:
        """Tables and columns read at start-up."""
        return self._catalog

    def publish(self, catalog: Catalog) -> None:
        """Name the tables as the merged catalog does (a user source's table may be qualified there)."""
        self._catalog = catalog

    def catalog_snapshot(self) -> Catalog:
        """The same catalog without awaiting (it was read at start-up)."""
        return self._catalog

    def statement(self, prepared: PreparedQuery) -> tuple[str, list[object]]:
        """The SQL and parameters this engine runs for `prepared` (the probe, one row over the limit)."""
        return prepared.probe_sql, []

    def translate_error(self, exc: duckdb.Error, sql: str) -> AppError:
        """DuckDB's message without its stack trace."""
        return QueryExecutionError(clean_message(exc), sql)

    def _run(self, run: QueryRun, statement: tuple[str, list[object]], rows: int) -> tuple[pa.Table, list[str], float]:
        started = time.perf_counter()
        cursor = run.cursor
        with run.lock:
            if run.stopped.is_set():  # cancelled between leaving the queue and starting
                self._release(cursor)
                raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")
            run.running = True
        with self._lock:
            self._active.add(cursor)
        try:
            sql, params = statement
            relation = cursor.sql(sql, params=params or None)
            types = [str(t) for t in relation.types]
            projection = exact_projection(relation.columns, types)
            if projection is not None:  # types Arrow would garble travel as DuckDB's own text
                relation = relation.project(projection)
            reader = relation.to_arrow_reader(batch_size=min(rows, 65_536))
            table = _read_at_most(reader, rows, run.stopped)
            if projection is not None:
                table = integers_back(table, types)
        finally:
            with run.lock:
                run.running = False
            with self._lock:
                self._active.discard(cursor)
            self._release(cursor)
        return table, types, (time.perf_counter() - started) * 1000

    def _acquire(self) -> duckdb.DuckDBPyConnection:
        """A prepared cursor when one is idle, else a fresh one (which reports no progress)."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._conn.cursor()

    def _release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        if id(cursor) in self._owned:
            with self._lock:
                self._idle.append(cursor)
        else:
            cursor.close()

    async def submit(self, q: PreparedQuery) -> DuckDBQueryHandle:
        """Start `q` on its own cursor; at most `limit + 1` rows are pulled from the engine."""
        run = QueryRun(self._acquire())
        future = self._pool.submit(self._run, run, self.statement(q), q.limit + 1)
        return DuckDBQueryHandle(
            run, future, q, self.name, self.translate_error, self._release, cancel_wait_s=self.cancel_wait_s
        )

    async def explain(self, q: PreparedQuery) -> str:
        """`EXPLAIN` output (physical plan) for the statement."""
        cursor = self._conn.cursor()
        try:
            rows = await asyncio.get_running_loop().run_in_executor(
                self._pool, lambda: cursor.execute(f"EXPLAIN {q.sql}").fetchall()
            )
        except duckdb.Error as exc:
            raise self.translate_error(exc, q.sql) from exc
        finally:
            cursor.close()
        return "\n".join(str(r[-1]) for r in rows)

    async def health(self) -> str:
        """`ok` when a trivial query answers, asked on the engine's own health cursor and thread."""

        def probe() -> object:
            if self._health_cursor is None:
                self._health_cursor = self._conn.cursor()
            row = self._health_cursor.execute("SELECT 1").fetchone()
            return row[0] if row else None

        try:
            answer = await asyncio.get_running_loop().run_in_executor(self._health_pool, probe)
        except duckdb.Error as exc:
            return clean_message(exc)
        return "ok" if answer == 1 else "unexpected answer to SELECT 1"

    async def close(self) -> None:
        """Interrupt what runs, then close the connection."""
        with self._lock:
            for cursor in self._active:
                cursor.interrupt()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._health_pool.shutdown(wait=True, cancel_futures=True)
        for cursor in [*self._idle, *([self._health_cursor] if self._health_cursor else [])]:
            cursor.close()
        self._conn.close()


def _read_at_most(reader: pa.RecordBatchReader, rows: int, stopped: threading.Event | None = None) -> pa.Table:
    """Stop pulling batches once `rows` rows arrived (the engine stops producing the rest), or once the
    statement was cancelled."""
    batches: list[pa.RecordBatch] = []
    seen = 0
    for batch in reader:
        if stopped is not None and stopped.is_set():
            raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")
        batches.append(batch)
        seen += batch.num_rows
        if seen >= rows:
            break
    return pa.Table.from_batches(batches, schema=reader.schema)


def _retrieve(future: asyncio.Future[tuple[pa.Table, list[str], float]]) -> None:
    if not future.cancelled():
        future.exception()


def clean_message(exc: duckdb.Error) -> str:
    """DuckDB's message without the internal stack noise."""
    return str(exc).split("\n\nStack Trace")[0].strip()
