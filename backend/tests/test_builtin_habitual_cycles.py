"""A period asked with a word of habit ("what month usually has the most orders", "which quarter typically has the
highest cost") is the cycle — all years' months together — while "which month had the most orders" stays the
calendar month. On two catalogs written here: a snake_case shop's orders and a PascalCase garage's jobs."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE orders(order_id INTEGER PRIMARY KEY, ordered_on DATE, amount DECIMAL(10, 2))")
    # every March busy: 3 orders a day in each March, one a week otherwise
    con.execute(
        """INSERT INTO orders SELECT row_number() OVER (), d, 10 FROM (
        SELECT DATE '2022-01-03' + CAST(i AS INTEGER) AS d, k FROM range(0, 1000) t(i), range(3) r(k)) s
        WHERE (month(d) = 3 OR (k = 0 AND dayofweek(d) = 1)) AND NOT (year(d) = 2024 AND month(d) = 3 AND k = 2)"""
    )
    # one calendar month beats every March: 200 orders on one day of June 2023
    con.execute("INSERT INTO orders SELECT 100000 + i, DATE '2023-06-15', 10 FROM range(200) t(i)")
    return con


def garage() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Jobs"("JobId" INTEGER PRIMARY KEY, "JobDate" DATE, "Cost" DOUBLE)')
    con.execute(
        """INSERT INTO "Jobs" SELECT i, DATE '2021-01-01' + CAST(i AS INTEGER),
        CASE WHEN quarter(DATE '2021-01-01' + CAST(i AS INTEGER)) = 4 THEN 30 ELSE 10 END FROM range(0, 1095) t(i)"""
    )
    con.execute("""INSERT INTO "Jobs" SELECT 5000 + i, DATE '2022-05-10', 40 FROM range(100) t(i)""")
    return con


orders = catalog_fixture(shop)
jobs = catalog_fixture(garage)

_EVERY_MARCH = "SELECT '03 March', COUNT(*) FROM orders WHERE month(ordered_on) = 3"


def test_a_month_asked_with_a_word_of_habit_is_the_month_of_the_year(orders: Db, jobs: Db) -> None:
    for q in ("what month usually has the most orders", "which month typically has the most orders"):
        d = same(orders, q, _EVERY_MARCH)
        assert "month_of_year" in d.sql, d.sql
    d = same(
        jobs,
        "which quarter usually has the highest cost",
        """SELECT quarter("JobDate") AS q, SUM("Cost") AS c FROM "Jobs" GROUP BY 1 ORDER BY c DESC LIMIT 1""",
    )


def test_which_month_had_the_most_stays_the_calendar_month(orders: Db, jobs: Db) -> None:
    same(
        orders,
        "which month had the most orders",
        "SELECT DATE '2023-06-01', COUNT(*) FROM orders WHERE ordered_on >= '2023-06-01' AND ordered_on < '2023-07-01'",
    )
    same(
        jobs,
        "which month had the most jobs",
        """SELECT DATE '2022-05-01', COUNT(*) FROM "Jobs" WHERE "JobDate" >= '2022-05-01' AND "JobDate" < '2022-06-01'""",
    )
