""" "People" are all the rows of a table of people, never only those a yes/no column marks as staff or employees (a
word for people in general names no flag) — on two catalogs of our own."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _accounts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE account (account_id INTEGER PRIMARY KEY, full_name VARCHAR, is_staff BOOLEAN,"
        " country VARCHAR, opened_at TIMESTAMP)"
    )
    countries = ["Chile", "Peru", "Chile", "Spain", "Peru", "Chile", "Spain", "Chile"]
    rows = [(i + 1, f"Person {i}", i % 3 == 0, c, f"2024-0{1 + i % 6}-03 10:00:00") for i, c in enumerate(countries)]
    con.executemany("INSERT INTO account VALUES (?, ?, ?, ?, ?)", rows)
    return con


def _visits() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Visitor" ("VisitorId" INTEGER PRIMARY KEY, "Name" VARCHAR, "City" VARCHAR)')
    con.execute(
        'CREATE TABLE "Visit" ("VisitId" INTEGER PRIMARY KEY, "VisitorId" INTEGER REFERENCES "Visitor"("VisitorId"),'
        ' "IsEmployee" BOOLEAN, "Gate" VARCHAR, "EnteredAt" TIMESTAMP)'
    )
    con.executemany(
        'INSERT INTO "Visitor" VALUES (?, ?, ?)', [(i, f"V{i}", "Oslo" if i % 2 else "Bergen") for i in range(1, 7)]
    )
    visits = [
        (i, 1 + i % 6, i % 4 == 0, "North" if i % 3 else "South", f"2024-03-{1 + i:02d} 09:00:00") for i in range(20)
    ]
    con.executemany('INSERT INTO "Visit" VALUES (?, ?, ?, ?, ?)', visits)
    return con


accounts = catalog_fixture(_accounts)
visits = catalog_fixture(_visits)


def test_people_counted_per_group_are_all_the_rows_not_only_the_staff(accounts: Db) -> None:
    same(accounts, "How many people per country?", "SELECT country, COUNT(*) FROM account GROUP BY 1")


def test_people_through_a_gate_are_every_visit_not_only_the_employees(visits: Db) -> None:
    same(visits, "number of people by gate", 'SELECT "Gate", COUNT(*) FROM "Visit" GROUP BY 1')
