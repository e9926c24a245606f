"""A value denied with a contraction ("orders that weren't cancelled", "tickets which haven't been closed", "share of
parcels that aren't delivered by depot"): the tokenizer splits "weren't" into weren ' t, and the denial still holds,
as "were not" does. On two catalogs written here: a snake_case order book and a PascalCase help desk."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def order_book() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE web_orders(order_id INTEGER, sales_area VARCHAR, order_state VARCHAR, total DOUBLE)")
    con.execute(
        """INSERT INTO web_orders SELECT i, ['Upland', 'Lowland'][1 + i % 2],
        ['Shipped', 'Cancelled', 'Pending'][1 + i % 3], i FROM range(60) t(i)"""
    )
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Tickets"("TicketId" INTEGER, "Queue" VARCHAR, "TicketStatus" VARCHAR, "Minutes" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Tickets" SELECT i, ['Billing', 'Access', 'Hardware'][1 + i % 3],
        ['Closed', 'Open', 'Escalated', 'Closed'][1 + i % 4], 5 + i % 50 FROM range(80) t(i)"""
    )
    return con


orders = catalog_fixture(order_book)
desk = catalog_fixture(help_desk)


def test_a_contracted_denial_denies_the_value(orders: Db, desk: Db) -> None:
    same(
        orders,
        "how many orders weren't cancelled",
        "SELECT COUNT(*) FROM web_orders WHERE order_state <> 'Cancelled'",
    )
    same(
        orders,
        "share of orders that weren't cancelled by sales area",
        "SELECT sales_area, 100.0 * AVG(CASE WHEN order_state <> 'Cancelled' THEN 1 ELSE 0 END) FROM web_orders "
        "GROUP BY 1",
    )
    same(
        desk,
        """how many tickets haven't been closed""",
        """SELECT COUNT(*) FROM "Tickets" WHERE "TicketStatus" <> 'Closed'""",
    )
    same(
        desk,
        "average minutes of tickets that aren't escalated by queue",
        """SELECT "Queue", AVG("Minutes") FROM "Tickets" WHERE "TicketStatus" <> 'Escalated' GROUP BY 1""",
    )
