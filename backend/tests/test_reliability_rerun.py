"""Reliability (issue 16, findings 1, 2 and 9): routes that re-run saved SQL are bounded like `/api/query`.

Found by probing a running app from outside: `POST /api/templates/{id}/refresh`, `GET
/api/templates/{id}/data` and `GET /api/conversations/{id}` re-run saved SQL when its result is gone.
They counted against no per-client limit (four refreshes of one client made another client's
`SELECT 1` wait 26 s), ran on after the client left, answered a failed re-run with a 500, and a
conversation page re-ran each lost result with its own full timeout, one after another.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.main import create_app
from backend.models.conversations import Turn
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.database import open_database, sessions
from backend.settings import Settings
from backend.tests.live_server import SLOW_SQL, pending_post, serve, slow_database, wait_until

Start = Callable[..., tuple[str, DuckDBLocalEngine]]


@pytest.fixture
def slow_app(tmp_path: Path) -> Iterator[Start]:
    """The app over a database whose SLOW_SQL runs for minutes, with the given settings."""
    stops: list[Callable[[], None]] = []
    db = slow_database(tmp_path)

    def start(**overrides: object) -> tuple[str, DuckDBLocalEngine]:
        settings = Settings(
            duckdb_path=db,
            results_dir=tmp_path / "results",
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
            api_token=None,
            **overrides,  # pyright: ignore[reportArgumentType]
        )
        app = create_app(settings)
        server = serve(app)
        url = server.__enter__()
        stops.append(lambda: server.__exit__(None, None, None))
        engine = app.state.services.engines["duckdb"]
        assert isinstance(engine, DuckDBLocalEngine)
        return url, engine

    yield start
    for stop in stops:
        stop()


def _template(url: str, sql: str) -> str:
    created = httpx.post(f"{url}/api/templates", json={"title": "saved", "generated_sql": sql}, timeout=30)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def test_template_refresh_counts_against_the_clients_query_limit_and_stops_when_it_leaves(
    slow_app: Start,
) -> None:
    url, engine = slow_app(max_queries_per_client=1, retry_after_s=3, query_timeout_s=120)
    slow = _template(url, SLOW_SQL)
    gone = _template(url, "SELECT count(*) AS n FROM flights")  # no saved data: GET /data re-runs it
    with pending_post(url, f"/api/templates/{slow}/refresh", {}):
        assert wait_until(lambda: engine.active_queries == 1)
        for refused in (
            httpx.post(f"{url}/api/templates/{slow}/refresh", timeout=30),
            httpx.get(f"{url}/api/templates/{gone}/data", timeout=30),
            httpx.post(f"{url}/api/query", json={"sql": "SELECT 1"}, timeout=30),
        ):
            assert refused.status_code == 429, refused.text
            assert refused.headers["retry-after"] == "3"
            assert refused.json()["error"]["code"] == "too_many_requests"
    # the client went away: the refresh's query is interrupted, not left to run for minutes
    assert wait_until(lambda: engine.active_queries == 0)
    data = httpx.get(f"{url}/api/templates/{gone}/data", timeout=30)
    assert data.status_code == 200 and data.json()["row_count"] == 1


def test_a_failed_re_run_is_a_client_error_never_a_500(slow_app: Start) -> None:
    url, _ = slow_app(query_timeout_s=1)
    broken = _template(url, "SELECT CAST('not a number' AS INTEGER) AS n FROM flights")
    data = httpx.get(f"{url}/api/templates/{broken}/data", timeout=30)
    assert data.status_code == 404, data.text
    assert data.json()["error"]["code"] == "no_data"
    refresh = httpx.post(f"{url}/api/templates/{broken}/refresh", timeout=30)
    assert refresh.status_code == 400 and refresh.json()["error"]["code"] == "sql_execution_failed"
    slow = _template(url, SLOW_SQL)
    timed_out = httpx.post(f"{url}/api/templates/{slow}/refresh", timeout=30)
    assert timed_out.status_code == 408 and timed_out.json()["error"]["code"] == "query_timeout"
    assert httpx.get(f"{url}/api/templates/{slow}/data", timeout=30).status_code == 404


def test_a_conversation_page_re_runs_its_lost_results_within_one_timeout(slow_app: Start, tmp_path: Path) -> None:
    url, engine = slow_app(query_timeout_s=2)

    async def seed() -> str:  # the app's own database, through a repository of this test's own
        database = open_database(f"sqlite+aiosqlite:///{tmp_path / 'app.db'}")
        repo = SqlConversationRepository(sessions(database))
        conversation = await repo.create("lost results")
        for n in range(6):  # each turn's result is gone and its SQL runs for minutes
            turn = Turn(id=f"turn-{n}", prompt=f"question {n}", sql=f"{SLOW_SQL} OR a.delay = {n}", data_id=f"gone{n}")
            await repo.add_turn(conversation.id, turn)
        await database.dispose()
        return conversation.id

    conversation_id = asyncio.run(seed())
    page = httpx.get(f"{url}/api/conversations/{conversation_id}", timeout=120)
    assert page.status_code == 200, page.text
    notes = [t["note"] for t in page.json()["turns"]]
    assert len(notes) == 6 and all(notes)  # each says its data could not be re-run
    # one timeout for the page, not one per turn: the first re-run used it up, the others never started
    assert "interrupted" in notes[0]
    assert all("used up before it could run" in n for n in notes[1:]), notes
    assert wait_until(lambda: engine.active_queries == 0)
