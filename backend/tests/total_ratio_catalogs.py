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


_STORES = ["Northgate", "Riverside", "Old Town", "Hilltop", "Docklands"]


def store_chain() -> duckdb.DuckDBPyConnection:
    """Stores; orders taken at a store (a date, a channel, the order's total); returns of an order, booked on their own
    date up to six weeks later (some orders returned in two parts, one return of late 2024 dated in 2025); operating
    costs of a store, dated. Hilltop has orders but nothing returned; Docklands, opened late, has costs but no
    orders; costs start the month before the first orders. snake_case with declared keys."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute("CREATE TABLE stores(store_id INTEGER PRIMARY KEY, store_name VARCHAR, city VARCHAR)")
    con.executemany(
        "INSERT INTO stores VALUES (?, ?, ?)",
        [(i, n, "Leeds" if i % 2 else "York") for i, n in enumerate(_STORES, 1)],
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores(store_id), "
        "ordered_on DATE, channel VARCHAR, order_total DECIMAL(10,2))"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 901):
        on = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(731))
        orders.append((k, rnd.randint(1, 4), on, rnd.choice(["Web", "Shop"]), round(rnd.uniform(10, 300), 2)))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", orders)
    con.execute(
        "CREATE TABLE returns(return_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "returned_on DATE, refund_amount DECIMAL(10,2), reason VARCHAR)"
    )
    returns: list[tuple[Any, ...]] = []
    for order_id, store, on, _, total in orders:
        if store == 4 or rnd.random() > 0.12:
            continue  # Hilltop: nothing returned
        for _ in range(1 + (rnd.random() < 0.25)):  # a quarter of the returned orders come back in two parts
            back = on + dt.timedelta(days=rnd.randint(1, 40))
            returns.append((len(returns) + 1, order_id, back, round(total * rnd.uniform(0.1, 0.5), 2),
                            rnd.choice(["Damaged", "Wrong size", "Changed mind"])))  # fmt: skip
    returns.append((len(returns) + 1, orders[0][0], dt.date(2025, 1, 9), 12.5, "Damaged"))  # after the last order
    con.executemany("INSERT INTO returns VALUES (?, ?, ?, ?, ?)", returns)
    con.execute(
        "CREATE TABLE operating_costs(cost_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores(store_id), "
        "incurred_on DATE, cost_type VARCHAR, cost_amount DECIMAL(10,2))"
    )
    costs: list[tuple[Any, ...]] = []
    for store in range(1, 6):
        for month in range(25):  # December 2022 (before the first order) to December 2024
            first = dt.date(2022 + (11 + month) // 12, (11 + month) % 12 + 1, 1)
            for kind in ("Rent", "Staff"):
                amount = round(rnd.uniform(800, 2400) if kind == "Staff" else 1500 + 100 * store, 2)
                costs.append((len(costs) + 1, store, first + dt.timedelta(days=rnd.randrange(28)), kind, amount))
    con.executemany("INSERT INTO operating_costs VALUES (?, ?, ?, ?, ?)", costs)
    return con


def tour_operator() -> duckdb.DuckDBPyConnection:
    """Agencies; bookings sold by an agency (a date, a tour type, the amount); cancellations of an agency's bookings on
    their own date, each refunding money; the agency's costs, dated. The Lisbon agency has bookings but no
    cancellations; the Porto agency, new, has costs and one cancellation of a booking taken elsewhere but no bookings
    of its own. PascalCase, no declared keys."""
    con = duckdb.connect()
    rnd = random.Random(83)
    con.execute('CREATE TABLE "Agencies"("AgencyId" INTEGER, "AgencyName" VARCHAR, "Country" VARCHAR)')
    names = [("Madrid", "Spain"), ("Seville", "Spain"), ("Lisbon", "Portugal"), ("Porto", "Portugal")]
    con.executemany('INSERT INTO "Agencies" VALUES (?, ?, ?)', [(i, n, c) for i, (n, c) in enumerate(names, 1)])
    con.execute(
        'CREATE TABLE "Bookings"("BookingId" INTEGER, "AgencyId" INTEGER, "BookedOn" DATE, "TourType" VARCHAR, '
        '"BookingAmount" DOUBLE)'
    )
    bookings = [
        (k, rnd.randint(1, 3), dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(640)),
         rnd.choice(["City", "Coast", "Wine"]), round(rnd.uniform(150, 2500), 2))
        for k in range(1, 701)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Bookings" VALUES (?, ?, ?, ?, ?)', bookings)
    con.execute(
        'CREATE TABLE "Cancellations"("CancellationId" INTEGER, "AgencyId" INTEGER, "CancelledOn" DATE, '
        '"RefundAmount" DOUBLE)'
    )
    cancels = [
        (k, rnd.choice([1, 2]), dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(700)),
         round(rnd.uniform(100, 1500), 2))
        for k in range(1, 81)
    ]  # fmt: skip
    cancels.append((81, 4, dt.date(2024, 6, 2), 420.0))  # Porto: a cancellation, no bookings of its own
    con.executemany('INSERT INTO "Cancellations" VALUES (?, ?, ?, ?)', cancels)
    con.execute('CREATE TABLE "Costs"("CostId" INTEGER, "AgencyId" INTEGER, "CostDate" DATE, "CostAmount" DOUBLE)')
    costs = [
        (k, 1 + k % 4, dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700)), round(rnd.uniform(200, 3000), 2))
        for k in range(1, 301)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Costs" VALUES (?, ?, ?, ?)', costs)
    return con
