"""A question that asks "who are / which are / what were" the best or longest of a plural noun asks for a ranked list,
not the one leader: "which is the longest track" stays one row. On the sample databases of `sample_db_catalogs.py`:
a music store in PascalCase and a trading company in snake_case."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sample_db_catalogs import chinook, northwind

music = catalog_fixture(chinook)
trade = catalog_fixture(northwind)


def test_a_plural_after_are_is_a_ranked_list(music: Db, trade: Db) -> None:
    d = same(music, "what are the longest tracks",
             'SELECT "Name", "Milliseconds" FROM "Track" ORDER BY 2 DESC, 1 LIMIT 10')  # fmt: skip
    assert d.chart.chart_type == "bar"
    same(trade, "which are the most expensive products",
         "SELECT product_name, unit_price FROM products ORDER BY 2 DESC LIMIT 10")  # fmt: skip
    same(trade, "who were our best customers",
         """SELECT c.company_name, SUM(d.unit_price * d.quantity * (1 - d.discount)) FROM order_details d
         JOIN orders o ON o.order_id = d.order_id JOIN customers c ON c.customer_id = o.customer_id
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10""")  # fmt: skip


def test_a_singular_still_asks_for_one(music: Db, trade: Db) -> None:
    same(music, "which is the longest track", 'SELECT "Name", "Milliseconds" FROM "Track" ORDER BY 2 DESC LIMIT 1')
    same(trade, "which product is the most expensive",
         "SELECT product_name, unit_price FROM products ORDER BY 2 DESC LIMIT 1")  # fmt: skip
