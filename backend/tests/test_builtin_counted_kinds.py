"""Payments counted by a kind of their own: "elevated risk charges per month", "how many Suspicious payments in 2024"
count every payment of that kind (a risk level, a screening verdict, a decline code, a test flag), whatever became of
it, and "declines"/"failures" said in other words than the stored state keep the payments that fell through; a plain
count of payments and money added up still keep the ones that went through. On two catalogs written here: a scooter
rental app's card processor export (snake_case, cents, lower-case states) and a PascalCase charity's donation desk
(decimal money, capitalised states)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def scooter_processor() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE scooter_riders(id VARCHAR PRIMARY KEY, rider_name VARCHAR, joined_at TIMESTAMP)")
    con.execute(
        """INSERT INTO scooter_riders SELECT 'r' || i, 'Rider ' || i, TIMESTAMP '2023-02-01' + INTERVAL (i * 2) DAY
        FROM range(1, 91) t(i)"""
    )
    con.execute(
        """CREATE TABLE scooter_charges(id VARCHAR PRIMARY KEY, rider_id VARCHAR REFERENCES scooter_riders(id),
        amount BIGINT, status VARCHAR, decline_code VARCHAR, risk_level VARCHAR, created_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN scooter_charges.amount IS 'amount in cents'")
    con.execute(
        "COMMENT ON COLUMN scooter_charges.decline_code IS 'why the card was declined; NULL when it went through'"
    )
    con.execute(
        """INSERT INTO scooter_charges SELECT 'ch' || i, 'r' || (1 + i % 90), 300 + i * 41 % 2500,
        CASE WHEN i % 7 = 0 THEN 'failed' ELSE 'succeeded' END,
        CASE WHEN i % 7 = 0 THEN ['insufficient_funds', 'card_declined', 'expired_card'][1 + i % 3] END,
        CASE WHEN i % 5 = 0 THEN 'elevated' ELSE 'normal' END,
        TIMESTAMP '2024-01-01 07:00:00' + INTERVAL (i * 13 % 600) DAY FROM range(1, 1401) t(i)"""
    )
    return con


def donation_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Donors"("DonorId" INTEGER PRIMARY KEY, "DonorName" VARCHAR)')
    con.execute("""INSERT INTO "Donors" SELECT i, 'Donor ' || i FROM range(1, 41) t(i)""")
    con.execute(
        """CREATE TABLE "DonationPayments"("PaymentId" INTEGER PRIMARY KEY,
        "DonorId" INTEGER REFERENCES "Donors"("DonorId"), "Amount" DECIMAL(10, 2), "Outcome" VARCHAR,
        "Screening" VARCHAR, "CardOrigin" VARCHAR, "ProcessedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "DonationPayments" SELECT i, 1 + i % 40, 10 + (i * 29 % 900) / 4.0,
        ['Captured', 'Captured', 'Declined', 'Captured'][1 + i % 4], ['Clean', 'Clean', 'Suspicious'][1 + i % 3],
        ['Domestic', 'Foreign', 'Domestic', 'Domestic', 'Foreign'][1 + i % 5],
        TIMESTAMP '2023-09-01 12:00:00' + INTERVAL (i * 17 % 9000) HOUR FROM range(1, 901) t(i)"""
    )
    return con


scooter = catalog_fixture(scooter_processor)
donations = catalog_fixture(donation_desk)


def test_a_count_picked_by_a_kind_counts_every_payment_of_it(scooter: Db, donations: Db) -> None:
    same(
        scooter,
        "elevated risk charges per month",
        """SELECT date_trunc('month', created_at), count(*) FROM scooter_charges WHERE risk_level = 'elevated'
        GROUP BY 1""",
    )
    same(
        donations,
        "how many Suspicious payments in 2024",
        """SELECT count(*) FROM "DonationPayments" WHERE "Screening" = 'Suspicious' AND year("ProcessedAt") = 2024""",
    )
    same(
        donations,
        "Foreign payments per month",
        """SELECT date_trunc('month', "ProcessedAt"), count(*) FROM "DonationPayments" WHERE "CardOrigin" = 'Foreign'
        GROUP BY 1""",
    )


def test_declines_said_in_other_words_keep_the_ones_that_fell_through(scooter: Db) -> None:
    same(
        scooter,
        "expired card declines per quarter",
        """SELECT date_trunc('quarter', created_at), count(*) FROM scooter_charges WHERE decline_code = 'expired_card'
        GROUP BY 1""",
    )


def test_plain_counts_and_money_still_keep_the_settled_ones(scooter: Db, donations: Db) -> None:
    same(
        scooter,
        "how many charges per month",
        "SELECT date_trunc('month', created_at), count(*) FROM scooter_charges WHERE status = 'succeeded' GROUP BY 1",
    )
    same(
        donations,
        "total amount of Foreign payments",
        """SELECT sum("Amount") FROM "DonationPayments" WHERE "CardOrigin" = 'Foreign' AND "Outcome" = 'Captured'""",
    )
