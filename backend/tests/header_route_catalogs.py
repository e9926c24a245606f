"""Two order-and-lines catalogs written for the analyst's tests (neither the demo nor an eval catalog): lines that carry
no date of their own and no key to a party, under a header with several keys to parties in named roles, and a person
in a role further up. A wholesaler in snake_case whose orders are billed to one customer and shipped to another, each
customer looked after by an account manager; and a trading floor in PascalCase (AdventureWorks-like) whose orders have
a seller and a buyer among the same companies and a salesperson, each company with an account manager."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_COUNTRIES = [
    ("France", "Lyon"),
    ("France", "Lille"),
    ("Germany", "Bremen"),
    ("Germany", "Leipzig"),
    ("Spain", "Valencia"),
    ("Italy", "Turin"),
    ("Portugal", "Porto"),
    ("Belgium", "Ghent"),
]
_STAFF = ["Ada Moreau", "Ben Ortiz", "Cleo Hart", "Dev Sandhu", "Eva Lind", "Finn Roe", "Gia Tan", "Hal Price"]


def wholesaler() -> duckdb.DuckDBPyConnection:
    """8 employees, 48 customers (country, city, account manager), 900 orders (order_date, billed to one customer,
    shipped to another, a sales rep) and their lines (quantity, unit_price, a discount as a fraction; no date)."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute("CREATE TABLE employees(employee_id INTEGER PRIMARY KEY, full_name VARCHAR, job_title VARCHAR)")
    con.executemany(
        "INSERT INTO employees VALUES (?, ?, ?)",
        [(i, name, ["Sales Rep", "Account Manager"][i % 2]) for i, name in enumerate(_STAFF, 1)],
    )
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, country VARCHAR, "
        "city VARCHAR, account_manager_id INTEGER REFERENCES employees(employee_id))"
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?, ?)",
        [
            (i, f"{w} {kind}", *_COUNTRIES[i % len(_COUNTRIES)], 2 * (i % 4) + 2)
            for i, (w, kind) in enumerate(
                (
                    (w, k)
                    for w in ("Amber", "Basalt", "Cedar", "Delta", "Ember", "Flint", "Garnet", "Heron")
                    for k in ("Traders", "Supplies", "Stores", "Depot", "Goods", "Outlet")
                ),
                1,
            )
        ],
    )
    con.execute(
        "CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, category VARCHAR, "
        "list_price DECIMAL(8,2))"
    )
    con.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?)",
        [(i, f"Article {i:02d}", ["Hardware", "Paint", "Garden"][i % 3], 4 + 3 * i) for i in range(1, 25)],
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, order_date DATE, "
        "bill_to_customer_id INTEGER REFERENCES customers(customer_id), "
        "ship_to_customer_id INTEGER REFERENCES customers(customer_id), "
        "sales_rep_id INTEGER REFERENCES employees(employee_id), status VARCHAR)"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 901):
        bill = rnd.randint(1, 48)
        ship = bill if rnd.random() < 0.3 else rnd.randint(1, 48)
        day = dt.date(2023, 1, 3) + dt.timedelta(days=rnd.randrange(540))
        orders.append((k, day, bill, ship, 2 * rnd.randint(0, 3) + 1, rnd.choice(["shipped", "shipped", "open"])))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", orders)
    con.execute(
        "CREATE TABLE order_lines(line_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "product_id INTEGER REFERENCES products(product_id), quantity INTEGER, unit_price DECIMAL(8,2), "
        "discount DECIMAL(4,2))"
    )
    lines: list[tuple[Any, ...]] = []
    for k in range(1, 2701):
        product = rnd.randint(1, 24)
        price = (4 + 3 * product) * rnd.choice([1.0, 0.95, 0.9])
        lines.append((k, rnd.randint(1, 900), product, rnd.randint(1, 20), price, rnd.choice([0, 0, 0.05, 0.1])))
    con.executemany("INSERT INTO order_lines VALUES (?, ?, ?, ?, ?, ?)", lines)
    return con


def trading_floor() -> duckdb.DuckDBPyConnection:
    """Employees, 36 companies (Country, City, AccountManagerID), 800 sales orders (OrderDate, SellerID and BuyerID
    among the companies, SalesPersonID) and their lines (OrderQty, UnitPrice, UnitPriceDiscount; no date)."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute('CREATE TABLE "Employee"("EmployeeID" INTEGER PRIMARY KEY, "EmployeeName" VARCHAR, "Title" VARCHAR)')
    con.executemany(
        'INSERT INTO "Employee" VALUES (?, ?, ?)',
        [(i, name, ["Sales Representative", "Key Account Manager"][i % 2]) for i, name in enumerate(_STAFF, 1)],
    )
    con.execute(
        'CREATE TABLE "Company"("CompanyID" INTEGER PRIMARY KEY, "CompanyName" VARCHAR, "Country" VARCHAR, '
        '"City" VARCHAR, "AccountManagerID" INTEGER REFERENCES "Employee"("EmployeeID"))'
    )
    con.executemany(
        'INSERT INTO "Company" VALUES (?, ?, ?, ?, ?)',
        [
            (i, f"{w} {kind}", *_COUNTRIES[(i * 3) % len(_COUNTRIES)], 2 * (i % 4) + 2)
            for i, (w, kind) in enumerate(
                (
                    (w, k)
                    for w in ("Iris", "Jade", "Kestrel", "Lumen", "Marlow", "Nimbus")
                    for k in ("Holdings", "Partners", "Group", "Trading", "Works", "Industries")
                ),
                1,
            )
        ],
    )
    con.execute(
        'CREATE TABLE "Product"("ProductID" INTEGER PRIMARY KEY, "ProductName" VARCHAR, "Category" VARCHAR, '
        '"ListPrice" DECIMAL(10,2))'
    )
    con.executemany(
        'INSERT INTO "Product" VALUES (?, ?, ?, ?)',
        [(i, f"Lot {i:02d}", ["Metals", "Grain", "Timber", "Cotton"][i % 4], 20 + 7 * i) for i in range(1, 31)],
    )
    con.execute(
        'CREATE TABLE "SalesOrderHeader"("SalesOrderID" INTEGER PRIMARY KEY, "OrderDate" TIMESTAMP, '
        '"SellerID" INTEGER REFERENCES "Company"("CompanyID"), "BuyerID" INTEGER REFERENCES "Company"("CompanyID"), '
        '"SalesPersonID" INTEGER REFERENCES "Employee"("EmployeeID"), "Status" SMALLINT)'
    )
    headers: list[tuple[Any, ...]] = []
    for k in range(1, 801):
        seller = rnd.randint(1, 36)
        buyer = rnd.choice([c for c in range(1, 37) if c != seller])
        at = dt.datetime(2022, 7, 1, 9) + dt.timedelta(hours=rnd.randrange(24 * 600))
        headers.append((k, at, seller, buyer, 2 * rnd.randint(0, 3) + 1, rnd.choice([1, 5, 5, 5])))
    con.executemany('INSERT INTO "SalesOrderHeader" VALUES (?, ?, ?, ?, ?, ?)', headers)
    con.execute(
        'CREATE TABLE "SalesOrderDetail"("SalesOrderDetailID" INTEGER PRIMARY KEY, '
        '"SalesOrderID" INTEGER REFERENCES "SalesOrderHeader"("SalesOrderID"), '
        '"ProductID" INTEGER REFERENCES "Product"("ProductID"), "OrderQty" SMALLINT, "UnitPrice" DECIMAL(10,2), '
        '"UnitPriceDiscount" DECIMAL(4,2))'
    )
    details: list[tuple[Any, ...]] = []
    for k in range(1, 2401):
        product = rnd.randint(1, 30)
        price = (20 + 7 * product) * rnd.choice([1.0, 0.97])
        details.append((k, rnd.randint(1, 800), product, rnd.randint(1, 40), price, rnd.choice([0, 0, 0.02, 0.15])))
    con.executemany('INSERT INTO "SalesOrderDetail" VALUES (?, ?, ?, ?, ?, ?)', details)
    return con
