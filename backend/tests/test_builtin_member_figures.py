"""Figures taken per member and aggregated, shares of rows, and comparisons with an overall figure (issue 15):
"average tickets per agent" and "how many orders does a customer place on average" average each member's count over
every member of the members' table (one with none counts 0); "average replies per ticket by priority" does so in each
group. On the two catalogs of member_figure_catalogs: a snake_case shop with declared keys where some customers
placed no order, and a PascalCase support desk with no declared keys."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.member_figure_catalogs import corner_shop, support_desk

shop = catalog_fixture(corner_shop)
desk = catalog_fixture(support_desk)

_PER_CUSTOMER = """SELECT AVG(COALESCE(n, 0)) FROM customers c
    LEFT JOIN (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY 1) o ON c.customer_id = o.customer_id"""
_PER_AGENT = """SELECT AVG(COALESCE(n, 0)) FROM "Agents" a
    LEFT JOIN (SELECT "AgentId", COUNT(*) AS n FROM "Tickets" GROUP BY 1) t ON a."AgentId" = t."AgentId\""""


def test_a_count_per_member_is_averaged_over_every_member(shop: Db, desk: Db) -> None:
    for question in (
        "average number of orders per customer",
        "how many orders does a customer place on average",
        "how many orders does each customer place on average",
    ):
        d = same(shop, question, _PER_CUSTOMER)
    assert any("as 0" in t for t in d.thoughts), d.thoughts
    for question in ("average tickets per agent", "average number of tickets per agent"):
        same(desk, question, _PER_AGENT)
    same(
        shop,
        "average number of orders per customer by city",
        """SELECT c.city, AVG(COALESCE(n, 0)) FROM customers c
        LEFT JOIN (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY 1) o ON c.customer_id = o.customer_id
        GROUP BY 1""",
    )


def test_a_count_per_member_is_averaged_in_each_group_of_the_members(desk: Db) -> None:
    same(
        desk,
        "average replies per ticket by priority",
        """SELECT t."Priority", AVG(COALESCE(n, 0)) FROM "Tickets" t
        LEFT JOIN (SELECT "TicketId", COUNT(*) AS n FROM "Replies" GROUP BY 1) r ON t."TicketId" = r."TicketId"
        GROUP BY 1""",
    )


def test_without_a_table_of_the_members_the_keys_present_are_averaged(desk: Db) -> None:
    same(
        desk,
        "average tickets per customer",
        'SELECT AVG(n) FROM (SELECT "CustomerId", COUNT(*) AS n FROM "Tickets" GROUP BY 1)',
    )


def test_an_average_of_a_column_per_member_is_not_a_count(shop: Db) -> None:
    d = answer(shop, "average total amount per customer")
    assert "COALESCE" not in d.sql and "total_amount" in d.sql, d.sql


def test_a_share_of_rows_with_a_column_counts_the_rows_where_it_is_filled_in(shop: Db, desk: Db) -> None:
    d = same(
        desk,
        "what percentage of tickets have a satisfaction score",
        'SELECT 100.0 * COUNT("SatisfactionScore") / COUNT(*) FROM "Tickets"',
    )
    assert any("not empty" in t for t in d.thoughts), d.thoughts
    same(
        desk,
        "share of tickets with a satisfaction score by priority",
        'SELECT "Priority", 100.0 * COUNT("SatisfactionScore") / COUNT(*) FROM "Tickets" GROUP BY 1',
    )
    same(shop, "share of orders with a coupon", "SELECT 100.0 * COUNT(coupon_code) / COUNT(*) FROM orders")
    same(
        shop, "what fraction of customers have a phone number", "SELECT 100.0 * COUNT(phone) / COUNT(*) FROM customers"
    )
    # A yes/no column keeps its rate; a value compared is a condition, not presence.
    same(
        shop,
        "what percentage of orders were refunded",
        "SELECT 100.0 * AVG(CASE WHEN refunded THEN 1 ELSE 0 END) FROM orders",
    )
    same(
        desk,
        "what percentage of tickets have a satisfaction score above 3",
        'SELECT 100.0 * AVG(CASE WHEN "SatisfactionScore" > 3 THEN 1 ELSE 0 END) FROM "Tickets"',
    )


def test_a_figure_is_compared_with_the_same_figure_over_every_row(shop: Db, desk: Db) -> None:
    d = same(
        desk,
        "which agents have an average resolution time higher than the overall average",
        """SELECT a."AgentName", AVG(epoch(t."ResolvedAt" - t."OpenedAt") / 3600.0) AS h FROM "Tickets" t
        JOIN "Agents" a ON t."AgentId" = a."AgentId" GROUP BY 1
        HAVING h > (SELECT AVG(epoch("ResolvedAt" - "OpenedAt") / 3600.0) FROM "Tickets")""",
    )
    assert any("over all Tickets rows" in t for t in d.thoughts), d.thoughts
    d = same(
        shop,
        "products priced above the average price",
        "SELECT product_name, price FROM products WHERE price > (SELECT AVG(price) FROM products)",
    )
    assert any("over all products rows" in t for t in d.thoughts), d.thoughts


def test_more_than_the_average_member_is_the_average_of_the_members_totals(shop: Db) -> None:
    d = same(
        shop,
        "customers who spent more than the average customer",
        """SELECT c.customer_name, SUM(o.total_amount) AS s FROM orders o JOIN customers c
        ON o.customer_id = c.customer_id GROUP BY 1
        HAVING s > (SELECT AVG(s) FROM (SELECT customer_id, SUM(total_amount) AS s FROM orders GROUP BY 1))""",
    )
    assert any("of every group's" in t for t in d.thoughts), d.thoughts
