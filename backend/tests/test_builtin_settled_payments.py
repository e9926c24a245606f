"""A payment counts once it went through: over a table of payments whose state column holds a settled value and a
failed one, counts of payments, shares of payments per method, and the amounts, tips or fees added up keep the
settled rows alone, whatever the question's words (not only "revenue"), as orders are kept to the completed ones; a
state the question names or groups by stays its own. On two catalogs written here: a bakery's till export (snake_case,
cents, upper-case states) and a PascalCase ferry booking desk (decimal money, capitalised states)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def bakery_till() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE till_shops(id INTEGER PRIMARY KEY, shop_name VARCHAR)")
    con.execute("INSERT INTO till_shops VALUES (1, 'Harbour Street'), (2, 'Mill Lane'), (3, 'Station Road')")
    con.execute(
        """CREATE TABLE till_payments(id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES till_shops(id),
        taken_at TIMESTAMP, status VARCHAR, tender VARCHAR, amount_cents BIGINT, tip_cents BIGINT, fee_cents BIGINT)"""
    )
    con.execute(
        """INSERT INTO till_payments SELECT i, 1 + i % 3, TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (i * 7 % 400) DAY,
        CASE WHEN i % 5 = 0 THEN 'FAILED' ELSE 'COMPLETED' END, ['CARD', 'CASH', 'CARD', 'WALLET'][1 + i % 4],
        300 + i * 37 % 2000, i * 13 % 300, CASE WHEN i % 4 = 1 THEN 0 ELSE 10 + i % 50 END FROM range(1, 1201) t(i)"""
    )
    return con


def ferry_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Routes"("RouteId" INTEGER PRIMARY KEY, "RouteName" VARCHAR)')
    con.execute("""INSERT INTO "Routes" VALUES (1, 'Isle Loop'), (2, 'Bay Crossing')""")
    con.execute(
        """CREATE TABLE "BookingPayments"("PaymentId" INTEGER PRIMARY KEY,
        "RouteId" INTEGER REFERENCES "Routes"("RouteId"), "PaidAt" TIMESTAMP, "Outcome" VARCHAR,
        "PaymentMethod" VARCHAR, "Amount" DECIMAL(10, 2), "Tip" DECIMAL(10, 2))"""
    )
    con.execute(
        """INSERT INTO "BookingPayments" SELECT i, 1 + i % 2, TIMESTAMP '2024-03-01 09:00:00' + INTERVAL (i % 300) DAY,
        ['Settled', 'Settled', 'Declined', 'Settled'][1 + i % 4], ['Card', 'Voucher', 'Card'][1 + i % 3],
        20 + (i * 31 % 400) / 4.0, (i % 7) / 2.0 FROM range(1, 801) t(i)"""
    )
    return con


till = catalog_fixture(bakery_till)
ferry = catalog_fixture(ferry_desk)


def test_counts_and_shares_of_payments_keep_the_settled_ones(till: Db, ferry: Db) -> None:
    same(
        till,
        "how many payments per month",
        """SELECT date_trunc('month', taken_at), count(*) FROM till_payments WHERE status = 'COMPLETED' GROUP BY 1""",
    )
    d = same(
        till,
        "cash share of payments per quarter",
        """SELECT date_trunc('quarter', taken_at), 100.0 * count(*) FILTER (WHERE tender = 'CASH') / count(*)
        FROM till_payments WHERE status = 'COMPLETED' GROUP BY 1""",
    )
    assert any("went through" in t for t in d.thoughts)
    same(
        ferry,
        "number of payments by route",
        """SELECT r."RouteName", count(*) FROM "BookingPayments" p JOIN "Routes" r ON r."RouteId" = p."RouteId"
        WHERE p."Outcome" = 'Settled' GROUP BY 1""",
    )


def test_amounts_tips_and_fees_keep_the_settled_ones(till: Db, ferry: Db) -> None:
    same(
        till,
        "total amount by tender",
        "SELECT tender, sum(amount_cents) / 100.0 FROM till_payments WHERE status = 'COMPLETED' GROUP BY 1",
    )
    same(
        till,
        "fees by shop",
        """SELECT s.shop_name, sum(p.fee_cents) / 100.0 FROM till_payments p JOIN till_shops s ON s.id = p.shop_id
        WHERE p.status = 'COMPLETED' GROUP BY 1""",
    )
    same(
        ferry,
        "average amount per payment method",
        """SELECT "PaymentMethod", avg("Amount") FROM "BookingPayments" WHERE "Outcome" = 'Settled' GROUP BY 1""",
    )


def test_a_state_named_or_grouped_by_stays_its_own(till: Db, ferry: Db) -> None:
    same(till, "how many payments failed", "SELECT count(*) FROM till_payments WHERE status = 'FAILED'")
    same(
        ferry,
        "payments by outcome",
        """SELECT "Outcome", count(*) FROM "BookingPayments" GROUP BY 1""",
    )


def dues_ledger() -> duckdb.DuckDBPyConnection:
    """A rowing club's dues in snake_case: succeeded, failed and refunded payments, the refunds dated."""
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE dues_payments(id INTEGER PRIMARY KEY, paid_at TIMESTAMP, status VARCHAR, amount DECIMAL(10, 2),
        refunded_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO dues_payments SELECT i, TIMESTAMP '2023-01-01 10:00:00' + INTERVAL (i % 700) DAY,
        CASE WHEN i % 9 = 0 THEN 'failed' WHEN i % 11 = 0 THEN 'refunded' ELSE 'succeeded' END, 20 + i % 80,
        CASE WHEN i % 11 = 0 AND i % 9 <> 0 THEN TIMESTAMP '2023-01-20 10:00:00' + INTERVAL (i % 700) DAY END
        FROM range(1, 901) t(i)"""
    )
    return con


dues = catalog_fixture(dues_ledger)


def test_a_histogram_or_another_state_said_reads_every_payment_it_names(dues: Db) -> None:
    same(dues, "how much did we refund in 2024",
         "SELECT sum(amount) FROM dues_payments WHERE status = 'refunded' AND year(refunded_at) = 2024")  # fmt: skip
    d = answer(dues, "histogram of payment amounts")
    binned = dues[0].execute(f"SELECT sum(count) FROM ({d.sql})").fetchone()
    assert binned is not None and binned[0] == 900, d.sql
