"""Reliability (issue 16, findings 2 and 5): no client takes every worker, and /health never waits.

Per-client limits on concurrent queries and chats answer 429 with `Retry-After` (header and envelope);
/health has its own path to the engine, so it answers `ok` while every query worker is busy; large
downloads are serialised off the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.main import create_app
from backend.models.catalog import Catalog
from backend.services.fair_share import TurnSlot
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.live_server import SLOW_SQL, pending_post, serve, slow_database, wait_until
from backend.tests.sse import parse_sse

TOKEN = "fair-share-token"


def _slow_sql_model(name: str, catalog: Catalog) -> Model | str:
    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        args = json.dumps({"query": SLOW_SQL, "limit": 10})
        yield {0: DeltaToolCall(name="run_sql", json_args=args, tool_call_id="call-1")}

    return FunctionModel(stream_function=stream)


@pytest.fixture
def slow_app(tmp_path: Path) -> Iterator[Callable[..., tuple[str, DuckDBLocalEngine]]]:
    """Start the app over a database whose SQL_SLOW runs for minutes, with the given settings."""
    stops: list[Callable[[], None]] = []
    db = slow_database(tmp_path)

    def start(**overrides: object) -> tuple[str, DuckDBLocalEngine]:
        settings = Settings(
            duckdb_path=db,
            results_dir=tmp_path / "results",
            query_timeout_s=120,
            **overrides,  # pyright: ignore[reportArgumentType]
        )
        app = create_app(settings, model_factory=_slow_sql_model)
        server = serve(app)
        url = server.__enter__()
        stops.append(lambda: server.__exit__(None, None, None))
        engine = app.state.services.engines["duckdb"]
        assert isinstance(engine, DuckDBLocalEngine)
        return url, engine

    yield start
    for stop in stops:
        stop()


def test_a_client_past_its_query_limit_gets_429_with_retry_after(
    slow_app: Callable[..., tuple[str, DuckDBLocalEngine]],
) -> None:
    url, engine = slow_app(max_queries_per_client=1, retry_after_s=3)
    with pending_post(url, "/api/query", {"sql": SLOW_SQL}):
        assert wait_until(lambda: engine.active_queries == 1)
        refused = httpx.post(f"{url}/api/query", json={"sql": "SELECT 1"}, timeout=30)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "3"
        error = refused.json()["error"]
        assert error["code"] == "too_many_requests" and error["detail"] == {"retry_after": 3}
        assert "1 queries running" in error["message"]
    # the client went away: its query is interrupted and its slot freed
    assert wait_until(lambda: engine.active_queries == 0)
    again = httpx.post(f"{url}/api/query", json={"sql": "SELECT 1 AS one"}, timeout=30)
    assert again.status_code == 200 and again.json()["rows"] == [[1]]


def test_chats_are_limited_per_browser_behind_the_token_proxy(
    slow_app: Callable[..., tuple[str, DuckDBLocalEngine]],
) -> None:
    url, engine = slow_app(max_chats_per_client=1, api_token=SecretStr(TOKEN))
    auth = {"authorization": f"Bearer {TOKEN}"}
    alice = {**auth, "x-forwarded-for": "10.0.0.1"}
    bob = {**auth, "x-forwarded-for": "10.0.0.2"}
    with (
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{url}/chat", json={"message": "count"}, headers=alice) as stream,
    ):
        assert stream.status_code == 200
        assert wait_until(lambda: engine.active_queries == 1)
        second = httpx.post(f"{url}/chat", json={"message": "count again"}, headers=alice, timeout=30)
        assert second.status_code == 429 and second.headers["retry-after"]
        assert second.json()["error"]["code"] == "too_many_requests"
        # another browser behind the same proxy has its own allowance
        with httpx.stream("POST", f"{url}/chat", json={"message": "count"}, headers=bob, timeout=60) as other:
            assert other.status_code == 200
            assert wait_until(lambda: engine.active_queries == 2)
    # both streams were closed: their queries stop and the slots come back
    assert wait_until(lambda: engine.active_queries == 0)
    with httpx.stream("POST", f"{url}/chat", json={"message": "count"}, headers=alice, timeout=60) as third:
        assert third.status_code == 200


def test_a_forwarded_chain_counts_as_its_last_hop_not_the_clients_claim(
    slow_app: Callable[..., tuple[str, DuckDBLocalEngine]],
) -> None:
    url, engine = slow_app(max_queries_per_client=1, api_token=SecretStr(TOKEN))
    auth = {"authorization": f"Bearer {TOKEN}"}
    with pending_post(url, "/api/query", {"sql": SLOW_SQL}, headers={**auth, "x-forwarded-for": "10.0.0.1"}):
        assert wait_until(lambda: engine.active_queries == 1)
        # the same browser, claiming another address in front of the one its proxy saw
        spoofed = {**auth, "x-forwarded-for": "203.0.113.9, 10.0.0.1"}
        refused = httpx.post(f"{url}/api/query", json={"sql": "SELECT 1"}, headers=spoofed, timeout=30)
        assert refused.status_code == 429
    assert wait_until(lambda: engine.active_queries == 0)


def test_health_answers_while_every_worker_runs_a_long_query(
    slow_app: Callable[..., tuple[str, DuckDBLocalEngine]],
) -> None:
    url, engine = slow_app(max_queries_per_client=16)
    workers = engine._pool._max_workers  # pyright: ignore[reportPrivateUsage]
    with contextlib.ExitStack() as clients:
        for _ in range(workers + 2):  # two more than the workers wait in the queue
            clients.enter_context(pending_post(url, "/api/query", {"sql": SLOW_SQL}))
        assert wait_until(lambda: engine.active_queries == workers)
        for _ in range(5):
            health = httpx.get(f"{url}/health", timeout=30)
            assert health.status_code == 200
            assert health.json()["checks"]["engines"] == "ok", health.json()
            assert engine.active_queries == workers  # answered while every worker was busy
    # the disconnected clients' queries, running or queued, all stop
    assert wait_until(lambda: engine.active_queries == 0)
    assert httpx.post(f"{url}/api/query", json={"sql": "SELECT 2 AS two"}, timeout=30).json()["rows"] == [[2]]


def test_a_chat_gives_its_turn_slot_back_on_the_event_loop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The active-turn slot is an asyncio semaphore: it is released on the loop, never from a worker thread (the
    response's background task releases it too, and first when the client left before the stream began)."""
    on_loop: list[bool] = []
    real = TurnSlot.release

    def watched(self: TurnSlot) -> None:
        try:
            asyncio.get_running_loop()
            on_loop.append(True)
        except RuntimeError:
            on_loop.append(False)
        real(self)

    monkeypatch.setattr(TurnSlot, "release", watched)
    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=None, model="builtin")
    with TestClient(create_app(settings)) as client:
        events = parse_sse(client.post("/chat", json={"message": "total amount by region"}).text)
    assert events[-1][0] == "done"
    assert on_loop == [True, True]  # the stream's end, then the background task
