"""Who or what did the verb, after "placed by", "made by", "handled by": a stored value there ("web", a clerk's name)
is a condition on the rows the verb is about, not a grouping, also where a parent's rows have none of them
("customers with no orders placed by web", "share of members with no bookings handled by Oona"). A column after "by"
("orders by channel", "bookings handled by clerk") still groups. On `review_catalogs.py`: a snake_case stationery shop
and a PascalCase ferry booking office."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.review_catalogs import ferry_office, stationery

shop = catalog_fixture(stationery)
ferry = catalog_fixture(ferry_office)

NO_WEB = "customer_id NOT IN (SELECT customer_id FROM orders WHERE channel = 'web')"
NO_OONA = """"MemberId" NOT IN (SELECT "MemberId" FROM "Bookings" WHERE "Clerk" = 'Oona')"""


def test_parents_with_none_of_the_rows_an_agent_did(shop: Db, ferry: Db) -> None:
    same(shop, "customers with no orders placed by web",
         f"SELECT customer_id, customer_name FROM customers WHERE {NO_WEB}")  # fmt: skip
    same(shop, "how many customers have no orders placed by web", f"SELECT COUNT(*) FROM customers WHERE {NO_WEB}")
    same(ferry, "members with no bookings handled by Oona",
         f'SELECT "MemberId", "FullName" FROM "Members" WHERE {NO_OONA}')  # fmt: skip
    same(ferry, "how many members have no bookings made by Oona", f'SELECT COUNT(*) FROM "Members" WHERE {NO_OONA}')


def test_share_of_parents_with_none_of_the_rows_an_agent_did(shop: Db, ferry: Db) -> None:
    same(shop, "share of customers with no orders placed by web",
         f"SELECT 100.0 * AVG(CASE WHEN {NO_WEB} THEN 1 ELSE 0 END) FROM customers")  # fmt: skip
    same(ferry, "share of members with no bookings handled by Oona",
         f'SELECT 100.0 * AVG(CASE WHEN {NO_OONA} THEN 1 ELSE 0 END) FROM "Members"')  # fmt: skip
    same(ferry, "share of members with no bookings handled by Oona by home port",
         f'SELECT "HomePort", 100.0 * AVG(CASE WHEN {NO_OONA} THEN 1 ELSE 0 END) FROM "Members" GROUP BY 1')  # fmt: skip
    same(shop, "percentage of customers with an order placed by phone",
         """SELECT 100.0 * AVG(CASE WHEN customer_id IN (SELECT customer_id FROM orders WHERE channel = 'phone')
            THEN 1 ELSE 0 END) FROM customers""")  # fmt: skip


def test_a_column_after_by_still_groups(shop: Db, ferry: Db) -> None:
    same(shop, "orders by channel", "SELECT channel, COUNT(*) FROM orders GROUP BY 1")
    same(shop, "number of orders placed by web", "SELECT COUNT(*) FROM orders WHERE channel = 'web'")
    same(ferry, "bookings handled by clerk", 'SELECT "Clerk", COUNT(*) FROM "Bookings" GROUP BY 1')
    same(ferry, "number of bookings handled by Oona", """SELECT COUNT(*) FROM "Bookings" WHERE "Clerk" = 'Oona'""")
