"""A share of a parent's rows with (or with no) child row, per period: "share of orders with no return per month" is
the share of the orders WITHOUT a return in each month the orders were placed (a parent with no child row has no
child date), not the returns counted per month of return. On `review_catalogs.py`: a snake_case stationery shop and a
PascalCase ferry booking office."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.review_catalogs import ferry_office, stationery

shop = catalog_fixture(stationery)
ferry = catalog_fixture(ferry_office)

NOT_RETURNED = "100.0 * AVG(CASE WHEN order_id NOT IN (SELECT order_id FROM returns) THEN 1 ELSE 0 END)"
NOT_CANCELLED = """100.0 * AVG(CASE WHEN "BookingId" NOT IN (SELECT "BookingId" FROM "Cancellations") THEN 1 ELSE 0
                   END)"""


def test_share_with_no_child_row_per_period_keeps_the_denial(shop: Db, ferry: Db) -> None:
    same(shop, "share of orders with no return per month",
         f"SELECT DATE_TRUNC('month', order_date), {NOT_RETURNED} FROM orders GROUP BY 1")  # fmt: skip
    same(shop, "percentage of orders without a return by quarter",
         f"SELECT DATE_TRUNC('quarter', order_date), {NOT_RETURNED} FROM orders GROUP BY 1")  # fmt: skip
    same(ferry, "share of bookings with no cancellation per month",
         f'SELECT DATE_TRUNC(\'month\', "BookedOn"), {NOT_CANCELLED} FROM "Bookings" GROUP BY 1')  # fmt: skip


def test_share_with_a_child_row_per_period_is_over_the_parents(shop: Db, ferry: Db) -> None:
    same(shop, "share of orders with a return per month",
         """SELECT DATE_TRUNC('month', order_date),
                   100.0 * AVG(CASE WHEN order_id IN (SELECT order_id FROM returns) THEN 1 ELSE 0 END)
            FROM orders GROUP BY 1""")  # fmt: skip
    same(ferry, "percentage of bookings with a cancellation by quarter",
         """SELECT DATE_TRUNC('quarter', "BookedOn"),
                   100.0 * AVG(CASE WHEN "BookingId" IN (SELECT "BookingId" FROM "Cancellations") THEN 1 ELSE 0 END)
            FROM "Bookings" GROUP BY 1""")  # fmt: skip


def test_grouped_by_a_column_of_the_parent_stays(shop: Db, ferry: Db) -> None:
    same(shop, "percentage of orders without a return by channel",
         f"SELECT channel, {NOT_RETURNED} FROM orders GROUP BY 1")  # fmt: skip
    same(ferry, "share of bookings with no cancellation by clerk",
         f'SELECT "Clerk", {NOT_CANCELLED} FROM "Bookings" GROUP BY 1')  # fmt: skip


def test_contracted_denial_per_group(shop: Db, ferry: Db) -> None:
    same(shop, "share of customers that haven't placed an order by town",
         """SELECT town, 100.0 * AVG(CASE WHEN customer_id NOT IN (SELECT customer_id FROM orders) THEN 1 ELSE 0 END)
            FROM customers GROUP BY 1""")  # fmt: skip
    same(ferry, "share of bookings that didn't have a cancellation by clerk",
         f'SELECT "Clerk", {NOT_CANCELLED} FROM "Bookings" GROUP BY 1')  # fmt: skip
    same(shop, "share of orders that didn't get a return per month",
         f"SELECT DATE_TRUNC('month', order_date), {NOT_RETURNED} FROM orders GROUP BY 1")  # fmt: skip
