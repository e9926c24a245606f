"""Listings of records with no name of their own (repair tickets, donations) show what tells each apart: its own
number, the row it belongs to and its date; and a number said to be what rows are "worth" is compared with their
money — on two catalogs, one snake_case, one camelCase."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers


def repairs() -> duckdb.DuckDBPyConnection:
    """Bikes by name; repair tickets numbered like 'T-0001', each of a bike, opened on a day, with a fault and a cost."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute("CREATE TABLE bike(bike_id INTEGER PRIMARY KEY, bike_name VARCHAR)")
    con.executemany("INSERT INTO bike VALUES (?, ?)", [(i, f"Bike {i}") for i in range(1, 31)])
    con.execute(
        "CREATE TABLE ticket(ticket_no VARCHAR PRIMARY KEY, bike_id INTEGER REFERENCES bike(bike_id), "
        "opened_on DATE, fault VARCHAR, urgency VARCHAR, repair_cost DOUBLE)"
    )
    tickets = [
        (f"T-{i:04d}", rnd.randint(1, 30), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(365)),
         rnd.choice(["Brakes", "Chain", "Tyre", "Gears"]), rnd.choice(["High", "Low"]), round(rnd.uniform(5, 400), 2))
        for i in range(1, 401)
    ]  # fmt: skip
    con.executemany("INSERT INTO ticket VALUES (?, ?, ?, ?, ?, ?)", tickets)
    return con


def donations() -> duckdb.DuckDBPyConnection:
    """Donors by name; donations with a number, a donor, a day, a channel and an amount in euros."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute('CREATE TABLE "donor"("donorId" INTEGER PRIMARY KEY, "donorName" VARCHAR)')
    con.executemany('INSERT INTO "donor" VALUES (?, ?)', [(i, f"Donor {i}") for i in range(1, 51)])
    con.execute(
        'CREATE TABLE "donation"("donationId" INTEGER PRIMARY KEY, "donorId" INTEGER REFERENCES "donor"("donorId"), '
        '"givenOn" DATE, "channel" VARCHAR, "amountEur" DOUBLE)'
    )
    gifts = [
        (10000 + i, rnd.randint(1, 50), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700)),
         rnd.choice(["Online", "Post", "Event"]), round(rnd.paretovariate(1.5) * 40, 2))
        for i in range(1, 601)
    ]  # fmt: skip
    con.executemany('INSERT INTO "donation" VALUES (?, ?, ?, ?, ?)', gifts)
    return con


bikes = catalog_fixture(repairs)
gifts = catalog_fixture(donations)


def test_nameless_records_are_listed_by_their_number_owner_and_date(bikes: Db, gifts: Db) -> None:
    covers(
        bikes,
        "show the high urgency tickets",
        "SELECT ticket_no, bike_id, opened_on FROM ticket WHERE urgency = 'High'",
    )
    covers(
        gifts,
        "list the online donations",
        'SELECT "donationId", "donorId", "givenOn" FROM "donation" WHERE channel = \'Online\'',
    )


def test_a_number_the_rows_are_worth_is_compared_with_their_money(bikes: Db, gifts: Db) -> None:
    covers(bikes, "tickets worth more than 300", "SELECT ticket_no, repair_cost FROM ticket WHERE repair_cost > 300")
    covers(
        gifts,
        "show donations worth more than 1k",
        'SELECT "donationId", "amountEur" FROM "donation" WHERE "amountEur" > 1000',
    )
    d = answer(gifts, "how many donations were worth over 500?")
    assert (
        gifts[0].execute(d.sql).fetchall()
        == gifts[0].execute('SELECT COUNT(*) FROM "donation" WHERE "amountEur" > 500').fetchall()
    )
