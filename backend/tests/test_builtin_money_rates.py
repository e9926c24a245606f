"""Money figures of rows that carry a rate beside their price (catalogs in money_rate_catalogs.py: a snake_case
outfitter with declared keys whose order lines hold an extended price, a discount and a tax as fractions; a
wholesaler with prefixed, run-together names and no declared keys whose invoice lines hold a unit price, a quantity,
a discount as a fraction and a tax in percent). Revenue is the price less its discount ("gross revenue" the price
before it), a summed rate is the money it stands for ("total tax collected" is never a sum of tax rates), an order's
lines answer for money taken in, reaching a region through order → customer → country → region, while "average
order value" keeps the order's own total; and "available quantity" is the stock's avail_qty, not a line's quantity."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.money_rate_catalogs import outfitter, wholesaler

shop = catalog_fixture(outfitter)
trade = catalog_fixture(wholesaler)

NET = "extended_price * (1 - discount)"
LINE_NET = "il_unitprice * il_qty * (1 - il_discount)"
TO_REGION = (
    "order_lines l JOIN orders o ON l.order_id = o.order_id JOIN customers c ON o.customer_id = c.customer_id "
    "JOIN countries n ON c.country_id = n.country_id JOIN regions g ON n.region_id = g.region_id"
)
TO_ZONE = (
    "invline l JOIN invoice i ON l.il_invoicekey = i.iv_invoicekey JOIN client c ON i.iv_clientkey = c.cl_clientkey "
    "JOIN market m ON c.cl_marketkey = m.m_marketkey JOIN zone z ON m.m_zonekey = z.z_zonekey"
)


def test_revenue_is_the_price_less_its_discount(shop: Db, trade: Db) -> None:
    d = same(shop, "revenue by ship mode", f"SELECT ship_mode, SUM({NET}) FROM order_lines GROUP BY 1")
    assert any("discount" in t and "fractions" in t for t in d.thoughts), d.thoughts
    same(
        shop,
        "net sales by category",
        f"SELECT p.category, SUM(l.{NET}) FROM order_lines l JOIN products p USING (product_id) GROUP BY 1",
    )
    d = same(trade, "revenue by ship via", f"SELECT il_shipvia, SUM({LINE_NET}) FROM invline GROUP BY 1")
    assert any("il_discount" in t for t in d.thoughts), d.thoughts
    same(
        trade,
        "income per item group",
        f"SELECT t.i_group, SUM({LINE_NET}) FROM invline JOIN item t ON il_itemkey = t.i_itemkey GROUP BY 1",
    )


def test_gross_revenue_is_before_the_discount_and_the_discount_given_is_money(shop: Db, trade: Db) -> None:
    same(
        shop,
        "gross revenue by category",
        "SELECT p.category, SUM(l.extended_price) FROM order_lines l JOIN products p USING (product_id) GROUP BY 1",
    )
    same(shop, "total discount given", "SELECT SUM(extended_price * discount) FROM order_lines")
    same(
        trade,
        "gross revenue by ship via",
        "SELECT il_shipvia, SUM(il_unitprice * il_qty) FROM invline GROUP BY 1",
    )
    same(trade, "total discount given", "SELECT SUM(il_unitprice * il_qty * il_discount) FROM invline")
    # an average of the rate itself stays the rate
    same(shop, "average discount by ship mode", "SELECT ship_mode, AVG(discount) FROM order_lines GROUP BY 1")


def test_tax_collected_is_the_money_of_the_rate_not_a_sum_of_rates(shop: Db, trade: Db) -> None:
    d = same(
        shop,
        "total tax collected by ship mode",
        f"SELECT ship_mode, SUM({NET} * tax) FROM order_lines GROUP BY 1",
    )
    assert any("sum of the rates" in t for t in d.thoughts), d.thoughts
    d = same(
        trade,
        "total tax collected by ship via",
        f"SELECT il_shipvia, SUM({LINE_NET} * il_taxpct / 100) FROM invline GROUP BY 1",
    )
    assert any("percentages" in t for t in d.thoughts), d.thoughts


def test_revenue_including_tax_adds_the_rate_on(shop: Db, trade: Db) -> None:
    same(
        shop,
        "revenue including tax by ship mode",
        f"SELECT ship_mode, SUM({NET} * (1 + tax)) FROM order_lines GROUP BY 1",
    )
    same(
        trade,
        "revenue including tax by ship via",
        f"SELECT il_shipvia, SUM({LINE_NET} * (1 + il_taxpct / 100)) FROM invline GROUP BY 1",
    )


def test_revenue_by_region_is_the_lines_reached_through_their_keys(shop: Db, trade: Db) -> None:
    d = same(shop, "revenue by region", f"SELECT g.region_name, SUM(l.{NET}) FROM {TO_REGION} GROUP BY 1")
    assert d.plan.table == "order_lines", d.sql
    same(trade, "revenue by zone", f"SELECT z.z_name, SUM(l.{LINE_NET}) FROM {TO_ZONE} GROUP BY 1")
    same(
        trade,
        "monthly revenue",
        f"SELECT DATE_TRUNC('month', i.iv_date), SUM(l.{LINE_NET}) FROM invline l "
        "JOIN invoice i ON l.il_invoicekey = i.iv_invoicekey GROUP BY 1",
    )


def test_the_value_of_an_order_stays_its_own_total(shop: Db, trade: Db) -> None:
    same(shop, "average order value", "SELECT AVG(order_total) FROM orders")
    same(trade, "average invoice value", "SELECT AVG(iv_totalamt) FROM invoice")
    assert "order_lines" not in answer(shop, "average order value by order status").sql


def test_available_quantity_is_the_stock_not_the_lines(shop: Db, trade: Db) -> None:
    same(
        shop,
        "total available quantity for each category",
        "SELECT p.category, SUM(s.avail_qty) FROM stock s JOIN products p USING (product_id) GROUP BY 1",
    )
    same(
        trade,
        "total available quantity for each item group",
        "SELECT t.i_group, SUM(s.ds_availqty) FROM depotstock s JOIN item t ON s.ds_itemkey = t.i_itemkey GROUP BY 1",
    )
    # the quantity of the lines is still the quantity
    same(shop, "total quantity by ship mode", "SELECT ship_mode, SUM(quantity) FROM order_lines GROUP BY 1")
