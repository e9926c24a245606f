"""History over HTTP on SQLite and Postgres: a restart loses nothing, lost data is re-run, bad input is 4xx."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.sse import parse_sse


@contextmanager
def app(database_url: str, results: Path, **overrides: Any) -> Iterator[TestClient]:
    """One backend process's worth of app; two in a row over the same database is a restart."""
    settings = Settings(duckdb_path=DEMO_DB, results_dir=results, database_url=database_url, **overrides)
    with TestClient(create_app(settings)) as client:
        yield client


def ask(client: TestClient, message: str, conversation_id: str | None = None) -> dict[str, Any]:
    """The last payload of each event name of one turn."""
    response = client.post("/chat", json={"message": message, "conversation_id": conversation_id})
    assert response.status_code == 200, response.text
    return {name: payload for name, payload in parse_sse(response.text)}


def test_restart_keeps_every_turn_its_data_and_follow_ups(database_url: str, tmp_path: Path) -> None:
    results = tmp_path / "results"
    with app(database_url, results) as before:
        first = ask(before, "total sales by region")
        conversation = first["done"]["conversation_id"]
        second = ask(before, "make it a line chart", conversation)
        rows_before = before.get(first["data"]["url"]).json()["rows"]
    with app(database_url, results) as after:
        body = after.get(f"/api/conversations/{conversation}").json()
        assert [t["prompt"] for t in body["turns"]] == ["total sales by region", "make it a line chart"]
        turn = body["turns"][0]
        assert turn["sql"] == first["sql"]["query"] and turn["code"] and turn["thoughts"]
        assert turn["params"] == first["params"]["parameters"] and turn["note"] is None
        # how to read the result back, as the stream said: no guessing from the row count
        assert turn["data_format"] == first["data"]["format"] == "json"
        assert turn["columns"] == first["data"]["columns"] and turn["truncated"] is False
        assert body["turns"][1]["params"]["chart_type"] == second["params"]["parameters"]["chart_type"] == "line"
        # the data is served again by the new process, unchanged
        assert after.get(turn["data_url"]).json()["rows"] == rows_before
        # internal fields (model transcripts, analyst state) never leave the backend
        assert not {"messages", "analyst_state"} & set(turn)
        # a follow-up after the restart still knows what "only Europe" refers to
        follow = ask(after, "only Europe", conversation)
        assert "'Europe'" in follow["sql"]["query"] and "region" in follow["sql"]["query"].lower()
        assert after.get(f"/api/conversations/{conversation}").json()["turn_count"] == 3


def test_lost_data_is_re_run_from_the_saved_sql_with_a_note(database_url: str, tmp_path: Path) -> None:
    results = tmp_path / "results"
    with app(database_url, results) as before:
        first = ask(before, "average penguin body mass by species")
        conversation = first["done"]["conversation_id"]
        rows = before.get(first["data"]["url"]).json()["rows"]
    for kept in (results / "kept").glob("*.parquet"):
        kept.unlink()
    with app(database_url, results) as after:
        assert after.get(first["data"]["url"]).status_code == 404
        turn = after.get(f"/api/conversations/{conversation}").json()["turns"][0]
        assert "re-run from the saved SQL" in turn["note"]
        assert turn["data_id"] != first["data"]["data_id"]
        assert turn["columns"] == first["data"]["columns"] and turn["data_format"] == "json"
        assert after.get(turn["data_url"]).json()["rows"] == rows
        # the turn now points at the re-run data: a second read needs no re-run
        again = after.get(f"/api/conversations/{conversation}").json()["turns"][0]
        assert again["data_id"] == turn["data_id"] and again["note"] is None
        assert again["columns"] == turn["columns"] and again["data_format"] == turn["data_format"]


def test_history_lists_searches_renames_and_deletes(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        penguins = ask(client, "average penguin body mass by species")["done"]["conversation_id"]
        sales = ask(client, "total sales by region")["done"]["conversation_id"]
        page = client.get("/api/conversations", params={"limit": 1}).json()
        assert page["total"] == 2 and [c["id"] for c in page["items"]] == [sales]
        assert page["items"][0]["title"] == "total sales by region" and page["items"][0]["turn_count"] == 1
        found = client.get("/api/conversations", params={"q": "PENGUIN"}).json()
        assert [c["id"] for c in found["items"]] == [penguins]
        renamed = client.patch(f"/api/conversations/{penguins}", json={"title": "Penguin weights"})
        assert renamed.status_code == 200 and renamed.json()["title"] == "Penguin weights"
        assert client.get(f"/api/conversations/{penguins}").json()["title"] == "Penguin weights"
        assert client.patch(f"/api/conversations/{penguins}", json={"title": ""}).status_code == 422
        assert client.patch("/api/conversations/nope", json={"title": "x"}).status_code == 404
        assert client.get("/api/conversations", params={"limit": 0}).status_code == 422
        assert client.delete(f"/api/conversations/{sales}").status_code == 204
        assert client.get(f"/api/conversations/{sales}").json()["error"]["code"] == "conversation_not_found"
        assert client.delete(f"/api/conversations/{sales}").status_code == 404
        assert client.get("/api/conversations").json()["total"] == 1


def test_a_full_conversation_refuses_more_turns_but_stays_readable(tmp_path: Path, app_database: str) -> None:
    with app(app_database, tmp_path / "results", max_turns=2) as client:
        conversation = ask(client, "total sales by region")["done"]["conversation_id"]
        ask(client, "make it a line chart", conversation)
        refused = client.post("/chat", json={"message": "only Europe", "conversation_id": conversation})
        assert refused.status_code == 409 and refused.json()["error"]["code"] == "conversation_full"
        assert "start a new one" in refused.json()["error"]["message"]
        assert len(client.get(f"/api/conversations/{conversation}").json()["turns"]) == 2
