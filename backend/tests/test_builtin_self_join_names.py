"""A staff member and the person they report to, both named in two parts (first and last name): the two output
columns are "name" and the superior's role ("manager"), never two columns called "name". Two catalogs written here:
a shop's staff (PascalCase, ReportsTo) and a clinic's nurses (snake_case, supervisor_id)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture


def _shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE Staff (StaffId INTEGER PRIMARY KEY, FirstName VARCHAR, LastName VARCHAR, Title VARCHAR,
        ReportsTo INTEGER REFERENCES Staff(StaffId))"""
    )
    for row in (
        "1, 'Ada', 'Quill', 'Owner', NULL",
        "2, 'Ben', 'Oduya', 'Manager', 1",
        "3, 'Cleo', 'Marsh', 'Clerk', 2",
    ):
        con.execute(f"INSERT INTO Staff VALUES ({row})")  # one at a time: each row's superior exists first
    return con


def _ward() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE nurse (nurse_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, ward VARCHAR,
        supervisor_id INTEGER REFERENCES nurse(nurse_id))"""
    )
    for row in ("1, 'Ines', 'Alvarez', 'A', NULL", "2, 'Tom', 'Becker', 'A', 1", "3, 'Mia', 'Chen', 'B', 1"):
        con.execute(f"INSERT INTO nurse VALUES ({row})")
    return con


shop = catalog_fixture(_shop)
ward = catalog_fixture(_ward)


def _columns(db: Db, question: str) -> list[str]:
    d = answer(db, question)
    cur = db[0].execute(d.sql)
    names = [c[0] for c in cur.description or []]
    assert len(names) == len(set(names)), f"{question!r}: {names}\n{d.sql}"
    return names


def test_shop_staff_and_who_they_report_to_have_distinct_columns(shop: Db) -> None:
    names = _columns(shop, "list staff and who they report to")
    assert "name" in names and len(names) >= 2, names


def test_nurses_and_their_supervisors_have_distinct_columns(ward: Db) -> None:
    names = _columns(ward, "list each nurse and their supervisor")
    assert len(names) >= 2, names
