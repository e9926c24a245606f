"""Conditions on what each row gathers (`commerce_catalogs.py`): "tracks on more than one mixtape" counts each track's
links in the bridge table (HAVING), "items ordered more than 20 times" the order lines that point at each item (the
verb's table), and "item groups with revenue over 40000", "genres with revenue over 100" each group's takings, the
lines' price × quantity, less any discount they carry (HAVING), not one line's price or one purchase's total."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.commerce_catalogs import trade_counter, tune_shop

shop = catalog_fixture(tune_shop)
trade = catalog_fixture(trade_counter)


def test_members_of_a_bridge_counted(shop: Db) -> None:
    gold = (
        'SELECT t."TrackTitle", COUNT(*) FROM "MixtapeTrack" x JOIN "Track" t USING ("TrackId") '
        'GROUP BY t."TrackId", 1 HAVING COUNT(*) > 1'
    )
    covers(shop, "tracks on more than one mixtape", gold)
    covers(shop, "which tracks appear in more than one mixtape", gold)


def test_times_a_row_was_traded(shop: Db, trade: Db) -> None:
    covers(
        trade,
        "items ordered more than 20 times",
        "SELECT i.item_name, COUNT(*) FROM order_lines l JOIN stock_items i USING (item_id) GROUP BY 1 "
        "HAVING COUNT(*) > 20",
    )
    covers(
        shop,
        "tracks purchased more than 6 times",
        'SELECT t."TrackTitle", COUNT(*) FROM "PurchaseLine" l JOIN "Track" t USING ("TrackId") '
        'GROUP BY t."TrackId", 1 HAVING COUNT(*) > 6',
    )


def test_groups_with_takings_over_a_figure(shop: Db, trade: Db) -> None:
    sold = "SUM(l.unit_price * l.quantity * (1 - l.discount))"  # the lines carry a discount: revenue is net of it
    covers(
        trade,
        "item groups with revenue over 40000",
        f"SELECT g.group_name, {sold} FROM order_lines l JOIN stock_items i USING (item_id) "
        f"JOIN item_groups g USING (group_id) GROUP BY 1 HAVING {sold} > 40000",
    )
    taken = 'SUM(l."UnitPrice" * l."Quantity")'
    covers(
        shop,
        "genres with revenue over 100",
        f'SELECT g."GenreName", {taken} FROM "PurchaseLine" l JOIN "Track" t USING ("TrackId") '
        f'JOIN "MusicGenre" g USING ("GenreId") GROUP BY 1 HAVING {taken} > 100',
    )
