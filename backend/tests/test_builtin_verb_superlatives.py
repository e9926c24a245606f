"""A verb names the measure of a superlative: "who spent the most", "which customer paid the least in 2024" rank by the
money taken in, "who bought the most units" and "which supplier sold the fewest units" by the units, "who placed the
most orders" by the rows counted; "who" is the people on the paying side of those rows (the staff for "sold" when no
table counts units), and "which country's customers" ranks the countries; the shop's orders are its completed ones (settled_money.completed_sales). On two
catalogs written for the test
(`store_catalogs.py`): a snake_case corner shop with declared keys and a PascalCase agency without any."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.store_catalogs import agency, corner_shop

shop = catalog_fixture(corner_shop)
firm = catalog_fixture(agency)

_SPEND = """SELECT c.customer_name, SUM(o.total_amount) FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'completed' {where}
GROUP BY 1 ORDER BY 2 {way}, 1 LIMIT 1"""


def test_who_spent_and_bought_the_most(shop: Db, firm: Db) -> None:
    for q in ("who spent the most", "who bought the most", "which customer spent the most money"):
        same(shop, q, _SPEND.format(where="", way="DESC"))
    same(firm, "who bought the most",
         """SELECT c."ClientName", SUM(i."AmountPaid") FROM "Invoices" i JOIN "Clients" c USING ("ClientId")
         GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")  # fmt: skip


def test_a_period_after_the_verb(shop: Db, firm: Db) -> None:
    year = "AND o.order_date >= DATE '2024-01-01' AND o.order_date < DATE '2025-01-01'"
    same(shop, "which customer spent the most last year", _SPEND.format(where=year, way="DESC"))
    same(shop, "who paid the least in 2024", _SPEND.format(where=year, way="ASC"))
    same(firm, "which client spent the most in 2024",
         """SELECT c."ClientName", SUM(i."AmountPaid") FROM "Invoices" i JOIN "Clients" c USING ("ClientId")
         WHERE i."InvoiceDate" >= DATE '2024-01-01' AND i."InvoiceDate" < DATE '2025-01-01'
         GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")  # fmt: skip


def test_the_owner_of_the_people_is_ranked(shop: Db, firm: Db) -> None:
    same(shop, "which country's customers spent the most",
         "SELECT c.country, SUM(o.total_amount) FROM orders o JOIN customers c USING (customer_id) "
         "WHERE o.status = 'completed' GROUP BY 1 "
         "ORDER BY 2 DESC LIMIT 1")  # fmt: skip
    same(firm, "which region's clients spent the most",
         """SELECT c."Region", SUM(i."AmountPaid") FROM "Invoices" i JOIN "Clients" c USING ("ClientId")
         GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")  # fmt: skip


def test_units_and_rows(shop: Db) -> None:
    same(shop, "who bought the most units",
         """SELECT c.customer_name, SUM(l.quantity) FROM order_items l JOIN orders o USING (order_id)
         JOIN customers c USING (customer_id) WHERE o.status = 'completed' GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")  # fmt: skip
    same(shop, "which supplier sold the fewest units",
         """SELECT s.supplier_name, SUM(l.quantity) FROM order_items l JOIN products p USING (product_id)
         JOIN suppliers s USING (supplier_id) JOIN orders o USING (order_id) WHERE o.status = 'completed'
         GROUP BY 1 ORDER BY 2 LIMIT 1""")  # fmt: skip
    same(shop, "who placed the most orders",
         "SELECT c.customer_name, COUNT(*) FROM orders o JOIN customers c USING (customer_id) "
         "WHERE o.status = 'completed' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")  # fmt: skip
    same(shop, "top 5 customers who spent the most",
         "SELECT c.customer_name, SUM(o.total_amount) FROM orders o JOIN customers c USING (customer_id) "
         "WHERE o.status = 'completed' GROUP BY 1 ORDER BY 2 DESC LIMIT 5")  # fmt: skip


def test_who_sold_is_the_staff(firm: Db) -> None:
    gold = """SELECT s."FullName", SUM(i."AmountPaid") FROM "Invoices" i JOIN "Staff" s ON i."SalesRepId" = s."StaffId"
    GROUP BY 1 ORDER BY 2 {way} LIMIT 1"""
    same(firm, "who sold the most", gold.format(way="DESC"))
    same(firm, "which staff member sold the least", gold.format(way="ASC"))
