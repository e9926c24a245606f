"""How many of one thing another usually has ("how many items do orders usually have", "how many jobs does a vehicle
typically get"): the rows counted per member, then how many members have each count (a histogram of the counts), as
"distribution of items per order" already gives. On two catalogs written here: a snake_case shop's orders and their
items, and a PascalCase garage's vehicles, jobs and job parts."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR)")
    con.execute("INSERT INTO customers SELECT i, 'Customer ' || i FROM range(1, 21) t(i)")
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "ordered_on DATE)"
    )
    con.execute("INSERT INTO orders SELECT i, 1 + i % 7, DATE '2024-01-01' + CAST(i AS INTEGER) FROM range(1, 61) t(i)")
    con.execute(
        "CREATE TABLE order_items(item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "quantity INTEGER)"
    )
    con.execute(
        "INSERT INTO order_items SELECT row_number() OVER (), o, 1 + k FROM range(1, 61) a(o), range(5) b(k) "
        "WHERE k < o % 5 + 1"
    )
    return con


def garage() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Vehicles"("VehicleId" INTEGER PRIMARY KEY, "Plate" VARCHAR)')
    con.execute("""INSERT INTO "Vehicles" SELECT i, 'AB' || i FROM range(1, 31) t(i)""")
    con.execute(
        'CREATE TABLE "Jobs"("JobId" INTEGER PRIMARY KEY, "VehicleId" INTEGER REFERENCES "Vehicles"("VehicleId"), '
        '"JobDate" DATE)'
    )
    con.execute(
        """INSERT INTO "Jobs" SELECT i, 1 + (i * i) % 30, DATE '2024-01-01' + CAST(i AS INTEGER) FROM range(1, 91) t(i)"""
    )
    con.execute(
        'CREATE TABLE "JobParts"("JobPartId" INTEGER PRIMARY KEY, "JobId" INTEGER REFERENCES "Jobs"("JobId"), '
        '"PartName" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "JobParts" SELECT row_number() OVER (), j, 'Part ' || k FROM range(1, 91) a(j), range(4) b(k)
        WHERE k < j % 4 + 1"""
    )
    return con


orders = catalog_fixture(shop)
jobs = catalog_fixture(garage)


def _spread(table: str, key: str) -> str:
    return f"SELECT n, COUNT(*) FROM (SELECT {key}, COUNT(*) AS n FROM {table} GROUP BY 1) GROUP BY 1"


def test_how_many_a_member_usually_has_is_the_spread_of_its_counts(orders: Db, jobs: Db) -> None:
    d = same(orders, "how many items do orders usually have", _spread("order_items", "order_id"))
    assert d.chart.chart_type == "histogram"
    same(orders, "how many orders does a customer typically place", _spread("orders", "customer_id"))
    d = same(jobs, "how many parts do jobs usually have", _spread('"JobParts"', '"JobId"'))
    assert d.chart.chart_type == "histogram"
    same(jobs, "how many jobs does a vehicle typically get", _spread('"Jobs"', '"VehicleId"'))


def test_the_distribution_said_outright_gives_the_same(orders: Db, jobs: Db) -> None:
    same(orders, "distribution of items per order", _spread("order_items", "order_id"))
    same(jobs, "histogram of jobs per vehicle", _spread('"Jobs"', '"VehicleId"'))
