"""Two catalogs written for the tests of a carrier's revenue (neither the demo nor an eval catalog): a snake_case
parcel courier whose only money is the postage charge of each parcel (and a declared value it does not earn) and a
camelCase haulage firm charging a haulage charge per load to its customers."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def parcel_courier() -> duckdb.DuckDBPyConnection:
    """Parcels (an id, when booked, a service level, the postage charge, a declared value, a weight)."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute(
        "CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, booked_on TIMESTAMP, service VARCHAR, "
        "postage_charge DECIMAL(8, 2), declared_value DECIMAL(10, 2), weight_kg DOUBLE)"
    )
    start = dt.datetime(2024, 1, 1, 8)
    rows = [
        (k, start + dt.timedelta(hours=rnd.randrange(24 * 360)), rnd.choice(["Express", "Standard", "Economy"]),
         round(rnd.uniform(4, 40), 2), round(rnd.uniform(10, 900), 2), round(rnd.uniform(0.2, 30), 1))
        for k in range(1, 801)
    ]  # fmt: skip
    con.executemany("INSERT INTO parcels VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def haulage_firm() -> duckdb.DuckDBPyConnection:
    """Customers (an id, a name); loads (an id, the customer, when picked up, tonnes, the haulage charge)."""
    con = duckdb.connect()
    rnd = random.Random(32)
    con.execute('CREATE TABLE "customers"("customerId" INTEGER PRIMARY KEY, "customerName" VARCHAR)')
    con.executemany('INSERT INTO "customers" VALUES (?, ?)', [(1, "Agri Co"), (2, "Build Ltd"), (3, "Mill Group")])
    con.execute(
        'CREATE TABLE "loads"("loadId" INTEGER PRIMARY KEY, "customerId" INTEGER REFERENCES "customers"("customerId"), '
        '"pickedUpAt" TIMESTAMP, "weightTonnes" DOUBLE, "haulageCharge" DECIMAL(10, 2))'
    )
    start = dt.datetime(2023, 6, 1, 6)
    rows = [
        (k, rnd.randint(1, 3), start + dt.timedelta(hours=rnd.randrange(24 * 400)), round(rnd.uniform(2, 40), 1),
         round(rnd.uniform(200, 3000), 2))
        for k in range(1, 501)
    ]  # fmt: skip
    con.executemany('INSERT INTO "loads" VALUES (?, ?, ?, ?, ?)', rows)
    return con
