"""Two catalogs written for the tests of rates that are ratios of totals (neither the demo nor an eval catalog): a cab
firm in snake_case with declared keys (trips carry a fare, a tip, a promotional discount and the fuel they burnt in
money; refunds are paid to riders of a driver's trips, in their own table) and a garden-centre chain in PascalCase
without declared keys (sales carry a gross amount, a discount, the net amount, a cost and a tip jar for delivery; returns are booked
against the customer, in their own table, on their own date)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_DEPOTS = ["Harbour", "Uptown", "Airport"]
_PAYMENTS = ["Card", "Cash", "App"]
_CLASSES = ["Standard", "Executive", "Minibus"]


def cab_firm() -> duckdb.DuckDBPyConnection:
    """Drivers at depots; trips of a driver (picked up at a time, paid by a payment type, of a service class) with a
    fare, a tip, a promotional discount off the fare and the fuel cost; refunds paid back on a driver's trips, dated."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute("CREATE TABLE drivers(driver_id INTEGER PRIMARY KEY, driver_name VARCHAR, depot VARCHAR)")
    con.executemany(
        "INSERT INTO drivers VALUES (?, ?, ?)", [(i, f"Driver {i:02d}", _DEPOTS[i % 3]) for i in range(1, 25)]
    )
    con.execute(
        "CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(driver_id), "
        "pickup_at TIMESTAMP, payment_type VARCHAR, service_class VARCHAR, fare_amount DECIMAL(8,2), "
        "tip_amount DECIMAL(8,2), discount_amount DECIMAL(8,2), fuel_cost DECIMAL(8,2))"
    )
    trips: list[tuple[Any, ...]] = []
    for k in range(1, 1501):
        at = dt.datetime(2024, 1, 1, 6) + dt.timedelta(minutes=rnd.randrange(365 * 24 * 60))
        pay = rnd.choice(_PAYMENTS)
        fare = round(rnd.uniform(6, 90), 2)
        tip = 0.0 if pay == "Cash" and rnd.random() < 0.7 else round(fare * rnd.uniform(0, 0.25), 2)
        disc = round(fare * rnd.choice([0, 0, 0, 0.1, 0.2]), 2)
        trips.append((k, rnd.randint(1, 24), at, pay, rnd.choice(_CLASSES), fare, tip, disc,
                      round(fare * rnd.uniform(0.1, 0.35), 2)))  # fmt: skip
    con.executemany("INSERT INTO trips VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", trips)
    con.execute(
        "CREATE TABLE refunds(refund_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(driver_id), "
        "refund_date DATE, refund_amount DECIMAL(8,2), reason VARCHAR)"
    )
    refunds = [
        (k, rnd.randint(1, 24), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(366)),
         round(rnd.uniform(3, 60), 2), rnd.choice(["Overcharge", "Late", "Route"]))
        for k in range(1, 181)
    ]  # fmt: skip
    con.executemany("INSERT INTO refunds VALUES (?, ?, ?, ?, ?)", refunds)
    return con


def garden_chain() -> duckdb.DuckDBPyConnection:
    """Regions, customers of a region; sales to a customer (a product line, a category, a gross amount, a discount off
    it, the net amount left, the cost of the goods, a delivery tip, a payment method); returns of a customer on their own date."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute('CREATE TABLE "Regions"("RegionId" INTEGER, "RegionName" VARCHAR)')
    con.executemany('INSERT INTO "Regions" VALUES (?, ?)', list(enumerate(["Coast", "Vale", "Moor", "Fen"], 1)))
    con.execute('CREATE TABLE "Customers"("CustomerId" INTEGER, "CustomerName" VARCHAR, "RegionId" INTEGER)')
    con.executemany(
        'INSERT INTO "Customers" VALUES (?, ?, ?)', [(i, f"Customer {i:03d}", 1 + i % 4) for i in range(1, 151)]
    )
    con.execute(
        'CREATE TABLE "Sales"("SaleId" INTEGER, "CustomerId" INTEGER, "SaleDate" DATE, "ProductLine" VARCHAR, '
        '"Category" VARCHAR, "GrossAmount" DOUBLE, "DiscountAmount" DOUBLE, "NetAmount" DOUBLE, "CostAmount" DOUBLE, '
        '"TipAmount" DOUBLE, "PaymentMethod" VARCHAR)'
    )
    lines = {"Plants": ["Perennials", "Shrubs"], "Tools": ["Hand tools", "Power tools"], "Décor": ["Pots"]}
    sales: list[tuple[Any, ...]] = []
    for k in range(1, 1201):
        cat = rnd.choice(sorted(lines))
        amount = round(rnd.uniform(5, 400), 2)
        off = round(amount * rnd.choice([0, 0, 0.05, 0.15, 0.3]), 2)
        margin = {"Plants": 0.55, "Tools": 0.3, "Décor": 0.45}[cat]
        sales.append(
            (k, rnd.randint(1, 150), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730)),
             rnd.choice(lines[cat]), cat, amount, off, round(amount - off, 2),
             round(amount * (1 - margin) * rnd.uniform(0.8, 1.2), 2), round(rnd.choice([0, 0, 2, 5]), 2),
             rnd.choice(["Card", "Cash", "Voucher"]))
        )  # fmt: skip
    con.executemany('INSERT INTO "Sales" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', sales)
    con.execute(
        'CREATE TABLE "Returns"("ReturnId" INTEGER, "CustomerId" INTEGER, "ReturnDate" DATE, "ReturnAmount" DOUBLE)'
    )
    returns = [
        (k, rnd.randint(1, 150), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730)),
         round(rnd.uniform(5, 150), 2))
        for k in range(1, 141)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Returns" VALUES (?, ?, ?, ?)', returns)
    return con
