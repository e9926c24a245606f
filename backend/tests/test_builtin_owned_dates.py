"""A period said of another table's noun ("tickets sold for concerts in 2024", "total quantity for orders shipped in
2024"): the date filtered is the one of the table the period qualifies, not the counted rows' own date. A table the
counted rows reach by their keys is joined (the concert of each ticket); a table whose rows point at theirs (the
shipments of an order, some orders shipped in two parts) keeps the keys its rows of that period hold, so no row is
counted twice. On two catalogs in joined_catalogs.py: a snake_case box office (tickets sold up to 90 days before the
concert, so the two years differ) and a PascalCase shop (orders, their lines and their shipments)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.joined_catalogs import box_office, shop

tickets = catalog_fixture(box_office)
orders = catalog_fixture(shop)


def test_a_period_after_a_parent_noun_filters_the_parents_date(tickets: Db) -> None:
    decision = same(
        tickets,
        "how many tickets were sold for concerts in 2024",
        "SELECT COUNT(*) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "WHERE c.concert_date >= DATE '2024-01-01' AND c.concert_date < DATE '2025-01-01'",
    )
    assert decision.chart.chart_type == "kpi"
    same(
        tickets,
        "total ticket price for concerts held in 2024 by venue",
        "SELECT v.venue_name, SUM(t.price) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "JOIN venues v ON c.venue_id = v.venue_id WHERE year(c.concert_date) = 2024 GROUP BY 1",
    )


def test_the_period_of_the_counted_rows_stays_theirs(tickets: Db) -> None:
    same(
        tickets,
        "how many tickets were sold in 2024",
        "SELECT COUNT(*) FROM ticket_sales WHERE year(sold_on) = 2024",
    )
    same(
        tickets,
        "ticket sales by venue in 2024",
        "SELECT v.venue_name, COUNT(*) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "JOIN venues v ON c.venue_id = v.venue_id WHERE year(t.sold_on) = 2024 GROUP BY 1",
    )


def test_a_period_after_a_verb_of_another_table_keeps_the_keys_it_holds(orders: Db) -> None:
    decision = same(
        orders,
        "total quantity for orders shipped in 2024",
        """SELECT SUM("Quantity") FROM "OrderLines" WHERE "OrderId" IN
        (SELECT "OrderId" FROM "Shipments" WHERE year("ShippedDate") = 2024)""",
    )
    assert any("shipped date in 2024" in t.lower() for t in decision.thoughts)
    same(
        orders,
        "how many order lines for orders shipped in March 2024",
        """SELECT COUNT(*) FROM "OrderLines" WHERE "OrderId" IN (SELECT "OrderId" FROM "Shipments"
        WHERE "ShippedDate" >= DATE '2024-03-01' AND "ShippedDate" < DATE '2024-04-01')""",
    )


def test_the_order_date_still_dates_its_lines(orders: Db) -> None:
    same(
        orders,
        "total quantity for orders placed in March 2024",
        """SELECT SUM(l."Quantity") FROM "OrderLines" l JOIN "Orders" o ON l."OrderId" = o."OrderId"
        WHERE o."OrderDate" >= DATE '2024-03-01' AND o."OrderDate" < DATE '2024-04-01'""",
    )
    assert answer(orders, "total quantity for orders placed in March 2024").chart.chart_type == "kpi"
