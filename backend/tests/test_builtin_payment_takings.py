"""Money taken in over a processor's export: where payments (kept as charges or transactions, with a settled and a
fell-through state), refunds, disputes and payouts all hold an amount alike, "revenue", "gross volume" and "payment
volume" are the money of the payments that went through (in a catalog keeping no orders of its own), not another
table's amount; "gross volume" is money, not a
quantity, where no column is called a volume. On two catalogs written here: a dojo's card processor export
(snake_case, cents) and a PascalCase ski-rental kiosk (decimal money, capitalised states)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def dojo_processor() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE dojo_students(id VARCHAR PRIMARY KEY, full_name VARCHAR, country VARCHAR)")
    con.execute(
        """INSERT INTO dojo_students SELECT 's' || i, 'Student ' || i, ['JP', 'FR', 'US'][1 + i % 3]
        FROM range(1, 91) t(i)"""
    )
    con.execute(
        """CREATE TABLE dojo_charges(id VARCHAR PRIMARY KEY, student_id VARCHAR REFERENCES dojo_students(id),
        amount BIGINT, status VARCHAR, created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN dojo_charges.amount IS 'amount in cents'")
    con.execute(
        """INSERT INTO dojo_charges SELECT 'ch' || i, 's' || (1 + i % 90), 2000 + i * 41 % 7000,
        CASE WHEN i % 7 = 0 THEN 'failed' ELSE 'succeeded' END,
        TIMESTAMP '2024-01-03 10:00:00' + INTERVAL (i * 3 % 600) DAY FROM range(1, 801) t(i)"""
    )
    con.execute(
        """CREATE TABLE dojo_disputes(id VARCHAR PRIMARY KEY, charge_id VARCHAR REFERENCES dojo_charges(id),
        amount BIGINT, created_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO dojo_disputes SELECT 'dp' || i, 'ch' || (i * 11), 5000, TIMESTAMP '2024-03-01' + INTERVAL (i * 13)
        DAY FROM range(1, 31) t(i)"""
    )
    con.execute(
        """CREATE TABLE dojo_refunds(id VARCHAR PRIMARY KEY, charge_id VARCHAR REFERENCES dojo_charges(id),
        amount BIGINT, status VARCHAR, created_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO dojo_refunds SELECT 're' || i, 'ch' || (i * 5), 900, CASE WHEN i % 4 = 0 THEN 'failed'
        ELSE 'succeeded' END, TIMESTAMP '2024-02-01' + INTERVAL (i * 9 % 500) DAY FROM range(1, 61) t(i)"""
    )
    return con


def ski_kiosk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Payouts"("PayoutId" INTEGER PRIMARY KEY, "Amount" DECIMAL(10, 2), "ArrivedOn" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Payouts" SELECT i, 900 + i, TIMESTAMP '2024-01-05' + INTERVAL (i * 7) DAY
        FROM range(1, 81) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Transactions"("TransactionId" INTEGER PRIMARY KEY, "Amount" DECIMAL(10, 2), "Status" VARCHAR,
        "Shop" VARCHAR, "CreatedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Transactions" SELECT i, 15 + (i * 29 % 3000) / 10.0,
        ['Settled', 'Settled', 'Declined', 'Settled'][1 + i % 4], ['Summit', 'Valley'][1 + i % 2],
        TIMESTAMP '2023-11-01 09:00:00' + INTERVAL (i * 13 % 9000) HOUR FROM range(1, 901) t(i)"""
    )
    return con


dojo = catalog_fixture(dojo_processor)
kiosk = catalog_fixture(ski_kiosk)


def test_revenue_is_the_money_of_the_payments_that_went_through(dojo: Db, kiosk: Db) -> None:
    same(
        dojo,
        "revenue by month",
        """SELECT date_trunc('month', created_at), sum(amount) / 100.0 FROM dojo_charges WHERE status = 'succeeded'
        GROUP BY 1""",
    )
    same(
        dojo,
        "revenue 2025 vs 2024",
        """SELECT date_trunc('year', created_at), sum(amount) / 100.0 FROM dojo_charges WHERE status = 'succeeded'
        AND year(created_at) IN (2024, 2025) GROUP BY 1""",
    )
    same(
        kiosk,
        "revenue per month",
        """SELECT date_trunc('month', "CreatedAt"), sum("Amount") FROM "Transactions" WHERE "Status" = 'Settled'
        GROUP BY 1""",
    )


def test_gross_volume_is_money_taken_in(dojo: Db, kiosk: Db) -> None:
    same(
        dojo,
        "gross volume by month",
        """SELECT date_trunc('month', created_at), sum(amount) / 100.0 FROM dojo_charges WHERE status = 'succeeded'
        GROUP BY 1""",
    )
    same(
        kiosk,
        "payment volume by shop",
        """SELECT "Shop", sum("Amount") FROM "Transactions" WHERE "Status" = 'Settled' GROUP BY 1""",
    )
    same(
        kiosk,
        "daily gross volume in march 2024",
        """SELECT CAST("CreatedAt" AS DATE), sum("Amount") FROM "Transactions" WHERE "Status" = 'Settled'
        AND "CreatedAt" >= TIMESTAMP '2024-03-01' AND "CreatedAt" < TIMESTAMP '2024-04-01' GROUP BY 1""",
    )
