"""Payments kept under another noun: where no table is called "payments", the word names the table of charges (or card
transactions) whose state says whether each went through or failed, never a table of money given back that shares
its states, and "failed payments per month" counts those rows rather than adding up their money. "payment attempts"
of another table's count stays that count. On two catalogs written here: a climbing gym's card processor export
(snake_case, cents, lower-case states) and a PascalCase festival box office (decimal money, capitalised states)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def gym_processor() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE gym_members(id VARCHAR PRIMARY KEY, full_name VARCHAR, joined_at TIMESTAMP)")
    con.execute(
        """INSERT INTO gym_members SELECT 'm' || i, 'Member ' || i, TIMESTAMP '2023-01-01' + INTERVAL (i * 3) DAY
        FROM range(1, 121) t(i)"""
    )
    con.execute(
        """CREATE TABLE gym_invoices(id VARCHAR PRIMARY KEY, member_id VARCHAR REFERENCES gym_members(id),
        payment_attempts INTEGER, amount_due BIGINT, created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN gym_invoices.payment_attempts IS 'number of payment attempts on the invoice'")
    con.execute(
        """INSERT INTO gym_invoices SELECT 'in' || i, 'm' || (1 + i % 120), 1 + i % 3, 4500,
        TIMESTAMP '2024-01-02' + INTERVAL (i % 360) DAY FROM range(1, 401) t(i)"""
    )
    con.execute(
        """CREATE TABLE gym_charges(id VARCHAR PRIMARY KEY, member_id VARCHAR REFERENCES gym_members(id),
        invoice_id VARCHAR REFERENCES gym_invoices(id), amount BIGINT, status VARCHAR, card_brand VARCHAR,
        created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN gym_charges.amount IS 'amount in cents'")
    con.execute(
        """INSERT INTO gym_charges SELECT 'ch' || i, 'm' || (1 + i % 120), 'in' || (1 + i % 400), 1500 + i * 37 % 9000,
        CASE WHEN i % 6 = 0 THEN 'failed' ELSE 'succeeded' END, ['visa', 'mastercard', 'amex'][1 + i % 3],
        TIMESTAMP '2024-01-03 10:00:00' + INTERVAL (i * 5 % 700) DAY FROM range(1, 901) t(i)"""
    )
    con.execute(
        """CREATE TABLE gym_refunds(id VARCHAR PRIMARY KEY, charge_id VARCHAR REFERENCES gym_charges(id),
        amount BIGINT, status VARCHAR, created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN gym_refunds.status IS 'succeeded or failed; a failed refund gives the payment back'")
    con.execute(
        """INSERT INTO gym_refunds SELECT 're' || i, 'ch' || (i * 7), 800, CASE WHEN i % 4 = 0 THEN 'failed'
        ELSE 'succeeded' END, TIMESTAMP '2024-02-01' + INTERVAL (i * 9 % 500) DAY FROM range(1, 81) t(i)"""
    )
    return con


def box_office() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Buyers"("BuyerId" INTEGER PRIMARY KEY, "BuyerName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Buyers" SELECT i, 'Buyer ' || i, ['NL', 'BE', 'DE'][1 + i % 3] FROM range(1, 61) t(i)"""
    )
    con.execute(
        """CREATE TABLE "CardTransactions"("TransactionId" INTEGER PRIMARY KEY,
        "BuyerId" INTEGER REFERENCES "Buyers"("BuyerId"), "Amount" DECIMAL(10, 2), "Outcome" VARCHAR,
        "CardScheme" VARCHAR, "ProcessedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "CardTransactions" SELECT i, 1 + i % 60, 25 + (i * 53 % 4000) / 10.0,
        ['Settled', 'Settled', 'Declined', 'Settled', 'Settled'][1 + i % 5], ['Visa', 'Maestro'][1 + i % 2],
        TIMESTAMP '2024-05-01 12:00:00' + INTERVAL (i * 11 % 5000) HOUR FROM range(1, 701) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Reversals"("ReversalId" INTEGER PRIMARY KEY,
        "TransactionId" INTEGER REFERENCES "CardTransactions"("TransactionId"), "Amount" DECIMAL(10, 2),
        "Outcome" VARCHAR, "ReversedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Reversals" SELECT i, i * 9, 12.5, CASE WHEN i % 3 = 0 THEN 'Declined' ELSE 'Settled' END,
        TIMESTAMP '2024-06-01' + INTERVAL (i * 4) DAY FROM range(1, 51) t(i)"""
    )
    return con


gym = catalog_fixture(gym_processor)
box = catalog_fixture(box_office)


def test_payments_are_the_charges_counted(gym: Db, box: Db) -> None:
    same(
        gym,
        "failed payments per month",
        "SELECT date_trunc('month', created_at), count(*) FROM gym_charges WHERE status = 'failed' GROUP BY 1",
    )
    same(
        gym,
        "how many successful payments were there in 2024",
        "SELECT count(*) FROM gym_charges WHERE status = 'succeeded' AND year(created_at) = 2024",
    )
    same(
        box,
        "declined payments by card scheme",
        """SELECT "CardScheme", count(*) FROM "CardTransactions" WHERE "Outcome" = 'Declined' GROUP BY 1""",
    )
    same(
        box,
        "payments per week",
        """SELECT date_trunc('week', "ProcessedAt"), count(*) FROM "CardTransactions" WHERE "Outcome" = 'Settled'
        GROUP BY 1""",
    )


def test_the_biggest_payments_are_charges(gym: Db, box: Db) -> None:
    d = answer(gym, "5 biggest payments ever")
    assert "gym_charges" in d.sql and "gym_refunds" not in d.sql, d.sql
    d = answer(box, "top 3 largest payments")
    got = box[0].execute(d.sql).fetchall()
    assert len(got) == 3 and '"CardTransactions"' in d.sql and "Reversals" not in d.sql, d.sql


def test_payment_before_another_tables_noun_stays_that_noun(gym: Db) -> None:
    same(
        gym,
        "avg payment attempts per invoice by month",
        "SELECT date_trunc('month', created_at), avg(payment_attempts) FROM gym_invoices GROUP BY 1",
    )
