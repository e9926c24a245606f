"""Two header-and-lines catalogs written for the analyst's tests (neither the demo nor an eval catalog): lines that carry
no date of their own (their header's date is theirs), a quantity beside a unit price, and a product list with units in
stock and a launch date. A garden centre in abbreviated snake_case with declared keys and customers whose segment is
abbreviated (cust_seg), and a parts counter in camelCase whose keys are implied by their names only."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

# 120 customer names ("Rowan Brook Nursery"): too many to list in the catalog, found by the value lookup.
NURSERIES = [
    f"{a} {b} {c}"
    for a in ("Oak", "Fern", "Moss", "Ivy", "Rowan", "Hazel", "Birch", "Alder", "Willow", "Holly")
    for b in ("Hill", "Dale", "Brook", "Field")
    for c in ("Nursery", "Gardens", "Landscapes")
]


def garden_centre() -> duckdb.DuckDBPyConnection:
    """Customers in segments (of companies), 30 items (a launch date, units in stock), 1,500 sales dated by sale_dt and their lines
    (qty, unit_price, no date)."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute(
        "CREATE TABLE customer(customer_id INTEGER PRIMARY KEY, customer_nm VARCHAR, company_nm VARCHAR, "
        "cust_seg VARCHAR, account_charge DECIMAL(8,2))"
    )
    con.executemany(
        "INSERT INTO customer VALUES (?, ?, ?, ?, ?)",
        [
            (i, name, f"Firm {i % 40}", ["Trade", "Retail", "Council"][i % 3], 5 * (i % 4))
            for i, name in enumerate(NURSERIES, 1)
        ],
    )
    con.execute(
        "CREATE TABLE item(item_id INTEGER PRIMARY KEY, item_nm VARCHAR, item_cat VARCHAR, unit_price DECIMAL(8,2), "
        "unit_cost DECIMAL(8,2), units_in_stock INTEGER, launch_dt DATE)"
    )
    con.executemany(
        "INSERT INTO item VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                f"Plant {i:02d}",
                ["Shrubs", "Bulbs", "Tools"][i % 3],
                3 + 2.5 * i,
                1 + 1.5 * i,
                rnd.randint(0, 400),
                dt.date(2015, 1, 1) + dt.timedelta(days=90 * i),
            )
            for i in range(1, 31)
        ],
    )
    con.execute(
        "CREATE TABLE sale(sale_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(customer_id), "
        "sale_dt DATE, till VARCHAR, delivery DECIMAL(8,2), remark VARCHAR)"
    )
    con.executemany(
        "INSERT INTO sale VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                k,
                rnd.randint(1, 120),
                dt.date(2023, 1, 2) + dt.timedelta(days=rnd.randrange(700)),
                f"Till {k % 4}",
                rnd.choice([0, 0, 4.5, 9.95]),
                rnd.choice([None, None, None, "Gift wrap", "Call before delivery"]),
            )
            for k in range(1, 1501)
        ],
    )
    con.execute(
        "CREATE TABLE sale_line(line_id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sale(sale_id), "
        "item_id INTEGER REFERENCES item(item_id), qty INTEGER, unit_price DECIMAL(8,2))"
    )
    lines: list[tuple[Any, ...]] = []
    for k in range(1, 4501):
        item = rnd.randint(1, 30)
        lines.append((k, rnd.randint(1, 1500), item, rnd.randint(1, 12), 3 + 2.5 * item))
    con.executemany("INSERT INTO sale_line VALUES (?, ?, ?, ?, ?)", lines)
    return con


def parts_counter() -> duckdb.DuckDBPyConnection:
    """A parts counter's invoices (invoicedAt), parts (unitsOnHand, listPrice) and invoice lines (quantity,
    unitPrice, no date); no key is declared."""
    con = duckdb.connect()
    rnd = random.Random(19)
    con.execute(
        'CREATE TABLE "Parts"("partId" INTEGER, "partName" VARCHAR, "unitsOnHand" INTEGER, "listPrice" DOUBLE, '
        '"unitCost" DOUBLE)'
    )
    con.executemany(
        'INSERT INTO "Parts" VALUES (?, ?, ?, ?, ?)',
        [(i, f"Part {i:02d}", rnd.randint(0, 90), 5.0 + 3 * i, 2.0 + 2 * i) for i in range(1, 41)],
    )
    con.execute('CREATE TABLE "Invoices"("invoiceId" INTEGER, "invoicedAt" TIMESTAMP, "branch" VARCHAR)')
    con.executemany(
        'INSERT INTO "Invoices" VALUES (?, ?, ?)',
        [
            (k, dt.datetime(2023, 6, 1, 8) + dt.timedelta(hours=rnd.randrange(24 * 500)), ["North", "South"][k % 2])
            for k in range(1, 1201)
        ],
    )
    con.execute(
        'CREATE TABLE "InvoiceLines"("lineId" INTEGER, "invoiceId" INTEGER, "partId" INTEGER, "quantity" INTEGER, '
        '"unitPrice" DOUBLE)'
    )
    con.executemany(
        'INSERT INTO "InvoiceLines" VALUES (?, ?, ?, ?, ?)',
        [(k, rnd.randint(1, 1200), (p := rnd.randint(1, 40)), rnd.randint(1, 6), 5.0 + 3 * p) for k in range(1, 3601)],
    )
    return con
