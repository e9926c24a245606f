"""Money whose comment names its subunit as a clause of its own ("amount sent to the bank, cents", "face value
(pence)") is read in whole units like "in cents", and so documents its undocumented namesakes in other tables, which
no longer see two units and keep none. On two catalogs written here: a tutoring marketplace's processor export
(snake_case, every amount in cents, one table's amount commented with a trailing unit) and a PascalCase cinema's
ticket desk (integer pence in brackets)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def tutor_market() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE tutor_charges(id VARCHAR PRIMARY KEY, amount BIGINT, status VARCHAR, created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN tutor_charges.amount IS 'amount in cents'")
    con.execute(
        """INSERT INTO tutor_charges SELECT 'ch' || i, 2000 + i * 37 % 6000, 'succeeded',
        TIMESTAMP '2024-01-01 09:00:00' + INTERVAL (i % 400) DAY FROM range(1, 801) t(i)"""
    )
    con.execute(
        """CREATE TABLE tutor_payouts(id VARCHAR PRIMARY KEY, amount BIGINT, bank_name VARCHAR, sent_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN tutor_payouts.amount IS 'amount sent to the tutor''s bank account, cents'")
    con.execute(
        """INSERT INTO tutor_payouts SELECT 'po' || i, 15000 + i * 113 % 40000, ['Northbank', 'Rivercredit'][1 + i % 2],
        TIMESTAMP '2024-01-05' + INTERVAL (i * 3 % 400) DAY FROM range(1, 201) t(i)"""
    )
    con.execute(
        """CREATE TABLE tutor_refunds(id VARCHAR PRIMARY KEY, charge_id VARCHAR REFERENCES tutor_charges(id),
        amount BIGINT, created_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO tutor_refunds SELECT 're' || i, 'ch' || (i * 5), 500 + i * 71 % 3000,
        TIMESTAMP '2024-02-01' + INTERVAL (i * 4 % 360) DAY FROM range(1, 121) t(i)"""
    )
    return con


def cinema_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "TicketSales"("SaleId" INTEGER PRIMARY KEY, "Venue" VARCHAR, "FaceValue" INTEGER,
        "SoldAt" TIMESTAMP)"""
    )
    con.execute("""COMMENT ON COLUMN "TicketSales"."FaceValue" IS 'price printed on the ticket (pence)'""")
    con.execute(
        """INSERT INTO "TicketSales" SELECT i, ['Odeon Row', 'Lido Hall', 'Regent'][1 + i % 3], 650 + i * 19 % 900,
        TIMESTAMP '2024-04-01 18:00:00' + INTERVAL (i * 7 % 2000) HOUR FROM range(1, 601) t(i)"""
    )
    return con


tutors = catalog_fixture(tutor_market)
cinema = catalog_fixture(cinema_desk)


def test_a_unit_said_as_its_own_clause_is_read_in_whole_units(tutors: Db, cinema: Db) -> None:
    same(
        tutors,
        "average payout amount per month",
        "SELECT date_trunc('month', sent_at), avg(amount / 100.0) FROM tutor_payouts GROUP BY 1",
    )
    same(
        cinema,
        "average face value by venue",
        """SELECT "Venue", avg("FaceValue" / 100.0) FROM "TicketSales" GROUP BY 1""",
    )


def test_it_documents_its_namesakes_with_the_other_comments(tutors: Db) -> None:
    same(
        tutors,
        "total refund amount by month",
        "SELECT date_trunc('month', created_at), sum(amount) / 100.0 FROM tutor_refunds GROUP BY 1",
    )
