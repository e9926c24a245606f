"""Revenue and sales are money taken in (`takings_catalogs.py`): never a tax, a carrier's charge, a tip, a commission,
nor a figure planned (a quota, a target), even where their names end in a money word ("tax amount") or share the
question's word ("revenue target"); a line's total is money as plainly as an invoice's. And the rows a date records,
named as a plural noun, ask for no time axis when grouped by a column that is no time ("shipments by order status") or
when they are the whole of a share ("what share of bookings were private"); a yes/no set against its opposite ("web
orders vs others", "private vs shared") groups by it."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.takings_catalogs import guided_tours, invoicing, purchases

invoices = catalog_fixture(invoicing)
tours = catalog_fixture(guided_tours)
buys = catalog_fixture(purchases)


def test_revenue_is_no_side_charge(invoices: Db, tours: Db) -> None:
    same(
        invoices,
        "revenue by month",
        'SELECT date_trunc(\'month\', "InvoiceDate"), SUM("TotalDue") FROM "InvoiceHeader" GROUP BY 1',
    )
    same(
        tours,
        "monthly revenue",
        "SELECT date_trunc('month', booking_date), SUM(amount_charged) FROM tour_log GROUP BY 1",
    )


def test_revenue_is_no_planned_figure(invoices: Db, tours: Db) -> None:
    same(
        tours,
        "total revenue by guide",
        "SELECT g.guide_name, SUM(b.amount_charged) FROM tour_log b JOIN guides g USING (guide_id) GROUP BY 1",
    )
    same(
        invoices,
        "revenue by item",
        'SELECT i."ItemName", SUM(l."LineTotal") FROM "InvoiceLine" l JOIN "Item" i USING ("ItemID") GROUP BY 1',
    )


def test_rows_grouped_by_a_column(invoices: Db, tours: Db) -> None:
    same(
        invoices,
        "shipments by order status",
        'SELECT "OrderStatus", COUNT(*) FROM "InvoiceHeader" WHERE "ShipDate" IS NOT NULL GROUP BY 1',
    )
    same(
        tours,
        "bookings by booking status",
        "SELECT booking_status, COUNT(*) FROM tour_log GROUP BY 1",
    )


def test_share_of_the_rows(buys: Db, tours: Db) -> None:
    same(
        buys,
        "what share of orders were placed online",
        'SELECT 100.0 * AVG(CASE WHEN "OnlineFlag" THEN 1 ELSE 0 END) FROM "Purchase"',
    )
    same(
        tours,
        "what percentage of bookings were private",
        "SELECT 100.0 * AVG(CASE WHEN is_private THEN 1 ELSE 0 END) FROM tour_log",
    )


def test_yes_no_against_its_opposite(invoices: Db, tours: Db) -> None:
    same(
        invoices,
        "web orders vs others by order status",
        'SELECT "WebOrder", "OrderStatus", COUNT(*) FROM "InvoiceHeader" GROUP BY 1, 2',
    )
    same(
        tours,
        "private vs shared bookings by month",
        "SELECT date_trunc('month', booking_date), is_private, COUNT(*) FROM tour_log GROUP BY 1, 2",
    )
