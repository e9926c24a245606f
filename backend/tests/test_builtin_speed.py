"""Speed ranked by a duration: "the fastest average time", "the 3 quickest couriers by average delivery minutes" are
the shortest durations first; "the slowest" the longest. Two catalogs: a swim meet (seconds) and couriers (minutes)."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer


@pytest.fixture(scope="module")
def swim() -> Db:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE swims (swim_id INTEGER PRIMARY KEY, swimmer VARCHAR, stroke VARCHAR, time_sec DOUBLE)")
    for i in range(40):
        con.execute(
            "INSERT INTO swims VALUES (?, ?, ?, ?)",
            [i + 1, f"Swimmer {i % 8}", ["free", "back", "fly", "breast"][i % 4], 50 + (i * 7) % 23 + i % 8],
        )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def couriers() -> Db:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE couriers (courier_id INTEGER PRIMARY KEY, courier_name VARCHAR)")
    con.executemany("INSERT INTO couriers VALUES (?, ?)", [(k, f"Rider {k}") for k in range(1, 7)])
    con.execute(
        "CREATE TABLE drops (drop_id INTEGER PRIMARY KEY, courier_id INTEGER REFERENCES couriers(courier_id), "
        "zone VARCHAR, delivery_minutes DOUBLE)"
    )
    for d in range(60):
        con.execute(
            "INSERT INTO drops VALUES (?, ?, ?, ?)", [d + 1, 1 + d % 6, ["north", "south"][d % 2], 12 + (d * 5) % 17]
        )
    return con, build_catalog(con)


def first_rows(db: Db, question: str, gold: str) -> None:
    d = answer(db, question)
    assert db[0].execute(d.sql).fetchall()[:3] == db[0].execute(gold).fetchall(), d.sql


def test_the_fastest_is_the_shortest_duration(swim: Db, couriers: Db) -> None:
    first_rows(swim, "which stroke has the fastest average time", "SELECT stroke, AVG(time_sec) AS t FROM swims "
               "GROUP BY stroke ORDER BY t LIMIT 1")  # fmt: skip
    first_rows(couriers, "the 3 quickest couriers by average delivery minutes", "SELECT c.courier_name, "
               "AVG(d.delivery_minutes) AS m FROM drops d JOIN couriers c USING (courier_id) GROUP BY c.courier_name "
               "ORDER BY m, c.courier_name LIMIT 3")  # fmt: skip
    first_rows(swim, "which swimmer is the slowest by average time", "SELECT swimmer, AVG(time_sec) AS t FROM swims "
               "GROUP BY swimmer ORDER BY t DESC LIMIT 1")  # fmt: skip
