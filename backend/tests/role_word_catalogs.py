"""Two order catalogs written for the analyst's tests of role words (neither the demo nor an eval catalog): orders taken
by a salesperson, shipped to a place that is not always the customer's own, with a status that can read 'shipped',
and visits made by technicians under a short key (tech). A snake_case mail-order shop whose orders carry their ship-to
country and city, and a PascalCase trading house (AdventureWorks-like) whose orders point at a bill-to and a ship-to
address."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_PLACES = [
    ("France", "Nantes"),
    ("France", "Dijon"),
    ("Germany", "Kassel"),
    ("Spain", "Bilbao"),
    ("Italy", "Padua"),
    ("Austria", "Graz"),
]
_STAFF = ["Iona Bright", "Jory Vale", "Kit Marsh", "Lew Poole", "Mina Stroud", "Noor Quill"]
_TECHS = ["Ola Brenn", "Pip Harlow", "Rae Dunmore", "Sol Yarrow"]
_STATES = ["shipped", "shipped", "delivered", "pending", "cancelled"]


def mail_order() -> duckdb.DuckDBPyConnection:
    """6 employees, 30 customers (country, city), 700 orders (order_date, customer, salesperson, ship_country and
    ship_city, status), their lines (quantity, unit_price), 4 technicians (hourly_rate) and 400 install visits
    (assigned_tech_id, hours)."""
    con = duckdb.connect()
    rnd = random.Random(57)
    con.execute("CREATE TABLE employees(employee_id INTEGER PRIMARY KEY, full_name VARCHAR, job_title VARCHAR)")
    con.executemany(
        "INSERT INTO employees VALUES (?, ?, ?)",
        [(i, name, ["Sales Rep", "Clerk"][i % 2]) for i, name in enumerate(_STAFF, 1)],
    )
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, country VARCHAR, city VARCHAR)"
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?)",
        [(i, f"{w} {k}", *_PLACES[i % len(_PLACES)]) for i, (w, k) in enumerate(
            ((w, k) for w in ("Alder", "Birch", "Cobalt", "Dune", "Elm") for k in ("Home", "Shop", "Studio", "Works",
                                                                                   "Yard", "Hall")), 1)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, order_date DATE, "
        "customer_id INTEGER REFERENCES customers(customer_id), "
        "salesperson_id INTEGER REFERENCES employees(employee_id), ship_country VARCHAR, ship_city VARCHAR, "
        "status VARCHAR)"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 701):
        customer = rnd.randint(1, 30)
        country, city = _PLACES[customer % len(_PLACES)] if rnd.random() < 0.5 else rnd.choice(_PLACES)
        day = dt.date(2023, 2, 1) + dt.timedelta(days=rnd.randrange(500))
        orders.append((k, day, customer, 2 * rnd.randint(0, 2) + 1, country, city, rnd.choice(_STATES)))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", orders)
    con.execute(
        "CREATE TABLE order_lines(line_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "quantity INTEGER, unit_price DECIMAL(8,2))"
    )
    con.executemany(
        "INSERT INTO order_lines VALUES (?, ?, ?, ?)",
        [(k, rnd.randint(1, 700), rnd.randint(1, 12), rnd.choice([9.5, 14, 22.25, 40])) for k in range(1, 2001)],
    )
    con.execute("CREATE TABLE technicians(tech_id INTEGER PRIMARY KEY, tech_name VARCHAR, hourly_rate DECIMAL(6,2))")
    con.executemany("INSERT INTO technicians VALUES (?, ?, ?)", [(i, n, 30 + 4 * i) for i, n in enumerate(_TECHS, 1)])
    con.execute(
        "CREATE TABLE installs(install_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "assigned_tech_id INTEGER REFERENCES technicians(tech_id), install_date DATE, hours DECIMAL(5,1))"
    )
    con.executemany(
        "INSERT INTO installs VALUES (?, ?, ?, ?, ?)",
        [
            (k, rnd.randint(1, 700), rnd.randint(1, 4), dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(480)),
             rnd.choice([1.5, 2, 3.5, 4]))
            for k in range(1, 401)
        ],
    )  # fmt: skip
    return con


def trading_house() -> duckdb.DuckDBPyConnection:
    """Employees, 24 customers, 20 addresses (City, CountryName), 600 sales orders (OrderDate, CustomerID,
    SalesPersonID, BillToAddressID, ShipToAddressID, OrderStatus), their details (OrderQty, UnitPrice), technicians and
    300 service calls (AssignedTechID, CallMinutes)."""
    con = duckdb.connect()
    rnd = random.Random(83)
    con.execute(
        'CREATE TABLE "Employees"("EmployeeID" INTEGER PRIMARY KEY, "EmployeeName" VARCHAR, "JobTitle" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Employees" VALUES (?, ?, ?)',
        [(i, name, ["Sales Representative", "Buyer"][i % 2]) for i, name in enumerate(_STAFF, 1)],
    )
    con.execute('CREATE TABLE "Customers"("CustomerID" INTEGER PRIMARY KEY, "CompanyName" VARCHAR)')
    con.executemany(
        'INSERT INTO "Customers" VALUES (?, ?)',
        [(i, f"{w} {k}") for i, (w, k) in enumerate(
            ((w, k) for w in ("Fable", "Gale", "Hollow", "Ivory") for k in ("Trading", "Imports", "Foods", "Textiles",
                                                                             "Metals", "Goods")), 1)],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Addresses"("AddressID" INTEGER PRIMARY KEY, "Street" VARCHAR, "City" VARCHAR, '
        '"CountryName" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Addresses" VALUES (?, ?, ?, ?)',
        [(i, f"{i} Quay Road", *reversed(_PLACES[i % len(_PLACES)])) for i in range(1, 21)],
    )
    con.execute(
        'CREATE TABLE "SalesOrders"("SalesOrderID" INTEGER PRIMARY KEY, "OrderDate" TIMESTAMP, '
        '"CustomerID" INTEGER REFERENCES "Customers"("CustomerID"), '
        '"SalesPersonID" INTEGER REFERENCES "Employees"("EmployeeID"), '
        '"BillToAddressID" INTEGER REFERENCES "Addresses"("AddressID"), '
        '"ShipToAddressID" INTEGER REFERENCES "Addresses"("AddressID"), "OrderStatus" VARCHAR)'
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        bill = rnd.randint(1, 20)
        ship = bill if rnd.random() < 0.4 else rnd.randint(1, 20)
        at = dt.datetime(2022, 9, 1, 8) + dt.timedelta(hours=rnd.randrange(24 * 500))
        status = rnd.choice(["Shipped", "Shipped", "Delivered", "Pending", "Cancelled"])
        orders.append((k, at, rnd.randint(1, 24), 2 * rnd.randint(1, 3), bill, ship, status))
    con.executemany('INSERT INTO "SalesOrders" VALUES (?, ?, ?, ?, ?, ?, ?)', orders)
    con.execute(
        'CREATE TABLE "SalesOrderDetails"("SalesOrderDetailID" INTEGER PRIMARY KEY, '
        '"SalesOrderID" INTEGER REFERENCES "SalesOrders"("SalesOrderID"), "OrderQty" SMALLINT, '
        '"UnitPrice" DECIMAL(10,2))'
    )
    con.executemany(
        'INSERT INTO "SalesOrderDetails" VALUES (?, ?, ?, ?)',
        [(k, rnd.randint(1, 600), rnd.randint(1, 30), rnd.choice([12.0, 18.5, 31.0, 47.25])) for k in range(1, 1801)],
    )
    con.execute('CREATE TABLE "Technicians"("TechID" INTEGER PRIMARY KEY, "TechName" VARCHAR, "HourlyRate" DECIMAL)')
    con.executemany('INSERT INTO "Technicians" VALUES (?, ?, ?)', [(i, n, 35 + 3 * i) for i, n in enumerate(_TECHS, 1)])
    con.execute(
        'CREATE TABLE "ServiceCalls"("ServiceCallID" INTEGER PRIMARY KEY, '
        '"CustomerID" INTEGER REFERENCES "Customers"("CustomerID"), '
        '"AssignedTechID" INTEGER REFERENCES "Technicians"("TechID"), "CallDate" DATE, "CallMinutes" INTEGER)'
    )
    con.executemany(
        'INSERT INTO "ServiceCalls" VALUES (?, ?, ?, ?, ?)',
        [
            (k, rnd.randint(1, 24), rnd.randint(1, 4), dt.date(2022, 10, 1) + dt.timedelta(days=rnd.randrange(450)),
             rnd.choice([20, 35, 50, 75, 90]))
            for k in range(1, 301)
        ],
    )  # fmt: skip
    return con
