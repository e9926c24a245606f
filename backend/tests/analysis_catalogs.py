"""Small catalogs that are not the demo, built in DuckDB for the analyst's tests: an HR warehouse with prefixed,
abbreviated snake_case names and a shop with camelCase names; both declare foreign keys, two of them to one table."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db


def hr_warehouse() -> duckdb.DuckDBPyConnection:
    """Departments, employees and transfers between two departments (origin and target, both keys to hr_dept)."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE hr_dept(dept_id INTEGER PRIMARY KEY, dept_nm VARCHAR, dept_rgn VARCHAR)")
    con.execute("COMMENT ON COLUMN hr_dept.dept_rgn IS 'region of the office'")
    depts = [(1, "Finance", "North"), (2, "Research", "South"), (3, "Support", "North"), (4, "Legal", "East"),
             (5, "Sales", "South")]  # fmt: skip
    con.executemany("INSERT INTO hr_dept VALUES (?, ?, ?)", depts)
    con.execute(
        "CREATE TABLE hr_emp(emp_id INTEGER PRIMARY KEY, emp_full_nm VARCHAR, emp_dept_id INTEGER REFERENCES "
        "hr_dept(dept_id), emp_sal_amt DECIMAL(10,2), emp_bonus_amt DECIMAL(10,2), emp_hire_dt DATE, "
        "emp_age_yrs INTEGER, emp_tenure_yrs DOUBLE)"
    )
    rows: list[tuple[Any, ...]] = []
    weights = [30, 14, 8, 3, 25]  # department sizes differ, so "more than 10 employees" keeps some of them
    for i in range(1, 201):
        dept = rnd.choices(range(1, 6), weights)[0]
        hired = dt.date(2016, 1, 1) + dt.timedelta(days=rnd.randrange(2900))
        sal = round(rnd.uniform(30_000, 130_000), 2)
        age = rnd.randint(21, 64)
        rows.append((i, f"Person {i:03d}", dept, sal, round(sal * rnd.uniform(0.02, 0.2), 2), hired, age,
                     round(rnd.uniform(0.5, 20), 1)))  # fmt: skip
    con.executemany("INSERT INTO hr_emp VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE hr_transfer(trans_id INTEGER PRIMARY KEY, trans_src_dept_id INTEGER REFERENCES hr_dept(dept_id), "
        "trans_tgt_dept_id INTEGER REFERENCES hr_dept(dept_id), trans_dt DATE, trans_cost_amt DECIMAL(10,2))"
    )
    transfers: list[tuple[Any, ...]] = []
    for k in range(1, 151):
        src = rnd.randint(1, 5)
        tgt = rnd.choice([d for d in range(1, 6) if d != src])
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(1000))
        transfers.append((k, src, tgt, day, round(rnd.uniform(500, 9000), 2)))
    con.executemany("INSERT INTO hr_transfer VALUES (?, ?, ?, ?, ?)", transfers)
    return con


def shop() -> duckdb.DuckDBPyConnection:
    """A marketplace: orders between a seller and a buyer (both keys to Customers), products with prices over time."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        'CREATE TABLE "Customers"("customerId" INTEGER PRIMARY KEY, "customerName" VARCHAR, "region" VARCHAR, '
        '"segment" VARCHAR)'
    )
    regions = ["Coastal", "Inland", "Highlands", "Islands"]
    custs = [(i, f"Client {i:02d}", regions[i % 4], rnd.choice(["Retail", "Trade"])) for i in range(1, 31)]
    con.executemany('INSERT INTO "Customers" VALUES (?, ?, ?, ?)', custs)
    con.execute(
        'CREATE TABLE "Products"("productId" INTEGER PRIMARY KEY, "productName" VARCHAR, "category" VARCHAR, '
        '"retailPrice" DOUBLE, "weightGrams" DOUBLE, "shelfArea" DOUBLE)'
    )
    cats = ["Tools", "Garden", "Kitchen"]
    prods = [(i, f"Item {chr(64 + i)}", cats[i % 3], round(rnd.uniform(5, 200), 2), round(rnd.uniform(50, 5000), 1),
              round(rnd.uniform(0.1, 3), 2)) for i in range(1, 13)]  # fmt: skip
    con.executemany('INSERT INTO "Products" VALUES (?, ?, ?, ?, ?, ?)', prods)
    con.execute(
        'CREATE TABLE "Orders"("orderId" INTEGER PRIMARY KEY, "sellerId" INTEGER REFERENCES "Customers"("customerId"), '
        '"buyerId" INTEGER REFERENCES "Customers"("customerId"), "productId" INTEGER REFERENCES "Products"("productId"), '
        '"orderDate" DATE, "revenue" DECIMAL(12,2), "cost" DECIMAL(12,2), "salesChannel" VARCHAR)'
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 1201):
        s = rnd.randint(1, 30)
        b = rnd.choice([c for c in range(1, 31) if c != s])
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        rev = round(rnd.uniform(20, 900), 2)
        orders.append((k, s, b, rnd.randint(1, 12), day, rev, round(rev * rnd.uniform(0.4, 0.9), 2),
                       rnd.choice(["Web", "Store", "Phone"])))  # fmt: skip
    con.executemany('INSERT INTO "Orders" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', orders)
    con.execute(
        'CREATE TABLE "PriceChanges"("changeId" INTEGER PRIMARY KEY, "productId" INTEGER REFERENCES '
        '"Products"("productId"), "changedOn" DATE, "price" DOUBLE)'
    )
    changes: list[tuple[Any, ...]] = []
    k = 0
    for p in range(1, 13):
        base = rnd.uniform(10, 100)
        for m in range(24):
            k += 1
            changes.append((k, p, dt.date(2023 + m // 12, m % 12 + 1, 1), round(base * (1 + 0.02 * m), 2)))
    con.executemany('INSERT INTO "PriceChanges" VALUES (?, ?, ?, ?)', changes)
    return con


# The two catalogs as fixtures, one of each per test module (conftest.py shares them with every test).
@pytest.fixture(scope="module")
def hr() -> Db:
    """The HR warehouse and its catalog."""
    con = hr_warehouse()
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def market() -> Db:
    """The camelCase shop and its catalog."""
    con = shop()
    return con, build_catalog(con)
