"""Members ranked with no figure said ("top customers", "who are our best customers") are ranked by the revenue taken
in through them, as "top customers by revenue" is, and a thought says so; a table nothing sells through, a figure
said, and rows that are money themselves are read as before. On the sample databases of `sample_db_catalogs.py`: a
music store in PascalCase (invoices with a total) and a trading company in snake_case (order lines priced with a
discount)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.sample_db_catalogs import chinook, northwind

music = catalog_fixture(chinook)
trade = catalog_fixture(northwind)

NOTE = "No figure was said, so I ranked the customers by the revenue taken from them."


def test_top_customers_are_ranked_by_the_revenue_taken_from_them(music: Db, trade: Db) -> None:
    d = same(
        music,
        "top customers",
        """SELECT CONCAT_WS(' ', c."FirstName", c."LastName"), c."CustomerId", c."FirstName", c."LastName",
        SUM(i."Total") FROM "Invoice" i JOIN "Customer" c ON c."CustomerId" = i."CustomerId" GROUP BY 1, 2, 3, 4
        ORDER BY 5 DESC, 1 LIMIT 10""",
    )
    assert d.thoughts[0] == NOTE
    assert d.chart.chart_type == "bar"
    d = same(
        trade,
        "show me our top 5 customers",
        """SELECT c.company_name, SUM(d.unit_price * d.quantity * (1 - d.discount)) FROM order_details d
        JOIN orders o ON o.order_id = d.order_id JOIN customers c ON c.customer_id = o.customer_id
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5""",
    )
    assert d.thoughts[0] == NOTE


def test_the_same_as_asking_by_revenue(music: Db, trade: Db) -> None:
    for db in (music, trade):
        for q in ("top customers", "who are our best customers"):
            plain, said = answer(db, q), answer(db, f"{q} by revenue")
            assert rows(db[0], plain.sql) == rows(db[0], said.sql), q


def test_a_figure_said_or_rows_of_money_are_read_as_before(music: Db, trade: Db) -> None:
    d = answer(music, "top 5 customers by number of invoices")
    assert "COUNT" in d.sql.upper() and NOTE not in d.thoughts, d.sql
    d = answer(trade, "top 10 orders")
    assert NOTE not in d.thoughts and "No figure was said" not in " ".join(d.thoughts)
    d = answer(trade, "top customers in Germany")
    assert "No figure was said" not in " ".join(d.thoughts)  # a condition: not the bare ranking this restates


def test_goods_with_a_list_price_are_ranked_by_their_sales(music: Db, trade: Db) -> None:
    # a product's undated list price is no takings of its own: "top products" are ranked by what their sales took in
    d = same(
        trade,
        "top 5 products",
        """SELECT p.product_name, SUM(d.unit_price * d.quantity * (1 - d.discount)) FROM order_details d
        JOIN products p ON p.product_id = d.product_id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5""",
    )
    assert d.thoughts[0] == "No figure was said, so I ranked the products by the revenue taken from them."
    same(
        music,
        "best albums",
        """SELECT a."Title", SUM(l."UnitPrice" * l."Quantity") FROM "InvoiceLine" l
        JOIN "Track" t ON t."TrackId" = l."TrackId" JOIN "Album" a ON a."AlbumId" = t."AlbumId"
        GROUP BY a."Title" ORDER BY 2 DESC, 1 LIMIT 10""",
    )
    d = answer(music, "top invoices")  # dated rows of money themselves: read as before
    assert "No figure was said" not in " ".join(d.thoughts)
