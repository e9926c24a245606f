"""Two catalogs written for the analyst's tests of busiest hours, revenue per user, margins, participle counts,
far-future version ends and open loans (neither the demo nor an eval catalog): a snake_case tool-hire shop
(customers, products with a price and a cost, orders with a status and a shipped date, support tickets that may be
resolved, tool loans that may be returned, and a store dimension whose current versions end on 9999-12-31) and a
PascalCase community library (members, questions with an answered flag, fee payments, catalogue items with a list
price and a unit cost, help requests with a status, loans with a return date, and a branch history whose current rows
end on 9999-12-31)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

D0 = dt.date(2025, 1, 1)
FAR = dt.date(9999, 12, 31)


def _stamp(rnd: random.Random, days: int, hours: list[int]) -> dt.datetime:
    day = D0 + dt.timedelta(days=rnd.randrange(days))
    return dt.datetime.combine(day, dt.time(rnd.choice(hours), rnd.randrange(60)))


def tool_hire() -> duckdb.DuckDBPyConnection:
    """A snake_case tool-hire shop."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, city VARCHAR, signup_date DATE)"
    )
    names = ["Ada Rowe", "Ben Tate", "Cleo Marsh", "Dan Hild", "Eva Stone", "Finn Carr", "Gus Lowe", "Hana Pike",
             "Ivo Reed", "Jade Voss", "Kurt Lam", "Lena Moss", "Milo Hart", "Nora Fenn"]  # fmt: skip
    cities = ["Ashby", "Brill", "Crewe"]
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?)",
        [(k, n, cities[k % 3], D0 - dt.timedelta(days=30 * k)) for k, n in enumerate(names, 1)],
    )
    con.execute(
        "CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, category VARCHAR, "
        "price DECIMAL(10,2), cost DECIMAL(10,2))"
    )
    goods = ["Angle Grinder", "Belt Sander", "Chainsaw", "Demolition Hammer", "Floor Buffer", "Hedge Trimmer",
             "Jackhammer", "Leaf Blower", "Mitre Saw", "Pressure Washer", "Rotary Tiller", "Wet Vacuum"]  # fmt: skip
    products = []
    for k, g in enumerate(goods, 1):
        price = round(rnd.uniform(20, 200), 2)
        products.append(
            (k, g, ["Cutting", "Cleaning", "Garden"][k % 3], price, round(price * rnd.uniform(0.3, 0.9), 2))
        )
    con.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)", products)
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "ordered_at TIMESTAMP, status VARCHAR, shipped_date DATE, total_amount DECIMAL(10,2))"
    )
    con.execute(
        "CREATE TABLE order_items(order_item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "product_id INTEGER REFERENCES products(product_id), quantity INTEGER)"
    )
    orders: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    hours = [9, 10, 11, 11, 11, 11, 12, 14, 15, 16, 17]
    for k in range(1, 121):
        at = _stamp(rnd, 150, hours)
        status = rnd.choice(["shipped", "shipped", "pending", "cancelled"])
        shipped = at.date() + dt.timedelta(days=2) if status == "shipped" else None
        lines = [(rnd.randint(1, len(goods)), rnd.randint(1, 3)) for _ in range(rnd.randint(1, 3))]
        total = sum(products[p - 1][3] * q for p, q in lines)
        orders.append((k, rnd.randint(1, 12), at, status, shipped, round(total, 2)))
        for p, q in lines:
            items.append((len(items) + 1, k, p, q))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?)", items)
    con.execute(
        "CREATE TABLE support_tickets(ticket_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES "
        "customers(customer_id), subject VARCHAR, opened_at TIMESTAMP, resolved_at TIMESTAMP)"
    )
    tickets = []
    for k in range(1, 41):
        at = _stamp(rnd, 150, [8, 9, 13, 13, 13, 16])
        done = at + dt.timedelta(hours=rnd.randint(1, 90)) if rnd.random() < 0.7 else None
        tickets.append((k, rnd.randint(1, 14), rnd.choice(["Broken blade", "Late delivery", "Refund"]), at, done))
    con.executemany("INSERT INTO support_tickets VALUES (?, ?, ?, ?, ?)", tickets)
    con.execute(
        "CREATE TABLE tool_loans(loan_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "product_id INTEGER REFERENCES products(product_id), checked_out_at DATE, returned_at DATE)"
    )
    loans = []
    for k in range(1, 51):
        out = D0 + dt.timedelta(days=rnd.randrange(150))
        back = out + dt.timedelta(days=rnd.randint(1, 10))
        loans.append((k, rnd.randint(1, 14), rnd.randint(1, 12), out, None if k % 6 == 0 else back))
    con.executemany("INSERT INTO tool_loans VALUES (?, ?, ?, ?, ?)", loans)
    con.execute(
        "CREATE TABLE dim_store(store_key INTEGER PRIMARY KEY, store_code VARCHAR, store_name VARCHAR, "
        "region VARCHAR, floor_area INTEGER, valid_from DATE, valid_to DATE)"
    )
    stores: list[tuple[Any, ...]] = []
    for k, name in enumerate(["North Yard", "South Depot", "East Hub", "West Barn", "Quay Store", "Hill Shed"], 1):
        versions = 2 if k % 2 == 0 else 1
        start = dt.date(2020, 1, 1)
        for v in range(versions):
            last = v == versions - 1
            end = FAR if last else dt.date(2023, 6, 30)
            area = 400 + 50 * k + 100 * v
            stores.append((len(stores) + 1, f"S{k:02d}", name, ["North", "South"][k % 2], area, start, end))
            start = dt.date(2023, 7, 1)
    con.executemany("INSERT INTO dim_store VALUES (?, ?, ?, ?, ?, ?, ?)", stores)
    return con


def community_library() -> duckdb.DuckDBPyConnection:
    """A PascalCase community library."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "MemberName" VARCHAR, "JoinedOn" DATE)')
    names = ["Aino Berg", "Bruno Diaz", "Carla Epp", "Dmitri Falk", "Elif Gray", "Femi Holt", "Greta Ito",
             "Hugo Juul", "Iris Kahn", "Jon Lisk"]  # fmt: skip
    con.executemany(
        'INSERT INTO "Members" VALUES (?, ?, ?)',
        [(k, n, D0 - dt.timedelta(days=40 * k)) for k, n in enumerate(names, 1)],
    )
    con.execute(
        'CREATE TABLE "Questions"("QuestionId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES "Members"("MemberId"), '
        '"Title" VARCHAR, "PostedAt" TIMESTAMP, "IsAnswered" BOOLEAN)'
    )
    con.executemany(
        'INSERT INTO "Questions" VALUES (?, ?, ?, ?, ?)',
        [
            (k, rnd.randint(1, 10), f"Question {k}", _stamp(rnd, 120, [10, 19, 20, 20, 20, 21]), rnd.random() < 0.6)
            for k in range(1, 61)
        ],
    )
    con.execute(
        'CREATE TABLE "FeePayments"("PaymentId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES "Members"("MemberId"), '
        '"PaidOn" DATE, "Amount" DECIMAL(10,2))'
    )
    con.executemany(
        'INSERT INTO "FeePayments" VALUES (?, ?, ?, ?)',
        [
            (k, rnd.randint(1, 8), D0 + dt.timedelta(days=rnd.randrange(120)), round(rnd.uniform(2, 40), 2))
            for k in range(1, 71)
        ],
    )
    con.execute(
        'CREATE TABLE "CatalogueItems"("ItemId" INTEGER PRIMARY KEY, "ItemTitle" VARCHAR, "Format" VARCHAR, '
        '"ListPrice" DECIMAL(10,2), "UnitCost" DECIMAL(10,2))'
    )
    titles = ["Atlas of Rivers", "Brief Lives", "Cold Harbour", "Deep Field", "Echo Lake", "Far Country",
              "Glass Garden", "High Water", "Iron Coast", "June Moths"]  # fmt: skip
    items = []
    for k, t in enumerate(titles, 1):
        price = round(rnd.uniform(8, 45), 2)
        items.append((k, t, ["Hardback", "Paperback"][k % 2], price, round(price * rnd.uniform(0.25, 0.85), 2)))
    con.executemany('INSERT INTO "CatalogueItems" VALUES (?, ?, ?, ?, ?)', items)
    con.execute(
        'CREATE TABLE "HelpRequests"("RequestId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES '
        '"Members"("MemberId"), "Topic" VARCHAR, "Status" VARCHAR, "OpenedAt" TIMESTAMP)'
    )
    con.executemany(
        'INSERT INTO "HelpRequests" VALUES (?, ?, ?, ?, ?)',
        [
            (
                k,
                rnd.randint(1, 10),
                rnd.choice(["Wifi", "Printing", "Account"]),
                rnd.choice(["Resolved", "Resolved", "Open", "Escalated"]),
                _stamp(rnd, 120, [9, 15, 15, 15, 17]),
            )
            for k in range(1, 46)
        ],
    )
    con.execute(
        'CREATE TABLE "Loans"("LoanId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES "Members"("MemberId"), '
        '"ItemId" INTEGER REFERENCES "CatalogueItems"("ItemId"), "LoanDate" DATE, "DueDate" DATE, "ReturnDate" DATE)'
    )
    loans = []
    for k in range(1, 61):
        out = D0 + dt.timedelta(days=rnd.randrange(120))
        back = None if k % 5 == 0 else out + dt.timedelta(days=rnd.randint(2, 20))
        loans.append((k, rnd.randint(1, 10), rnd.randint(1, 10), out, out + dt.timedelta(days=14), back))
    con.executemany('INSERT INTO "Loans" VALUES (?, ?, ?, ?, ?, ?)', loans)
    con.execute(
        'CREATE TABLE "BranchHistory"("BranchKey" INTEGER PRIMARY KEY, "BranchCode" VARCHAR, "BranchName" VARCHAR, '
        '"City" VARCHAR, "Seats" INTEGER, "EffectiveFrom" DATE, "EffectiveTo" DATE)'
    )
    branches: list[tuple[Any, ...]] = []
    for k, name in enumerate(["Central", "Harbourside", "Old Town", "Parkview", "Riverside"], 1):
        versions = 2 if k % 2 == 1 else 1
        start = dt.date(2019, 1, 1)
        for v in range(versions):
            last = v == versions - 1
            end = FAR if last else dt.date(2022, 12, 31)
            city = ["Amber", "Beacon"][(k + v) % 2]
            branches.append((len(branches) + 1, f"B{k}", name, city, 20 + 5 * k + 10 * v, start, end))
            start = dt.date(2023, 1, 1)
    con.executemany('INSERT INTO "BranchHistory" VALUES (?, ?, ?, ?, ?, ?, ?)', branches)
    return con
