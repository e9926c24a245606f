"""Catalogs written for the verb, age, share-of-entities, hourly and rate tests: a snake_case corner shop with declared keys
(customers with a birth date, suppliers, products, orders and their lines) and a PascalCase agency without declared
keys (clients with an e-mail and a date of birth, staff who report to each other, invoices naming a client and a sales
rep, trips with a start time)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def corner_shop() -> duckdb.DuckDBPyConnection:
    """Customers in four countries, suppliers, products, 400 orders (a channel, a status, a total) and their lines."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, country VARCHAR, "
        "birth_date DATE, signup_date DATE)"
    )
    countries = ["France", "Chile", "Japan", "Kenya"]
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?, ?)",
        [
            (
                i,
                f"Cust {i:02d}",
                countries[i % 4],
                dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randint(0, 18000)),
                dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randint(0, 1500)),
            )
            for i in range(1, 41)
        ],
    )
    con.execute("CREATE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR)")
    con.executemany("INSERT INTO suppliers VALUES (?, ?)", [(i, f"Supplier {i}") for i in range(1, 6)])
    con.execute(
        "CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, "
        "supplier_id INTEGER REFERENCES suppliers(supplier_id), unit_price DECIMAL(8, 2))"
    )
    con.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?)",
        [(i, f"Item {i}", 1 + i % 5, round(rnd.uniform(2, 90), 2)) for i in range(1, 21)],
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "order_date DATE, channel VARCHAR, status VARCHAR, total_amount DECIMAL(10, 2))"
    )
    con.execute(
        "CREATE TABLE order_items(item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "product_id INTEGER REFERENCES products(product_id), quantity INTEGER, unit_price DECIMAL(8, 2))"
    )
    k = 1
    for o in range(1, 401):
        lines = [
            (rnd.randint(1, 20), rnd.randint(1, 5), round(rnd.uniform(2, 90), 2)) for _ in range(rnd.randint(1, 4))
        ]
        total = round(sum(q * p for _, q, p in lines), 2)
        when = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, 1000))
        status = rnd.choice(["completed"] * 4 + ["cancelled"])
        con.execute(
            "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)",
            [o, rnd.randint(1, 38), when, rnd.choice(["web", "store", "phone"]), status, total],
        )
        for product, qty, price in lines:
            con.execute("INSERT INTO order_items VALUES (?, ?, ?, ?, ?)", [k, o, product, qty, price])
            k += 1
    return con


def agency() -> duckdb.DuckDBPyConnection:
    """Clients (an e-mail, a region, a date of birth), staff (who reports to whom), invoices naming a client and a
    sales rep (an amount paid), trips booked by clients (a start time, a booking channel, a status); no declared key."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        'CREATE TABLE "Clients"("ClientId" INTEGER, "ClientName" VARCHAR, "Email" VARCHAR, "Region" VARCHAR, '
        '"DateOfBirth" DATE, "JoinedOn" DATE)'
    )
    regions = ["North", "Coast", "Hills"]
    con.executemany(
        'INSERT INTO "Clients" VALUES (?, ?, ?, ?, ?, ?)',
        [
            (
                i,
                f"Client {i:02d}",
                f"c{i}@example.org",
                regions[i % 3],
                dt.date(1955, 1, 1) + dt.timedelta(days=rnd.randint(0, 16000)),
                dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randint(0, 900)),
            )
            for i in range(1, 61)
        ],
    )
    con.execute('CREATE TABLE "Staff"("StaffId" INTEGER, "FullName" VARCHAR, "ReportsTo" INTEGER, "HireDate" DATE)')
    con.executemany(
        'INSERT INTO "Staff" VALUES (?, ?, ?, ?)',
        [(1, "Ada Brook", None, dt.date(2015, 3, 1))]
        + [
            (i, f"Agent {i:02d}", 1 if i < 4 else 2 + i % 2, dt.date(2016 + i % 6, 1 + i % 12, 1)) for i in range(2, 13)
        ],
    )
    con.execute(
        'CREATE TABLE "Invoices"("InvoiceId" INTEGER, "ClientId" INTEGER, "SalesRepId" INTEGER, "InvoiceDate" DATE, '
        '"AmountPaid" DECIMAL(10, 2))'
    )
    con.executemany(
        'INSERT INTO "Invoices" VALUES (?, ?, ?, ?, ?)',
        [
            (
                i,
                rnd.randint(1, 50),
                rnd.randint(2, 12),
                dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, 700)),
                round(rnd.uniform(50, 900), 2),
            )
            for i in range(1, 501)
        ],
    )
    con.execute(
        'CREATE TABLE "Trips"("TripId" INTEGER, "ClientId" INTEGER, "StartTime" TIMESTAMP, "BookingChannel" VARCHAR, '
        '"TripStatus" VARCHAR, "Fare" DECIMAL(8, 2))'
    )
    con.executemany(
        'INSERT INTO "Trips" VALUES (?, ?, ?, ?, ?, ?)',
        [
            (
                i,
                rnd.randint(1, 60),
                dt.datetime(2024, 5, 25) + dt.timedelta(minutes=rnd.randint(0, 40000)),
                rnd.choice(["app", "phone"]),
                rnd.choice(["completed"] * 5 + ["cancelled"]),
                round(rnd.uniform(5, 40), 2),
            )
            for i in range(1, 3001)
        ],
    )
    return con


def courier() -> duckdb.DuckDBPyConnection:
    """Depots in three cities and 4,000 deliveries from March to May 2025, each dispatched at a time of day, with a
    service level and an outcome (delivered, failed, returned); drivers and the driver who supervises each; keys
    declared."""
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute("CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, city VARCHAR)")
    con.executemany(
        "INSERT INTO depots VALUES (?, ?, ?)",
        [(i, f"Depot {i}", ["Leeds", "Derby", "Bath"][i % 3]) for i in range(1, 7)],
    )
    con.execute(
        "CREATE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id), "
        "dispatched_at TIMESTAMP, service VARCHAR, delivery_status VARCHAR, weight_kg DOUBLE)"
    )
    con.executemany(
        "INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                rnd.randint(1, 6),
                dt.datetime(2025, 3, 1) + dt.timedelta(minutes=rnd.randint(0, 92 * 24 * 60 - 1)),
                rnd.choice(["express", "standard", "standard"]),
                rnd.choice(["delivered"] * 8 + ["failed", "returned"]),
                round(rnd.uniform(0.2, 25), 1),
            )
            for i in range(1, 4001)
        ],
    )
    con.execute(
        "CREATE TABLE drivers(driver_id INTEGER PRIMARY KEY, driver_name VARCHAR, "
        "supervisor_id INTEGER REFERENCES drivers(driver_id), hired_on DATE)"
    )
    con.executemany(
        "INSERT INTO drivers VALUES (?, ?, ?, ?)",
        [(1, "Rae Moss", None, dt.date(2018, 4, 1)), (2, "Lin Park", 1, dt.date(2019, 2, 1))]
        + [(i, f"Driver {i:02d}", 1 + i % 2, dt.date(2020 + i % 5, 1 + i % 12, 1)) for i in range(3, 15)],
    )
    return con
