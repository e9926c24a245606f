"""Catalogs for the documented-subunit tests: money in subunits documented on one column of a name only."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def ticket_desk() -> duckdb.DuckDBPyConnection:
    """A concert ticketing desk in snake_case: `sales.amount` documented in cents, `refunds.amount` not."""
    rng = random.Random(5)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, venue VARCHAR, sold_at TIMESTAMP, amount BIGINT, seats INTEGER)"
    )
    con.execute("COMMENT ON COLUMN sales.amount IS 'ticket price paid, in cents'")
    con.execute(
        "CREATE TABLE refunds (refund_id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(sale_id), "
        "refunded_at TIMESTAMP, amount BIGINT, reason VARCHAR)"
    )
    for i in range(1, 1201):
        at = dt.datetime(2024, 1, 1) + dt.timedelta(hours=rng.randrange(24 * 366))
        con.execute(
            "INSERT INTO sales VALUES (?, ?, ?, ?, ?)",
            [i, rng.choice(["Dome", "Arena", "Cellar"]), at, rng.randrange(1500, 12000), rng.randrange(1, 5)],
        )
    for i in range(1, 151):
        at = dt.datetime(2024, 2, 1) + dt.timedelta(hours=rng.randrange(24 * 330))
        con.execute(
            "INSERT INTO refunds VALUES (?, ?, ?, ?, ?)",
            [i, rng.randrange(1, 1201), at, rng.randrange(1500, 9000), rng.choice(["Illness", "Cancelled show"])],
        )
    return con


def craft_market() -> duckdb.DuckDBPyConnection:
    """A craft marketplace in PascalCase: `Payout.Amount` documented in pence, `Commission.Amount` not."""
    rng = random.Random(8)
    con = duckdb.connect()
    con.execute('CREATE TABLE "Maker" ("MakerId" INTEGER PRIMARY KEY, "ShopName" VARCHAR, "Craft" VARCHAR)')
    con.execute(
        'CREATE TABLE "Payout" ("PayoutId" INTEGER PRIMARY KEY, "MakerId" INTEGER REFERENCES "Maker"("MakerId"), '
        '"PaidOn" DATE, "Amount" BIGINT)'
    )
    con.execute('COMMENT ON COLUMN "Payout"."Amount" IS \'sent to the maker, in pence\'')
    con.execute(
        'CREATE TABLE "Commission" ("CommissionId" INTEGER PRIMARY KEY, "MakerId" INTEGER REFERENCES "Maker"("MakerId"), '
        '"ChargedOn" DATE, "Amount" BIGINT)'
    )
    for i in range(1, 31):
        con.execute(
            'INSERT INTO "Maker" VALUES (?, ?, ?)', [i, f"Shop {i}", rng.choice(["Pottery", "Weaving", "Glass"])]
        )
    for i in range(1, 501):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
        con.execute(
            'INSERT INTO "Payout" VALUES (?, ?, ?, ?)', [i, rng.randrange(1, 31), day, rng.randrange(2000, 90000)]
        )
        con.execute(
            'INSERT INTO "Commission" VALUES (?, ?, ?, ?)', [i, rng.randrange(1, 31), day, rng.randrange(100, 5000)]
        )
    return con
