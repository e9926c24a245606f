"""Two catalogs whose rows carry a rate beside their money, written for the analyst's tests (neither the demo nor an
eval catalog): an outfitter in snake_case with declared keys (order lines with an extended price, a discount and a
tax as fractions) and a wholesaler whose columns carry their table's prefix and run their words together (invoice
lines with a unit price, a quantity, a discount as a fraction and a tax in percent). Both reach a region from their
lines through order → customer → country → region, and both keep stock per product and depot."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

REGIONS = ["North", "South", "East", "West"]
COUNTRIES = ["Norland", "Sudia", "Estmark", "Westry", "Midland", "Costa", "Riva", "Valle"]
MODES = ["Road", "Rail", "Sea", "Courier"]


def outfitter(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """Regions, countries, customers in segments, products in categories with stock per warehouse, orders with their
    own total, and order lines (extended_price, discount and tax as fractions, ship_mode, ship_date)."""
    con = duckdb.connect(path)
    rnd = random.Random(11)
    con.execute("CREATE TABLE regions(region_id INTEGER PRIMARY KEY, region_name VARCHAR)")
    con.executemany("INSERT INTO regions VALUES (?, ?)", list(enumerate(REGIONS, 1)))
    con.execute(
        "CREATE TABLE countries(country_id INTEGER PRIMARY KEY, country_name VARCHAR, "
        "region_id INTEGER REFERENCES regions(region_id))"
    )
    con.executemany("INSERT INTO countries VALUES (?, ?, ?)", [(i, n, 1 + i % 4) for i, n in enumerate(COUNTRIES, 1)])
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, "
        "country_id INTEGER REFERENCES countries(country_id), segment VARCHAR)"
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?)",
        [(i, f"Customer {i:03d}", 1 + i % 8, ["Retail", "Trade", "Schools"][i % 3]) for i in range(1, 121)],
    )
    con.execute(
        "CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, category VARCHAR, "
        "list_price DECIMAL(10,2))"
    )
    con.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?)",
        [(i, f"Product {i:02d}", ["Tents", "Boots", "Packs", "Stoves"][i % 4], 20 + 7 * i) for i in range(1, 41)],
    )
    con.execute(
        "CREATE TABLE stock(product_id INTEGER REFERENCES products(product_id), warehouse VARCHAR, "
        "avail_qty INTEGER, unit_cost DECIMAL(10,2))"
    )
    con.executemany(
        "INSERT INTO stock VALUES (?, ?, ?, ?)",
        [(p, w, rnd.randint(0, 500), 10 + 3 * p) for p in range(1, 41) for w in ("Dock A", "Dock B")],
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "order_date DATE, order_total DECIMAL(12,2), order_status VARCHAR)"
    )
    con.execute(
        "CREATE TABLE order_lines(order_id INTEGER REFERENCES orders(order_id), line_no INTEGER, "
        "product_id INTEGER REFERENCES products(product_id), quantity INTEGER, extended_price DECIMAL(12,2), "
        "discount DECIMAL(4,2), tax DECIMAL(4,2), ship_mode VARCHAR, ship_date DATE)"
    )
    orders: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for k in range(1, 801):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(900))
        total = 0.0
        for n in range(1, rnd.randint(2, 5)):
            p, q = rnd.randint(1, 40), rnd.randint(1, 20)
            price, disc, tax = round(q * (20 + 7 * p), 2), rnd.randint(0, 10) / 100, rnd.randint(0, 8) / 100
            total += price * (1 - disc) * (1 + tax)
            ship = day + dt.timedelta(days=rnd.randint(1, 30))
            lines.append((k, n, p, q, price, disc, tax, rnd.choice(MODES), ship))
        orders.append((k, rnd.randint(1, 120), day, round(total, 2), rnd.choice(["Open", "Filled"])))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", lines)
    return con


def wholesaler(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """The same business with prefixed, run-together names: zones, markets, clients, items with stock per depot
    (ds_availqty), invoices with their own total, and invoice lines (il_unitprice × il_qty, il_discount a fraction,
    il_taxpct in percent). No key is declared."""
    con = duckdb.connect(path)
    rnd = random.Random(23)
    con.execute("CREATE TABLE zone(z_zonekey INTEGER, z_name VARCHAR)")
    con.executemany("INSERT INTO zone VALUES (?, ?)", list(enumerate(REGIONS, 1)))
    con.execute("CREATE TABLE market(m_marketkey INTEGER, m_name VARCHAR, m_zonekey INTEGER)")
    con.executemany("INSERT INTO market VALUES (?, ?, ?)", [(i, n, 1 + i % 4) for i, n in enumerate(COUNTRIES, 1)])
    con.execute("CREATE TABLE client(cl_clientkey INTEGER, cl_name VARCHAR, cl_marketkey INTEGER, cl_sector VARCHAR)")
    con.executemany(
        "INSERT INTO client VALUES (?, ?, ?, ?)",
        [(i, f"Client {i:03d}", 1 + i % 8, ["Hotels", "Cafes", "Shops"][i % 3]) for i in range(1, 101)],
    )
    con.execute("CREATE TABLE item(i_itemkey INTEGER, i_name VARCHAR, i_group VARCHAR, i_listprice DECIMAL(10,2))")
    con.executemany(
        "INSERT INTO item VALUES (?, ?, ?, ?)",
        [(i, f"Item {i:02d}", ["Dry", "Chilled", "Frozen"][i % 3], 4 + 1.5 * i) for i in range(1, 31)],
    )
    con.execute(
        "CREATE TABLE depotstock(ds_itemkey INTEGER, ds_depotkey INTEGER, ds_availqty INTEGER, ds_unitcost DECIMAL(10,2))"
    )
    con.executemany(
        "INSERT INTO depotstock VALUES (?, ?, ?, ?)",
        [(i, d, rnd.randint(0, 900), 2 + i) for i in range(1, 31) for d in (1, 2, 3)],
    )
    con.execute(
        "CREATE TABLE invoice(iv_invoicekey INTEGER, iv_clientkey INTEGER, iv_date DATE, iv_totalamt DECIMAL(12,2), "
        "iv_status VARCHAR)"
    )
    con.execute(
        "CREATE TABLE invline(il_invoicekey INTEGER, il_linenumber INTEGER, il_itemkey INTEGER, il_qty INTEGER, "
        "il_unitprice DECIMAL(10,2), il_discount DECIMAL(4,2), il_taxpct DECIMAL(4,1), il_shipvia VARCHAR)"
    )
    invoices: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        total = 0.0
        for n in range(1, rnd.randint(2, 6)):
            i, q = rnd.randint(1, 30), rnd.randint(1, 40)
            price, disc, tax = 4 + 1.5 * i, rnd.choice([0, 0.05, 0.1, 0.15]), rnd.choice([0.0, 5.0, 12.5, 20.0])
            total += price * q * (1 - disc) * (1 + tax / 100)
            lines.append((k, n, i, q, price, disc, tax, rnd.choice(MODES)))
        day = dt.date(2022, 3, 1) + dt.timedelta(days=rnd.randrange(800))
        invoices.append((k, rnd.randint(1, 100), day, round(total, 2), rnd.choice(["Paid", "Due"])))
    con.executemany("INSERT INTO invoice VALUES (?, ?, ?, ?, ?)", invoices)
    con.executemany("INSERT INTO invline VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lines)
    return con
