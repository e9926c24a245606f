"""Tables whose events are dates of their rows: subscriptions with the day each was cancelled (snake_case) and
shipments with the day each was delivered (PascalCase), both carrying money a "total" could wrongly sum."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def subscriptions() -> duckdb.DuckDBPyConnection:
    """Subscriptions started over 2023–2024, about a third cancelled later, each with a monthly fee."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute(
        "CREATE TABLE subscriptions(sub_id INTEGER PRIMARY KEY, customer_name VARCHAR, plan VARCHAR, "
        "started_on DATE, cancellation_date DATE, monthly_fee DOUBLE)"
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        start = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        cancelled = start + dt.timedelta(days=rnd.randint(20, 300)) if k % 3 == 0 else None
        rows.append((k, f"Customer {k}", rnd.choice(["Basic", "Plus", "Pro"]), start, cancelled,
                     rnd.choice([9.0, 19.0, 49.0])))  # fmt: skip
    con.executemany("INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def parcel_shipments() -> duckdb.DuckDBPyConnection:
    """Shipments sent by three carriers, most delivered some days later, each with a charge."""
    con = duckdb.connect()
    rnd = random.Random(32)
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "Carrier" VARCHAR, "ShippedAt" TIMESTAMP, '
        '"DeliveryDate" DATE, "ChargeUsd" DOUBLE)'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 501):
        sent = dt.datetime(2024, 1, 1, 8) + dt.timedelta(hours=rnd.randrange(8000))
        came = (sent + dt.timedelta(days=rnd.randint(1, 9))).date() if k % 5 else None
        rows.append((k, rnd.choice(["Swift", "Blue", "Metro"]), sent, came, round(rnd.uniform(4, 80), 2)))
    con.executemany('INSERT INTO "Shipments" VALUES (?, ?, ?, ?, ?)', rows)
    return con
