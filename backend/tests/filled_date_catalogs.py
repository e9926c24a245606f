"""Catalogs written for the tests of a table's date (neither the demo nor an eval catalog): a snake_case repair bench
whose first time column is empty on the repairs never fixed, and PascalCase parcel deliveries whose hand-over time is
empty on the deliveries refused or lost; each also stamps every row when it was logged."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def repair_bench() -> duckdb.DuckDBPyConnection:
    """240 repairs on 3 benches over 2031, fixed or scrapped; fixed_at is set on the fixed ones only."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute(
        "CREATE TABLE repairs(repair_id INTEGER PRIMARY KEY, bench VARCHAR, outcome VARCHAR, "
        "fixed_at TIMESTAMP, logged_at TIMESTAMP NOT NULL)"
    )
    rows = []
    for k in range(1, 241):
        logged = dt.datetime(2031, 1, 1, 9) + dt.timedelta(hours=rnd.randint(0, 8600))
        outcome = rnd.choice(["fixed", "fixed", "scrapped"])
        fixed = logged + dt.timedelta(hours=rnd.randint(2, 60)) if outcome == "fixed" else None
        rows.append((k, rnd.choice(["North bench", "South bench", "Loft"]), outcome, fixed, logged))
    con.executemany("INSERT INTO repairs VALUES (?, ?, ?, ?, ?)", rows)
    return con


def parcel_deliveries() -> duckdb.DuckDBPyConnection:
    """300 Deliveries by 4 couriers over 2031; HandedOverAt is set on the delivered ones only."""
    con = duckdb.connect()
    rnd = random.Random(72)
    con.execute(
        'CREATE TABLE "Deliveries"("DeliveryRef" VARCHAR, "Courier" VARCHAR, "Outcome" VARCHAR, '
        '"HandedOverAt" TIMESTAMP, "LoggedAt" TIMESTAMP NOT NULL)'
    )
    rows = []
    for k in range(1, 301):
        logged = dt.datetime(2031, 1, 1, 7) + dt.timedelta(hours=rnd.randint(0, 8600))
        outcome = rnd.choice(["Delivered", "Delivered", "Delivered", "Refused", "Lost"])
        handed = logged + dt.timedelta(hours=rnd.randint(3, 50)) if outcome == "Delivered" else None
        rows.append((f"DL-{k:04d}", rnd.choice(["Vane", "Osei", "Kowal", "Prior"]), outcome, handed, logged))
    con.executemany('INSERT INTO "Deliveries" VALUES (?, ?, ?, ?, ?)', rows)
    return con
