"""Two tables whose rows carry their own number instead of an id (EmployeeNumber in an HR extract, member_no in a
club's register): one value per row, named after the table's noun."""

from __future__ import annotations

import random

import duckdb


def hr_extract() -> duckdb.DuckDBPyConnection:
    """An HR analytics extract: one row per employee, numbered, with department, income and whether they left."""
    rng = random.Random(23)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE hr_employees (EmployeeNumber INTEGER, Department VARCHAR, JobLevel INTEGER, "
        "MonthlyIncome INTEGER, Attrition VARCHAR)"
    )
    rows = [
        (
            2000 + 3 * i,
            rng.choice(["Sales", "Research", "Support"]),
            rng.randint(1, 5),
            rng.randint(1500, 19000),
            rng.choice(["Yes", "No", "No", "No"]),
        )
        for i in range(300)
    ]
    con.executemany("INSERT INTO hr_employees VALUES (?, ?, ?, ?, ?)", rows)
    return con


def club_register() -> duckdb.DuckDBPyConnection:
    """A rowing club's members: each one's number, squad, yearly dues and sessions attended."""
    rng = random.Random(8)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE members (member_no INTEGER, squad VARCHAR, annual_dues DOUBLE, sessions_attended INTEGER)"
    )
    rows = [
        (100 + i, rng.choice(["Novice", "Masters", "Junior"]), rng.choice([180.0, 240.0, 320.0]), rng.randint(0, 90))
        for i in range(150)
    ]
    con.executemany("INSERT INTO members VALUES (?, ?, ?, ?)", rows)
    return con
