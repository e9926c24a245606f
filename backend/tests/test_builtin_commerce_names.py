"""Words that name part of a table's name (`commerce_catalogs.py`): "sales" of sales_orders only qualifies its rows,
which are orders, so "sales by year" is the money of their lines, not a count of orders; "items" as the last word of
stock_items names the goods, so "top 5 items by revenue" ranks them, not the lines' quantities."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.commerce_catalogs import trade_counter

trade = catalog_fixture(trade_counter)

_SOLD = "SUM(l.unit_price * l.quantity * (1 - l.discount))"  # the lines carry a discount: revenue is net of it


def test_a_qualifying_word_leaves_the_money_to_the_lines(trade: Db) -> None:
    covers(
        trade,
        "sales by year",
        f"SELECT date_trunc('year', o.order_date), {_SOLD} FROM order_lines l JOIN sales_orders o USING (order_id) "
        "GROUP BY 1",
    )


def test_items_names_the_goods_table(trade: Db) -> None:
    covers(
        trade,
        "top 5 items by revenue",
        f"SELECT i.item_name, {_SOLD} FROM order_lines l JOIN stock_items i USING (item_id) GROUP BY 1 "
        "ORDER BY 2 DESC LIMIT 5",
    )
