"""The length of each row from its first event date to its last, asked without naming the dates ("average length of
stay", "charter duration", "how long do rentals last"), on two catalogs written for the test: a snake_case boat charter
office with DATEs and a camelCase hostel with TIMESTAMPs; a column named after the length keeps answering."""

from __future__ import annotations

import datetime as dt
import random

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, same


@pytest.fixture(scope="module")
def charters() -> Db:
    con = duckdb.connect()
    rnd = random.Random(13)
    con.execute(
        "CREATE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, hull_length_m DOUBLE, built_year INTEGER)"
    )
    con.executemany(
        "INSERT INTO boats VALUES (?, ?, ?, ?)",
        [(i, f"Boat {i}", round(rnd.uniform(6, 20), 1), rnd.randint(1980, 2020)) for i in range(1, 21)],
    )
    con.execute(
        "CREATE TABLE charters(charter_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats(boat_id), "
        "start_date DATE, end_date DATE, harbour VARCHAR, fare DOUBLE)"
    )
    rows = []
    for k in range(1, 301):
        start = dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(500))
        end = start + dt.timedelta(days=rnd.randint(1, 14))
        rows.append((k, rnd.randint(1, 20), start, end, rnd.choice(["Oban", "Mallaig"]), round(rnd.uniform(200, 3000))))
    con.executemany("INSERT INTO charters VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def hostel() -> Db:
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute(
        'CREATE TABLE "Stays"("stayId" INTEGER PRIMARY KEY, "guestName" VARCHAR, "bookedAt" TIMESTAMP, '
        '"checkInAt" TIMESTAMP, "checkOutAt" TIMESTAMP, "roomKind" VARCHAR)'
    )
    rows = []
    for k in range(1, 251):
        booked = dt.datetime(2024, 1, 1, 9) + dt.timedelta(hours=rnd.randrange(8000))
        arrive = booked + dt.timedelta(days=rnd.randint(1, 30), hours=5)
        leave = arrive + dt.timedelta(days=rnd.randint(1, 9), hours=-4)
        rows.append((k, f"Guest {k}", booked, arrive, leave, rnd.choice(["Dorm", "Private"])))
    con.executemany('INSERT INTO "Stays" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con, build_catalog(con)


def test_length_of_the_rows_runs_from_their_start_to_their_end(charters: Db, hostel: Db) -> None:
    same(charters, "average length of a charter", "SELECT avg(date_diff('day', start_date, end_date)) FROM charters")
    # Three timestamps: the stay runs from check-in (a start word) to check-out (an end word), not from the booking.
    same(hostel, "average length of stay by room kind",
         """SELECT "roomKind", avg(epoch("checkOutAt" - "checkInAt") / 86400) FROM "Stays" GROUP BY 1""")  # fmt: skip


def test_a_noun_before_length_or_duration_names_the_rows(charters: Db, hostel: Db) -> None:
    same(charters, "average charter duration by harbour",
         "SELECT harbour, avg(date_diff('day', start_date, end_date)) FROM charters GROUP BY 1")  # fmt: skip
    same(hostel, "median stay length",
         """SELECT median(epoch("checkOutAt" - "checkInAt") / 86400) FROM "Stays" """)  # fmt: skip


def test_how_long_the_rows_last(charters: Db, hostel: Db) -> None:
    same(charters, "how long do charters last", "SELECT avg(date_diff('day', start_date, end_date)) FROM charters")
    same(hostel, "how long are stays on average",
         """SELECT avg(epoch("checkOutAt" - "checkInAt") / 86400) FROM "Stays" """)  # fmt: skip


def test_a_column_named_after_a_length_is_that_column(charters: Db) -> None:
    same(charters, "average hull length of boats", "SELECT avg(hull_length_m) FROM boats")
