"""Templates over HTTP on SQLite and Postgres: save from a turn, versions, 409 on stale writes, export/import,
refresh, continuing in chat, and refusal of bad files with nothing changed."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from backend.tests.test_conversations_api import app, ask

QUESTION = "monthly sales in 2023"


def save_from_chat(client: TestClient, title: str = "Monthly sales") -> dict[str, Any]:
    turn = ask(client, QUESTION)
    response = client.post("/api/templates", json={"title": title, "turn_id": turn["done"]["turn_id"]})
    assert response.status_code == 201, response.text
    return response.json()


def test_save_version_conflict_restore_rename_delete(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        saved = save_from_chat(client)
        assert saved["version"] == 1 and saved["prompt"] == QUESTION and "2023-01-01" in saved["generated_sql"]
        assert "export default function Viz" in saved["ui_code"] and saved["parameters"]["chart_type"] == "line"
        assert saved["param_schema"] and saved["data_url"].startswith("/api/data/") and saved["conversation_id"]
        tid = saved["id"]
        edit = {k: v for k, v in saved.items() if k not in ("id", "created_at", "updated_at")}
        edit["parameters"] = {**saved["parameters"], "title": "Revenue 2023"}
        second = client.put(f"/api/templates/{tid}", json=edit)
        assert second.status_code == 200 and second.json()["version"] == 2
        # a writer still holding version 1 does not overwrite version 2
        stale = client.put(f"/api/templates/{tid}", json={**edit, "title": "lost update"})
        assert stale.status_code == 409
        assert stale.json()["error"]["code"] == "version_conflict"
        assert stale.json()["error"]["detail"] == {"current_version": 2}
        assert client.get(f"/api/templates/{tid}").json()["title"] == "Monthly sales"
        # two writers from the same version: exactly one wins
        codes: list[int] = []
        lock = threading.Lock()

        def write(title: str) -> None:
            code = client.put(f"/api/templates/{tid}", json={**edit, "version": 2, "title": title}).status_code
            with lock:
                codes.append(code)

        writers = [threading.Thread(target=write, args=(f"writer {i}",)) for i in range(2)]
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        assert sorted(codes) == [200, 409]
        versions = client.get(f"/api/templates/{tid}/versions").json()
        assert [v["version"] for v in versions] == [3, 2, 1]
        assert versions[1]["template"]["parameters"]["title"] == "Revenue 2023"
        restored = client.post(f"/api/templates/{tid}/versions/1/restore").json()
        assert restored["version"] == 4 and restored["title"] == "Monthly sales"
        assert restored["parameters"] == saved["parameters"]
        assert client.post(f"/api/templates/{tid}/versions/99/restore").json()["error"]["code"] == "version_not_found"
        renamed = client.patch(f"/api/templates/{tid}", json={"title": "Sales per month"})
        assert renamed.json()["title"] == "Sales per month" and renamed.json()["version"] == 5
        assert client.patch(f"/api/templates/{tid}", json={"title": "x", "version": 1}).status_code == 409
        assert client.delete(f"/api/templates/{tid}").status_code == 204
        assert client.get(f"/api/templates/{tid}").json()["error"]["code"] == "template_not_found"
        assert client.get(f"/api/templates/{tid}/versions").status_code == 404


def test_list_pages_and_search(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        for title in ("Penguins by island", "Sales by region", "Flights 100% on_time"):
            assert client.post("/api/templates", json={"title": title, "prompt": title.lower()}).status_code == 201
        page = client.get("/api/templates", params={"limit": 2}).json()
        assert page["total"] == 3 and [t["title"] for t in page["items"]] == ["Flights 100% on_time", "Sales by region"]
        rest = client.get("/api/templates", params={"limit": 2, "offset": 2}).json()
        assert [t["title"] for t in rest["items"]] == ["Penguins by island"]
        assert [t["title"] for t in client.get("/api/templates", params={"q": "REGION"}).json()["items"]] == [
            "Sales by region"
        ]
        assert client.get("/api/templates", params={"q": "0%"}).json()["total"] == 1
        assert client.get("/api/templates", params={"q": "n_t"}).json()["total"] == 1
        assert client.get("/api/templates", params={"limit": 500}).status_code == 422


def test_export_import_round_trip_and_restart(database_url: str, tmp_path: Path, app_database: str) -> None:
    results = tmp_path / "results"
    with app(database_url, results) as client:
        saved = save_from_chat(client)
        exported = client.get(f"/api/templates/{saved['id']}/export")
        assert "attachment" in exported.headers["content-disposition"]
        file = exported.json()
        assert file["format"] == "viz-template/1" and file["version"] == 1
        again = client.post("/api/templates/import", json=file)  # the id is taken here: a copy with a new id
        assert again.status_code == 201 and again.json()["id"] != saved["id"]
        copy = client.get(f"/api/templates/{again.json()['id']}/export").json()
        assert {**copy, "id": file["id"]} == file
    # into another, empty database (as when sharing a file): identical, id included
    with app(app_database, tmp_path / "other-results") as other:
        imported = other.post("/api/templates/import", json=file)
        assert imported.status_code == 201, imported.text
        assert other.get(f"/api/templates/{file['id']}/export").json() == file
        other.delete(f"/api/templates/{file['id']}")
    # a restart of the first backend keeps the template and serves its data
    with app(database_url, results) as after:
        kept = after.get(f"/api/templates/{saved['id']}").json()
        assert kept["title"] == "Monthly sales" and kept["version"] == 1
        data = after.get(f"/api/templates/{saved['id']}/data").json()
        assert data["data_url"] == saved["data_url"] and data["note"] is None and data["row_count"] == 12
        assert data["format"] == "json" and data["columns"] == after.get(data["data_url"]).json()["columns"]
        # Refresh re-runs the saved SQL (no model): new data, same rows
        refreshed = after.post(f"/api/templates/{saved['id']}/refresh").json()
        assert refreshed["data_id"] != data["data_id"]
        assert after.get(refreshed["data_url"]).json()["rows"] == after.get(data["data_url"]).json()["rows"]


def test_bad_import_files_are_refused_and_change_nothing(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        good = client.get(f"/api/templates/{save_from_chat(client)['id']}/export").json()
        good["id"] = "fresh-id"
        before = client.get("/api/templates").json()["total"]
        bad_files: list[tuple[Any, int, str]] = [
            ({**good, "title": "<script>alert(1)</script>"}, 422, "title must be plain text"),
            ({**good, "prompt": 'x <img src=x onerror="alert(1)">'}, 422, "plain text"),
            ({**good, "ui_code": good["ui_code"].replace('"recharts"', '"node:fs"')}, 422, "imports 'node:fs'"),
            (
                {**good, "ui_code": good["ui_code"] + "\nconst x = <div dangerouslySetInnerHTML={{__html: y}} />;"},
                422,
                "raw HTML",
            ),
            ({**good, "ui_code": "const Viz = 1;"}, 422, "export default function Viz"),
            ({**good, "generated_sql": "DROP TABLE sales"}, 400, "the template's SQL is refused"),
            ({**good, "generated_sql": "SELECT * FROM read_csv('/etc/passwd')"}, 400, "the template's SQL is refused"),
            ({**good, "data_url": "https://evil.example/x"}, 422, "data_url"),
            ({**good, "surprise": 1}, 422, "surprise"),
            ({**good, "version": 2**70}, 422, "version"),  # more than the store's 64-bit integer holds (was a 500)
            ({**good, "version": -79658708413969661952}, 422, "version"),
            ({k: v for k, v in good.items() if k != "title"}, 422, "title"),
            ({**good, "parameters": {"title": "javascript:alert(1)"}}, 422, "plain text"),
        ]
        for body, status, message in bad_files:
            response = client.post("/api/templates/import", json=body)
            assert response.status_code == status, (message, response.text)
            assert message in response.json()["error"]["message"], response.text
        not_json = client.post(
            "/api/templates/import", content=b"{not json", headers={"content-type": "application/json"}
        )
        assert not_json.status_code == 400 and not_json.json()["error"]["code"] == "invalid_json"
        huge = json.dumps({**good, "prompt": "x" * 2_000_000})
        too_big = client.post("/api/templates/import", content=huge, headers={"content-type": "application/json"})
        assert too_big.status_code == 413
        assert client.get("/api/templates").json()["total"] == before
        assert client.get("/api/templates/fresh-id").status_code == 404


def test_chat_continues_from_a_template(database_url: str, tmp_path: Path) -> None:
    with app(database_url, tmp_path / "results") as client:
        saved = save_from_chat(client)
        response = client.post("/chat", json={"message": "same chart but for 2024", "template_id": saved["id"]})
        assert response.status_code == 200
        from backend.tests.sse import parse_sse

        events = dict(parse_sse(response.text))
        sql = events["sql"]["query"]
        assert "2024-01-01" in sql and "2025-01-01" in sql and "month" in sql.lower()
        conversation = client.get(f"/api/conversations/{events['done']['conversation_id']}").json()
        assert [t["prompt"] for t in conversation["turns"]] == [QUESTION, "same chart but for 2024"]
        assert conversation["title"] == "Monthly sales" and conversation["turns"][0]["sql"] == saved["generated_sql"]
        missing = client.post("/chat", json={"message": "same again", "template_id": "nope"})
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "template_not_found"
