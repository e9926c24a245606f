"""Reliability (issue 16, finding 2): `/health` never waits behind user work.

The checks run in the background and `/health` answers the latest report with its age, so a busy event
loop delays it by one pass, not by every probe's trips through the loop. Turns of the built-in analyst
(CPU on the event loop) are bounded across clients, so a pass stays short; the others wait their turn.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.main import create_app
from backend.models.catalog import Catalog
from backend.services.health_monitor import HealthMonitor
from backend.settings import Settings
from backend.tests.live_server import SLOW_SQL, pending_post, serve, slow_database, wait_until


def _slow_sql_model(name: str, catalog: Catalog) -> Model | str:
    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        args = json.dumps({"query": SLOW_SQL, "limit": 10})
        yield {0: DeltaToolCall(name="run_sql", json_args=args, tool_call_id="call-1")}

    return FunctionModel(stream_function=stream)


def test_health_reports_a_change_within_its_refresh_and_says_how_old_it_is() -> None:
    state = {"probe": "ok"}

    async def probe() -> str:
        return state["probe"]

    async def scenario() -> None:
        monitor = HealthMonitor(lambda: {}, {"thing": probe}, timeout_s=1, refresh_s=0.05, engine_error="no file")
        monitor.start()
        try:
            first = await monitor.latest()
            assert first.checks == {"engines": "no file", "thing": "ok"} and first.status == "degraded"
            assert 0 <= first.age_s < 5
            state["probe"] = "error: gone"
            for _ in range(200):
                if (await monitor.latest()).checks["thing"] == "error: gone":
                    break
                await asyncio.sleep(0.05)
            assert (await monitor.latest()).checks["thing"] == "error: gone"
        finally:
            await monitor.close()

    asyncio.run(scenario())


def test_a_probe_that_hangs_is_reported_not_awaited() -> None:
    async def hangs() -> str:
        await asyncio.sleep(3600)
        return "ok"

    async def scenario() -> None:
        monitor = HealthMonitor(lambda: {}, {"stuck": hangs}, timeout_s=0.2, refresh_s=0.05)
        monitor.start()
        try:
            report = await asyncio.wait_for(monitor.latest(), 30)
            assert report.checks["stuck"] == "error: no answer within 0.2 s"
        finally:
            await monitor.close()

    asyncio.run(scenario())


def test_builtin_turns_past_the_bound_wait_their_turn(tmp_path: Path) -> None:
    settings = Settings(
        duckdb_path=slow_database(tmp_path),
        results_dir=tmp_path / "results",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        query_timeout_s=120,
        max_active_turns=1,
        max_chats_per_client=4,
    )
    app = create_app(settings, model_factory=_slow_sql_model)

    def conversations(url: str) -> int:
        return int(httpx.get(f"{url}/api/conversations", timeout=30).json()["total"])

    with serve(app) as url:
        engine = app.state.services.engines["duckdb"]
        assert isinstance(engine, DuckDBLocalEngine)
        with pending_post(url, "/chat", {"message": "count"}) as first:
            assert wait_until(lambda: engine.active_queries == 1)
            with pending_post(url, "/chat", {"message": "count again"}):
                # the second turn waits before it starts: no conversation, no query of its own
                assert not wait_until(lambda: conversations(url) == 2, timeout_s=2)
                assert engine.active_queries == 1
                health = httpx.get(f"{url}/health", timeout=30)
                assert health.status_code == 200 and health.json()["checks"]["engines"] == "ok"
                first.close()  # the first client leaves: its turn stops and the second one starts
                assert wait_until(lambda: conversations(url) == 2)
                assert wait_until(lambda: engine.active_queries == 1)
        assert wait_until(lambda: engine.active_queries == 0)
        # a client that leaves while it waits takes no slot: its turn never starts
        with pending_post(url, "/chat", {"message": "count"}) as third:
            assert wait_until(lambda: engine.active_queries == 1)
            with pending_post(url, "/chat", {"message": "left while waiting"}):
                assert wait_until(lambda: conversations(url) == 3)
            third.close()
            assert wait_until(lambda: engine.active_queries == 0)
        with pending_post(url, "/chat", {"message": "count"}):
            assert wait_until(lambda: engine.active_queries == 1)
            assert wait_until(lambda: conversations(url) == 4)
        assert wait_until(lambda: engine.active_queries == 0)
        assert conversations(url) == 4  # the one that left while waiting never made one
