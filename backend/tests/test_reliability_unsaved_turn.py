"""Reliability (issue 16): the database refuses to store a turn — the user is told, nothing stored is lost.

The failure is the app database's own, on SQLite and on Postgres: a trigger makes it refuse new turns,
as a full disk or a broken connection would, while the app and everything else keep running.
"""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import asyncpg  # pyright: ignore[reportMissingTypeStubs]

from backend.tests.databases import PG_HOST, PG_PORT, PG_USER
from backend.tests.sse import parse_sse
from backend.tests.test_conversations_api import app, ask

REFUSE_SQLITE = "CREATE TRIGGER refuse_turns BEFORE INSERT ON turns BEGIN SELECT RAISE(ABORT, 'disk full'); END"
REFUSE_POSTGRES = [
    "CREATE FUNCTION refuse_turns() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER refuse_turns BEFORE INSERT ON turns FOR EACH ROW EXECUTE FUNCTION refuse_turns()",
]
ALLOW_SQLITE = "DROP TRIGGER refuse_turns"
ALLOW_POSTGRES = ["DROP TRIGGER refuse_turns ON turns", "DROP FUNCTION refuse_turns()"]


def _run(database_url: str, sqlite_sql: str, postgres_sql: list[str]) -> None:
    """Statements on the app database from outside the app (another client of the same database)."""
    if database_url.startswith("sqlite"):
        with closing(sqlite3.connect(database_url.split(":///", 1)[1])) as conn:
            conn.execute(sqlite_sql)
            conn.commit()
        return
    name = database_url.rsplit("/", 1)[1]

    async def run() -> None:
        conn: Any = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database=name)
        try:
            for statement in postgres_sql:
                await conn.execute(statement)
        finally:
            await conn.close()

    asyncio.run(run())


def test_a_turn_the_database_refuses_is_reported_and_loses_nothing_stored(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        first = ask(client, "total sales by region")
        conversation = first["done"]["conversation_id"]
        rows = client.get(first["data"]["url"]).json()["rows"]

        _run(database_url, REFUSE_SQLITE, REFUSE_POSTGRES)
        response = client.post("/chat", json={"message": "make it a line chart", "conversation_id": conversation})
        assert response.status_code == 200
        events = parse_sse(response.text)
        names = [name for name, _ in events]
        # the answer itself streamed, then a plain error saying it was not saved, and `done` last
        assert "params" in names and names[-2:] == ["error", "done"]
        error = events[-2][1]
        assert error["code"] == "internal_error" and "could not be saved" in error["message"]
        assert error["correlation_id"] and error["correlation_id"] in error["message"]
        assert "disk full" not in response.text  # the database's text goes to the log, not the browser
        assert events[-1][1]["conversation_id"] == conversation

        # what was stored before is all there, and its data still downloads
        body = client.get(f"/api/conversations/{conversation}").json()
        assert [t["prompt"] for t in body["turns"]] == ["total sales by region"] and body["turn_count"] == 1
        assert body["turns"][0]["sql"] == first["sql"]["query"]
        assert client.get(first["data"]["url"]).json()["rows"] == rows

        # once the database accepts turns again, the conversation goes on where it was stored
        _run(database_url, ALLOW_SQLITE, ALLOW_POSTGRES)
        again = ask(client, "make it a line chart", conversation)
        assert again["params"]["parameters"]["chart_type"] == "line" and "error" not in again
        body = client.get(f"/api/conversations/{conversation}").json()
        assert [t["prompt"] for t in body["turns"]] == ["total sales by region", "make it a line chart"]
        assert body["turn_count"] == 2
