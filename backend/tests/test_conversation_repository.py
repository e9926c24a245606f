"""Conversation storage on SQLite and on Postgres: migrations, ordering, windows, search, rename, delete."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from backend.models.conversations import Turn
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.database import downgrade, open_database, sessions, upgrade

TABLES = {"conversations", "turns", "templates", "template_versions"}


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        return set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    db = open_database(database_url)
    await upgrade(db)
    yield db
    await db.dispose()


@pytest.fixture
def repo(engine: AsyncEngine) -> SqlConversationRepository:
    return SqlConversationRepository(sessions(engine))


@pytest.mark.anyio
async def test_migrations_go_up_and_down_on_an_empty_database(database_url: str) -> None:
    db = open_database(database_url)
    try:
        await upgrade(db)
        assert await _tables(db) >= TABLES
        await downgrade(db)
        assert not (TABLES & await _tables(db))
        await upgrade(db)  # and up again: the downgrade left nothing behind that blocks it
        assert await _tables(db) >= TABLES
    finally:
        await db.dispose()


@pytest.mark.anyio
async def test_turns_come_back_in_order_with_every_field(repo: SqlConversationRepository) -> None:
    conv = await repo.create("sales by region")
    first = Turn(id="t1", prompt="sales by region", sql="SELECT 1", params={"title": "Sales", "stacked": True})
    first.messages = [{"kind": "request", "parts": []}]
    await repo.add_turn(conv.id, first)
    await repo.add_turn(conv.id, Turn(id="t2", prompt="make it a line chart", error="cancelled"))
    stored = await repo.get(conv.id)
    assert stored is not None and stored.turn_count == 2
    assert [t.prompt for t in stored.turns] == ["sales by region", "make it a line chart"]
    assert stored.turns[0].params == {"title": "Sales", "stacked": True}
    assert stored.turns[0].messages == [{"kind": "request", "parts": []}]
    assert stored.turns[0].created_at.tzinfo is not None and stored.turns[1].error == "cancelled"
    assert stored.updated_at >= stored.created_at


@pytest.mark.anyio
async def test_window_returns_only_the_most_recent_turns(repo: SqlConversationRepository) -> None:
    conv = await repo.create("long")
    for i in range(7):
        await repo.add_turn(conv.id, Turn(id=f"w{i}", prompt=f"question {i}"))
    window = await repo.get(conv.id, last=3)
    assert window is not None and window.turn_count == 7
    assert [t.prompt for t in window.turns] == ["question 4", "question 5", "question 6"]


@pytest.mark.anyio
async def test_concurrent_turns_are_all_kept(repo: SqlConversationRepository) -> None:
    conv = await repo.create("busy")
    await asyncio.gather(*(repo.add_turn(conv.id, Turn(id=f"c{i}", prompt=f"q{i}")) for i in range(8)))
    stored = await repo.get(conv.id)
    assert stored is not None and stored.turn_count == 8
    assert sorted(t.prompt for t in stored.turns) == sorted(f"q{i}" for i in range(8))


@pytest.mark.anyio
async def test_list_is_newest_first_paged_and_searchable(repo: SqlConversationRepository) -> None:
    ids = []
    for title in ("penguins by island", "sales by region", "flights per month"):
        conv = await repo.create(title)
        ids.append(conv.id)
        await asyncio.sleep(0.01)
    await repo.add_turn(ids[0], Turn(id="p2", prompt="only 100% of Biscoe_x"))  # used last: now first
    items, total = await repo.list(offset=0, limit=2)
    assert total == 3 and [i.id for i in items] == [ids[0], ids[2]]
    items, _ = await repo.list(offset=2, limit=2)
    assert [i.id for i in items] == [ids[1]]
    # the search matches titles and prompts, case-insensitively; LIKE wildcards are literal
    assert [i.id for i in (await repo.list(offset=0, limit=10, search="SALES"))[0]] == [ids[1]]
    assert [i.id for i in (await repo.list(offset=0, limit=10, search="biscoe_x"))[0]] == [ids[0]]
    assert (await repo.list(offset=0, limit=10, search="100%"))[1] == 1
    assert (await repo.list(offset=0, limit=10, search="_"))[1] == 1
    assert (await repo.list(offset=0, limit=10, search="nothing like this"))[1] == 0


@pytest.mark.anyio
async def test_rename_and_delete(repo: SqlConversationRepository) -> None:
    conv = await repo.create("old name")
    await repo.add_turn(conv.id, Turn(id="r1", prompt="q"))
    renamed = await repo.rename(conv.id, "new name")
    assert renamed is not None and renamed.title == "new name" and renamed.turn_count == 1
    assert await repo.rename("missing", "x") is None
    assert await repo.delete(conv.id) is True
    assert await repo.get(conv.id) is None and await repo.delete(conv.id) is False
    # a turn finishing after its conversation was deleted does not bring it back
    await repo.add_turn(conv.id, Turn(id="r2", prompt="late"))
    assert await repo.get(conv.id) is None


@pytest.mark.anyio
async def test_a_sqlite_connection_back_in_the_pool_holds_no_open_transaction(tmp_path: Path) -> None:
    # SQLite skips the pool's rollback after a commit (a round trip through aiosqlite's thread) but still rolls
    # back a transaction left open: a row nobody committed is gone, and the next writer is not locked out.
    engine = open_database(f"sqlite+aiosqlite:///{tmp_path / 'app.db'}")
    try:
        await upgrade(engine)
        repo = SqlConversationRepository(sessions(engine))
        conv = await repo.create("kept")
        async with engine.connect() as conn:
            driver = (await conn.get_raw_connection()).driver_connection
            assert driver is not None
            await driver.execute("UPDATE conversations SET title = 'never committed'")
            assert driver.in_transaction
        await asyncio.wait_for(repo.add_turn(conv.id, Turn(id="k1", prompt="q")), timeout=5)
        stored = await repo.get(conv.id)
        assert stored is not None and stored.title == "kept" and stored.turn_count == 1
    finally:
        await engine.dispose()
