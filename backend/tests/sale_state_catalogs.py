"""Two catalogs of sales whose state says which were completed, with invented naming: a Django web shop
(`<app>_<model>`, cents, lower-case states) whose orders have lines, and a PascalCase taproom whose bar checks have
lines and guests. Each has a table of events with the same states that are no sales (workshops, tastings)."""

from __future__ import annotations

import duckdb


def web_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE shop_customer(id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)")
    con.execute(
        "INSERT INTO shop_customer SELECT i, 'Buyer ' || i, ['Lyon', 'Nantes', 'Lille'][1 + i % 3] FROM range(1, 41) t(i)"
    )
    con.execute(
        """CREATE TABLE shop_order(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES shop_customer(id),
        placed_at TIMESTAMP, status VARCHAR, total_cents INTEGER, channel VARCHAR)"""
    )
    con.execute(
        """INSERT INTO shop_order SELECT i, 1 + i % 40, TIMESTAMP '2024-01-03 09:00:00' + INTERVAL (i * 7 % 360) DAY,
        ['fulfilled', 'fulfilled', 'cancelled', 'fulfilled', 'pending', 'fulfilled', 'fulfilled'][1 + i % 7],
        800 + i * 61 % 7000, ['web', 'app'][1 + i % 2] FROM range(1, 901) t(i)"""
    )
    con.execute(
        """CREATE TABLE shop_orderline(id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES shop_order(id),
        sku VARCHAR, qty INTEGER, line_cents INTEGER)"""
    )
    con.execute(
        """INSERT INTO shop_orderline SELECT i, 1 + i % 900, ['mug', 'teapot', 'kettle', 'cup', 'tray'][1 + i * 3 % 5],
        1 + i % 4, 300 + i * 17 % 2000 FROM range(1, 2701) t(i)"""
    )
    con.execute(
        """CREATE TABLE shop_payment(id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES shop_order(id),
        amount_cents INTEGER, status VARCHAR, paid_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO shop_payment SELECT i, 1 + i * 3 % 900, 800 + i * 29 % 5000, ['captured', 'declined'][1 + i % 2],
        TIMESTAMP '2024-01-04 10:00:00' + INTERVAL (i * 11 % 360) DAY FROM range(1, 601) t(i)"""
    )
    con.execute("CREATE TABLE shop_workshop(id INTEGER PRIMARY KEY, held_on DATE, status VARCHAR, seats INTEGER)")
    con.execute(
        """INSERT INTO shop_workshop SELECT i, DATE '2024-01-05' + CAST(i * 3 AS INTEGER),
        ['completed', 'cancelled', 'completed', 'scheduled'][1 + i % 4], 6 + i % 9 FROM range(1, 101) t(i)"""
    )
    return con


def taproom() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Bars"("BarId" INTEGER PRIMARY KEY, "BarName" VARCHAR)')
    con.execute("""INSERT INTO "Bars" VALUES (1, 'Quayside'), (2, 'Old Mill'), (3, 'Hilltop')""")
    con.execute(
        """CREATE TABLE "BarChecks"("CheckId" INTEGER PRIMARY KEY, "BarId" INTEGER REFERENCES "Bars"("BarId"),
        "OpenedAt" TIMESTAMP, "CheckState" VARCHAR, "Guests" INTEGER, "TotalAmount" DECIMAL(10, 2))"""
    )
    con.execute(
        """INSERT INTO "BarChecks" SELECT i, 1 + i % 3, TIMESTAMP '2024-02-01 17:00:00' + INTERVAL (i * 5 % 300) DAY
        + INTERVAL (i % 6) HOUR, ['Completed', 'Completed', 'Voided', 'Completed', 'Open', 'Completed'][1 + i % 6],
        1 + i % 7, 12 + (i * 43 % 900) / 4.0 FROM range(1, 1201) t(i)"""
    )
    con.execute(
        """CREATE TABLE "CheckLines"("LineId" INTEGER PRIMARY KEY, "CheckId" INTEGER REFERENCES "BarChecks"("CheckId"),
        "Drink" VARCHAR, "Qty" INTEGER)"""
    )
    con.execute(
        """INSERT INTO "CheckLines" SELECT i, 1 + i % 1200, ['Stout', 'Porter', 'Cider', 'Lager'][1 + i * 7 % 4],
        1 + i % 3 FROM range(1, 3601) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Tastings"("TastingId" INTEGER PRIMARY KEY, "BarId" INTEGER REFERENCES "Bars"("BarId"),
        "HeldOn" DATE, "Status" VARCHAR)"""
    )
    con.execute(
        """INSERT INTO "Tastings" SELECT i, 1 + i % 3, DATE '2024-02-02' + CAST(i * 4 AS INTEGER),
        ['Completed', 'Cancelled', 'Completed'][1 + i % 3] FROM range(1, 61) t(i)"""
    )
    return con
