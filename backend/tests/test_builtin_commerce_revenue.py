"""Money taken in grouped by a table that holds none, reached through lines of goods sold (`commerce_catalogs.py`):
"revenue by genre" on a music shop whose purchases have a total is the lines' unit price × quantity per genre (the
purchase's total, repeated over its lines, would count a purchase once in every genre it touches), and "sales by item
group" on a trade counter is answered from the order lines, not by counting item groups."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.commerce_catalogs import trade_counter, tune_shop

shop = catalog_fixture(tune_shop)
trade = catalog_fixture(trade_counter)

_LINES = '"PurchaseLine" l JOIN "Track" t USING ("TrackId")'
_TAKEN = 'SUM(l."UnitPrice" * l."Quantity")'
_SOLD = "SUM(l.unit_price * l.quantity * (1 - l.discount))"  # the lines carry a discount: revenue is net of it


def test_takings_by_a_grouping_reached_through_the_lines(shop: Db) -> None:
    covers(
        shop,
        "revenue by genre",
        f'SELECT g."GenreName", {_TAKEN} FROM {_LINES} JOIN "MusicGenre" g USING ("GenreId") GROUP BY 1',
    )
    covers(
        shop,
        "top 5 musicians by revenue",
        f'SELECT m."MusicianName", {_TAKEN} FROM {_LINES} JOIN "Release" r USING ("ReleaseId") '
        'JOIN "Musician" m USING ("MusicianId") GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
    )
    covers(
        shop,
        "sales by release",
        f'SELECT r."ReleaseTitle", {_TAKEN} FROM {_LINES} JOIN "Release" r USING ("ReleaseId") GROUP BY 1',
    )
    # grouped by the purchase's own columns, its total answers
    covers(shop, "revenue by country", 'SELECT "BillingCountry", SUM("Total") FROM "Purchase" GROUP BY 1')


def test_takings_asked_of_a_table_without_money(trade: Db) -> None:
    covers(
        trade,
        "sales by item group",
        f"SELECT g.group_name, {_SOLD} FROM order_lines l JOIN stock_items i USING (item_id) "
        "JOIN item_groups g USING (group_id) GROUP BY 1",
    )
    covers(
        trade,
        "total sales per vendor country",
        f"SELECT v.country, {_SOLD} FROM order_lines l JOIN stock_items i USING (item_id) "
        "JOIN vendors v USING (vendor_id) GROUP BY 1",
    )
    covers(
        trade,
        "revenue by buyer country",
        f"SELECT b.country, {_SOLD} FROM order_lines l JOIN sales_orders o USING (order_id) "
        "JOIN buyers b USING (buyer_id) GROUP BY 1",
    )
