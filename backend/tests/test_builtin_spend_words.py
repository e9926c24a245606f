"""What is spent on a table's rows is its money named by the table's own noun: "how much did we spend on maintenance"
over maintenance jobs with a job_cost is SUM(job_cost); it listed the jobs. Money named as nothing else (a purchases
table's total_cost) still wins where the question names that table, and money taken in ("revenue") is never a cost.
On two catalogs written here: a snake_case workshop and a PascalCase school's trips."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def workshop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE maintenance_jobs(job_id INTEGER, job_date DATE, job_type VARCHAR, job_cost DOUBLE, "
        "downtime_hours DOUBLE)"
    )
    con.execute(
        """INSERT INTO maintenance_jobs SELECT i, DATE '2023-06-01' + INTERVAL (i * 3) DAY,
        ['Brakes', 'Engine', 'Paint'][1 + i % 3], 80 + (i * 37) % 900, 1 + i % 9 FROM range(1, 301) t(i)"""
    )
    con.execute(
        "CREATE TABLE fuel_purchases(purchase_id INTEGER, purchase_date DATE, litres DOUBLE, total_cost DOUBLE)"
    )
    con.execute(
        """INSERT INTO fuel_purchases SELECT i, DATE '2023-06-01' + INTERVAL (i * 2) DAY, 20 + i % 40,
        30 + (i * 13) % 90 FROM range(1, 401) t(i)"""
    )
    return con


def trips() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "FieldTrips"("TripId" INTEGER, "TripDate" DATE, "Grade" VARCHAR, "TripCost" DOUBLE)')
    con.execute(
        """INSERT INTO "FieldTrips" SELECT i, DATE '2024-01-01' + INTERVAL (i * 5) DAY, ['Year 5', 'Year 6'][1 + i % 2],
        100 + (i * 71) % 600 FROM range(1, 71) t(i)"""
    )
    return con


shop = catalog_fixture(workshop)
school = catalog_fixture(trips)


def test_spend_on_a_tables_rows_is_its_own_cost(shop: Db, school: Db) -> None:
    same(
        shop,
        "how much did we spend on maintenance in 2024",
        "SELECT SUM(job_cost) FROM maintenance_jobs WHERE year(job_date) = 2024",
    )
    same(
        school,
        "how much did we spend on field trips per grade",
        'SELECT "Grade", SUM("TripCost") FROM "FieldTrips" GROUP BY 1',
    )


def test_money_named_as_nothing_else_still_wins_for_its_table(shop: Db) -> None:
    same(
        shop,
        "how much did we spend on fuel in 2024",
        "SELECT SUM(total_cost) FROM fuel_purchases WHERE year(purchase_date) = 2024",
    )
    assert "job_cost" not in answer(shop, "total fuel purchase spend").sql
