"""Column names that contain the language's own phrases, and comparatives that name a measure, on two catalogs
that are not the demo: a spreadsheet upload (spaces and units in the header) and a PascalCase app schema."""

from __future__ import annotations

import datetime as dt
import random

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, rows


@pytest.fixture(scope="module")
def gym() -> Db:
    """A members sheet as uploaded from a spreadsheet."""
    con = duckdb.connect()
    rnd = random.Random(3)
    # Headers as an upload normalises them ("Visits Last Month" → visits_last_month, "Monthly Fee ($)" → monthly_fee).
    con.execute(
        "CREATE TABLE members(member_id INTEGER, full_name VARCHAR, join_date DATE, membership_type VARCHAR, "
        "monthly_fee INTEGER, visits_last_month INTEGER, home_club VARCHAR, age INTEGER)"
    )
    rows = [
        (i, f"Member {i}", dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(1400)),
         rnd.choice(["Basic", "Plus", "Premium"]), rnd.choice([19, 29, 49]), rnd.randint(0, 25),
         rnd.choice(["Downtown", "Riverside", "Northgate"]), rnd.randint(16, 70))
        for i in range(1, 401)
    ]  # fmt: skip
    con.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def riders() -> Db:
    """A ride-sharing app: PascalCase tables, camelCase columns, a count of the previous year's trips."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        'CREATE TABLE "Riders"("riderId" INTEGER PRIMARY KEY, "riderName" VARCHAR, "city" VARCHAR, '
        '"signedUpAt" DATE, "tripsLastYear" INTEGER, "riderAge" INTEGER)'
    )
    rows = [
        (i, f"Rider {i}", rnd.choice(["Lyon", "Porto", "Gdansk"]), dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(1800)),
         rnd.randint(0, 120), rnd.randint(18, 80))
        for i in range(1, 301)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Riders" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con, build_catalog(con)


@pytest.mark.parametrize(
    ("which", "question", "gold"),
    [
        (
            "gym",
            "average visits last month for premium members by club",
            "SELECT home_club, avg(visits_last_month) FROM members WHERE membership_type = 'Premium' GROUP BY 1",
        ),
        ("riders", "total trips last year by city", 'SELECT city, sum("tripsLastYear") FROM "Riders" GROUP BY 1'),
    ],
)
def test_a_date_phrase_inside_a_column_name_is_the_column(gym: Db, riders: Db, which: str, question: str, gold: str):
    db = gym if which == "gym" else riders
    sql = answer(db, question).sql
    assert rows(db[0], sql) == rows(db[0], gold), sql


def test_a_period_beside_such_a_column_still_filters(gym: Db, riders: Db) -> None:
    sql = answer(gym, "total visits last month by club for members who joined in 2023").sql
    gold = (
        "SELECT home_club, sum(visits_last_month) FROM members "
        "WHERE join_date >= DATE '2023-01-01' AND join_date < DATE '2024-01-01' GROUP BY 1"
    )
    assert rows(gym[0], sql) == rows(gym[0], gold), sql
    sql = answer(riders, "total trips last year by city for riders who signed up last year").sql
    assert 'WHERE\n  (\n    "signedUpAt" >= CAST(' in sql, sql  # the second "last year" is the period
    assert 'SUM("tripsLastYear")' in sql, sql


@pytest.mark.parametrize(
    ("which", "question", "gold"),
    [
        ("gym", "how many members older than 60 by club", "SELECT home_club, count(*) FROM members WHERE age > 60 GROUP BY 1"),
        ("riders", "number of riders younger than 30 per city",
         'SELECT city, count(*) FROM "Riders" WHERE "riderAge" < 30 GROUP BY 1'),
    ],
)  # fmt: skip
def test_older_and_younger_than_a_number_compare_an_age(gym: Db, riders: Db, which: str, question: str, gold: str):
    db = gym if which == "gym" else riders
    sql = answer(db, question).sql
    assert rows(db[0], sql) == rows(db[0], gold), sql
