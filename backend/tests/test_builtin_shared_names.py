"""Rows named after what they are of: lines of a sale whose own name column repeats (each line names the thing sold)
are ranked by that name, the figure added up over its lines; "qty" written short reads as the quantity column; "best
sellers" are the goods sold most."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def kiosk_till() -> duckdb.DuckDBPyConnection:
    """A seaside kiosk's till in snake_case: tickets and their lines, each line with its own token and the snack's
    name, many lines per snack."""
    con = duckdb.connect()
    con.execute("CREATE TABLE kiosk_tickets(id INTEGER PRIMARY KEY, rung_at TIMESTAMP)")
    con.execute(
        "INSERT INTO kiosk_tickets SELECT i, TIMESTAMP '2024-03-01 09:00:00' + INTERVAL (i * 7) HOUR FROM range(1, 121) t(i)"
    )
    con.execute(
        """CREATE TABLE ticket_items(line_token VARCHAR PRIMARY KEY, ticket_id INTEGER REFERENCES kiosk_tickets(id),
        name VARCHAR, quantity INTEGER, line_total DECIMAL(10, 2))"""
    )
    con.execute(
        """INSERT INTO ticket_items SELECT 'tk' || lpad(CAST(i AS VARCHAR), 5, '0'), 1 + i % 120,
        ['Churro', 'Gelato', 'Crepe', 'Waffle', 'Slushie', 'Pretzel'][1 + i % 6], 1 + (i % 6) * (i % 4),
        (2.5 + i % 6) * (1 + (i % 6) * (i % 4)) FROM range(1, 361) t(i)"""
    )
    return con


def print_shop() -> duckdb.DuckDBPyConnection:
    """A print shop's web orders in PascalCase: each order line keyed by a code and titled with the poster sold."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "WebOrders"("OrderId" INTEGER PRIMARY KEY, "PlacedAt" TIMESTAMP)')
    con.execute(
        """INSERT INTO "WebOrders" SELECT i, TIMESTAMP '2023-05-01 12:00:00' + INTERVAL (i * 13) HOUR
        FROM range(1, 101) t(i)"""
    )
    con.execute(
        """CREATE TABLE "OrderItems"("LineCode" VARCHAR PRIMARY KEY, "OrderId" INTEGER REFERENCES "WebOrders"("OrderId"),
        "Title" VARCHAR, "Qty" INTEGER, "NetAmount" DECIMAL(10, 2))"""
    )
    con.execute(
        """INSERT INTO "OrderItems" SELECT 'P-' || CAST(1000 + i AS VARCHAR), 1 + i % 100,
        ['Alps', 'Harbour', 'Comet', 'Tulips', 'Skyline'][1 + i % 5], 1 + i % 3 + (i % 5),
        (9 + 4 * (i % 5)) * (1 + i % 3 + (i % 5)) + i % 7 FROM range(1, 301) t(i)"""
    )
    return con


till = catalog_fixture(kiosk_till)
prints = catalog_fixture(print_shop)


def test_top_lines_by_quantity_rank_the_names_they_share(till: Db, prints: Db) -> None:
    same(till, "top 3 items by qty",
         "SELECT name, sum(quantity) FROM ticket_items GROUP BY 1 ORDER BY 2 DESC LIMIT 3")  # fmt: skip
    same(prints, "top 3 best selling items",
         'SELECT "Title", sum("Qty") FROM "OrderItems" GROUP BY 1 ORDER BY 2 DESC LIMIT 3')  # fmt: skip


def test_the_figure_after_by_ranks_the_names(till: Db, prints: Db) -> None:
    same(till, "top 2 items by line total in 2024",
         """SELECT i.name, sum(i.line_total) FROM ticket_items i JOIN kiosk_tickets t ON t.id = i.ticket_id
         WHERE year(t.rung_at) = 2024 GROUP BY 1 ORDER BY 2 DESC LIMIT 2""")  # fmt: skip
    same(prints, "top 2 items by net amount",
         'SELECT "Title", sum("NetAmount") FROM "OrderItems" GROUP BY 1 ORDER BY 2 DESC LIMIT 2')  # fmt: skip


def test_best_sellers_are_the_goods_sold_most(till: Db, prints: Db) -> None:
    same(till, "top 3 best sellers by qty",
         "SELECT name, sum(quantity) FROM ticket_items GROUP BY 1 ORDER BY 2 DESC LIMIT 3")  # fmt: skip
    same(prints, "top 2 bestsellers",
         'SELECT "Title", sum("Qty") FROM "OrderItems" GROUP BY 1 ORDER BY 2 DESC LIMIT 2')  # fmt: skip
