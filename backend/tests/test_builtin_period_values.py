"""Time words are not the values that end in them. "per month", "by month", "each month" ask for monthly buckets, never
for every plan whose slug ends in the word ('ten_per_month', 'trial_month'); "monthly revenue" is revenue per month,
not the rows billed 'monthly' (while "monthly subscriptions" still are those). On two catalogs written here: a Django
app of a coworking space (`<app>_<model>` tables, money in cents, slugs) and a PascalCase sports club."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same


def coworking() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE spaces_location(id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)")
    con.execute(
        "INSERT INTO spaces_location SELECT i, 'Hub ' || i, ['Lyon', 'Nantes', 'Lille'][1 + i % 3] FROM range(1, 7) t(i)"
    )
    con.execute(
        """CREATE TABLE accounts_subscription(id INTEGER PRIMARY KEY, location_id INTEGER REFERENCES spaces_location(id),
        plan VARCHAR, billing_period VARCHAR, price_cents INTEGER, started_on DATE, is_auto_renew BOOLEAN)"""
    )
    con.execute(
        """INSERT INTO accounts_subscription SELECT i, 1 + i % 6,
        ['ten_per_month', 'trial_month', 'unlimited', 'unlimited_annual'][1 + i % 4],
        CASE WHEN i % 4 = 3 THEN 'annual' ELSE 'monthly' END, [9900, 1900, 24900, 249000][1 + i % 4],
        DATE '2023-01-01' + CAST(i * 3 % 900 AS INTEGER), i % 3 = 0 FROM range(1, 401) t(i)"""
    )
    con.execute(
        """CREATE TABLE billing_invoice(id INTEGER PRIMARY KEY,
        subscription_id INTEGER REFERENCES accounts_subscription(id), amount_cents INTEGER, paid_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO billing_invoice SELECT i, 1 + i % 400, 1000 + i * 37 % 20000,
        TIMESTAMP '2023-01-01 09:00:00' + INTERVAL (i * 11 % 900) DAY FROM range(1, 1201) t(i)"""
    )
    return con


def sports_club() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "Plan" VARCHAR)')
    con.execute(
        """INSERT INTO "Members" SELECT i, 'Member ' || i,
        ['Pay Per Month', 'Trial Month', 'Season Pass'][1 + i % 3] FROM range(1, 301) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Fees"("FeeId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES "Members"("MemberId"),
        "Cycle" VARCHAR, "Amount" DECIMAL(10, 2), "ChargedOn" DATE)"""
    )
    con.execute(
        """INSERT INTO "Fees" SELECT i, 1 + i % 300, ['Weekly', 'Monthly', 'Yearly'][1 + i % 3], 5 + i * 13 % 200,
        DATE '2024-01-01' + CAST(i * 7 % 700 AS INTEGER) FROM range(1, 901) t(i)"""
    )
    return con


cowork = catalog_fixture(coworking)
club = catalog_fixture(sports_club)


def test_per_month_groups_by_month_instead_of_filtering_plans_ending_in_month(cowork: Db, club: Db) -> None:
    d = same(
        cowork,
        "subscriptions started per month in 2024",
        """SELECT date_trunc('month', started_on), count(*) FROM accounts_subscription
        WHERE started_on >= '2024-01-01' AND started_on < '2025-01-01' GROUP BY 1""",
    )
    assert "plan" not in d.sql
    d = answer(club, "fees charged each month in 2024")
    assert '"Plan"' not in d.sql
    assert rows(club[0], d.sql) == rows(
        club[0],
        """SELECT date_trunc('month', "ChargedOn"), count(*) FROM "Fees"
        WHERE "ChargedOn" >= '2024-01-01' AND "ChargedOn" < '2025-01-01' GROUP BY 1""",
    )


def test_a_time_adjective_before_money_is_the_buckets_not_a_billing_value(cowork: Db, club: Db) -> None:
    same(
        cowork,
        "monthly revenue in 2024",
        """SELECT date_trunc('month', paid_at), sum(amount_cents) / 100.0 FROM billing_invoice
        WHERE paid_at >= '2024-01-01' AND paid_at < '2025-01-01' GROUP BY 1""",
    )
    same(
        club,
        "weekly amount in March 2024",
        """SELECT date_trunc('week', "ChargedOn"), sum("Amount") FROM "Fees"
        WHERE "ChargedOn" >= '2024-03-01' AND "ChargedOn" < '2024-04-01' GROUP BY 1""",
    )


def test_a_time_adjective_before_the_rows_is_still_their_value(cowork: Db, club: Db) -> None:
    same(
        cowork,
        "how many annual subscriptions",
        "SELECT count(*) FROM accounts_subscription WHERE billing_period = 'annual'",
    )
    same(club, "how many yearly fees", """SELECT count(*) FROM "Fees" WHERE "Cycle" = 'Yearly'""")
