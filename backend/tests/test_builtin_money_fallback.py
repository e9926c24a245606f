""" "Sales", "revenue", "spend" where no column's name says sales, revenue or amount: the money that adds up (an
invoice's "Total", a parking session's total_cost) is the measure, not a count of rows or a question back. A unit
price is no money taken in and is never taken for it. On two catalogs written for it: a music store in PascalCase
(invoices with a Total, lines with a UnitPrice) and a parking operator in snake_case (sessions with a total_cost)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def music_store() -> duckdb.DuckDBPyConnection:
    """Customers in countries, their invoices (a Total) and invoice lines (a UnitPrice and a Quantity)."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute('CREATE TABLE "Customer"("CustomerId" INTEGER PRIMARY KEY, "Company" VARCHAR, "Country" VARCHAR)')
    countries = ["Chile", "Norway", "Kenya", "Japan", "Peru"]
    con.executemany(
        'INSERT INTO "Customer" VALUES (?, ?, ?)', [(i, f"Studio {i:02d}", countries[i % 5]) for i in range(1, 41)]
    )
    con.execute(
        'CREATE TABLE "Invoice"("InvoiceId" INTEGER PRIMARY KEY, "CustomerId" INTEGER REFERENCES "Customer"'
        '("CustomerId"), "InvoiceDate" TIMESTAMP, "Total" DECIMAL(10, 2))'
    )
    con.execute(
        'CREATE TABLE "InvoiceLine"("InvoiceLineId" INTEGER PRIMARY KEY, "InvoiceId" INTEGER REFERENCES "Invoice"'
        '("InvoiceId"), "UnitPrice" DECIMAL(10, 2), "Quantity" INTEGER)'
    )
    line = 1
    for i in range(1, 301):
        lines = [(rnd.choice([0.99, 1.99]), rnd.randint(1, 3)) for _ in range(rnd.randint(1, 5))]
        when = dt.datetime(2022, 1, 1) + dt.timedelta(days=rnd.randint(0, 900))
        total = round(sum(p * q for p, q in lines), 2)
        con.execute('INSERT INTO "Invoice" VALUES (?, ?, ?, ?)', [i, rnd.randint(1, 40), when, total])
        for p, q in lines:
            con.execute('INSERT INTO "InvoiceLine" VALUES (?, ?, ?, ?)', [line, i, p, q])
            line += 1
    return con


def parking() -> duckdb.DuckDBPyConnection:
    """Parking zones and sessions with a duration and a total_cost."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute("CREATE TABLE zones(zone_id INTEGER PRIMARY KEY, zone_name VARCHAR, district VARCHAR)")
    con.executemany(
        "INSERT INTO zones VALUES (?, ?, ?)", [(i, f"Zone {i}", ["Harbour", "Old Town"][i % 2]) for i in range(1, 9)]
    )
    con.execute(
        "CREATE TABLE sessions(session_id INTEGER PRIMARY KEY, zone_id INTEGER REFERENCES zones(zone_id), "
        "started_at TIMESTAMP, minutes_parked INTEGER, total_cost DECIMAL(8, 2))"
    )
    con.executemany(
        "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
        [
            (k, rnd.randint(1, 8), dt.datetime(2024, 1, 1) + dt.timedelta(hours=rnd.randint(0, 8000)), m, m * 0.05)
            for k in range(1, 1201)
            for m in [rnd.randint(10, 300)]
        ],
    )
    return con


music = catalog_fixture(music_store)
park = catalog_fixture(parking)


def test_sales_by_a_group_is_the_money_that_adds_up(music: Db) -> None:
    same(
        music,
        "What is the total sales per country?",
        'SELECT c."Country", SUM(i."Total") FROM "Invoice" i JOIN "Customer" c USING ("CustomerId") GROUP BY 1',
    )
    same(
        music,
        "revenue by month",
        'SELECT DATE_TRUNC(\'month\', "InvoiceDate"), SUM("Total") FROM "Invoice" GROUP BY 1',
    )


def test_spend_of_each_entity(music: Db) -> None:
    d = answer(music, "how much did each customer spend?")
    assert 'SUM("Invoice"."Total")' in d.sql and "UnitPrice" not in d.sql


def test_revenue_of_a_snake_case_table(park: Db) -> None:
    same(
        park,
        "revenue by district",
        "SELECT z.district, SUM(s.total_cost) FROM sessions s JOIN zones z USING (zone_id) GROUP BY 1",
    )
    same(
        park,
        "top 3 zones by revenue in 2024",
        "SELECT z.zone_name, SUM(s.total_cost) FROM sessions s JOIN zones z USING (zone_id) "
        "WHERE s.started_at >= DATE '2024-01-01' AND s.started_at < DATE '2025-01-01' GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    )
