"""Two catalogs whose rows carry two keys to one table of people, an owner's and a creator's, written for the
analyst's owner-and-creator tests (neither the demo nor an eval catalog): a snake_case sales pipeline (deals.owner_id
and created_by to users) and a PascalCase service desk (Ticket.OwnerId and CreatedById to Staff)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def pipeline() -> duckdb.DuckDBPyConnection:
    """Users; deals each owned by one user and entered by another (or the same), with an amount and dates."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute("CREATE TABLE users(user_id INTEGER PRIMARY KEY, full_name VARCHAR, team VARCHAR)")
    con.executemany(
        "INSERT INTO users VALUES (?, ?, ?)",
        [(i, f"Person {i:02d}", rnd.choice(["East", "West"])) for i in range(1, 13)],
    )
    con.execute(
        "CREATE TABLE deals(deal_id INTEGER PRIMARY KEY, deal_name VARCHAR, owner_id INTEGER REFERENCES users(user_id), "
        "created_by INTEGER REFERENCES users(user_id), amount DOUBLE, close_date DATE, created_date DATE)"
    )
    deals = []
    for k in range(1, 401):
        made = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        deals.append((k, f"Deal {k}", rnd.randint(1, 6), rnd.randint(5, 12), round(rnd.uniform(500, 90000), 2),
                      made + dt.timedelta(days=rnd.randrange(20, 200)), made))  # fmt: skip
    con.executemany("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?)", deals)
    return con


def desk() -> duckdb.DuckDBPyConnection:
    """Staff; tickets each owned by one staff member and entered by another (or the same), with a score and dates."""
    con = duckdb.connect()
    rnd = random.Random(43)
    con.execute('CREATE TABLE "Staff"("Id" INTEGER PRIMARY KEY, "Name" VARCHAR, "Site" VARCHAR)')
    con.executemany(
        'INSERT INTO "Staff" VALUES (?, ?, ?)',
        [(i, f"Agent {i:02d}", rnd.choice(["Lyon", "Oslo"])) for i in range(1, 11)],
    )
    con.execute(
        'CREATE TABLE "Ticket"("Id" INTEGER PRIMARY KEY, "Subject" VARCHAR, "OwnerId" INTEGER REFERENCES "Staff"("Id"), '
        '"CreatedById" INTEGER REFERENCES "Staff"("Id"), "Score" INTEGER, "CloseDate" DATE, "CreatedDate" TIMESTAMP)'
    )
    rows = []
    for k in range(1, 301):
        made = dt.datetime(2023, 1, 1, 9) + dt.timedelta(hours=rnd.randrange(15000))
        rows.append((k, f"Issue {k}", rnd.randint(1, 5), rnd.randint(4, 10), rnd.randint(1, 5),
                     (made + dt.timedelta(hours=rnd.randrange(2, 300))).date(), made))  # fmt: skip
    con.executemany('INSERT INTO "Ticket" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con
