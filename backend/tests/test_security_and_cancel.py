"""API token, CORS, and cancellation of the running query when the SSE client disconnects."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.main import create_app
from backend.models.catalog import Catalog
from backend.services.container import Services
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB

SLOW_SQL = "SELECT count(*) AS n FROM flights a CROSS JOIN flights b WHERE a.delay + b.delay = -12345"


def test_token_is_required_on_every_route_but_health(results_dir: Path) -> None:
    settings = Settings(duckdb_path=DEMO_DB, results_dir=results_dir, api_token=SecretStr("s3cret"))
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        denied = client.get("/api/catalog")
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        assert client.get("/api/catalog", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.post("/chat", json={"message": "sales by region"}).status_code == 401
        ok = client.get("/api/catalog", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200


def test_cors_allows_only_the_configured_frontend(client: TestClient) -> None:
    allowed = client.options(
        "/chat", headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"}
    )
    assert allowed.headers.get("access-control-allow-origin") == "http://localhost:3000"
    other = client.options("/chat", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in other.headers


def _slow_model_factory() -> Callable[[str, Catalog], Model | str]:
    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        args = json.dumps({"query": SLOW_SQL, "limit": 10})
        yield {0: DeltaToolCall(name="run_sql", json_args=args, tool_call_id="call-1")}

    def factory(name: str, catalog: Catalog) -> Model | str:
        return FunctionModel(stream_function=stream)

    return factory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def slow_server(results_dir: Path, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    # Its own database file: DuckDB shares one instance per file in a process, and the session's
    # app has locked the demo's before this engine could prepare its progress-reporting cursors.
    path = tmp_path / "slow.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE flights AS SELECT range % 100 - 50 AS delay FROM range(300000)")
    settings = Settings(duckdb_path=path, results_dir=results_dir, query_timeout_s=120)
    app = create_app(settings, model_factory=_slow_model_factory())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    server.should_exit = True
    thread.join(timeout=10)


def test_client_disconnect_cancels_the_running_query(slow_server: tuple[str, Any]) -> None:
    url, app = slow_server
    services: Services = app.state.services
    engine = services.engines["duckdb"]
    assert isinstance(engine, DuckDBLocalEngine)
    progress: list[float] = []
    with httpx.stream("POST", f"{url}/chat", json={"message": "count everything twice"}, timeout=30) as response:
        for line in response.iter_lines():
            if line.startswith("event: progress"):
                progress.append(time.time())
                if len(progress) == 2:
                    break
        assert engine.active_queries == 1
    # a long query reports progress while it runs: when the scanned share changes, and at least once a second
    assert progress[1] - progress[0] < 2.0
    # the client has gone: the server must interrupt the engine, not let the query run on
    deadline = time.time() + 5
    while engine.active_queries and time.time() < deadline:
        time.sleep(0.05)
    assert engine.active_queries == 0
    # …and the conversation keeps the cancelled turn with the SQL it was running
    listed = httpx.get(f"{url}/api/conversations", timeout=10).json()["items"]
    turns = [t for c in listed for t in httpx.get(f"{url}/api/conversations/{c['id']}", timeout=10).json()["turns"]]
    assert any(t["error"] == "cancelled" and t["sql"] and "CROSS JOIN" in t["sql"] for t in turns)


def test_provider_model_without_key_is_reported_not_crashed(results_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = Settings(duckdb_path=DEMO_DB, results_dir=results_dir, model="openai:gpt-4o-mini")
    with TestClient(create_app(settings)) as client:
        health = client.get("/health").json()
        assert health["status"] == "degraded" and "OPENAI_API_KEY" in health["checks"]["model"]
        events = client.post("/chat", json={"message": "sales by region"}).text
    assert "event: error" in events and "OPENAI_API_KEY" in events
    assert events.rstrip().split("\n\n")[-1].startswith("event: done")
