"""Attached databases end to end: the machine's Postgres and MariaDB and a SQLite file, through the API."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.databases import PG_PORT, PG_USER, postgres_database
from backend.tests.source_databases import count_orders, mysql, postgres_shop, psql, shop
from backend.tests.sse import parse_sse

KINDS = ["postgres", "mysql", "sqlite"]


@contextmanager
def app(tmp_path: Path, database_url: str | None = None) -> Iterator[TestClient]:
    """An app over the demo catalog with its own app database and uploads directory."""
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path / "results",
        uploads_dir=tmp_path / "uploads",
        database_url=database_url or f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        api_token=None,
        model="builtin",
    )
    with TestClient(create_app(settings)) as client:
        yield client


def chat(client: TestClient, message: str) -> dict[str, Any]:
    """The events of one turn, by name (the last of each)."""
    response = client.post("/chat", json={"message": message})
    assert response.status_code == 200
    return {name: payload for name, payload in parse_sse(response.text)}


def query(client: TestClient, sql: str) -> Any:
    return client.post("/api/query", json={"sql": sql})


def change_schema(kind: str, where: str, dsn: str) -> None:
    """Add a table `refunds` to the source, as its owner would."""
    statement = "CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER, amount DECIMAL(10,2))"
    if kind == "postgres":
        psql(where, statement)
    elif kind == "mysql":
        mysql(where, statement)
    else:
        import sqlite3

        conn = sqlite3.connect(dsn)
        conn.execute(statement)
        conn.commit()
        conn.close()


@pytest.mark.parametrize("kind", KINDS)
def test_attach_ask_refresh_and_remove_a_database(kind: str, tmp_path: Path) -> None:
    with shop(kind, tmp_path) as (dsn, where), app(tmp_path) as client:
        tested = client.post("/api/sources/test", json={"kind": kind, "dsn": dsn})
        assert tested.status_code == 200, tested.text
        assert sorted(t.split(".")[-1] for t in tested.json()["tables"]) == ["customers", "orders"]

        added = client.post("/api/sources", json={"kind": kind, "name": "shop", "dsn": dsn})
        assert added.status_code == 201, added.text
        tables = {t["name"]: t for t in added.json()["tables"]}
        assert set(tables) == {"customers", "orders"}
        assert tables["orders"]["row_count"] == 36
        region = next(c for c in tables["customers"]["columns"] if c["name"] == "region")
        assert region["values"] == ["Europe", "North America"]

        catalog = client.get("/api/catalog").json()
        assert {"table": "orders", "column": "customer_id", "ref_table": "customers", "ref_column": "id"} in catalog[
            "foreign_keys"
        ]
        assert "sales" in {t["name"] for t in catalog["tables"]}  # the demo stays
        assert next(t for t in catalog["tables"] if t["name"] == "orders")["served_by"] == ["shop"]

        events = chat(client, "orders per month")
        assert "error" not in events, events.get("error")
        assert events["sql"]["engine"] == "shop" and "orders" in events["sql"]["query"]
        assert events["data"]["row_count"] == 12
        rows = client.get(events["data"]["url"]).json()["rows"]
        assert [r[1] for r in rows] == [3] * 12

        europe = chat(client, "total amount for Europe")  # the value index knows customers.region
        assert "error" not in europe, europe.get("error")
        assert "Europe" in europe["sql"]["query"]

        change_schema(kind, where, dsn)
        assert "refunds" not in {t["name"] for t in client.get("/api/catalog").json()["tables"]}
        refreshed = client.post("/api/sources/shop/refresh")
        assert refreshed.status_code == 200, refreshed.text
        assert "refunds" in {t["name"] for t in refreshed.json()["tables"]}
        assert query(client, "SELECT count(*) AS n FROM refunds").json()["rows"] == [[0]]

        assert client.delete("/api/sources/shop").status_code == 204
        assert "orders" not in {t["name"] for t in client.get("/api/catalog").json()["tables"]}
        gone = query(client, "SELECT count(*) FROM orders")
        assert gone.status_code == 400 and "unknown table" in gone.json()["error"]["message"]
        assert client.delete("/api/sources/shop").status_code == 404


WRITES = [
    "DELETE FROM orders",
    "UPDATE orders SET amount = 0",
    "CREATE TABLE stolen AS SELECT * FROM orders",
    "INSERT INTO orders VALUES (99, 1, '2024-01-01', 1)",
    "WITH gone AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM gone",
    "SELECT * FROM postgres_execute('shop', 'DELETE FROM orders')",
    "SELECT * FROM postgres_query('shop', 'SELECT 1')",
    "SELECT * FROM mysql_execute('shop', 'DELETE FROM orders')",
    "SELECT * FROM sqlite_attach('/tmp/x.db')",
    "ATTACH 'host=127.0.0.1 dbname=postgres' AS other (TYPE postgres)",
    "DETACH shop",
    "SELECT * FROM shop.public.orders; DELETE FROM orders",
    "COPY orders TO '/tmp/orders.csv'",
]


@pytest.mark.parametrize("kind", KINDS)
def test_writes_are_refused_and_rows_stay(kind: str, tmp_path: Path) -> None:
    with shop(kind, tmp_path) as (dsn, where), app(tmp_path) as client:
        assert client.post("/api/sources", json={"kind": kind, "name": "shop", "dsn": dsn}).status_code == 201
        for sql in WRITES:
            response = query(client, sql)
            assert response.status_code == 400, (sql, response.text)
            assert response.json()["error"]["code"] == "sql_rejected", sql
        refused = chat(client, "DELETE FROM orders")
        assert "data" not in refused
        assert count_orders(kind, where, dsn) == 36
        assert query(client, "SELECT count(*) FROM orders").json()["rows"] == [[36]]


def test_password_never_leaves_the_backend(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    secret = "Sw0rdfish-4711"
    # Even at DEBUG: the app database's drivers would echo bound parameters (stored DSNs) at that level.
    caplog.set_level(logging.DEBUG)
    logging.getLogger("viz").setLevel(logging.DEBUG)
    with postgres_shop(role_password=secret) as (dsn, _), app(tmp_path) as client:
        seen: list[str] = []
        wrong = dsn.replace("@127.0.0.1:5432/", "@127.0.0.1:5432/no_such_database_")
        failed = client.post("/api/sources/test", json={"kind": "postgres", "dsn": wrong})
        assert failed.status_code == 400 and "no_such_database" in failed.json()["error"]["message"]
        seen.append(failed.text)
        bad_add = client.post("/api/sources", json={"kind": "postgres", "name": "shop", "dsn": wrong})
        assert bad_add.status_code == 400
        seen.append(bad_add.text)
        added = client.post("/api/sources", json={"kind": "postgres", "name": "shop", "dsn": dsn})
        assert added.status_code == 201, added.text
        assert added.json()["dsn"].startswith("postgresql://") and "***" in added.json()["dsn"]
        seen += [added.text, client.get("/api/sources").text, client.get("/api/catalog").text]
        seen.append(client.post("/api/sources/shop/refresh").text)
        seen.append(client.post("/chat", json={"message": "orders per month"}).text)
        seen.append(client.get("/openapi.json").text)
        for text in seen:
            assert secret not in text
        assert secret not in caplog.text


def test_sources_survive_a_restart(tmp_path: Path) -> None:
    with shop("sqlite", tmp_path) as (dsn, _):
        with app(tmp_path) as client:
            assert client.post("/api/sources", json={"kind": "sqlite", "name": "shop", "dsn": dsn}).status_code == 201
        with app(tmp_path) as client:  # a new process over the same app database
            listed = {s["name"]: s for s in client.get("/api/sources").json()["sources"]}
            assert listed["shop"]["status"] == "ok"
            assert {t["name"] for t in listed["shop"]["tables"]} == {"customers", "orders"}
            assert query(client, "SELECT count(*) FROM orders").json()["rows"] == [[36]]


def test_a_name_two_sources_share_is_qualified(tmp_path: Path) -> None:
    with shop("sqlite", tmp_path) as (first, _), shop("sqlite", tmp_path) as (second, _), app(tmp_path) as client:
        assert client.post("/api/sources", json={"kind": "sqlite", "name": "east", "dsn": first}).status_code == 201
        assert query(client, "SELECT count(*) FROM orders").json()["rows"] == [[36]]
        assert client.post("/api/sources", json={"kind": "sqlite", "name": "west", "dsn": second}).status_code == 201
        names = {t["name"] for t in client.get("/api/catalog").json()["tables"]}
        assert {"east.main.orders", "west.main.orders"} <= names and "orders" not in names
        assert query(client, "SELECT count(*) FROM west.main.orders").json()["rows"] == [[36]]
        bare = query(client, "SELECT count(*) FROM orders")
        assert bare.status_code == 400 and "unknown table" in bare.json()["error"]["message"]
        assert query(client, "SELECT * FROM north.main.orders").status_code == 400
        mixed = query(client, "SELECT count(*) FROM east.main.orders JOIN west.main.orders USING (id)")
        assert mixed.status_code == 400 and "different sources" in mixed.json()["error"]["message"]
        assert client.delete("/api/sources/west").status_code == 204
        assert "orders" in {t["name"] for t in client.get("/api/catalog").json()["tables"]}


def test_bad_requests_name_the_problem(tmp_path: Path) -> None:
    with shop("sqlite", tmp_path) as (dsn, _), app(tmp_path) as client:
        cases = [
            ({"kind": "oracle", "name": "x", "dsn": dsn}, 422),
            ({"kind": "sqlite", "name": "Bad Name", "dsn": dsn}, 400),
            ({"kind": "sqlite", "name": "duckdb", "dsn": dsn}, 400),
            ({"kind": "sqlite", "name": "x", "dsn": str(tmp_path / "missing.db")}, 400),
            ({"kind": "sqlite", "name": "x", "dsn": str(DEMO_DB)}, 400),  # a DuckDB file is not SQLite
        ]
        for body, status in cases:
            response = client.post("/api/sources", json=body)
            assert response.status_code == status, (body, response.text)
            assert response.json()["error"]["message"]
        assert client.post("/api/sources", json={"kind": "sqlite", "name": "x", "dsn": dsn}).status_code == 201
        again = client.post("/api/sources", json={"kind": "sqlite", "name": "x", "dsn": dsn})
        assert again.status_code == 409 and "exists already" in again.json()["error"]["message"]
        assert client.post("/api/sources/nope/refresh").status_code == 404


def test_the_apps_own_storage_cannot_be_a_source(tmp_path: Path) -> None:
    """The app database holds every stored DSN and conversation: attached as a source it would leak them."""
    with app(tmp_path) as client:
        (tmp_path / "results").mkdir(exist_ok=True)
        (tmp_path / "link.db").symlink_to(tmp_path / "app.db")
        own = [tmp_path / "app.db", tmp_path / "link.db", tmp_path / "app.db-wal", tmp_path / "results" / "x.db"]
        for path in own:
            for route, body in (
                ("/api/sources/test", {"kind": "sqlite", "dsn": str(path)}),
                ("/api/sources", {"kind": "sqlite", "name": "own", "dsn": str(path)}),
            ):
                response = client.post(route, json=body)
                assert response.status_code == 400, (path, response.text)
                assert "app's own storage" in response.json()["error"]["message"]
        assert "own" not in {s["name"] for s in client.get("/api/sources").json()["sources"]}


def test_the_apps_own_postgres_database_cannot_be_a_source(tmp_path: Path) -> None:
    with postgres_database() as url, app(tmp_path, database_url=url) as client:
        name = url.rsplit("/", 1)[1]
        for dsn in (
            f"postgresql://{PG_USER}@localhost/{name}",
            f"host=127.0.0.1 port={PG_PORT} user={PG_USER} dbname={name}",
        ):
            response = client.post("/api/sources", json={"kind": "postgres", "name": "own", "dsn": dsn})
            assert response.status_code == 400, (dsn, response.text)
            assert "app's own database" in response.json()["error"]["message"]
        with postgres_shop() as (dsn, _):  # another database on the same server is fine
            assert client.post("/api/sources", json={"kind": "postgres", "name": "shop", "dsn": dsn}).status_code == 201
