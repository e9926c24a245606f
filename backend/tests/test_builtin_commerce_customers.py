"""Customers and what they paid, and what was never bought (`commerce_catalogs.py`): a participle of paying names the
money taken in ("top 10 shoppers by total spent", "best buyers by amount paid"), a condition on it after "who spent"
is on each customer's total (HAVING), and "never bought", "never sold", "without orders" are the rows no sale points
at (an anti-join), also where two tables answer to "orders" or a verb alone names the sales."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.commerce_catalogs import trade_counter, tune_shop

shop = catalog_fixture(tune_shop)
trade = catalog_fixture(trade_counter)

_SHOPPER = '"FirstName" || \' \' || "LastName"'
_BY_SHOPPER = f'SELECT c.{_SHOPPER}, SUM(p."Total") FROM "Purchase" p JOIN "Shopper" c USING ("ShopperId") GROUP BY c."ShopperId", 1'
_SOLD = "SUM(l.unit_price * l.quantity)"
_BY_BUYER = (
    f"SELECT b.company_name, {_SOLD} FROM order_lines l JOIN sales_orders o USING (order_id) "
    "JOIN buyers b USING (buyer_id) GROUP BY 1"
)


def test_a_participle_of_paying_names_the_money(shop: Db, trade: Db) -> None:
    covers(shop, "top 10 shoppers by total spent", f"{_BY_SHOPPER} ORDER BY 2 DESC LIMIT 10")
    covers(shop, "total amount spent by each shopper", _BY_SHOPPER)
    covers(trade, "best buyers by amount paid", f"{_BY_BUYER} ORDER BY 2 DESC LIMIT 10")


def test_who_spent_more_than_is_a_condition_on_each_total(shop: Db, trade: Db) -> None:
    covers(shop, "shoppers who spent more than 45", f'{_BY_SHOPPER} HAVING SUM(p."Total") > 45')
    covers(trade, "buyers who spent more than 20000", f"{_BY_BUYER} HAVING {_SOLD} > 20000")


def test_never_bought_is_an_anti_join(shop: Db, trade: Db) -> None:
    never = 'NOT EXISTS (SELECT 1 FROM "Purchase" p WHERE p."ShopperId" = c."ShopperId")'
    covers(shop, "shoppers who never bought anything", f'SELECT {_SHOPPER} FROM "Shopper" c WHERE {never}')
    covers(shop, "how many shoppers have never bought anything", f'SELECT COUNT(*) FROM "Shopper" c WHERE {never}')
    unsold = 'NOT EXISTS (SELECT 1 FROM "PurchaseLine" l WHERE l."TrackId" = t."TrackId")'
    covers(shop, "how many tracks have never been sold", f'SELECT COUNT(*) FROM "Track" t WHERE {unsold}')
    covers(shop, "list the tracks nobody has bought", f'SELECT "TrackTitle" FROM "Track" t WHERE {unsold}')
    covers(
        trade,
        "list all items that have never been sold",
        "SELECT item_name FROM stock_items i WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.item_id = i.item_id)",
    )


def test_the_table_that_points_at_the_parent_is_the_one_denied(trade: Db) -> None:
    no_orders = "NOT EXISTS (SELECT 1 FROM sales_orders o WHERE o.buyer_id = b.buyer_id)"
    covers(trade, "buyers without orders", f"SELECT company_name FROM buyers b WHERE {no_orders}")
    covers(trade, "which buyers have never placed an order", f"SELECT company_name FROM buyers b WHERE {no_orders}")
    covers(
        trade,
        "vendors with no items",
        "SELECT vendor_name FROM vendors v WHERE NOT EXISTS (SELECT 1 FROM stock_items i WHERE i.vendor_id = v.vendor_id)",
    )
