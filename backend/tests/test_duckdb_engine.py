"""The embedded engine: locked down, bounded, interruptible."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import duckdb
import pytest

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.models.errors import QueryExecutionError, QueryTimeoutError

SLOW_SQL = "SELECT count(*) FROM range(1000000000000) a"


@pytest.fixture
def engine(tmp_path: Path) -> DuckDBLocalEngine:
    path = tmp_path / "t.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE sales AS SELECT range AS id, range % 7 AS region FROM range(20000)")
    return DuckDBLocalEngine.open(path)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_returns_arrow_rows_and_reports_truncation(engine: DuckDBLocalEngine) -> None:
    result = await engine.execute("SELECT id FROM sales ORDER BY id", limit=100, timeout=5)
    assert result.table.num_rows == 100
    assert result.truncated
    assert result.column_types == ["BIGINT"]
    small = await engine.execute("SELECT id FROM sales WHERE id < 5", limit=100, timeout=5)
    assert small.table.num_rows == 5 and not small.truncated


@pytest.mark.anyio
async def test_catalog_is_read_before_lockdown(engine: DuckDBLocalEngine) -> None:
    table = engine.catalog().table("sales")
    assert table is not None and table.row_count == 20000


@pytest.mark.anyio
async def test_connection_refuses_files_and_configuration_changes(engine: DuckDBLocalEngine) -> None:
    with pytest.raises(QueryExecutionError, match="disabled by configuration"):
        await engine.execute("SELECT * FROM read_csv('/etc/passwd')", limit=10, timeout=5)
    with pytest.raises(QueryExecutionError, match="locked"):
        await engine.execute("SET enable_external_access = true", limit=10, timeout=5)


@pytest.mark.anyio
async def test_timeout_interrupts_the_query(engine: DuckDBLocalEngine) -> None:
    started = time.perf_counter()
    with pytest.raises(QueryTimeoutError, match="timeout"):
        await engine.execute(SLOW_SQL, limit=10, timeout=0.3)
    assert time.perf_counter() - started < 3
    assert engine.active_queries == 0


@pytest.mark.anyio
async def test_cancelling_the_caller_stops_the_engine_work(engine: DuckDBLocalEngine) -> None:
    task = asyncio.create_task(engine.execute(SLOW_SQL, limit=10, timeout=60))
    await asyncio.sleep(0.3)
    assert engine.active_queries == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert engine.active_queries == 0
    # the engine is still usable afterwards
    result = await engine.execute("SELECT 42 AS x", limit=1, timeout=5)
    assert result.table.column("x").to_pylist() == [42]


@pytest.mark.anyio
async def test_engine_error_keeps_duckdb_message(engine: DuckDBLocalEngine) -> None:
    with pytest.raises(QueryExecutionError, match="nope") as info:
        await engine.execute("SELECT nope FROM sales", limit=10, timeout=5)
    assert info.value.detail == "SELECT nope FROM sales"
