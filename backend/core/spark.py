"""Spark Connect engine: guarded DuckDB-dialect SQL transpiled to Spark SQL and run on a remote server.

Each query runs on its own worker thread carrying its own Spark tag (tags are per thread in the
Connect client), so `cancel()` can `interruptTag` exactly that query; progress comes from
Spark's progress handler; a server that is down or dies mid-query is `engine_unavailable`, and
the next query opens a fresh session, so the engine recovers when the server is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import Future, ThreadPoolExecutor

import grpc
import pyarrow as pa
import pyarrow.compute as pc
import sqlglot
from pyspark.errors import PySparkException
from pyspark.errors.exceptions.connect import SparkConnectGrpcException
from pyspark.sql.connect.client.retries import DefaultPolicy
from pyspark.sql.connect.session import SparkSession
from sqlglot.errors import SqlglotError

from backend.core.arrow_types import duckdb_type_name
from backend.core.engine import PreparedQuery, Progress, QueryResult
from backend.core.quantiles import spark_quantiles
from backend.core.spark_catalog import read_catalog
from backend.core.spark_progress import ThreadProgressRelay
from backend.models.catalog import Catalog
from backend.models.errors import AppError, EngineUnavailableError, QueryCancelledError, QueryExecutionError

_ids = itertools.count(1)
# gRPC outcomes that mean the server is not there (or went away), not that the query is wrong.
_UNREACHABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.CANCELLED}
# The server no longer knows our session (it restarted): a new session can run the query.
_SESSION_GONE = ("INVALID_HANDLE.SESSION_NOT_FOUND", "INVALID_HANDLE.SESSION_CHANGED", "INVALID_HANDLE.SESSION_CLOSED")
_CANCEL_POLL_S = 0.05
_GRPC_DETAILS = re.compile(r'details = "([^"]*)"')


def to_spark_sql(sql: str) -> str:
    """The guarded DuckDB statement in Spark's dialect."""
    try:
        return spark_quantiles(sqlglot.parse_one(sql, read="duckdb")).sql(dialect="spark")
    except SqlglotError as exc:
        raise QueryExecutionError(f"cannot translate the query to Spark SQL: {exc}", sql) from exc


def _condition(exc: BaseException) -> str:
    return (exc.getCondition() or "") if isinstance(exc, PySparkException) else ""


def is_unreachable(exc: BaseException) -> bool:
    """The server could not be reached or dropped the connection."""
    return isinstance(exc, SparkConnectGrpcException) and exc.getGrpcStatusCode() in _UNREACHABLE


def spark_message(exc: BaseException) -> str:
    """Spark's message without the JVM stack trace, gRPC's reason without its debug dump."""
    text = exc.getMessage() if isinstance(exc, PySparkException) else str(exc)
    if match := _GRPC_DETAILS.search(text):
        return match.group(1)
    return text.split("\n\nJVM stacktrace:")[0].strip()


def wall_clock_timestamps(table: pa.Table) -> pa.Table:
    """Spark's TIMESTAMP (an instant, e.g. from DATE_TRUNC) as the wall-clock time Spark itself shows in
    the session time zone: DuckDB's TIMESTAMP is wall-clock time, and charts must not shift by an offset."""
    for i, (name, kind) in enumerate(zip(table.column_names, table.schema.types, strict=True)):
        if isinstance(kind, pa.TimestampType) and kind.tz:
            table = table.set_column(i, name, pc.local_timestamp(table.column(i)))
    return table


class SparkQueryHandle:
    """One submitted query: progress from Spark, the Arrow result, and cancel through its tag."""

    def __init__(self, engine: SparkEngine, prepared: PreparedQuery, statement: str) -> None:
        self.id = f"{engine.name}-{next(_ids)}"
        self.tag = f"viz-{uuid.uuid4().hex}"
        self.statement = statement
        self.prepared = prepared
        self.cancelled = False
        self._engine = engine
        self._loop = asyncio.get_running_loop()
        self._reports: asyncio.Queue[Progress | None] = asyncio.Queue()
        self.future: Future[tuple[pa.Table, float]] = engine.pool.submit(engine.run, self)
        self._done = asyncio.wrap_future(self.future)
        # result() may never be awaited (a cancelled turn): mark the outcome as seen either way.
        self._done.add_done_callback(lambda f: f.cancelled() or f.exception())

    def report(self, progress: Progress | None) -> None:
        """Called from the worker thread; None marks the end of the query."""
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody listens any more
            self._loop.call_soon_threadsafe(self._reports.put_nowait, progress)

    async def progress(self) -> AsyncIterator[Progress]:
        """Spark's reports while the query runs; ends when it finishes."""
        while (item := await self._reports.get()) is not None:
            yield item

    async def result(self) -> QueryResult:
        """At most `limit` rows; Spark's failure as an `AppError` carrying the SQL the user saw."""
        sql = self.prepared.sql
        try:
            table, elapsed = await asyncio.shield(self._done)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if self.future.cancelled() and not (task and task.cancelling()):
                raise QueryCancelledError("query was cancelled", sql) from None
            raise
        except AppError:
            raise
        except Exception as exc:
            raise self._engine.translate_error(exc, sql, cancelled=self.cancelled) from exc
        limit = self.prepared.limit
        truncated = table.num_rows > limit
        if truncated:
            table = table.slice(0, limit)
        return QueryResult(
            table=table,
            column_types=[duckdb_type_name(t) for t in table.schema.types],
            engine=self._engine.name,
            elapsed_ms=elapsed,
            truncated=truncated,
            sql=sql,
        )

    async def cancel(self) -> None:
        """Interrupt the query's tag until the worker lets go; idempotent."""
        if self.future.done():
            return
        self.cancelled = True
        if self.future.cancel():  # still queued: it never reaches Spark
            self.report(None)
            return
        # The tag may not have reached the server yet (between RPCs), so interrupt until it ends.
        while not self.future.done():
            await asyncio.to_thread(self._engine.interrupt, self.tag)
            await asyncio.wait([self._done], timeout=_CANCEL_POLL_S)


class SparkEngine:
    """Runs guarded SQL on a Spark Connect server (`sc://host:port`)."""

    dialect = "spark"

    def __init__(self, url: str, *, name: str = "spark", workers: int = 4, retries: int = 2) -> None:
        self.name = name
        self.url = url
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"{name}-query")
        self._retries = retries
        self._session: SparkSession | None = None
        self._lock = threading.Lock()
        self._relay = ThreadProgressRelay()
        self._active: set[SparkQueryHandle] = set()
        self._catalog: Catalog | None = None

    @property
    def active_tags(self) -> list[str]:
        """The Spark tags of the queries running now (what a cancel interrupts)."""
        return [h.tag for h in list(self._active)]

    def session(self) -> SparkSession:
        """The shared session, opened on first use and again after the server went away."""
        with self._lock:
            if self._session is None:
                session = SparkSession.builder.remote(self.url).create()
                # The default policy retries for ~10 minutes; a dead server must be reported now.
                session.client.set_retry_policies([DefaultPolicy(max_retries=self._retries, max_backoff=1000)])
                session.registerProgressHandler(self._relay)
                self._session = session
            return self._session

    def forget_session(self, session: SparkSession) -> None:
        """Drop a session the server no longer serves; the next query opens a new one."""
        with self._lock:
            if self._session is session:
                self._session = None
        with contextlib.suppress(Exception):
            session.stop()

    def interrupt(self, tag: str) -> None:
        """Ask Spark to cancel every operation carrying `tag` (blocking)."""
        session = self._session
        if session is not None:
            with contextlib.suppress(Exception):  # unreachable server: the query fails on its own
                session.interruptTag(tag)

    def run(self, handle: SparkQueryHandle) -> tuple[pa.Table, float]:
        """Worker thread: tag, run and collect one query (one retry when the server forgot the session)."""
        self._relay.attach(handle.report)
        self._active.add(handle)
        handle.report(Progress(stage="submitted", message=f"sent to Spark Connect at {self.url}"))
        try:
            for attempt in (1, 2):
                session = self.session()
                session.addTag(handle.tag)
                try:
                    if handle.cancelled:
                        raise QueryCancelledError("query was cancelled", handle.prepared.sql)
                    started = time.perf_counter()
                    table = session.sql(handle.statement).toArrow()
                    return wall_clock_timestamps(table), (time.perf_counter() - started) * 1000
                except Exception as exc:
                    if is_unreachable(exc) or _condition(exc).startswith(_SESSION_GONE):
                        self.forget_session(session)
                        if attempt == 1 and _condition(exc).startswith(_SESSION_GONE) and not handle.cancelled:
                            continue
                    raise
                finally:
                    session.removeTag(handle.tag)
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            self._relay.attach(None)
            self._active.discard(handle)
            handle.report(None)

    def translate_error(self, exc: BaseException, sql: str, *, cancelled: bool) -> AppError:
        """Cancelled, unreachable server, or the query's own error with Spark's message."""
        if cancelled or _condition(exc) == "OPERATION_CANCELED":
            return QueryCancelledError("query was cancelled", sql)
        if is_unreachable(exc) or _condition(exc).startswith(_SESSION_GONE):
            return EngineUnavailableError(f"Spark Connect at {self.url} is unavailable: {spark_message(exc)}", sql)
        return QueryExecutionError(spark_message(exc), sql)

    async def submit(self, q: PreparedQuery) -> SparkQueryHandle:
        """Start `q.probe_sql` (one row over the limit) in Spark's dialect."""
        return SparkQueryHandle(self, q, to_spark_sql(q.probe_sql))

    async def explain(self, q: PreparedQuery) -> str:
        """Spark's physical plan for the statement."""
        statement = to_spark_sql(q.sql)

        def plan() -> str:
            session = self.session()
            return str(session.sql(f"EXPLAIN {statement}").collect()[0][0])

        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, plan)
        except Exception as exc:
            raise self.translate_error(exc, q.sql, cancelled=False) from exc

    async def catalog(self) -> Catalog:
        """Tables, column types and row counts as Spark serves them (kept once it lists any)."""
        if self._catalog is None:
            try:
                catalog = await asyncio.get_running_loop().run_in_executor(
                    self.pool, lambda: read_catalog(self.session(), engine=self.name)
                )
            except Exception as exc:
                raise self.translate_error(exc, "", cancelled=False) from exc
            if not catalog.tables:
                # A server still registering its tables (`make dev-distributed` starts the backend beside
                # it) serves none yet: kept, that empty catalog would hide Spark from routing for good.
                return catalog
            self._catalog = catalog
        return self._catalog

    async def health(self) -> str:
        """`ok` when the server answers a trivial query, else why not."""
        handle = await self.submit(PreparedQuery("SELECT 1", "SELECT 1", 1, frozenset()))
        try:
            result = await asyncio.wait_for(handle.result(), 10.0)
        except TimeoutError:
            await handle.cancel()
            return f"Spark Connect at {self.url} did not answer within 10 s"
        except AppError as exc:
            return exc.message
        return "ok" if result.table.num_rows == 1 else "unexpected answer to SELECT 1"

    async def close(self) -> None:
        """Cancel running queries, then stop the session (an unstopped session can hang the exit)."""
        await asyncio.gather(*(h.cancel() for h in list(self._active)), return_exceptions=True)
        self.pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(session.stop)
