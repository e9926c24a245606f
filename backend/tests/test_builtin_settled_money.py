"""Money taken in counts only the payments that went through: over a table of payments whose state column holds a
settled value and a failed one, "revenue" adds up the settled rows; "successful payments" are those rows whatever is
counted or averaged; a state the question names itself ("refunded charges") stays its own, and a table without a failed
state is summed whole (rows of payments merely counted are kept to the settled ones too: test_builtin_settled_payments). On two catalogs written here: a Django ticketing app (`<app>_<model>`, cents, slugs) and a
PascalCase web shop."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def ticketing() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE events_venue(id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)")
    con.execute("INSERT INTO events_venue SELECT i, 'Venue ' || i, ['Porto', 'Braga'][1 + i % 2] FROM range(1, 5) t(i)")
    con.execute(
        """CREATE TABLE orders_charge(id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES events_venue(id),
        amount_cents INTEGER, status VARCHAR, channel VARCHAR, charged_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO orders_charge SELECT i, 1 + i % 4, 500 + i * 53 % 9000,
        ['paid', 'paid', 'failed', 'paid', 'refunded', 'pending'][1 + i % 6], ['web', 'app', 'box_office'][1 + i % 3],
        TIMESTAMP '2024-01-01 10:00:00' + INTERVAL (i * 5 % 540) DAY FROM range(1, 1501) t(i)"""
    )
    con.execute(
        """CREATE TABLE events_sponsorship(id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES events_venue(id),
        amount_cents INTEGER, status VARCHAR, signed_at DATE)"""
    )
    con.execute(
        """INSERT INTO events_sponsorship SELECT i, 1 + i % 4, 10000 * i, ['active', 'ended'][1 + i % 2],
        DATE '2024-01-01' + CAST(i * 9 AS INTEGER) FROM range(1, 41) t(i)"""
    )
    return con


def web_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Customers"("CustomerId" INTEGER PRIMARY KEY, "CustomerName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Customers" SELECT i, 'Customer ' || i, ['France', 'Spain', 'Italy'][1 + i % 3]
        FROM range(1, 31) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Payments"("PaymentId" INTEGER PRIMARY KEY,
        "CustomerId" INTEGER REFERENCES "Customers"("CustomerId"), "Amount" DECIMAL(10, 2), "State" VARCHAR,
        "PaidOn" DATE)"""
    )
    con.execute(
        """INSERT INTO "Payments" SELECT i, 1 + i % 30, 10 + (i * 37 % 500) / 4.0,
        ['Captured', 'Declined', 'Captured', 'Captured', 'Pending'][1 + i % 5],
        DATE '2024-01-01' + CAST(i % 500 AS INTEGER) FROM range(1, 1001) t(i)"""
    )
    return con


tickets = catalog_fixture(ticketing)
shop = catalog_fixture(web_shop)


def test_revenue_adds_up_the_settled_payments_only(tickets: Db, shop: Db) -> None:
    d = same(
        tickets,
        "charge revenue by month in 2024",
        """SELECT date_trunc('month', charged_at), sum(amount_cents) / 100.0 FROM orders_charge
        WHERE status = 'paid' AND year(charged_at) = 2024 GROUP BY 1""",
    )
    assert "'paid'" in " ".join(d.thoughts)
    same(
        shop,
        "total revenue by country",
        """SELECT c."Country", sum(p."Amount") FROM "Payments" p JOIN "Customers" c ON c."CustomerId" = p."CustomerId"
        WHERE p."State" = 'Captured' GROUP BY 1""",
    )


def test_successful_payments_are_the_settled_ones(tickets: Db, shop: Db) -> None:
    same(
        tickets,
        "average amount of a successful charge",
        "SELECT avg(amount_cents) / 100.0 FROM orders_charge WHERE status = 'paid'",
    )
    same(
        shop,
        "average amount of successful payments by country",
        """SELECT c."Country", avg(p."Amount") FROM "Payments" p JOIN "Customers" c ON c."CustomerId" = p."CustomerId"
        WHERE p."State" = 'Captured' GROUP BY 1""",
    )
    same(tickets, "how many successful charges", "SELECT count(*) FROM orders_charge WHERE status = 'paid'")


def test_a_state_said_or_no_failed_state_is_read_as_before(tickets: Db, shop: Db) -> None:
    same(
        tickets,
        "total amount of refunded charges",
        "SELECT sum(amount_cents) / 100.0 FROM orders_charge WHERE status = 'refunded'",
    )
    # counted, payments are the settled ones too (test_builtin_settled_payments): a declined card is no payment
    same(shop, "how many payments", """SELECT count(*) FROM "Payments" WHERE "State" = 'Captured'""")
    same(tickets, "total sponsorship revenue", "SELECT sum(amount_cents) / 100.0 FROM events_sponsorship")
