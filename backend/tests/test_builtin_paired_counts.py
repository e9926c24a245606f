""" "total revenue and orders by month": a plural noun of a table's rows said after "and", beside a figure asked with
an aggregate word, is how many of those rows there are, as "… and number of orders" says; a column named after
"and" stays that column. On the sample databases of `sample_db_catalogs.py`: a music store in PascalCase and a
trading company in snake_case."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.sample_db_catalogs import chinook, northwind

music = catalog_fixture(chinook)
trade = catalog_fixture(northwind)


def test_rows_said_after_a_figure_are_counted(music: Db, trade: Db) -> None:
    same(
        trade,
        "total revenue and orders by month",
        """SELECT DATE_TRUNC('month', o.order_date)::DATE, SUM(d.unit_price * d.quantity * (1 - d.discount)),
        COUNT(DISTINCT o.order_id) FROM order_details d JOIN orders o ON o.order_id = d.order_id GROUP BY 1""",
    )
    same(
        trade,
        "total freight and orders per country",
        """SELECT c.country, SUM(o.freight), COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id
        WHERE c.country IS NOT NULL GROUP BY 1""",
    )
    same(
        music,
        "total sales and invoices by country",
        """SELECT c."Country", SUM(i."Total"), COUNT(*) FROM "Invoice" i
        JOIN "Customer" c ON c."CustomerId" = i."CustomerId" GROUP BY 1""",
    )


def test_the_same_as_saying_number_of(music: Db, trade: Db) -> None:
    for db, q in (
        (trade, "total freight and {}orders by year"),
        (music, "average invoice total and {}invoices by country"),
    ):
        said, short = answer(db, q.format("number of ")), answer(db, q.format(""))
        assert said.sql == short.sql, short.sql


def test_a_column_after_and_stays_a_column(trade: Db) -> None:
    d = answer(trade, "total quantity and discount by product")
    assert "COUNT(" not in d.sql.upper(), d.sql
