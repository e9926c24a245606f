"""Two catalogs written for the analyst's tests of a date named on the row's parent ("subscribers registered each
year" where the registration date is the account's), neither the demo nor an eval catalog: a snake_case newsletter
whose subscribers point at a login account holding the registration time, and a PascalCase school whose students point
at a portal login holding the enrolment date. Each child table has dates of its own that come first."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def newsletter() -> duckdb.DuckDBPyConnection:
    """500 accounts (registered_at over four years) and one subscriber each (opted_in_at, some empty; created)."""
    con = duckdb.connect()
    rnd = random.Random(12)
    con.execute("CREATE TABLE accounts(account_id INTEGER PRIMARY KEY, handle VARCHAR, registered_at TIMESTAMP)")
    con.execute(
        "CREATE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),"
        " opted_in_at TIMESTAMP, created TIMESTAMP)"
    )
    accounts: list[tuple[object, ...]] = []
    subs: list[tuple[object, ...]] = []
    for k in range(1, 501):
        reg = dt.datetime(2021, 1, 1, 8) + dt.timedelta(hours=rnd.randrange(4 * 8760))
        accounts.append((k, f"reader{k}", reg))
        opted = dt.datetime(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)) if k % 3 else None
        subs.append((k, k, opted, reg + dt.timedelta(days=rnd.randint(0, 400))))
    con.executemany("INSERT INTO accounts VALUES (?, ?, ?)", accounts)
    con.executemany("INSERT INTO subscribers VALUES (?, ?, ?, ?)", subs)
    return con


def school_portal() -> duckdb.DuckDBPyConnection:
    """300 portal logins (EnrolledOn over two years) and one student each (ConsentGivenOn, CreatedOn)."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute('CREATE TABLE "Logins"("LoginID" INTEGER PRIMARY KEY, "UserName" VARCHAR, "EnrolledOn" DATE)')
    con.execute(
        'CREATE TABLE "Students"("StudentID" INTEGER PRIMARY KEY, "LoginID" INTEGER REFERENCES "Logins"("LoginID"), '
        '"ConsentGivenOn" DATE, "CreatedOn" DATE)'
    )
    logins: list[tuple[object, ...]] = []
    students: list[tuple[object, ...]] = []
    for k in range(1, 301):
        enrolled = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        logins.append((k, f"pupil{k}", enrolled))
        consent = dt.date(2024, 9, 1) + dt.timedelta(days=rnd.randrange(90)) if k % 4 else None
        students.append((k, k, consent, enrolled + dt.timedelta(days=rnd.randint(0, 60))))
    con.executemany('INSERT INTO "Logins" VALUES (?, ?, ?)', logins)
    con.executemany('INSERT INTO "Students" VALUES (?, ?, ?, ?)', students)
    return con
