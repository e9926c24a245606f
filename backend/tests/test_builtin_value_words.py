"""A value said by one whole word of it ("tyres" for 'Tyre Replacement', "express" for 'Express Delivery'), or by
that word in the other national spelling ("tires"), when no value is said whole and the word names no table or
column: the rows of that value, and a thought saying which value was used. On two catalogs written here: a
snake_case shop's orders with their shipping methods and a PascalCase garage's jobs with their service types."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, ordered_on DATE, amount DECIMAL(10, 2), "
        "shipping_method VARCHAR)"
    )
    con.execute(
        """INSERT INTO orders SELECT i, DATE '2024-01-01' + CAST(i AS INTEGER), 10 + i % 17,
        CASE i % 3 WHEN 0 THEN 'Express Delivery' WHEN 1 THEN 'Standard Post' ELSE 'Store Collection' END
        FROM range(1, 101) t(i)"""
    )
    return con


def garage() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Jobs"("JobId" INTEGER PRIMARY KEY, "JobDate" DATE, "ServiceType" VARCHAR, "Cost" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Jobs" SELECT i, DATE '2024-01-01' + CAST(i AS INTEGER),
        CASE i % 4 WHEN 0 THEN 'Tyre Replacement' WHEN 1 THEN 'Repair' WHEN 2 THEN 'Oil Change'
        ELSE 'Brake Inspection' END, 50 + i % 40 FROM range(1, 121) t(i)"""
    )
    return con


orders = catalog_fixture(shop)
jobs = catalog_fixture(garage)


def test_a_value_is_found_by_one_word_of_it(orders: Db, jobs: Db) -> None:
    d = same(
        orders, "how many express orders", "SELECT COUNT(*) FROM orders WHERE shipping_method = 'Express Delivery'"
    )
    assert any("Express Delivery" in t for t in d.thoughts), d.thoughts
    d = same(jobs, "how many tyres jobs", """SELECT COUNT(*) FROM "Jobs" WHERE "ServiceType" = 'Tyre Replacement'""")
    assert any("Tyre Replacement" in t for t in d.thoughts), d.thoughts
    same(jobs, "total cost of tyres", """SELECT SUM("Cost") FROM "Jobs" WHERE "ServiceType" = 'Tyre Replacement'""")


def test_the_word_may_be_spelled_the_other_way(jobs: Db) -> None:
    same(jobs, "how many tires jobs", """SELECT COUNT(*) FROM "Jobs" WHERE "ServiceType" = 'Tyre Replacement'""")
    same(jobs, "total cost of tires", """SELECT SUM("Cost") FROM "Jobs" WHERE "ServiceType" = 'Tyre Replacement'""")


def test_a_plural_of_a_whole_value_still_names_it(orders: Db, jobs: Db) -> None:
    same(jobs, "total cost of repairs", """SELECT SUM("Cost") FROM "Jobs" WHERE "ServiceType" = 'Repair'""")
    same(
        orders,
        "total amount of express orders by month",
        """SELECT DATE_TRUNC('month', ordered_on), SUM(amount) FROM orders WHERE shipping_method = 'Express Delivery'
        GROUP BY 1""",
    )
