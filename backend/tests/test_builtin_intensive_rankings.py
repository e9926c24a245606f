"""Groups ranked by an adjective of a figure each thing has ("the most expensive districts", "the heaviest breeds",
"the cheapest makes"): by the average of the figure over each group, not by a total that only says how many things
the group holds. On two catalogs written here: a snake_case listings table and a PascalCase kennel register, whose prices (a sale price, a
fee) would otherwise be added up."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture


def listings() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE listings(listing_id INTEGER, district VARCHAR, sale_price DECIMAL(10,2), floor_area INTEGER)"
    )
    # Many cheap flats in Lowtown, a few dear ones in Hightown: a total ranks Lowtown first, an average Hightown.
    con.execute(
        """INSERT INTO listings SELECT i, CASE WHEN i < 40 THEN 'Lowtown' WHEN i < 45 THEN 'Hightown' ELSE 'Midvale' END,
        CASE WHEN i < 40 THEN 100000 + i * 10 WHEN i < 45 THEN 900000 + i ELSE 300000 + i END, 50 + i FROM range(60) t(i)"""
    )
    return con


def kennel() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Dogs"("DogId" INTEGER, "Breed" VARCHAR, "WeightKg" DOUBLE, "AdoptionFee" DECIMAL(8,2), "Owner" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "Dogs" SELECT i, CASE WHEN i < 30 THEN 'Terrier' WHEN i < 33 THEN 'Mastiff' ELSE 'Collie' END,
        CASE WHEN i < 30 THEN 8 + i % 3 WHEN i < 33 THEN 70 + i % 5 ELSE 20 + i % 4 END,
        CASE WHEN i < 30 THEN 50 WHEN i < 33 THEN 400 ELSE 150 END, 'Owner ' || i FROM range(40) t(i)"""
    )
    return con


homes = catalog_fixture(listings)
dogs = catalog_fixture(kennel)


def _first(db: Db, question: str) -> object:
    d = answer(db, question)
    return db[0].execute(d.sql).fetchall()[0][0]


def test_the_most_expensive_groups_are_those_of_the_highest_average_price(homes: Db, dogs: Db) -> None:
    assert _first(homes, "the most expensive districts") == "Hightown"
    assert _first(homes, "which district is the cheapest") == "Lowtown"
    assert _first(dogs, "the most expensive breeds") == "Mastiff"
    assert _first(dogs, "cheapest breed") == "Terrier"
    assert _first(dogs, "heaviest breeds") == "Mastiff"
