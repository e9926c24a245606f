"""A figure of each member aggregated over the members: "average number of items per basket", "how many baskets does
each buyer place on average", "average spend per buyer (by country)", "median number of baskets per buyer",
"maximum number of items in a single basket", and "average basket value" through the lines' implied key to their
basket: one number (or one per group still asked for), never a listing of each member's figure. On the two catalogs
of test_builtin_group_tops: a snake_case gadget shop with no declared keys and a PascalCase consultancy with
declared keys."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.test_builtin_group_tops import consultancy, gadget_shop

shop = catalog_fixture(gadget_shop)
firm = catalog_fixture(consultancy)


def test_an_average_count_per_member_is_one_figure(shop: Db, firm: Db) -> None:
    same(
        shop,
        "average number of items per basket",
        "SELECT AVG(n) FROM (SELECT basket_id, SUM(qty) AS n FROM basket_items GROUP BY 1)",
    )
    same(
        shop,
        "how many baskets does each buyer place on average",  # every buyer, one with no basket as 0
        """SELECT AVG(COALESCE(n, 0)) FROM buyers u
        LEFT JOIN (SELECT buyer_id, COUNT(*) AS n FROM baskets GROUP BY 1) b ON u.buyer_id = b.buyer_id""",
    )
    same(
        firm,
        "average number of items per invoice",
        'SELECT AVG(n) FROM (SELECT "InvoiceId", SUM("Quantity") AS n FROM "InvoiceLines" GROUP BY 1)',
    )


def test_other_aggregates_are_taken_over_each_members_figure(shop: Db, firm: Db) -> None:
    same(
        shop,
        "median number of baskets per buyer",
        "SELECT MEDIAN(n) FROM (SELECT buyer_id, COUNT(*) AS n FROM baskets GROUP BY 1)",
    )
    same(
        shop,
        "maximum number of items in a single basket",
        "SELECT MAX(n) FROM (SELECT basket_id, SUM(qty) AS n FROM basket_items GROUP BY 1)",
    )
    same(
        firm,
        "median number of invoices per client by country",
        """SELECT "Country", MEDIAN(n) FROM (SELECT c."Country", i."ClientId", COUNT(*) AS n FROM "Invoices" i
        JOIN "Clients" c ON i."ClientId" = c."ClientId" GROUP BY 1, 2) GROUP BY 1""",
    )


def test_average_spend_per_member_is_the_total_over_the_members(shop: Db, firm: Db) -> None:
    # every member counts, one who spent nothing as 0 (test_builtin_member_thresholds)
    spent = """SELECT b.buyer_id, SUM(i.unit_price * i.qty) AS s FROM basket_items i
        JOIN baskets b ON i.basket_id = b.basket_id GROUP BY 1"""
    same(
        shop,
        "average spend per buyer",
        f"SELECT AVG(COALESCE(s, 0)) FROM buyers u LEFT JOIN ({spent}) x ON u.buyer_id = x.buyer_id",
    )
    same(
        shop,
        "average spend per buyer by country",
        f"SELECT country, AVG(COALESCE(s, 0)) FROM buyers u LEFT JOIN ({spent}) x ON u.buyer_id = x.buyer_id "
        "GROUP BY 1",
    )
    same(
        firm,
        "average spend per client",
        """SELECT AVG(COALESCE(s, 0)) FROM "Clients" c LEFT JOIN (SELECT v."ClientId", SUM(l."UnitPrice" * l."Quantity")
        AS s FROM "InvoiceLines" l JOIN "Invoices" v ON l."InvoiceId" = v."InvoiceId" GROUP BY 1) x
        ON c."ClientId" = x."ClientId" """,
    )


def test_an_average_order_value_is_the_money_of_each_order_averaged(shop: Db, firm: Db) -> None:
    same(
        shop,
        "average basket value",
        "SELECT AVG(s) FROM (SELECT basket_id, SUM(unit_price * qty) AS s FROM basket_items GROUP BY 1)",
    )
    same(
        firm,
        "average invoice value",
        """SELECT AVG(s) FROM (SELECT "InvoiceId", SUM("UnitPrice" * "Quantity") AS s FROM "InvoiceLines" GROUP BY 1)""",
    )
    same(
        shop,
        "which country has the highest average basket value",
        """SELECT u.country, SUM(i.unit_price * i.qty) / COUNT(DISTINCT i.basket_id) AS v FROM basket_items i
        JOIN baskets b ON i.basket_id = b.basket_id JOIN buyers u ON b.buyer_id = u.buyer_id
        GROUP BY 1 ORDER BY v DESC LIMIT 1""",
    )
