"""A ranking asked once per group ("top 2 gadgets in each kind by revenue", "the best-selling gadget in each kind",
"top 3 buyers per country by number of baskets", "highest paid employee in each department"): the first N members
are kept within each group (a window over the group, a tie settled by the members' names), not the first N over all
groups. On two catalogs written here: a snake_case gadget shop with no declared keys, and a PascalCase consultancy
with declared keys."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def gadget_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE kinds(kind_id INTEGER, kind_name VARCHAR)")
    con.execute("INSERT INTO kinds VALUES (1, 'Clocks'), (2, 'Lamps'), (3, 'Kettles')")
    con.execute("CREATE TABLE gadgets(gadget_id INTEGER, gadget_name VARCHAR, kind_id INTEGER)")
    con.execute("INSERT INTO gadgets SELECT i, 'Gadget ' || i, 1 + i % 3 FROM range(1, 13) t(i)")
    con.execute("CREATE TABLE buyers(buyer_id INTEGER, buyer_name VARCHAR, country VARCHAR)")
    con.execute(
        "INSERT INTO buyers SELECT i, 'Buyer ' || i, ['Norway', 'Chile', 'Kenya'][1 + i % 3] FROM range(1, 25) t(i)"
    )
    con.execute("CREATE TABLE baskets(basket_id INTEGER, buyer_id INTEGER, placed_on DATE)")
    con.execute(
        "INSERT INTO baskets SELECT i, 1 + (i * 7) % 23, DATE '2024-01-01' + CAST(i AS INTEGER) FROM range(1, 121) t(i)"
    )
    con.execute(
        "CREATE TABLE basket_items(basket_id INTEGER, gadget_id INTEGER, qty INTEGER, unit_price DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO basket_items SELECT b, 1 + (b * 5 + k * 3) % 12, 1 + (b + k) % 4, 5 + ((b * 5 + k * 3) % 12) * 2.5
        FROM range(1, 121) x(b), range(3) y(k) WHERE k <= b % 3"""
    )
    con.execute("CREATE TABLE staff(staff_id INTEGER, staff_name VARCHAR, team VARCHAR, salary INTEGER)")
    con.execute(
        """INSERT INTO staff SELECT i, 'Staff ' || i, ['Ops', 'Sales', 'Design'][1 + i % 3], 30000 + (i * 7919) % 40000
        FROM range(1, 31) t(i)"""
    )
    return con


def consultancy() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Departments"("DepartmentId" INTEGER PRIMARY KEY, "DepartmentName" VARCHAR)')
    con.execute("""INSERT INTO "Departments" VALUES (1, 'Audit'), (2, 'Advisory'), (3, 'Tax')""")
    con.execute(
        'CREATE TABLE "Employees"("EmployeeId" INTEGER PRIMARY KEY, "EmployeeName" VARCHAR, '
        '"DepartmentId" INTEGER REFERENCES "Departments"("DepartmentId"), "Salary" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Employees" SELECT i, 'Employee ' || i, 1 + i % 3, 40000 + (i * 6151) % 50000
        FROM range(1, 28) t(i)"""
    )
    con.execute('CREATE TABLE "Clients"("ClientId" INTEGER PRIMARY KEY, "ClientName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Clients" SELECT i, 'Client ' || i, ['Peru', 'Japan', 'Ghana', 'Malta'][1 + i % 4]
        FROM range(1, 21) t(i)"""
    )
    con.execute('CREATE TABLE "Services"("ServiceId" INTEGER PRIMARY KEY, "ServiceName" VARCHAR, "Category" VARCHAR)')
    con.execute(
        """INSERT INTO "Services" SELECT i, 'Service ' || i, ['Review', 'Filing'][1 + i % 2] FROM range(1, 11) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Invoices"("InvoiceId" INTEGER PRIMARY KEY, '
        '"ClientId" INTEGER REFERENCES "Clients"("ClientId"), "InvoiceDate" DATE)'
    )
    con.execute(
        """INSERT INTO "Invoices" SELECT i, 1 + (i * 3) % 19, DATE '2023-06-01' + CAST(i * 2 AS INTEGER)
        FROM range(1, 81) t(i)"""
    )
    con.execute(
        'CREATE TABLE "InvoiceLines"("InvoiceLineId" INTEGER PRIMARY KEY, '
        '"InvoiceId" INTEGER REFERENCES "Invoices"("InvoiceId"), '
        '"ServiceId" INTEGER REFERENCES "Services"("ServiceId"), "Quantity" INTEGER, "UnitPrice" DECIMAL(10,2))'
    )
    con.execute(
        """INSERT INTO "InvoiceLines" SELECT row_number() OVER (), v, 1 + (v * 7 + k) % 10, 1 + (v * k) % 5,
        100 + ((v * 7 + k) % 10) * 15 FROM range(1, 81) x(v), range(4) y(k) WHERE k <= v % 4"""
    )
    return con


shop = catalog_fixture(gadget_shop)
firm = catalog_fixture(consultancy)

_SHOP_REVENUE = """SELECT g.gadget_name, k.kind_name, SUM(i.unit_price * i.qty) AS revenue FROM basket_items i
    JOIN gadgets g ON i.gadget_id = g.gadget_id JOIN kinds k ON g.kind_id = k.kind_id GROUP BY 1, 2"""


def test_the_first_n_of_each_group_are_kept(shop: Db, firm: Db) -> None:
    same(
        shop,
        "top 2 gadgets in each kind by revenue",
        f"SELECT * FROM ({_SHOP_REVENUE}) QUALIFY ROW_NUMBER() OVER (PARTITION BY kind_name ORDER BY revenue DESC, gadget_name) <= 2",
    )
    same(
        shop,
        "top 3 buyers per country by number of baskets",
        """SELECT u.buyer_name, u.country, COUNT(*) AS n FROM baskets b JOIN buyers u ON b.buyer_id = u.buyer_id
        GROUP BY 1, 2 QUALIFY ROW_NUMBER() OVER (PARTITION BY u.country ORDER BY n DESC, u.buyer_name) <= 3""",
    )
    same(
        firm,
        "top 2 services in each category by revenue",
        """SELECT s."ServiceName", s."Category", SUM(l."UnitPrice" * l."Quantity") AS revenue FROM "InvoiceLines" l
        JOIN "Services" s ON l."ServiceId" = s."ServiceId" GROUP BY 1, 2
        QUALIFY ROW_NUMBER() OVER (PARTITION BY s."Category" ORDER BY revenue DESC, s."ServiceName") <= 2""",
    )
    d = answer(firm, "top 3 clients per country by number of invoices")
    got = firm[0].execute(d.sql).fetchall()
    assert len(got) == len({r[1] for r in got}) * 3  # three in every country, not three over all of them


def test_a_superlative_before_the_noun_keeps_one_of_each_group(shop: Db, firm: Db) -> None:
    same(
        shop,
        "the best-selling gadget in each kind",
        """SELECT g.gadget_name, k.kind_name, SUM(i.qty) AS n FROM basket_items i
        JOIN gadgets g ON i.gadget_id = g.gadget_id JOIN kinds k ON g.kind_id = k.kind_id GROUP BY 1, 2
        QUALIFY ROW_NUMBER() OVER (PARTITION BY k.kind_name ORDER BY n DESC, g.gadget_name) = 1""",
    )
    same(
        shop,
        "highest paid staff member in each team",
        "SELECT staff_name, team, salary FROM staff QUALIFY ROW_NUMBER() OVER (PARTITION BY team ORDER BY salary DESC, staff_name) = 1",
    )
    same(
        firm,
        "highest paid employee in each department",
        """SELECT e."EmployeeName", d."DepartmentName", e."Salary" FROM "Employees" e
        JOIN "Departments" d ON e."DepartmentId" = d."DepartmentId"
        QUALIFY ROW_NUMBER() OVER (PARTITION BY d."DepartmentName" ORDER BY e."Salary" DESC, e."EmployeeName") = 1""",
    )


def test_a_figure_of_each_group_stays_one_figure(shop: Db) -> None:
    same(shop, "highest salary in each team", "SELECT team, MAX(salary) FROM staff GROUP BY 1")
