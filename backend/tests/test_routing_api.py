"""Routing through the API against a real Quack server: Auto, overrides, /health per engine, /api/engines."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB, QUACK_TOKEN, serve_quack
from backend.tests.live_server import wait_until
from backend.tests.ready_process import free_port, stop
from backend.tests.sse import parse_sse


@pytest.fixture(scope="module")
def quack_port(quack: tuple[int, list[subprocess.Popen[str]]]) -> int:
    return quack[0]


@pytest.fixture(scope="module")
def remote_client(quack_port: int, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path_factory.mktemp("routing-results"),
        api_token=None,
        model="builtin",
        duckdb_remote=f"quack:127.0.0.1:{quack_port}",
        duckdb_remote_token=QUACK_TOKEN,
        engine_catalog_wait_s=120,  # a bound for a loaded machine, not a speed requirement
    )
    with TestClient(create_app(settings)) as client:
        yield client


def _chat(client: TestClient, message: str, engine: str | None = None) -> list[tuple[str, dict[str, object]]]:
    body: dict[str, object] = {"message": message}
    if engine is not None:
        body["engine"] = engine
    response = client.post("/chat", json=body)
    assert response.status_code == 200, response.text
    return parse_sse(response.text)


def test_auto_runs_on_the_remote_server_and_says_why(remote_client: TestClient) -> None:
    events = _chat(remote_client, "total sales by region")
    names = [name for name, _ in events]
    assert "error" not in names, events
    sql = next(p for n, p in events if n == "sql")
    data = next(p for n, p in events if n == "data")
    assert sql["engine"] == "duckdb-remote" and sql["tool"] == "run_sql" and data["engine"] == "duckdb-remote"
    reason = [p["content"] for n, p in events[: names.index("sql")] if n == "thought"][-1]
    assert reason == "sales has 50,000 rows: run_sql on duckdb-remote"
    rows = remote_client.get(str(data["url"])).json()["rows"]
    local = remote_client.post("/api/query", json={"sql": sql["query"], "engine": "duckdb"}).json()
    assert sorted(map(tuple, rows)) == sorted(map(tuple, local["rows"])) and len(rows) == 4


def test_the_request_overrides_the_router(remote_client: TestClient) -> None:
    events = _chat(remote_client, "total sales by region", engine="duckdb")
    sql = next(p for n, p in events if n == "sql")
    assert sql["engine"] == "duckdb"
    assert "sales has 50,000 rows; duckdb was requested: run_sql on duckdb" in [
        p["content"] for n, p in events if n == "thought"
    ]


def test_an_unconfigured_engine_is_a_clear_400(remote_client: TestClient) -> None:
    for body in ({"message": "total sales by region", "engine": "spark"}, {"message": "hi", "engine": "nope"}):
        response = remote_client.post("/chat", json=body)
        assert response.status_code == 400
        assert "is not configured; available: ['duckdb', 'duckdb-remote']" in response.json()["error"]["message"]
    response = remote_client.post("/api/query", json={"sql": "SELECT 1", "engine": "spark"})
    assert response.status_code == 400 and "not configured" in response.json()["error"]["message"]


def test_api_query_routes_and_reports_the_reason(remote_client: TestClient) -> None:
    auto = remote_client.post("/api/query", json={"sql": "SELECT count(*) AS n FROM flights"}).json()
    assert auto["engine"] == "duckdb-remote" and auto["rows"] == [[3_000_000]]
    assert auto["reason"] == "flights has 3.0M rows: run_sql on duckdb-remote"
    local = remote_client.post("/api/query", json={"sql": "SELECT count(*) AS n FROM flights", "engine": "duckdb"})
    assert local.json()["engine"] == "duckdb" and local.json()["rows"] == [[3_000_000]]


def test_health_and_engines_list_each_engine(remote_client: TestClient) -> None:
    health = remote_client.get("/health").json()
    assert health["status"] == "ok" and health["engines"] == {"duckdb": "ok", "duckdb-remote": "ok"}
    listed = remote_client.get("/api/engines").json()
    assert [(e["name"], e["label"], e["tool"]) for e in listed["engines"]] == [
        ("duckdb", "DuckDB", "run_sql"),
        ("duckdb-remote", "Remote DuckDB", "run_sql"),
    ]
    assert all("flights" in e["tables"] for e in listed["engines"])
    served = {t["name"]: t["served_by"] for t in remote_client.get("/api/catalog").json()["tables"]}
    assert served["flights"] == served["sales"] == ["duckdb", "duckdb-remote"]
    assert listed["spark_row_threshold"] == 1_000_000


def test_a_remote_server_that_is_down_leaves_auto_on_local(tmp_path: Path) -> None:
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path,
        api_token=None,
        model="builtin",
        duckdb_remote=f"quack:127.0.0.1:{free_port()}",  # nothing listens there
        duckdb_remote_token=QUACK_TOKEN,
    )
    with TestClient(create_app(settings)) as client:
        health = client.get("/health").json()
        assert health["status"] == "degraded" and health["engines"]["duckdb"] == "ok"
        assert "unreachable" in health["engines"]["duckdb-remote"]
        served = {t["name"]: t["served_by"] for t in client.get("/api/catalog").json()["tables"]}
        assert served["sales"] == ["duckdb"]  # the engine that is down serves nothing now
        events = _chat(client, "total sales by region")
        assert next(p for n, p in events if n == "sql")["engine"] == "duckdb"
        assert "data" in [n for n, _ in events]
        # Asked for by name, the remote engine answers with a clear error; the app stays up.
        errors = [p for n, p in _chat(client, "total sales by region", engine="duckdb-remote") if n == "error"]
        assert errors and errors[0]["code"] == "engine_unavailable" and errors[0]["stage"] == "sql_execution"


def test_quack_killed_mid_query_is_an_error_event_and_the_next_query_after_restart_works(
    remote_client: TestClient, quack: tuple[int, list[subprocess.Popen[str]]]
) -> None:
    port, procs = quack
    # SQL sent as the message runs as written; this cross join runs for minutes on the server.
    slow = "SELECT count(*) AS n FROM flights a CROSS JOIN flights b WHERE a.delay + b.delay = -12345"
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(_chat, remote_client, slow, "duckdb-remote")
        assert wait_until(lambda: bool(remote_client.app.state.services.engines["duckdb-remote"].active_queries))
        stop(procs[-1], kill=True)
        events = pending.result(timeout=120)
    errors = [p for n, p in events if n == "error"]
    assert errors and errors[0]["code"] == "engine_unavailable" and errors[0]["stage"] == "sql_execution"
    assert "unreachable" in str(errors[0]["message"]) and [n for n, _ in events][-1] == "done"
    procs.append(serve_quack(port))  # the same address again; the backend is not restarted
    after = remote_client.post("/api/query", json={"sql": "SELECT count(*) AS n FROM sales", "engine": "duckdb-remote"})
    assert after.status_code == 200 and after.json()["rows"] == [[50_000]]
    events = _chat(remote_client, "total sales by region", engine="duckdb-remote")
    assert "error" not in [n for n, _ in events] and next(p for n, p in events if n == "data")["row_count"] == 4
