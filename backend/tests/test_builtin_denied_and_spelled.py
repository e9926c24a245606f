"""Two ways a filter was silently lost or turned round. "customers who don't have a loyalty tier" (a denied "have")
is the rows where the column is empty, as "with no loyalty tier" is; it was read as the rows where it is filled in.
"canceled" in the question where the data writes 'cancelled' (American and British spelling; also color/colour,
center/centre, organize/organise) finds the stored value. On two catalogs written here: a snake_case ticket shop
with British values and a PascalCase gym written in American English."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def tickets() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER, full_name VARCHAR, city VARCHAR, loyalty_tier VARCHAR, "
        "fav_colour VARCHAR)"
    )
    con.execute(
        """INSERT INTO customers SELECT i, 'Customer ' || i, ['Leeds', 'York', 'Bath'][1 + i % 3],
        CASE WHEN i % 4 = 0 THEN NULL ELSE ['silver', 'gold'][1 + i % 2] END, ['grey', 'red'][1 + i % 2]
        FROM range(1, 201) t(i)"""
    )
    con.execute("CREATE TABLE events(event_id INTEGER, title VARCHAR, status VARCHAR, venue VARCHAR)")
    con.execute(
        """INSERT INTO events SELECT i, 'Show ' || i, ['scheduled', 'cancelled', 'completed', 'completed'][1 + i % 4],
        ['Arena Centre', 'Town Hall'][1 + i % 2] FROM range(1, 81) t(i)"""
    )
    return con


def gym() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER, "FullName" VARCHAR, "Plan" VARCHAR, "PhoneNumber" VARCHAR)')
    con.execute(
        """INSERT INTO "Members" SELECT i, 'Member ' || i, ['Basic', 'Premium'][1 + i % 2],
        CASE WHEN i % 3 = 0 THEN NULL ELSE '555-' || i END FROM range(1, 121) t(i)"""
    )
    con.execute('CREATE TABLE "Classes"("ClassId" INTEGER, "ClassStatus" VARCHAR, "Room" VARCHAR)')
    con.execute(
        """INSERT INTO "Classes" SELECT i, ['Canceled', 'Held'][1 + i % 2], ['Studio A', 'Studio B'][1 + i % 2]
        FROM range(1, 61) t(i)"""
    )
    return con


shop = catalog_fixture(tickets)
club = catalog_fixture(gym)


def test_a_denied_have_is_an_empty_column(shop: Db, club: Db) -> None:
    same(
        shop,
        "how many customers don't have a loyalty tier",
        "SELECT COUNT(*) FROM customers WHERE loyalty_tier IS NULL",
    )
    same(
        shop,
        "customers who do not have a loyalty tier by city",
        "SELECT city, COUNT(*) FROM customers WHERE loyalty_tier IS NULL GROUP BY 1",
    )
    same(
        club, "how many members don't have a phone number", 'SELECT COUNT(*) FROM "Members" WHERE "PhoneNumber" IS NULL'
    )
    same(
        club,
        "how many members have a phone number",
        'SELECT COUNT(*) FROM "Members" WHERE "PhoneNumber" IS NOT NULL',
    )


def test_the_other_spelling_of_english_finds_the_stored_value(shop: Db, club: Db) -> None:
    same(shop, "How many events got canceled?", "SELECT COUNT(*) FROM events WHERE status = 'cancelled'")
    same(shop, "how many events at the arena center", "SELECT COUNT(*) FROM events WHERE venue = 'Arena Centre'")
    same(
        club,
        "how many cancelled classes per room",
        'SELECT "Room", COUNT(*) FROM "Classes" WHERE "ClassStatus" = \'Canceled\' GROUP BY 1',
    )
