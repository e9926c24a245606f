"""A sale counts once completed: over a table of sales (orders, checks) whose state column holds a completed value and
one of a sale called off, counts, totals, averages and the lines of those sales keep the completed rows; a state the
question names or groups by stays its own, a table of events with the same states (workshops, tastings) is read
whole, and payments are kept by their own state, which says whether they went through, not by their order's. On two catalogs of `sale_state_catalogs`: a Django web shop and a PascalCase taproom."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sale_state_catalogs import taproom, web_shop

shop = catalog_fixture(web_shop)
bars = catalog_fixture(taproom)


def test_orders_counted_and_summed_are_the_completed_ones(shop: Db, bars: Db) -> None:
    d = same(
        shop,
        "number of orders by channel",
        "SELECT channel, count(*) FROM shop_order WHERE status = 'fulfilled' GROUP BY 1",
    )
    assert "'fulfilled'" in " ".join(d.thoughts)
    same(
        shop,
        "average order total by month",
        """SELECT date_trunc('month', placed_at), avg(total_cents / 100.0) FROM shop_order
        WHERE status = 'fulfilled' GROUP BY 1""",
    )
    same(
        bars,
        "total guests by bar",
        """SELECT b."BarName", sum(c."Guests") FROM "BarChecks" c JOIN "Bars" b ON b."BarId" = c."BarId"
        WHERE c."CheckState" = 'Completed' GROUP BY 1""",
    )
    same(
        bars,
        "bar checks by hour of day",
        """SELECT hour("OpenedAt"), count(*) FROM "BarChecks" WHERE "CheckState" = 'Completed' GROUP BY 1""",
    )


def test_the_lines_of_a_sale_count_once_it_is_completed(shop: Db, bars: Db) -> None:
    same(
        shop,
        "total qty by sku",
        """SELECT l.sku, sum(l.qty) FROM shop_orderline l JOIN shop_order o ON o.id = l.order_id
        WHERE o.status = 'fulfilled' GROUP BY 1""",
    )
    same(
        bars,
        "total qty of each drink",
        """SELECT l."Drink", sum(l."Qty") FROM "CheckLines" l JOIN "BarChecks" c ON c."CheckId" = l."CheckId"
        WHERE c."CheckState" = 'Completed' GROUP BY 1""",
    )


def test_a_state_said_or_grouped_by_and_events_stay_whole(shop: Db, bars: Db) -> None:
    same(
        shop,
        "cancelled orders by channel",
        "SELECT channel, count(*) FROM shop_order WHERE status = 'cancelled' GROUP BY 1",
    )
    same(shop, "number of orders by status", "SELECT status, count(*) FROM shop_order GROUP BY 1")
    same(
        shop,
        "number of payments by month",
        # a payment keeps to its own state, never its order's: the captured ones (test_builtin_settled_payments)
        "SELECT date_trunc('month', paid_at), count(*) FROM shop_payment WHERE status = 'captured' GROUP BY 1",
    )
    same(
        shop,
        "number of workshops by month",
        "SELECT date_trunc('month', held_on), count(*) FROM shop_workshop GROUP BY 1",
    )
    same(
        bars,
        "tastings per bar",
        """SELECT b."BarName", count(*) FROM "Tastings" t JOIN "Bars" b ON b."BarId" = t."BarId" GROUP BY 1""",
    )
