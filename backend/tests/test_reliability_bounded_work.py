"""Reliability (issue 16, finding 1): every query is bounded from the moment it is accepted.

A cancel that reaches a query still waiting for a worker removes it, so it never runs; a timed-out or
cancelled query lets go of its worker; the timeout counts queueing too.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from backend.core.duckdb_local import DuckDBLocalEngine, QueryRun
from backend.core.engine import PreparedQuery
from backend.core.guarded_query import run_prepared
from backend.models.errors import QueryCancelledError, QueryTimeoutError
from backend.tests.live_server import SLOW_SQL, slow_database

QUICK_SQL = "SELECT count(*) AS n FROM flights"


class RecordingEngine(DuckDBLocalEngine):
    """The real engine, noting every statement a worker actually started."""

    started: list[str]

    def _run(self, run: QueryRun, statement: tuple[str, list[object]], rows: int) -> tuple[pa.Table, list[str], float]:
        self.started.append(statement[0])
        return super()._run(run, statement, rows)


def _engine(tmp_path: Path) -> RecordingEngine:
    # threads=1 gives the engine two query workers.
    opened = DuckDBLocalEngine.open(slow_database(tmp_path), threads=1)
    engine = RecordingEngine(opened._conn, opened._catalog, workers=2)  # pyright: ignore[reportPrivateUsage]
    engine.started = []
    return engine


def _query(sql: str) -> PreparedQuery:
    return PreparedQuery(sql, sql, 10, frozenset({"flights"}))


async def _until(condition: object, timeout_s: float = 15.0) -> None:
    assert callable(condition)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition() and loop.time() < deadline:
        await asyncio.sleep(0.02)


@pytest.mark.anyio
async def test_a_cancelled_query_waiting_for_a_worker_never_runs(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        busy = [await engine.submit(_query(SLOW_SQL)) for _ in range(2)]
        await _until(lambda: engine.active_queries == 2)
        queued = await engine.submit(_query(QUICK_SQL))
        await queued.cancel()
        with pytest.raises(QueryCancelledError):
            await queued.result()
        for handle in busy:
            await handle.cancel()
            with pytest.raises(QueryCancelledError):
                await handle.result()
        await _until(lambda: engine.active_queries == 0)
        assert engine.active_queries == 0
        # the workers are free again, and the cancelled statement was never started by one
        after = await engine.submit(_query("SELECT 42 AS answer"))
        assert (await after.result()).table.column("answer").to_pylist() == [42]
        assert QUICK_SQL not in engine.started
    finally:
        await engine.close()


@pytest.mark.anyio
async def test_a_timed_out_query_lets_go_of_its_worker(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        with pytest.raises(QueryTimeoutError, match="timeout"):
            await run_prepared(_query(SLOW_SQL), engine, timeout=0.5)
        # the interrupt is repeated until DuckDB hears it: the worker is free again
        await _until(lambda: engine.active_queries == 0)
        assert engine.active_queries == 0
    finally:
        await engine.close()


@pytest.mark.anyio
async def test_the_timeout_counts_the_wait_for_a_worker(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        busy = [await engine.submit(_query(SLOW_SQL)) for _ in range(2)]
        await _until(lambda: engine.active_queries == 2)
        # A quick statement that cannot get a worker within its timeout is refused, and removed.
        accepted_at = asyncio.get_running_loop().time()
        await asyncio.sleep(0.3)  # guarding etc. took a while: that counts too
        with pytest.raises(QueryTimeoutError):
            await run_prepared(_query(QUICK_SQL), engine, timeout=0.5, accepted_at=accepted_at)
        for handle in busy:
            await handle.cancel()
        await _until(lambda: engine.active_queries == 0)
        assert QUICK_SQL not in engine.started
    finally:
        await engine.close()


@pytest.mark.anyio
async def test_a_cancel_racing_the_start_still_stops_the_statement(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        for _ in range(20):  # cancel at once: before, while or just after a worker picks it up
            handle = await engine.submit(_query(SLOW_SQL))
            await handle.cancel()
            with pytest.raises(QueryCancelledError):
                await handle.result()
        await _until(lambda: engine.active_queries == 0)
        assert engine.active_queries == 0
        after = await engine.submit(_query("SELECT 1 AS one"))
        assert (await after.result()).table.num_rows == 1
    finally:
        await engine.close()


def test_an_interrupt_never_reaches_a_cursor_after_its_statement_ended(tmp_path: Path) -> None:
    conn = duckdb.connect(str(slow_database(tmp_path)), read_only=True)
    run = QueryRun(conn.cursor())
    run.interrupt()  # not running: nothing is interrupted, but the run is marked stopped
    assert run.stopped.is_set()
    assert run.cursor.execute("SELECT 7").fetchone() == (7,)
    conn.close()
