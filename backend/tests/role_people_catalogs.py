"""Two catalogs whose people are named in questions by the role they play (a sales rep, a support agent) and never by
their table's name, written for the analyst's role tests (neither the demo nor an eval catalog): a snake_case deal
desk (deals.owner_id and created_by to users, text keys, a won flag, a comment on the creator's key that mentions the
owner's) and a camelCase help line (calls.handlerId and loggedById to staffMembers, integer keys, a rating and a resolved
flag, a comment on the logger's key that mentions the handler's)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def deal_desk() -> duckdb.DuckDBPyConnection:
    """Users in departments; deals each owned by a rep and entered by another user, with an amount and a won flag."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute(
        "CREATE TABLE users(user_id VARCHAR PRIMARY KEY, full_name VARCHAR, department VARCHAR, job_title VARCHAR)"
    )
    people = [
        (f"U{i:03d}X", f"Person {i:02d}", "Sales" if i <= 8 else "Service", "Account Rep" if i <= 5 else "Trainee")
        for i in range(1, 13)
    ]
    con.executemany("INSERT INTO users VALUES (?, ?, ?, ?)", people)
    con.execute(
        "CREATE TABLE deals(deal_id VARCHAR PRIMARY KEY, deal_name VARCHAR, owner_id VARCHAR REFERENCES users(user_id), "
        "created_by VARCHAR REFERENCES users(user_id), amount DOUBLE, is_won BOOLEAN, close_date DATE)"
    )
    con.execute(
        "COMMENT ON COLUMN deals.created_by IS 'the user who typed the deal in (often a sales trainee); "
        "owner_id is the account rep who owns it'"
    )
    deals = []
    for k in range(1, 301):
        deals.append((f"D{k:05d}", f"Deal {k}", f"U{rnd.randint(1, 5):03d}X", f"U{rnd.randint(4, 12):03d}X",
                      round(rnd.uniform(500, 90000), 2), rnd.random() < 0.4,
                      dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(700))))  # fmt: skip
    con.executemany("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?)", deals)
    return con


def help_line() -> duckdb.DuckDBPyConnection:
    """Staff members; calls each handled by one of them and logged by another, with a rating and a resolved flag."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "staffMembers"("staffId" INTEGER PRIMARY KEY, "displayName" VARCHAR, "team" VARCHAR)')
    con.executemany(
        'INSERT INTO "staffMembers" VALUES (?, ?, ?)',
        [(i, f"Agent {i:02d}", "Helpdesk" if i <= 6 else "Billing") for i in range(1, 10)],
    )
    con.execute(
        'CREATE TABLE "calls"("callId" INTEGER PRIMARY KEY, "handlerId" INTEGER REFERENCES "staffMembers"("staffId"), '
        '"loggedById" INTEGER REFERENCES "staffMembers"("staffId"), "rating" INTEGER, "minutesSpent" DOUBLE, '
        '"isResolved" BOOLEAN, "callDate" DATE)'
    )
    con.execute(
        'COMMENT ON COLUMN "calls"."loggedById" IS \'staff member who logged the call (usually a trainee agent). '
        "handlerId is the support agent who handled it'"
    )
    calls = []
    for k in range(1, 401):
        calls.append((k, rnd.randint(1, 6), rnd.randint(4, 9), rnd.randint(1, 5), round(rnd.uniform(1, 60), 1), rnd.random() < 0.7,
                      dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(500))))  # fmt: skip
    con.executemany('INSERT INTO "calls" VALUES (?, ?, ?, ?, ?, ?, ?)', calls)
    return con
