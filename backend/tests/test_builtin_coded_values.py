"""Codes explained in a column's comment ("D = deposit, W = withdrawal") are found by their meaning, on two catalogs
written here: a library's loans (UPPER_SNAKE codes, `=` pairs with a note in parentheses) and a fleet's trips
(lower-case names, `:` pairs separated by semicolons)."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.agents.builtin.catalog_index import coded_values
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def library() -> Db:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "LOAN_EVT"("EVT_ID" INTEGER, "EVT_TYP_CD" VARCHAR, "EVT_DT" DATE, "LATE_FEE_AMT" DECIMAL(8,2), '
        '"MBR_TIER_CD" VARCHAR)'
    )
    con.execute(
        """COMMENT ON COLUMN "LOAN_EVT"."EVT_TYP_CD" IS 'B = borrowed, R = returned (on time or late), X = lost'"""
    )
    con.execute("""COMMENT ON COLUMN "LOAN_EVT"."MBR_TIER_CD" IS 'S = student, G = gold member, P = pensioner'""")
    con.execute(
        """INSERT INTO "LOAN_EVT" SELECT i, ['B', 'R', 'X'][1 + i % 3], DATE '2024-01-01' + CAST(i AS INTEGER), (i % 7) * 1.5,
        ['S', 'G', 'P'][1 + (i // 3) % 3] FROM range(300) t(i)"""
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def fleet() -> Db:
    con = duckdb.connect()
    con.execute("CREATE TABLE trip(id INTEGER, fuel VARCHAR, started_at TIMESTAMP, distance_km DOUBLE, depot VARCHAR)")
    con.execute("COMMENT ON COLUMN trip.fuel IS 'G: gasoline; E: electric; H: hybrid'")
    con.execute(
        """INSERT INTO trip SELECT i, ['G', 'E', 'H'][1 + i % 3], TIMESTAMP '2024-01-01' + i * INTERVAL 7 HOUR,
        10 + i % 40, ['North', 'South'][1 + i % 2] FROM range(400) t(i)"""
    )
    return con, build_catalog(con)


def _rows(db: Db, question: str, gold: str) -> tuple[QueryDecision, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    d = understand(question, db[1])
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    got = sorted(db[0].execute(d.sql).fetchall(), key=repr)
    return d, got, sorted(db[0].execute(gold).fetchall(), key=repr)


def test_comment_pairs_are_read_with_their_notes_left_out(library: Db, fleet: Db) -> None:
    evt = library[1].table("LOAN_EVT")
    assert evt is not None and (col := evt.column("EVT_TYP_CD")) is not None
    assert coded_values(col) == [("B", "borrowed"), ("R", "returned"), ("X", "lost")]
    trip = fleet[1].table("trip")
    assert trip is not None and (fuel := trip.column("fuel")) is not None
    assert coded_values(fuel) == [("G", "gasoline"), ("E", "electric"), ("H", "hybrid")]
    depot = trip.column("depot")
    assert depot is not None and coded_values(depot) == []  # no comment, no pairs


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "lost books by month",
            """SELECT date_trunc('month', "EVT_DT"), count(*) FROM "LOAN_EVT" WHERE "EVT_TYP_CD" = 'X' GROUP BY 1""",
        ),
        (
            "total late fees of returned loans",
            """SELECT sum("LATE_FEE_AMT") FROM "LOAN_EVT" WHERE "EVT_TYP_CD" = 'R'""",
        ),
        ("how many gold member events are there?", """SELECT count(*) FROM "LOAN_EVT" WHERE "MBR_TIER_CD" = 'G'"""),
    ],
)
def test_library_codes_are_found_by_their_meaning(library: Db, question: str, gold: str) -> None:
    d, got, want = _rows(library, question, gold)
    assert [r[-1] for r in got] == [r[-1] for r in want], d.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "total distance of electric trips by depot",
            "SELECT depot, sum(distance_km) FROM trip WHERE fuel = 'E' GROUP BY 1",
        ),
        (
            "number of hybrid trips per week",
            "SELECT date_trunc('week', started_at), count(*) FROM trip WHERE fuel = 'H' GROUP BY 1",
        ),
    ],
)
def test_fleet_codes_are_found_by_their_meaning(fleet: Db, question: str, gold: str) -> None:
    d, got, want = _rows(fleet, question, gold)
    assert [r[-1] for r in got] == [r[-1] for r in want], d.sql
