"""The share or the number of the members of a table that meet a condition on how many rows of another table they
have: "what share of customers placed more than 12 orders", "how many customers placed at least 12 orders",
"percentage of customers with fewer than 3 orders in 2024" (members with none count), "percentage of clients with no
invoices". One figure over the members' own table, not one row per member; a shop's orders are its completed ones
(settled_money.completed_sales). On two catalogs written for the test
(`store_catalogs.py`): a snake_case corner shop with declared keys and a PascalCase agency without any."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.store_catalogs import agency, corner_shop

shop = catalog_fixture(corner_shop)
firm = catalog_fixture(agency)

_PER_CUSTOMER = """(SELECT c.customer_id, c.country, COUNT(o.order_id) AS n FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.status = 'completed' {on} GROUP BY 1, 2) t"""
_PER_CLIENT = """(SELECT c."ClientId", COUNT(x."ClientId") AS n FROM "Clients" c
LEFT JOIN "{table}" x ON x."ClientId" = c."ClientId" {on} GROUP BY 1) t"""


def test_share_of_members_over_a_count(shop: Db, firm: Db) -> None:
    same(shop, "what share of customers placed more than 12 orders",
         f"SELECT 100.0 * AVG(CASE WHEN n > 12 THEN 1 ELSE 0 END) FROM {_PER_CUSTOMER.format(on='')}")  # fmt: skip
    same(firm, "what share of clients took more than 50 trips",
         f"SELECT 100.0 * AVG(CASE WHEN n > 50 THEN 1 ELSE 0 END) FROM {_PER_CLIENT.format(table='Trips', on='')}")  # fmt: skip


def test_members_with_none_count_below_a_threshold(shop: Db, firm: Db) -> None:
    year = "AND o.order_date >= DATE '2024-01-01' AND o.order_date < DATE '2025-01-01'"
    same(shop, "percentage of customers with fewer than 3 orders in 2024",
         f"SELECT 100.0 * AVG(CASE WHEN n < 3 THEN 1 ELSE 0 END) FROM {_PER_CUSTOMER.format(on=year)}")  # fmt: skip
    same(firm, "percentage of clients with no invoices",
         f"SELECT 100.0 * AVG(CASE WHEN n = 0 THEN 1 ELSE 0 END) FROM {_PER_CLIENT.format(table='Invoices', on='')}")  # fmt: skip


def test_number_of_members_over_a_count(shop: Db, firm: Db) -> None:
    same(shop, "how many customers placed at least 12 orders",
         f"SELECT COUNT(*) FROM {_PER_CUSTOMER.format(on='')} WHERE n >= 12")  # fmt: skip
    year = """AND x."InvoiceDate" >= DATE '2024-01-01' AND x."InvoiceDate" < DATE '2025-01-01'"""
    same(firm, "number of clients with more than 5 invoices in 2024",
         f"SELECT COUNT(*) FROM {_PER_CLIENT.format(table='Invoices', on=year)} WHERE n > 5")  # fmt: skip


def test_members_chosen_by_their_own_value(shop: Db) -> None:
    same(shop, "what % of customers in Japan placed more than 10 orders",
         f"""SELECT 100.0 * AVG(CASE WHEN n > 10 THEN 1 ELSE 0 END) FROM {_PER_CUSTOMER.format(on='')}
         WHERE country = 'Japan'""")  # fmt: skip
