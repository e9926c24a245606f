"""Periods said relative to now, anchored on the data's latest date ("the most recent quarter", "the last 3 full
months", "since the start of the year", "year to date"): the range the words name, one total when a figure is asked,
a trend when a grain or a trend is asked. On two catalogs written here: a snake_case shop's orders (latest order on
2024-08-27) and a PascalCase garage's jobs (latest job on 2024-08-10)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE orders(order_id INTEGER PRIMARY KEY, ordered_on DATE, amount DECIMAL(10, 2))")
    con.execute(
        "INSERT INTO orders SELECT i, DATE '2023-01-05' + CAST(i * 3 AS INTEGER), 10 + i % 17 FROM range(1, 201) t(i)"
    )
    return con


def garage() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Jobs"("JobId" INTEGER PRIMARY KEY, "JobDate" DATE, "Cost" DOUBLE)')
    con.execute(
        """INSERT INTO "Jobs" SELECT i, DATE '2022-06-01' + CAST(i * 2 AS INTEGER), 50 + i % 40 FROM range(1, 401) t(i)"""
    )
    return con


orders = catalog_fixture(shop)
jobs = catalog_fixture(garage)


def _sum(db: str, col: str, table: str, start: str, end: str) -> str:
    return f"SELECT SUM({col}) FROM {table} WHERE {db} >= DATE '{start}' AND {db} < DATE '{end}'"


def test_the_most_recent_period_is_the_one_holding_the_latest_date(orders: Db, jobs: Db) -> None:
    d = same(
        orders,
        "how many orders in the most recent quarter",
        "SELECT COUNT(*) FROM orders WHERE ordered_on >= DATE '2024-07-01'",
    )
    assert "2024-08-27" in " ".join(d.thoughts), d.thoughts  # the anchor is said
    d = same(
        jobs, "total cost in the latest quarter", _sum('"JobDate"', '"Cost"', '"Jobs"', "2024-07-01", "2024-10-01")
    )
    assert d.chart.chart_type == "kpi"


def test_full_months_are_the_complete_months_before_the_latest(orders: Db, jobs: Db) -> None:
    same(
        orders,
        "how many orders in the last 3 full months",
        "SELECT COUNT(*) FROM orders WHERE ordered_on >= DATE '2024-05-01' AND ordered_on < DATE '2024-08-01'",
    )
    same(jobs, "total cost in the last full month", _sum('"JobDate"', '"Cost"', '"Jobs"', "2024-07-01", "2024-08-01"))


def test_since_the_start_of_the_year_is_the_year_so_far(orders: Db, jobs: Db) -> None:
    same(
        orders,
        "how many orders since the start of the year",
        "SELECT COUNT(*) FROM orders WHERE ordered_on >= DATE '2024-01-01'",
    )
    d = same(
        orders,
        "monthly amount since the start of the year",
        """SELECT DATE_TRUNC('month', ordered_on), SUM(amount) FROM orders WHERE ordered_on >= DATE '2024-01-01'
        GROUP BY 1""",
    )
    assert d.chart.chart_type == "line"
    same(
        jobs,
        "how many jobs since the beginning of the year",
        """SELECT COUNT(*) FROM "Jobs" WHERE "JobDate" >= DATE '2024-01-01'""",
    )


def test_a_money_figure_over_a_relative_period_is_one_total(orders: Db, jobs: Db) -> None:
    for q in ("sales year to date", "amount in the last quarter"):
        d = answer(orders, q)
        assert d.chart.chart_type == "kpi", (q, d.sql)
    same(orders, "amount year to date", _sum("ordered_on", "amount", "orders", "2024-01-01", "2024-08-28"))
    same(jobs, "cost in the last quarter", _sum('"JobDate"', '"Cost"', '"Jobs"', "2024-04-01", "2024-07-01"))
    d = answer(jobs, "monthly cost year to date")  # a grain asked: the trend
    assert d.chart.chart_type == "line" and "MONTH" in d.sql.upper(), d.sql
