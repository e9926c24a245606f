"""Two catalogs written for the analyst's tests of row states and listings (neither the demo nor an eval catalog): a
snake_case wholesaler (products with stock and a reorder level, employees who report to a manager among them, orders
with required and shipped dates, order items that may be returned, and a type-2 customer dimension with an
is_current flag) and a PascalCase project office (projects with a budget and an actual cost, staff with a ReportsTo
key, an internal Q&A forum whose questions may have an accepted answer, equipment loans that may be returned, and a
client history whose current rows have no ValidTo).

`QUESTIONS` holds, per catalog, questions worded as users word them, each with gold SQL; they were written before the
parser was changed and guided its tuning."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

D0 = dt.date(2024, 1, 1)


def wholesaler() -> duckdb.DuckDBPyConnection:
    """A snake_case wholesaler: products, employees, a type-2 customer dimension, orders and order items."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute(
        "CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR, unit_price DECIMAL(10,2), "
        "units_in_stock INTEGER, reorder_level INTEGER, discontinued BOOLEAN)"
    )
    goods = ["Anchor Bolt", "Brass Hinge", "Copper Pipe", "Drill Bit", "Elbow Joint", "Fuse Box", "Gasket Set",
             "Hex Key", "Iron Bracket", "Jig Saw", "Knurled Nut", "Lag Screw", "Mitre Clamp", "Nail Gun",
             "Oil Seal", "Pipe Wrench", "Quick Coupler", "Rivet Pack", "Spirit Level", "Tape Measure"]  # fmt: skip
    products = [
        (
            k,
            name,
            round(rnd.uniform(3, 120), 2),
            rnd.randint(0, 60),
            rnd.choice([5, 10, 15, 20, 25]),
            rnd.random() < 0.1,
        )
        for k, name in enumerate(goods, 1)
    ]
    con.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?, ?)", products)
    con.execute(
        "CREATE TABLE employees(employee_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, title VARCHAR, "
        "salary DOUBLE, manager_id INTEGER REFERENCES employees(employee_id))"
    )
    firsts = ["Ines", "Jonah", "Kira", "Lars", "Mara", "Nils", "Orla", "Pavel", "Quinn", "Rosa", "Sven", "Tilde"]
    lasts = ["Abbot", "Brandt", "Castro", "Dahl", "Eames", "Frost", "Grieg", "Hale", "Ibsen", "Jung", "Kemp", "Lund"]
    employees: list[tuple[Any, ...]] = []
    for k in range(1, 13):
        boss = None if k == 1 else (1 if k <= 3 else rnd.choice([2, 3]))
        title = "Managing Director" if k == 1 else ("Sales Manager" if k <= 3 else "Sales Representative")
        employees.append((k, firsts[k - 1], lasts[k - 1], title, float(rnd.randrange(42000, 120000, 500)), boss))
    con.executemany("INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?)", employees)
    con.execute(
        "CREATE TABLE dim_customer(customer_key INTEGER PRIMARY KEY, customer_id VARCHAR, customer_name VARCHAR, "
        "city VARCHAR, phone VARCHAR, balance DECIMAL(10,2), valid_from DATE, valid_to DATE, is_current BOOLEAN)"
    )
    names = ["Alder Supply", "Birch Works", "Cedar Trade", "Delta Build", "Elm Stores", "Fjord Tools",
             "Granite Co", "Harbor Hardware", "Isle Depot", "Juniper Ltd", "Kestrel Mart", "Linden Group",
             "Maple Fixings", "Nordic Bolt", "Oak & Sons"]  # fmt: skip
    cities = ["Arden", "Bexley", "Corran", "Dunmore"]
    dims: list[tuple[Any, ...]] = []
    key = 0
    for k, name in enumerate(names, 1):
        phone = None if k % 4 == 0 else f"555-{1000 + k}"
        versions = 2 if k % 3 == 0 else 1
        start = D0 - dt.timedelta(days=400)
        for v in range(versions):
            key += 1
            last = v == versions - 1
            end = None if last else D0 + dt.timedelta(days=90)
            bal = round(rnd.uniform(0, 3000), 2)
            dims.append((key, f"C{k:03d}", name, rnd.choice(cities), phone, bal, start, end, last))
            start = D0 + dt.timedelta(days=91)
    con.executemany("INSERT INTO dim_customer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", dims)
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_key INTEGER REFERENCES dim_customer(customer_key), "
        "employee_id INTEGER REFERENCES employees(employee_id), order_date DATE, required_date DATE, shipped_date DATE, "
        "freight DECIMAL(8,2))"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 241):
        day = D0 + dt.timedelta(days=rnd.randrange(360))
        required = day + dt.timedelta(days=rnd.choice([7, 14, 21]))
        shipped = None if rnd.random() < 0.12 else day + dt.timedelta(days=rnd.randint(1, 25))
        orders.append(
            (k, rnd.randint(1, key), rnd.randint(4, 12), day, required, shipped, round(rnd.uniform(2, 90), 2))
        )
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", orders)
    con.execute(
        "CREATE TABLE order_items(item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "product_id INTEGER REFERENCES products(product_id), quantity INTEGER, unit_price DECIMAL(10,2), "
        "returned_date DATE)"
    )
    items: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        o = orders[rnd.randrange(len(orders))]
        p = products[rnd.randrange(len(products))]
        back = o[3] + dt.timedelta(days=rnd.randint(5, 40)) if rnd.random() < 0.08 else None
        items.append((k, o[0], p[0], rnd.randint(1, 12), p[2], back))
    con.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?, ?, ?)", items)
    more = random.Random(47)
    con.execute(
        "CREATE TABLE departments(department_id INTEGER PRIMARY KEY, department_name VARCHAR, budget DECIMAL(12,2), "
        "actual_spend DECIMAL(12,2), head_count INTEGER)"
    )
    units = ["Sales", "Warehouse", "Finance", "Purchasing", "Logistics", "IT", "Marketing", "Service"]
    departments = []
    for k, unit in enumerate(units, 1):
        budget = float(more.randrange(50000, 400000, 5000))
        departments.append((k, unit, budget, round(budget * more.uniform(0.75, 1.25), 2), more.randint(3, 40)))
    con.executemany("INSERT INTO departments VALUES (?, ?, ?, ?, ?)", departments)
    con.execute(
        "CREATE TABLE supplier_versions(supplier_key INTEGER PRIMARY KEY, supplier_code VARCHAR, supplier_name VARCHAR, "
        "country VARCHAR, valid_from DATE, valid_until DATE)"
    )
    makers = ["Arcturus Metal", "Boreal Plastics", "Corvid Tools", "Draco Fasteners", "Eridan Pipes", "Fornax Glass"]
    versions: list[tuple[Any, ...]] = []
    for k, maker in enumerate(makers, 1):
        start = D0 - dt.timedelta(days=700)
        for v in range(1 + k % 3):
            end = None if v == k % 3 else start + dt.timedelta(days=200)
            country = more.choice(["Norway", "Chile", "Japan", "Kenya"])
            versions.append((len(versions) + 1, f"S{k:02d}", maker, country, start, end))
            start = start + dt.timedelta(days=201)
    con.executemany("INSERT INTO supplier_versions VALUES (?, ?, ?, ?, ?, ?)", versions)
    return con


def project_office() -> duckdb.DuckDBPyConnection:
    """A PascalCase project office: staff, client history (type 2 by ValidTo), projects, a Q&A forum, equipment loans."""
    con = duckdb.connect()
    rnd = random.Random(43)
    con.execute(
        'CREATE TABLE "Staff"("StaffId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "JobTitle" VARCHAR, '
        '"Salary" DOUBLE, "PhoneNumber" VARCHAR, "ReportsTo" INTEGER REFERENCES "Staff"("StaffId"))'
    )
    people = ["Aria Bloom", "Bram Cole", "Cleo Dane", "Dario Enk", "Eva Flint", "Finn Gale", "Greta Holm",
              "Hugo Ives", "Ida Jansen", "Jon Kerr", "Kaia Lowe", "Leo Mott", "Mia Nagel", "Noah Ortiz"]  # fmt: skip
    staff: list[tuple[Any, ...]] = []
    for k, name in enumerate(people, 1):
        boss = None if k == 1 else (1 if k <= 3 else rnd.choice([2, 3]))
        phone = None if k % 5 == 0 else f"+1 202 555 {k:04d}"
        title = "Director" if k == 1 else ("Programme Lead" if k <= 3 else "Project Manager")
        staff.append((k, name, title, float(rnd.randrange(50000, 140000, 1000)), phone, boss))
    con.executemany('INSERT INTO "Staff" VALUES (?, ?, ?, ?, ?, ?)', staff)
    con.execute(
        'CREATE TABLE "ClientHistory"("ClientKey" INTEGER PRIMARY KEY, "ClientCode" VARCHAR, "ClientName" VARCHAR, '
        '"Sector" VARCHAR, "Balance" DOUBLE, "ValidFrom" DATE, "ValidTo" DATE)'
    )
    clients = ["Acme Civic", "Beacon Health", "Crown Energy", "Dune Logistics", "Ember Retail", "Falcon Media",
               "Garnet Bank", "Helix Labs", "Indigo Foods", "Jasper Mining"]  # fmt: skip
    history: list[tuple[Any, ...]] = []
    key = 0
    for k, name in enumerate(clients, 1):
        versions = 2 if k % 2 == 0 else 1
        start = D0 - dt.timedelta(days=500)
        for v in range(versions):
            key += 1
            end = None if v == versions - 1 else D0 + dt.timedelta(days=30)
            sector = rnd.choice(["Public", "Private", "Nonprofit"])
            history.append((key, f"CL{k:02d}", name, sector, round(rnd.uniform(0, 5000), 2), start, end))
            start = D0 + dt.timedelta(days=31)
    con.executemany('INSERT INTO "ClientHistory" VALUES (?, ?, ?, ?, ?, ?, ?)', history)
    con.execute(
        'CREATE TABLE "Projects"("ProjectId" INTEGER PRIMARY KEY, "ProjectName" VARCHAR, '
        '"ClientKey" INTEGER REFERENCES "ClientHistory"("ClientKey"), "ManagerId" INTEGER REFERENCES "Staff"("StaffId"), '
        '"Budget" DOUBLE, "ActualCost" DOUBLE, "StartDate" DATE, "DueDate" DATE, "CompletedDate" DATE)'
    )
    projects: list[tuple[Any, ...]] = []
    for k in range(1, 41):
        budget = float(rnd.randrange(20000, 200000, 1000))
        start = D0 + dt.timedelta(days=rnd.randrange(300))
        due = start + dt.timedelta(days=rnd.choice([60, 90, 120]))
        done = None if rnd.random() < 0.2 else start + dt.timedelta(days=rnd.randint(40, 160))
        cost = round(budget * rnd.uniform(0.7, 1.3), 2)
        projects.append(
            (k, f"Project {k:02d}", rnd.randint(1, key), rnd.randint(4, 14), budget, cost, start, due, done)
        )
    con.executemany('INSERT INTO "Projects" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', projects)
    con.execute(
        'CREATE TABLE "Questions"("QuestionId" INTEGER PRIMARY KEY, "Title" VARCHAR, '
        '"AskedBy" INTEGER REFERENCES "Staff"("StaffId"), "AskedDate" DATE, "Score" INTEGER, '
        '"AcceptedAnswerId" INTEGER)'
    )
    con.execute(
        'CREATE TABLE "Answers"("AnswerId" INTEGER PRIMARY KEY, "QuestionId" INTEGER REFERENCES '
        '"Questions"("QuestionId"), "AnsweredBy" INTEGER REFERENCES "Staff"("StaffId"), "AnsweredDate" DATE, '
        '"Score" INTEGER)'
    )
    questions: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    for k in range(1, 61):
        day = D0 + dt.timedelta(days=rnd.randrange(300))
        mine = [len(answers) + 1 + j for j in range(rnd.randint(0, 3))]
        for a in mine:
            answers.append((a, k, rnd.randint(1, 14), day + dt.timedelta(days=rnd.randint(0, 9)), rnd.randint(-1, 9)))
        accepted = rnd.choice(mine) if mine and rnd.random() < 0.6 else None
        questions.append((k, f"How do I {k}?", rnd.randint(1, 14), day, rnd.randint(-2, 12), accepted))
    con.executemany('INSERT INTO "Questions" VALUES (?, ?, ?, ?, ?, ?)', questions)
    con.executemany('INSERT INTO "Answers" VALUES (?, ?, ?, ?, ?)', answers)
    con.execute(
        'CREATE TABLE "EquipmentLoans"("LoanId" INTEGER PRIMARY KEY, "ItemName" VARCHAR, '
        '"BorrowerId" INTEGER REFERENCES "Staff"("StaffId"), "LoanDate" DATE, "DueDate" DATE, "ReturnedDate" DATE)'
    )
    kit = ["Laptop", "Projector", "Camera", "Tablet", "Headset"]
    loans: list[tuple[Any, ...]] = []
    for k in range(1, 81):
        day = D0 + dt.timedelta(days=rnd.randrange(300))
        back = None if rnd.random() < 0.15 else day + dt.timedelta(days=rnd.randint(1, 30))
        loans.append((k, rnd.choice(kit), rnd.randint(1, 14), day, day + dt.timedelta(days=14), back))
    con.executemany('INSERT INTO "EquipmentLoans" VALUES (?, ?, ?, ?, ?, ?)', loans)
    more = random.Random(53)
    con.execute(
        'CREATE TABLE "OfficeSupplies"("SupplyId" INTEGER PRIMARY KEY, "SupplyName" VARCHAR, "QuantityOnHand" INTEGER, '
        '"ReorderPoint" INTEGER, "UnitCost" DOUBLE)'
    )
    stock = ["Paper", "Toner", "Pens", "Folders", "Staples", "Markers", "Notebooks", "Batteries", "Tape", "Labels"]
    supplies = [
        (k, name, more.randint(0, 80), more.choice([10, 20, 30]), round(more.uniform(1, 60), 2))
        for k, name in enumerate(stock, 1)
    ]
    con.executemany('INSERT INTO "OfficeSupplies" VALUES (?, ?, ?, ?, ?)', supplies)
    return con


Question = tuple[str, str]  # question, gold SQL (compared by rows with `covers`)

WHOLESALER_QUESTIONS: list[Question] = [
    ("which products need reordering",
     "SELECT product_name, units_in_stock, reorder_level FROM products WHERE units_in_stock <= reorder_level"),
    ("products where units in stock are below the reorder level",
     "SELECT product_name, units_in_stock, reorder_level FROM products WHERE units_in_stock < reorder_level"),
    ("which departments are over budget",
     "SELECT department_name, budget, actual_spend FROM departments WHERE actual_spend > budget"),
    ("how many orders were shipped late",
     "SELECT COUNT(*) FROM orders WHERE shipped_date > required_date"),
    ("orders shipped after the required date",
     "SELECT order_id FROM orders WHERE shipped_date > required_date"),
    ("how many orders were shipped late by month",
     "SELECT date_trunc('month', order_date), COUNT(*) FROM orders WHERE shipped_date > required_date GROUP BY 1"),
    ("orders not yet shipped",
     "SELECT order_id FROM orders WHERE shipped_date IS NULL"),
    ("how many orders haven't shipped yet",
     "SELECT COUNT(*) FROM orders WHERE shipped_date IS NULL"),
    ("how many order items were never returned",
     "SELECT COUNT(*) FROM order_items WHERE returned_date IS NULL"),
    ("how many order items were returned",
     "SELECT COUNT(*) FROM order_items WHERE returned_date IS NOT NULL"),
    ("customers without a phone number",
     "SELECT customer_name FROM dim_customer WHERE phone IS NULL AND is_current"),
    ("customers with a balance over 1000",
     "SELECT customer_name, balance FROM dim_customer WHERE balance > 1000 AND is_current"),
    ("products with a price above 50",
     "SELECT product_name, unit_price FROM products WHERE unit_price > 50"),
    ("employees earning more than 80000",
     "SELECT first_name || ' ' || last_name, salary FROM employees WHERE salary > 80000"),
    ("who reports to whom",
     "SELECT e.first_name || ' ' || e.last_name, m.first_name || ' ' || m.last_name FROM employees e "
     "LEFT JOIN employees m ON m.employee_id = e.manager_id"),
    ("list employees with their manager",
     "SELECT e.first_name || ' ' || e.last_name, m.first_name || ' ' || m.last_name FROM employees e "
     "LEFT JOIN employees m ON m.employee_id = e.manager_id"),
    ("list all customers",
     "SELECT customer_name FROM dim_customer WHERE is_current"),
    ("number of suppliers by country",
     "SELECT country, COUNT(*) FROM supplier_versions WHERE valid_until IS NULL GROUP BY 1"),
    ("number of customers by city",
     "SELECT city, COUNT(*) FROM dim_customer WHERE is_current GROUP BY 1"),
]  # fmt: skip

PROJECT_QUESTIONS: list[Question] = [
    ("which projects are over budget",
     'SELECT "ProjectName", "Budget", "ActualCost" FROM "Projects" WHERE "ActualCost" > "Budget"'),
    ("how many projects went over budget",
     'SELECT COUNT(*) FROM "Projects" WHERE "ActualCost" > "Budget"'),
    ("projects completed after the due date",
     'SELECT "ProjectName" FROM "Projects" WHERE "CompletedDate" > "DueDate"'),
    ("projects not completed yet",
     'SELECT "ProjectName" FROM "Projects" WHERE "CompletedDate" IS NULL'),
    ("which supplies need reordering",
     'SELECT "SupplyName", "QuantityOnHand", "ReorderPoint" FROM "OfficeSupplies" WHERE "QuantityOnHand" <= "ReorderPoint"'),
    ("questions with no accepted answer",
     'SELECT "Title" FROM "Questions" WHERE "AcceptedAnswerId" IS NULL'),
    ("how many questions have an accepted answer",
     'SELECT COUNT(*) FROM "Questions" WHERE "AcceptedAnswerId" IS NOT NULL'),
    ("how many questions don't have an accepted answer",
     'SELECT COUNT(*) FROM "Questions" WHERE "AcceptedAnswerId" IS NULL'),
    ("equipment never returned",
     'SELECT "LoanId", "ItemName" FROM "EquipmentLoans" WHERE "ReturnedDate" IS NULL'),
    ("how many loans were returned late",
     'SELECT COUNT(*) FROM "EquipmentLoans" WHERE "ReturnedDate" > "DueDate"'),
    ("staff without a phone number",
     'SELECT "FullName" FROM "Staff" WHERE "PhoneNumber" IS NULL'),
    ("staff earning more than 100000",
     'SELECT "FullName", "Salary" FROM "Staff" WHERE "Salary" > 100000'),
    ("projects with a budget above 150000",
     'SELECT "ProjectName", "Budget" FROM "Projects" WHERE "Budget" > 150000'),
    ("clients with a balance over 2000",
     'SELECT "ClientName", "Balance" FROM "ClientHistory" WHERE "Balance" > 2000 AND "ValidTo" IS NULL'),
    ("who reports to whom",
     'SELECT s."FullName", m."FullName" FROM "Staff" s LEFT JOIN "Staff" m ON m."StaffId" = s."ReportsTo"'),
    ("number of clients by sector",
     'SELECT "Sector", COUNT(*) FROM "ClientHistory" WHERE "ValidTo" IS NULL GROUP BY 1'),
    ("list all clients",
     'SELECT "ClientName" FROM "ClientHistory" WHERE "ValidTo" IS NULL'),
]  # fmt: skip

QUESTIONS = {"wholesaler": (wholesaler, WHOLESALER_QUESTIONS), "project_office": (project_office, PROJECT_QUESTIONS)}
