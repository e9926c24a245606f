"""The top member of each group when the figure and the group are reached through keys ("for each country, which
venue sold the most tickets", "the best-selling product in each category", "top customer per region by revenue"):
one row per group, the group, the winning member and its figure (a window over the groups, ties settled by name),
whether the group phrase comes first or last, the ranking said with "top", a superlative or a which-question whose
verb is a past form ("sold"), which names the rows counted, not a time axis. On the catalogs in joined_catalogs.py:
a snake_case box office (tickets of concerts at venues in countries) and a PascalCase shop (order lines of products
in categories, orders of customers in regions)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.joined_catalogs import box_office, shop

tickets = catalog_fixture(box_office)
orders = catalog_fixture(shop)

_VENUE_PER_COUNTRY = """SELECT country, venue_name, n FROM (SELECT v.country, v.venue_name, COUNT(*) AS n,
    ROW_NUMBER() OVER (PARTITION BY v.country ORDER BY COUNT(*) DESC, v.venue_name) AS k
    FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id JOIN venues v ON c.venue_id = v.venue_id
    GROUP BY 1, 2) WHERE k = 1"""

_CUSTOMER_PER_REGION = """SELECT "RegionName", "CustomerName", total FROM (SELECT r."RegionName", c."CustomerName",
    SUM(o."Revenue") AS total, ROW_NUMBER() OVER (PARTITION BY r."RegionName" ORDER BY SUM(o."Revenue") DESC) AS k
    FROM "Orders" o JOIN "Customers" c ON o."CustomerId" = c."CustomerId"
    JOIN "Regions" r ON c."RegionId" = r."RegionId" GROUP BY 1, 2) WHERE k = 1"""


def test_the_venue_that_sold_the_most_in_each_country(tickets: Db) -> None:
    for question in (
        "for each country, which venue sold the most tickets",
        "which venue sold the most tickets in each country",
    ):
        decision = covers(tickets, question, _VENUE_PER_COUNTRY)
        assert decision.chart.chart_type == "bar", question
        assert len(tickets[0].execute(decision.sql).fetchall()) == 3, question


def test_the_artist_with_most_tickets_in_every_genre(tickets: Db) -> None:
    covers(
        tickets,
        "in every genre which artist sold the most tickets",
        """SELECT genre, artist_name, n FROM (SELECT a.genre, a.artist_name, COUNT(*) AS n,
        ROW_NUMBER() OVER (PARTITION BY a.genre ORDER BY COUNT(*) DESC, a.artist_name) AS k
        FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id JOIN artists a ON c.artist_id = a.artist_id
        GROUP BY 1, 2) WHERE k = 1""",
    )


def test_the_top_customer_of_each_region(orders: Db) -> None:
    for question in ("top customer per region by revenue", "for each region, the top customer by revenue"):
        covers(orders, question, _CUSTOMER_PER_REGION)


def test_the_best_selling_product_in_each_category(orders: Db) -> None:
    gold = """SELECT "CategoryName", "ProductName", q FROM (SELECT g."CategoryName", p."ProductName",
        SUM(l."Quantity") AS q, ROW_NUMBER() OVER (PARTITION BY g."CategoryName" ORDER BY SUM(l."Quantity") DESC,
        p."ProductName") AS k FROM "OrderLines" l JOIN "Products" p ON l."ProductId" = p."ProductId"
        JOIN "Categories" g ON p."CategoryId" = g."CategoryId" GROUP BY 1, 2) WHERE k = 1"""
    covers(orders, "the best-selling product in each category", gold)
    covers(orders, "for each category, which product has the highest quantity", gold)
