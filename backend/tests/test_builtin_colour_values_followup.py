"""A colour word after an answer filtered on a column that holds colours ("just for the Red teams", then "now Blue")
swaps the value, as "now Oslo" would; without such a filter it still restyles the chart ("make it green"). On two
catalogs written here: a snake_case five-a-side league (colours written out) and a PascalCase car-share (colour
letters a comment explains)."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import PresentationDecision, QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows


def five_a_side() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE side(id INTEGER PRIMARY KEY, side_name VARCHAR, kit_colour VARCHAR)")
    con.execute(
        """INSERT INTO side VALUES (1, 'Owls', 'Red'), (2, 'Foxes', 'Blue'), (3, 'Stoats', 'Green'),
        (4, 'Herons', 'Blue'), (5, 'Voles', 'Red')"""
    )
    con.execute("CREATE TABLE goal(id INTEGER PRIMARY KEY, side_id INTEGER REFERENCES side(id), scored_at TIMESTAMP)")
    con.execute(
        """INSERT INTO goal SELECT i, 1 + i % 5, TIMESTAMP '2024-01-03 19:00' + INTERVAL (i * 2) DAY
        FROM range(1, 301) t(i)"""
    )
    return con


def car_share() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Cars"("CarId" INTEGER PRIMARY KEY, "Plate" VARCHAR, "Paint" VARCHAR)')
    con.execute("""COMMENT ON COLUMN "Cars"."Paint" IS 'R = red, B = blue, W = white'""")
    con.execute(
        """INSERT INTO "Cars" SELECT i, 'KX-' || (100 + i), ['R', 'B', 'W', 'B'][1 + i % 4] FROM range(1, 41) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Trips"("TripId" INTEGER PRIMARY KEY, "CarId" INTEGER REFERENCES "Cars"("CarId"),
        "DistanceKm" DECIMAL(8, 1), "StartedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Trips" SELECT i, 1 + i % 40, 2 + (i * 13 % 400) / 10.0,
        TIMESTAMP '2024-02-01 07:00' + INTERVAL (i * 9) HOUR FROM range(1, 1201) t(i)"""
    )
    return con


league = catalog_fixture(five_a_side)
cars = catalog_fixture(car_share)


def _chat(db: Db, *turns: str) -> QueryDecision:
    prev = answer(db, turns[0])
    for t in turns[1:]:
        prev = answer(db, t, previous=prev)
    return prev


def test_a_colour_value_replaces_the_filtered_one(league: Db, cars: Db) -> None:
    d = _chat(league, "monthly goals", "just for the Red sides", "now Blue")
    gold = """SELECT date_trunc('month', g.scored_at), count(*) FROM goal g JOIN side s ON s.id = g.side_id
        WHERE s.kit_colour = 'Blue' GROUP BY 1"""
    assert rows(league[0], d.sql) == rows(league[0], gold), d.sql
    d = _chat(cars, "trips per month", "only red cars", "now blue")
    gold = """SELECT date_trunc('month', t."StartedAt"), count(*) FROM "Trips" t JOIN "Cars" c ON c."CarId" = t."CarId"
        WHERE c."Paint" = 'B' GROUP BY 1"""
    assert rows(cars[0], d.sql) == rows(cars[0], gold), d.sql


def test_a_colour_without_such_a_filter_restyles(league: Db, cars: Db) -> None:
    prev = answer(league, "monthly goals")
    assert isinstance(understand("make it green", league[1], previous=prev), PresentationDecision)
    prev = answer(cars, "total distance by paint")
    assert isinstance(understand("now blue", cars[1], previous=prev), PresentationDecision)
