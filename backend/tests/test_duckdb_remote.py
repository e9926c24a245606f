"""Remote DuckDB over a real Quack server: same answers as local, lost servers reported, recovery."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator

import pytest

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.duckdb_remote import DuckDBRemoteEngine
from backend.core.guarded_query import prepare_query, run_prepared
from backend.models.errors import EngineUnavailableError, QueryCancelledError, QueryExecutionError
from backend.tests.conftest import DEMO_DB, QUACK_TOKEN, serve_quack
from backend.tests.parity_queries import PARITY_QUERIES, normalise
from backend.tests.ready_process import free_port, stop

SLOW_SQL = "SELECT count(*) AS n FROM flights a CROSS JOIN flights b WHERE a.delay + b.delay = -12345"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def engines(
    quack: tuple[int, list[subprocess.Popen[str]]],
) -> AsyncIterator[tuple[DuckDBLocalEngine, DuckDBRemoteEngine]]:
    port, _ = quack
    local = DuckDBLocalEngine.open(DEMO_DB)
    remote = DuckDBRemoteEngine.connect(f"quack:127.0.0.1:{port}", QUACK_TOKEN)
    yield local, remote
    await remote.close()
    await local.close()


async def _run(engine: DuckDBLocalEngine, sql: str, *, limit: int = 1000, timeout: float = 60):
    prepared = prepare_query(
        sql, allowed_tables=(await _tables(engine)), limit=limit, default_limit=limit, max_limit=100_000
    )
    return await run_prepared(prepared, engine, timeout=timeout)


async def _tables(engine: DuckDBLocalEngine) -> set[str]:
    return (await engine.catalog()).table_names()


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "sql"), PARITY_QUERIES, ids=[n for n, _ in PARITY_QUERIES])
async def test_remote_answers_like_local(
    engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine], name: str, sql: str
) -> None:
    local, remote = engines
    expected = await _run(local, sql)
    actual = await _run(remote, sql)
    assert actual.engine == "duckdb-remote" and expected.engine == "duckdb"
    assert actual.column_types == expected.column_types, name
    assert normalise(actual.table) == normalise(expected.table), name
    assert actual.table.num_rows > 0 and actual.truncated == expected.truncated


@pytest.mark.anyio
async def test_remote_catalog_is_the_servers(engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine]) -> None:
    local, remote = engines
    catalog = await remote.catalog()
    flights = catalog.table("flights")
    assert flights is not None and flights.row_count == 3_000_000 and flights.engine == "duckdb-remote"
    assert {t.name for t in catalog.tables} == {t.name for t in (await local.catalog()).tables}
    assert any(fk.table == "sales" and fk.ref_table == "products" for fk in catalog.foreign_keys)
    found = [(m.table, m.column) for m in remote.values.lookup("Europe")]
    assert ("sales", "region") in found and found == [(m.table, m.column) for m in local.values.lookup("Europe")]


@pytest.mark.anyio
async def test_remote_truncates_at_the_limit_and_keeps_server_errors(
    engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine],
) -> None:
    _, remote = engines
    cut = await _run(remote, "SELECT order_id FROM sales ORDER BY order_id", limit=50)
    assert cut.table.num_rows == 50 and cut.truncated
    with pytest.raises(QueryExecutionError, match='column "nope" not found') as info:
        await _run(remote, "SELECT nope FROM sales")
    assert info.value.code == "sql_execution_failed"
    assert info.value.detail == "SELECT nope FROM sales LIMIT 1000"
    assert QUACK_TOKEN not in info.value.message


@pytest.mark.anyio
async def test_client_is_locked_down_like_local(engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine]) -> None:
    _, remote = engines
    from backend.core.engine import PreparedQuery

    # the guard refuses file readers; even past it, the client connection refuses them
    handle = await remote.submit(PreparedQuery("x", "SELECT 1", 1, frozenset()))
    assert (await handle.result()).table.num_rows == 1
    with pytest.raises(QueryExecutionError, match="disabled by configuration"):
        sql = "SELECT * FROM read_csv('/etc/passwd')"
        await (await remote.submit(PreparedQuery(sql, sql, 1, frozenset()))).result()


@pytest.mark.anyio
async def test_health_reports_each_state(engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine]) -> None:
    _, remote = engines
    assert await remote.health() == "ok"
    nowhere = DuckDBRemoteEngine.connect(f"quack:127.0.0.1:{free_port()}", QUACK_TOKEN)
    assert "unreachable" in await nowhere.health()
    assert (await nowhere.catalog()).tables == []
    await nowhere.close()
    wrong = DuckDBRemoteEngine.connect(remote.address, "not-the-token")
    assert "refused the token" in await wrong.health()
    await wrong.close()


@pytest.mark.anyio
async def test_server_killed_mid_query_then_restarted(
    quack: tuple[int, list[subprocess.Popen[str]]], engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine]
) -> None:
    port, procs = quack
    _, remote = engines
    task = asyncio.create_task(_run(remote, SLOW_SQL, timeout=60))
    await asyncio.sleep(1.0)
    assert not task.done()
    stop(procs[-1], kill=True)
    with pytest.raises(EngineUnavailableError, match="unreachable") as info:
        await task
    assert info.value.code == "engine_unavailable" and info.value.stage == "sql_execution"
    with pytest.raises(EngineUnavailableError):
        await _run(remote, "SELECT count(*) FROM sales")
    procs.append(serve_quack(port))
    result = await _run(remote, "SELECT count(*) AS n FROM sales")
    assert result.table.column("n").to_pylist() == [50_000]
    assert await remote.health() == "ok"


@pytest.mark.anyio
async def test_cancel_answers_at_once_even_though_the_server_runs_on(
    quack: tuple[int, list[subprocess.Popen[str]]], engines: tuple[DuckDBLocalEngine, DuckDBRemoteEngine]
) -> None:
    port, procs = quack
    _, remote = engines
    from backend.core.engine import PreparedQuery

    handle = await remote.submit(PreparedQuery(SLOW_SQL, SLOW_SQL, 10, frozenset()))
    await asyncio.sleep(0.5)
    await handle.cancel()
    with pytest.raises(QueryCancelledError):
        await handle.result()
    # Quack has no remote cancel: the server keeps computing, so this test restarts it
    stop(procs[-1], kill=True)
    procs.append(serve_quack(port))
    assert await remote.health() == "ok"
