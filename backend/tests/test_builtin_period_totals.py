"""A figure asked over one period is one number: "what was ticket revenue in Q3 2025", "box office revenue in 2023"
(money that adds up over the range), "how many orders in 2024". A time word still asks for the trend ("monthly revenue
in 2024"), and a level such as a price over a range stays a trend ("average fare in 2024" by the auto bucket). On two
catalogs written here: a snake_case box office and a PascalCase courier's invoices."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def box_office() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE ticket_sales(sale_id INTEGER, sale_dt DATE, channel VARCHAR, qty INTEGER, total_amt DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO ticket_sales SELECT i, DATE '2023-01-01' + INTERVAL (i % 900) DAY,
        ['online', 'box office', 'partner'][1 + i % 3], 1 + i % 4, 20 + (i * 37) % 180 FROM range(1, 2001) t(i)"""
    )
    return con


def courier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Invoices"("InvoiceId" INTEGER, "IssuedOn" DATE, "Region" VARCHAR, "InvoiceAmount" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Invoices" SELECT i, DATE '2024-01-01' + INTERVAL (i % 500) DAY,
        ['North', 'South'][1 + i % 2], 100 + (i * 53) % 900 FROM range(1, 801) t(i)"""
    )
    return con


sales = catalog_fixture(box_office)
invoices = catalog_fixture(courier)


def test_money_over_one_period_is_one_total(sales: Db, invoices: Db) -> None:
    same(
        sales,
        "What was ticket revenue in Q3 2025?",
        "SELECT SUM(total_amt) FROM ticket_sales WHERE sale_dt >= '2025-07-01' AND sale_dt < '2025-10-01'",
    )
    same(
        sales,
        "box office revenue in 2023",
        "SELECT SUM(total_amt) FROM ticket_sales WHERE channel = 'box office' AND year(sale_dt) = 2023",
    )
    same(
        invoices,
        "invoice amount in March 2024",
        'SELECT SUM("InvoiceAmount") FROM "Invoices" WHERE "IssuedOn" >= \'2024-03-01\' AND "IssuedOn" < \'2024-04-01\'',
    )


def test_a_question_for_a_figure_over_a_period_is_one_number(invoices: Db) -> None:
    same(
        invoices,
        "what was the invoice amount in Q2 2024",
        'SELECT SUM("InvoiceAmount") FROM "Invoices" WHERE "IssuedOn" >= \'2024-04-01\' AND "IssuedOn" < \'2024-07-01\'',
    )


def test_a_time_word_still_asks_for_the_trend(sales: Db, invoices: Db) -> None:
    d = answer(sales, "monthly revenue in 2024")
    assert d.plan.dimensions and d.chart.chart_type == "line", d.sql
    d = answer(invoices, "invoice amount over time in 2024")
    assert d.plan.dimensions, d.sql
