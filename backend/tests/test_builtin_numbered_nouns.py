"""A whole number before a singular noun is a value of the column named after the noun ("8 seat vans" → seats = 8,
"3-bedroom cottages" → bedrooms = 3), on two catalogs written for the test: a snake_case minibus depot and a camelCase
cottage letting office."""

from __future__ import annotations

import random

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, same


@pytest.fixture(scope="module")
def depot() -> Db:
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute(
        "CREATE TABLE minibuses(bus_id INTEGER PRIMARY KEY, plate VARCHAR, number_of_seats INTEGER, "
        "daily_rate DOUBLE, home_yard VARCHAR)"
    )
    rows = [
        (i, f"MB-{i:03d}", rnd.choice([8, 12, 16]), round(rnd.uniform(60, 240), 2), rnd.choice(["East", "West"]))
        for i in range(1, 61)
    ]
    con.executemany("INSERT INTO minibuses VALUES (?, ?, ?, ?, ?)", rows)
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def cottages() -> Db:
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute(
        'CREATE TABLE "Cottages"("cottageId" INTEGER PRIMARY KEY, "cottageName" VARCHAR, "bedrooms" INTEGER, '
        '"nightlyRate" DOUBLE, "valley" VARCHAR)'
    )
    rows = [
        (i, f"Cottage {i}", rnd.randint(1, 5), round(rnd.uniform(80, 400), 2), rnd.choice(["Wye", "Usk", "Teme"]))
        for i in range(1, 81)
    ]
    con.executemany('INSERT INTO "Cottages" VALUES (?, ?, ?, ?, ?)', rows)
    return con, build_catalog(con)


def test_a_number_before_a_noun_counts_the_rows_holding_it(depot: Db, cottages: Db) -> None:
    same(depot, "how many 8 seat minibuses", "SELECT count(*) FROM minibuses WHERE number_of_seats = 8")
    same(cottages, "how many 3-bedroom cottages are there", 'SELECT count(*) FROM "Cottages" WHERE bedrooms = 3')


def test_a_number_before_a_noun_filters_a_measure(depot: Db, cottages: Db) -> None:
    same(depot, "average daily rate of 12 seat minibuses",
         "SELECT avg(daily_rate) FROM minibuses WHERE number_of_seats = 12")  # fmt: skip
    same(cottages, "average nightly rate of 2 bedroom cottages by valley",
         'SELECT valley, avg("nightlyRate") FROM "Cottages" WHERE bedrooms = 2 GROUP BY 1')  # fmt: skip


def test_rows_named_by_a_number_before_a_noun_are_those_rows(depot: Db, cottages: Db) -> None:
    d = answer(depot, "list 16 seat minibuses")
    got = depot[0].execute(d.sql).fetchall()
    want = depot[0].execute("SELECT count(*) FROM minibuses WHERE number_of_seats = 16").fetchone()
    assert want is not None and len(got) == want[0], d.sql
    d = answer(cottages, "show 4 bedroom cottages")
    names = {r[0] for r in cottages[0].execute(d.sql).fetchall()}
    gold = {r[0] for r in cottages[0].execute('SELECT "cottageName" FROM "Cottages" WHERE bedrooms = 4').fetchall()}
    assert names == gold, d.sql


def test_a_number_the_column_never_holds_is_no_filter(cottages: Db) -> None:
    # 9 bedrooms are beyond every cottage: the number is not read as a bedroom count (no empty answer).
    d = answer(cottages, "average nightly rate of 9 bedroom cottages")
    assert "bedrooms = 9" not in d.sql.replace('"', ""), d.sql
