"""Two catalogs whose money columns are not all takings: a PascalCase invoicing database (invoice headers with a tax amount, a carrier's
charge and a total due on each invoice, a line total on each line, a quota per sales rep, a yes/no for web orders) and
a snake_case booking database (a tip, a commission and the amount charged on each booking, a yes/no for private
tours, a revenue target per guide)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def invoicing() -> duckdb.DuckDBPyConnection:
    """Reps, products, invoices and invoice lines, SQL Server style names."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute('CREATE TABLE "Rep"("RepID" INTEGER PRIMARY KEY, "RepName" VARCHAR, "SalesQuota" DECIMAL(12,2))')
    con.executemany(
        'INSERT INTO "Rep" VALUES (?, ?, ?)', [(i, f"Rep {c}", 90000 + 5000 * i) for i, c in enumerate("ABCDE", 1)]
    )
    con.execute('CREATE TABLE "Item"("ItemID" INTEGER PRIMARY KEY, "ItemName" VARCHAR, "Family" VARCHAR)')
    items = [(i, f"Item {i}", rnd.choice(["Tools", "Garden", "Paint"])) for i in range(1, 31)]
    con.executemany('INSERT INTO "Item" VALUES (?, ?, ?)', items)
    con.execute(
        'CREATE TABLE "InvoiceHeader"("InvoiceID" INTEGER PRIMARY KEY, "InvoiceDate" DATE, "ShipDate" DATE, "OrderStatus" VARCHAR, '
        '"RepID" INTEGER REFERENCES "Rep", "WebOrder" BOOLEAN, "TaxAmt" DECIMAL(10,2), "Freight" DECIMAL(10,2), '
        '"TotalDue" DECIMAL(12,2))'
    )
    con.execute(
        'CREATE TABLE "InvoiceLine"("InvoiceLineID" INTEGER PRIMARY KEY, "InvoiceID" INTEGER REFERENCES "InvoiceHeader", '
        '"ItemID" INTEGER REFERENCES "Item", "Qty" INTEGER, "LineTotal" DECIMAL(12,2))'
    )
    heads: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for i in range(1, 1501):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(365))
        net = 0.0
        for _ in range(rnd.randint(1, 3)):
            total = round(rnd.uniform(5, 400), 2)
            net += total
            lines.append((len(lines) + 1, i, rnd.randint(1, 30), rnd.randint(1, 6), total))
        tax, freight = round(net * 0.2, 2), round(rnd.uniform(3, 30), 2)
        status = rnd.choice(["Shipped", "Shipped", "Shipped", "Open", "Cancelled"])
        web = rnd.random() < 0.4
        shipped = day + dt.timedelta(days=rnd.randint(1, 6)) if status == "Shipped" else None
        heads.append((i, day, shipped, status, rnd.randint(1, 5), web, tax, freight, round(net + tax + freight, 2)))
    con.executemany('INSERT INTO "InvoiceHeader" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', heads)
    con.executemany('INSERT INTO "InvoiceLine" VALUES (?, ?, ?, ?, ?)', lines)
    return con


def guided_tours() -> duckdb.DuckDBPyConnection:
    """Guides with a revenue target, and their tour bookings with a tip, a commission and the amount charged."""
    con = duckdb.connect()
    rnd = random.Random(43)
    con.execute("CREATE TABLE guides(guide_id INTEGER PRIMARY KEY, guide_name VARCHAR, revenue_target DECIMAL(10,2))")
    con.executemany(
        "INSERT INTO guides VALUES (?, ?, ?)",
        [(i, n, 20000 + 1000 * i) for i, n in enumerate(["Ana", "Ben", "Chloe", "Dmitri"], 1)],
    )
    con.execute(
        "CREATE TABLE tour_log(booking_id INTEGER PRIMARY KEY, guide_id INTEGER REFERENCES guides, "
        "booking_date DATE, booking_status VARCHAR, is_private BOOLEAN, tip_amount DECIMAL(8,2), commission_amount DECIMAL(8,2), "
        "amount_charged DECIMAL(10,2))"
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 1201):
        charged = round(rnd.uniform(40, 300), 2)
        rows.append((
            i, rnd.randint(1, 4), dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(300)),
            rnd.choice(["confirmed", "confirmed", "cancelled", "no show"]), rnd.random() < 0.3,
            round(rnd.uniform(0, 30), 2),
            round(charged * 0.12, 2), charged,
        ))  # fmt: skip
    con.executemany("INSERT INTO tour_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def purchases() -> duckdb.DuckDBPyConnection:
    """Purchases keyed by a sales order id and dated by an order date, a yes/no for those placed online: "orders" names
    the rows through their key and their date, not the table."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute(
        'CREATE TABLE "Purchase"("SalesOrderID" INTEGER PRIMARY KEY, "OrderDate" TIMESTAMP, "OnlineFlag" BOOLEAN, '
        '"Amount" DECIMAL(10,2))'
    )
    rows = [
        (i, dt.datetime(2024, 1, 1) + dt.timedelta(hours=rnd.randrange(9000)), rnd.random() < 0.55, rnd.uniform(5, 90))
        for i in range(1, 801)
    ]
    con.executemany('INSERT INTO "Purchase" VALUES (?, ?, ?, ?)', rows)
    return con
