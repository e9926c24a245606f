"""Two catalogs written for the analyst's language tests (neither is the demo nor an eval catalog): a mail-order
shop in abbreviated snake_case with declared keys, BOOLEAN and Y/N flags and planned dates; and a repair workshop's
spreadsheet with Title Case headers, spaces and symbols, 0/1 and Yes/No flags and no declared keys."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def mail_shop() -> duckdb.DuckDBPyConnection:
    """Customers in states, staff in departments, products (a BOOLEAN discontinued flag) and orders with a due date,
    a ship date (NULL while not shipped), a BOOLEAN returned flag and a Y/N gift flag."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE dept(dept_id INTEGER PRIMARY KEY, dept_nm VARCHAR)")
    con.executemany("INSERT INTO dept VALUES (?, ?)", [(1, "Phone Sales"), (2, "Web Sales"), (3, "Wholesale")])
    con.execute(
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, staff_nm VARCHAR, "
        "dept_id INTEGER REFERENCES dept(dept_id), hired_dt DATE)"
    )
    con.executemany(
        "INSERT INTO staff VALUES (?, ?, ?, ?)",
        [(i, f"Clerk {i:02d}", 1 + i % 3, dt.date(2015, 1, 1) + dt.timedelta(days=97 * i)) for i in range(1, 21)],
    )
    con.execute("CREATE TABLE cust(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR, cust_st VARCHAR, cust_since_dt DATE)")
    con.execute("COMMENT ON COLUMN cust.cust_st IS 'state'")
    states = ["Texas", "Ohio", "Maine", "Oregon"]
    con.executemany(
        "INSERT INTO cust VALUES (?, ?, ?, ?)",
        [(i, f"Buyer {i:03d}", states[i % 4], dt.date(2020, 1, 1) + dt.timedelta(days=3 * i)) for i in range(1, 241)],
    )
    con.execute(
        "CREATE TABLE prod(prod_id INTEGER PRIMARY KEY, prod_nm VARCHAR, prod_cat VARCHAR, unit_price DECIMAL(8,2), "
        "discontinued BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO prod VALUES (?, ?, ?, ?, ?)",
        [(i, f"Item {i:02d}", ["Garden", "Kitchen", "Toys"][i % 3], 5 + i * 1.5, i % 4 == 0) for i in range(1, 41)],
    )
    con.execute(
        "CREATE TABLE ord(ord_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES cust(cust_id), "
        "staff_id INTEGER REFERENCES staff(staff_id), prod_id INTEGER REFERENCES prod(prod_id), ord_dt DATE, "
        "due_dt DATE, ship_dt DATE, ord_amt DECIMAL(10,2), is_returned BOOLEAN, gift_wrap_flg VARCHAR)"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 1801):
        placed = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        due = placed + dt.timedelta(days=5)
        shipped = placed + dt.timedelta(days=rnd.randint(1, 8)) if k % 9 else None
        cust = rnd.randint(1, 200)  # customers 201-240 never ordered
        orders.append(
            (k, cust, rnd.randint(1, 20), rnd.randint(1, 40), placed, due, shipped,
             round(rnd.uniform(10, 900), 2), rnd.random() < 0.12, rnd.choice("YNNN"))
        )  # fmt: skip
    con.executemany("INSERT INTO ord VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", orders)
    return con


def workshop() -> duckdb.DuckDBPyConnection:
    """A repair workshop's sheets: clients, mechanics and repair jobs with a promised and a finished date, a 0/1
    warranty flag and a Yes/No comeback flag; the sheets share "Client ID" and "Mechanic ID" by name only."""
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute('CREATE TABLE "Clients"("Client ID" INTEGER, "Client Name" VARCHAR, "Town" VARCHAR)')
    towns = ["Leeds", "York", "Hull"]
    con.executemany(
        'INSERT INTO "Clients" VALUES (?, ?, ?)', [(i, f"Client {i:03d}", towns[i % 3]) for i in range(1, 151)]
    )
    con.execute(
        'CREATE TABLE "Mechanics"("Mechanic ID" INTEGER, "Mechanic" VARCHAR, "Bay" VARCHAR, "Hourly Rate (£)" DOUBLE)'
    )
    con.executemany(
        'INSERT INTO "Mechanics" VALUES (?, ?, ?, ?)',
        [(i, f"Fitter {i:02d}", ["North Bay", "South Bay"][i % 2], 20.0 + i) for i in range(1, 13)],
    )
    con.execute(
        'CREATE TABLE "Repair Jobs"("Job #" INTEGER, "Client ID" INTEGER, "Mechanic ID" INTEGER, '
        '"Booked In" DATE, "Promised" DATE, "Finished" DATE, "Labour Hours" DOUBLE, "Parts Cost (£)" DOUBLE, '
        '"Invoice (£)" DOUBLE, "Warranty (0/1)" INTEGER, "Comeback?" VARCHAR, "Job Type" VARCHAR)'
    )
    jobs: list[tuple[Any, ...]] = []
    for k in range(1, 1501):
        booked = dt.date(2022, 3, 1) + dt.timedelta(days=rnd.randrange(800))
        promised = booked + dt.timedelta(days=rnd.randint(1, 4))
        finished = booked + dt.timedelta(days=rnd.randint(0, 7)) if k % 11 else None
        hours = round(rnd.uniform(0.5, 9), 1)
        parts = round(rnd.uniform(0, 400), 2)
        jobs.append(
            (k, rnd.randint(1, 120), rnd.randint(1, 12), booked, promised, finished, hours, parts,
             round(parts + hours * 45, 2), int(rnd.random() < 0.2), rnd.choice(["Yes", "No", "No", "No"]),
             rnd.choice(["Service", "Brakes", "Clutch", "MOT"]))
        )  # fmt: skip
    con.executemany('INSERT INTO "Repair Jobs" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', jobs)
    return con
