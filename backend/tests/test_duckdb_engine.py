"""The embedded engine: locked down, bounded, interruptible, reporting DuckDB's own progress."""

from __future__ import annotations

import asyncio
from pathlib import Path

import duckdb
import pytest

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.engine import PreparedQuery, Progress
from backend.core.guarded_query import prepare_query, run_prepared
from backend.models.errors import QueryCancelledError, QueryExecutionError, QueryTimeoutError

SLOW_SQL = "SELECT count(*) FROM range(1000000000000) a"
# A scan of a real table, which DuckDB can estimate, that runs until the timeout stops it.
PROGRESS_SQL = "SELECT count(*) FROM big a, big b WHERE a.id + b.id = -1"


def _raw(sql: str, limit: int) -> PreparedQuery:
    """Trusted SQL straight to the engine (the guard has its own tests)."""
    return PreparedQuery(sql=sql, probe_sql=sql, limit=limit, tables=frozenset())


@pytest.fixture
def engine(tmp_path: Path) -> DuckDBLocalEngine:
    path = tmp_path / "t.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE sales AS SELECT range AS id, range % 7 AS region FROM range(20000)")
        conn.execute("CREATE TABLE big AS SELECT range AS id, range % 7 AS region FROM range(200000)")
    return DuckDBLocalEngine.open(path)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _run(engine: DuckDBLocalEngine, sql: str, limit: int = 100, timeout: float = 5):
    prepared = prepare_query(sql, allowed_tables={"sales", "big"}, limit=limit, default_limit=limit, max_limit=10_000)
    return await run_prepared(prepared, engine, timeout=timeout)


@pytest.mark.anyio
async def test_returns_arrow_rows_and_reports_truncation(engine: DuckDBLocalEngine) -> None:
    result = await _run(engine, "SELECT id FROM sales ORDER BY id", limit=100)
    assert result.table.num_rows == 100
    assert result.truncated
    assert result.column_types == ["BIGINT"]
    assert result.sql == "SELECT id FROM sales ORDER BY id LIMIT 100"
    small = await _run(engine, "SELECT id FROM sales WHERE id < 5", limit=100)
    assert small.table.num_rows == 5 and not small.truncated


@pytest.mark.anyio
async def test_catalog_is_read_before_lockdown(engine: DuckDBLocalEngine) -> None:
    table = (await engine.catalog()).table("sales")
    assert table is not None and table.row_count == 20000


@pytest.mark.anyio
async def test_connection_refuses_files_and_configuration_changes(engine: DuckDBLocalEngine) -> None:
    with pytest.raises(QueryExecutionError, match="disabled by configuration"):
        await (await engine.submit(_raw("SELECT * FROM read_csv('/etc/passwd')", 10))).result()
    with pytest.raises(QueryExecutionError, match="locked"):
        await (await engine.submit(_raw("SET enable_external_access = true", 10))).result()


@pytest.mark.anyio
async def test_timeout_interrupts_the_query(engine: DuckDBLocalEngine) -> None:
    with pytest.raises(QueryTimeoutError, match="timeout"):
        await run_prepared(_raw(SLOW_SQL, 10), engine, timeout=0.3)
    assert engine.active_queries == 0  # the statement was stopped, not left running for nobody


@pytest.mark.anyio
async def test_cancelling_the_caller_stops_the_engine_work(engine: DuckDBLocalEngine) -> None:
    task = asyncio.create_task(run_prepared(_raw(SLOW_SQL, 10), engine, timeout=60))
    await asyncio.sleep(0.3)
    assert engine.active_queries == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert engine.active_queries == 0
    # the engine is still usable afterwards, on the same (reused) cursors
    for _ in range(6):
        result = await run_prepared(_raw("SELECT 42 AS x", 1), engine, timeout=5)
        assert result.table.column("x").to_pylist() == [42]


@pytest.mark.anyio
async def test_cancel_on_the_handle_ends_the_result_with_a_cancelled_error(engine: DuckDBLocalEngine) -> None:
    handle = await engine.submit(_raw(SLOW_SQL, 10))
    await asyncio.sleep(0.2)
    await handle.cancel()
    assert engine.active_queries == 0  # cancel() returns once the worker has let go of the statement
    with pytest.raises(QueryCancelledError):
        await handle.result()


@pytest.mark.anyio
async def test_progress_comes_from_duckdb_while_a_scan_runs(engine: DuckDBLocalEngine) -> None:
    reports: list[Progress] = []

    async def collect(progress: Progress) -> None:
        reports.append(progress)

    with pytest.raises(QueryTimeoutError):
        await run_prepared(_raw(PROGRESS_SQL, 10), engine, timeout=2.6, on_progress=collect)
    # reports while it runs (how often is measured by bench.engines_bench), each with DuckDB's percentage
    assert len(reports) >= 2
    assert all(r.total == 100 and r.done is not None and 0 <= r.done <= 100 for r in reports)
    assert [r.done for r in reports] == sorted(r.done for r in reports if r.done is not None)
    assert "scanned" in reports[0].message
    assert engine.active_queries == 0


@pytest.mark.anyio
async def test_engine_error_keeps_duckdb_message(engine: DuckDBLocalEngine) -> None:
    with pytest.raises(QueryExecutionError, match="nope") as info:
        await _run(engine, "SELECT nope FROM sales")
    assert info.value.detail == "SELECT nope FROM sales LIMIT 100"
