"""A restyle said in chat shorthand ("bar chart pls", "okay as a pie thx") after a follow-up changes the chart only: the
previous answer's data is kept, no new query is run. On two catalogs written here: a snake_case bike-repair shop and a
PascalCase kennel."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import PresentationDecision, QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, catalog_fixture


def repair_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE benches(id INTEGER PRIMARY KEY, bench_name VARCHAR)")
    con.execute("INSERT INTO benches VALUES (1, 'Front'), (2, 'Back')")
    con.execute(
        """CREATE TABLE repairs(id INTEGER PRIMARY KEY, bench_id INTEGER REFERENCES benches(id), fixed_on DATE,
        charge DECIMAL(8, 2))"""
    )
    con.execute(
        """INSERT INTO repairs SELECT i, 1 + i % 2, DATE '2024-01-01' + CAST(i * 2 % 300 AS INTEGER),
        15 + i % 40 FROM range(1, 301) t(i)"""
    )
    return con


def kennel() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Stays"("StayId" INTEGER PRIMARY KEY, "Breed" VARCHAR, "CheckIn" DATE, "Nights" INTEGER)')
    con.execute(
        """INSERT INTO "Stays" SELECT i, ['Collie', 'Pug', 'Beagle'][1 + i % 3],
        DATE '2024-02-01' + CAST(i % 200 AS INTEGER), 1 + i % 6 FROM range(1, 401) t(i)"""
    )
    return con


shop = catalog_fixture(repair_shop)
dogs = catalog_fixture(kennel)


def _restyled(db: Db, first: str, follow: str, restyle: str, chart: str) -> None:
    d = answer(db, first)
    narrowed = understand(follow, db[1], previous=d)
    assert isinstance(narrowed, QueryDecision), narrowed
    styled = understand(restyle, db[1], previous=narrowed)
    assert isinstance(styled, PresentationDecision), styled
    assert styled.updates == {"chart_type": chart}


def test_shorthand_restyles_keep_the_data(shop: Db, dogs: Db) -> None:
    _restyled(shop, "total charge by month", "only the front bench", "bar chart pls", "bar")
    _restyled(dogs, "total nights by month", "only pugs", "okay as a pie thx", "pie")
    _restyled(dogs, "number of stays by breed", "only 2024", "line chart plz", "line")
