"""A count listed among other aggregates ("count and average fee by size", "count, min and max price by tier") is
the number of rows beside them, and values set against each other ("Gold vs Silver tickets") are the groups, drawn
as bars, not a scatter; on two catalogs written here: a snake_case kennel and a PascalCase box office."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _kennel() -> duckdb.DuckDBPyConnection:
    """Kennel bookings with the dog's size, the nightly fee and the nights stayed."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute(
        "CREATE TABLE kennel_bookings(booking_id INTEGER, dog_size VARCHAR, nightly_fee DECIMAL(6,2), nights INTEGER)"
    )
    con.executemany(
        "INSERT INTO kennel_bookings VALUES (?, ?, ?, ?)",
        [
            (i, rnd.choice(["Small", "Medium", "Large"]), round(rnd.uniform(18, 55), 2), rnd.randint(1, 14))
            for i in range(300)
        ],
    )
    return con


def _box_office() -> duckdb.DuckDBPyConnection:
    """Tickets with their tier and price."""
    con = duckdb.connect()
    rnd = random.Random(42)
    con.execute('CREATE TABLE "Tickets"("TicketId" INTEGER, "Tier" VARCHAR, "Price" DOUBLE, "SoldOn" DATE)')
    con.executemany(
        "INSERT INTO \"Tickets\" VALUES (?, ?, ?, DATE '2024-05-01' + CAST(? AS INTEGER))",
        [
            (i, rnd.choice(["Gold", "Silver", "Bronze"]), round(rnd.uniform(20, 180), 2), rnd.randrange(90))
            for i in range(400)
        ],
    )
    return con


kennel = catalog_fixture(_kennel)
box_office = catalog_fixture(_box_office)


def test_a_count_listed_with_other_aggregates_is_the_row_count(kennel: Db, box_office: Db) -> None:
    same(
        kennel,
        "count and average nightly fee by dog size",
        "SELECT dog_size, COUNT(*), AVG(nightly_fee) FROM kennel_bookings GROUP BY dog_size",
    )
    same(
        box_office,
        "count, min and max price by tier",
        'SELECT "Tier", COUNT(*), MIN("Price"), MAX("Price") FROM "Tickets" GROUP BY "Tier"',
    )


def test_values_set_against_each_other_are_bars_of_the_groups(box_office: Db) -> None:
    d = same(
        box_office,
        "Gold vs Silver tickets: count and average price",
        'SELECT "Tier", COUNT(*), AVG("Price") FROM "Tickets" WHERE "Tier" IN (\'Gold\', \'Silver\') GROUP BY "Tier"',
    )
    assert d.chart.chart_type != "scatter", d.chart
    # Two figures set against each other for each group stay one point per group.
    d = answer(box_office, "number of tickets vs average price by tier")
    assert d.chart.chart_type == "scatter", d.chart


def test_a_count_of_a_noun_stays_one_count(kennel: Db) -> None:
    d = same(
        kennel, "count of bookings by dog size", "SELECT dog_size, COUNT(*) FROM kennel_bookings GROUP BY dog_size"
    )
    assert d.sql.count("COUNT(") == 1, d.sql
