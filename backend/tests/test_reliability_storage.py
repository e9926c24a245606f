"""Reliability (issue 16, findings 7 and 8): conversations and result files are bounded, nothing stored is lost.

A long conversation is read a page at a time and a turn reads only its recent window; a conversation
over its byte budget refuses new turns while its turns stay readable; result files are bounded by bytes
(least recently used evicted first, kept ones last), shared by every worker, and deleted with the
conversation or template that alone referred to them.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from fastapi.testclient import TestClient

from backend.core.engine import QueryResult
from backend.core.result_store import ResultStore
from backend.main import create_app
from backend.models.conversations import Turn
from backend.models.errors import ConversationFullError, ResultNotFoundError
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.database import open_database, sessions, upgrade
from backend.services.conversation_history import ChatConversations
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.sse import parse_sse

CODE = "export function Viz() { return null; }\n" * 450  # ~18 KB, the size of a generated component


@contextmanager
def app(database_url: str, results: Path, **overrides: Any) -> Iterator[TestClient]:
    settings = Settings(duckdb_path=DEMO_DB, results_dir=results, database_url=database_url, **overrides)
    with TestClient(create_app(settings)) as client:
        yield client


def ask(client: TestClient, message: str, conversation_id: str | None = None) -> dict[str, Any]:
    response = client.post("/chat", json={"message": message, "conversation_id": conversation_id})
    assert response.status_code == 200, response.text
    return {name: payload for name, payload in parse_sse(response.text)}


async def _long_conversation(url: str, turns: int) -> str:
    engine = open_database(url)
    await upgrade(engine)
    repo = SqlConversationRepository(sessions(engine))
    conversation = await repo.create("a long one")
    for i in range(turns):
        await repo.add_turn(conversation.id, Turn(id=f"turn-{i:04d}", prompt=f"question {i}", code=CODE))
    await engine.dispose()
    return conversation.id


def test_an_800_turn_conversation_is_read_a_page_at_a_time_and_nothing_is_lost(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"
    conversation = asyncio.run(_long_conversation(url, 800))
    with app(url, tmp_path / "results") as client:
        latest = client.get(f"/api/conversations/{conversation}")
        assert latest.status_code == 200
        body = latest.json()
        assert body["turn_count"] == 800 and body["turns_offset"] == 750
        assert [t["prompt"] for t in body["turns"]] == [f"question {i}" for i in range(750, 800)]
        assert len(latest.content) < 2_000_000  # was 14.8 MB with every turn
        seen: list[str] = []
        for offset in range(0, 800, 200):
            page = client.get(f"/api/conversations/{conversation}?offset={offset}&limit=200").json()
            assert page["turns_offset"] == offset
            seen += [t["id"] for t in page["turns"]]
        assert seen == [f"turn-{i:04d}" for i in range(800)]
        assert client.get(f"/api/conversations/{conversation}?limit=201").status_code == 422


def test_a_turn_reads_only_its_window_and_a_conversation_over_its_bytes_stops_growing(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"
    conversation = asyncio.run(_long_conversation(url, 5))  # ~90 KB of turns

    async def window() -> int:
        engine = open_database(url)
        repo = SqlConversationRepository(sessions(engine))
        store = ResultStore(tmp_path / "r", memory_bytes=1 << 20, json_row_limit=10, ttl_s=60)
        history = ChatConversations(repo, store, max_turns=200, window=2, max_bytes=1 << 20)
        loaded = await history.get(conversation)
        tight = ChatConversations(repo, store, max_turns=200, window=2, max_bytes=64 * 1024)
        with pytest.raises(ConversationFullError, match="size limit"):
            await tight.get(conversation)
        await engine.dispose()
        assert loaded is not None
        return len(loaded.turns)

    assert asyncio.run(window()) == 2  # a turn never loads the whole conversation
    with app(url, tmp_path / "results", max_conversation_bytes=64 * 1024) as client:
        refused = client.post("/chat", json={"message": "total sales by region", "conversation_id": conversation})
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "conversation_full"
        assert "size limit" in refused.json()["error"]["message"]
        assert client.get(f"/api/conversations/{conversation}").json()["turn_count"] == 5  # still readable


def _result(rows: int) -> QueryResult:
    table = pa.table({"id": pa.array(range(rows), pa.int64()), "noise": [secrets.token_hex(16) for _ in range(rows)]})
    return QueryResult(table=table, column_types=["BIGINT", "VARCHAR"], engine="duckdb", elapsed_ms=1.0, sql="x")


def test_result_files_are_bounded_by_bytes_least_recently_used_first(tmp_path: Path) -> None:
    store = ResultStore(tmp_path, memory_bytes=1 << 20, json_row_limit=10, ttl_s=3600, disk_bytes=400_000)
    kept = store.put(_result(2000))
    store.keep(kept.id)
    first = store.put(_result(2000))
    ids: list[str] = []
    for _ in range(15):
        store.get(first.id)  # used again and again: stays
        ids.append(store.put(_result(2000)).id)
    assert store.disk_used() <= 400_000
    assert store.table(first.id).num_rows == 2000
    assert store.has(ids[-1])
    with pytest.raises(ResultNotFoundError):
        store.table(ids[0])  # the least recently used went first
    assert store.has(kept.id)  # kept results go only when nothing else is left to evict


def test_every_worker_serves_every_result(tmp_path: Path) -> None:
    one = ResultStore(tmp_path, memory_bytes=1 << 20, json_row_limit=10, ttl_s=3600)
    other = ResultStore(tmp_path, memory_bytes=1 << 20, json_row_limit=10, ttl_s=3600)
    small = one.put(_result(5))
    assert small.table is not None  # small results are served from memory by the worker that ran them…
    assert other.table(small.id).column("id").to_pylist() == [0, 1, 2, 3, 4]  # …and from disk by any other
    one.keep(small.id)
    assert other.get(small.id).row_count == 5


def test_deleting_a_conversation_or_template_removes_the_data_only_it_kept(database_url: str, tmp_path: Path) -> None:
    results = tmp_path / "results"
    with app(database_url, results) as client:
        shared = ask(client, "total sales by region")
        alone = ask(client, "average penguin body mass by species")
        shared_id, alone_id = shared["data"]["data_id"], alone["data"]["data_id"]
        kept = results / "kept"
        assert (kept / f"{shared_id}.parquet").exists() and (kept / f"{alone_id}.parquet").exists()
        template = client.post("/api/templates", json={"turn_id": shared["done"]["turn_id"], "title": "Sales"})
        assert template.status_code == 201, template.text

        assert client.delete(f"/api/conversations/{alone['done']['conversation_id']}").status_code == 204
        assert not (kept / f"{alone_id}.parquet").exists()
        assert client.get(f"/api/data/{alone_id}").status_code == 404

        assert client.delete(f"/api/conversations/{shared['done']['conversation_id']}").status_code == 204
        assert (kept / f"{shared_id}.parquet").exists()  # the template still shows it
        assert client.get(f"/api/data/{shared_id}").status_code == 200
        assert client.delete(f"/api/templates/{template.json()['id']}").status_code == 204
        assert not (kept / f"{shared_id}.parquet").exists()
