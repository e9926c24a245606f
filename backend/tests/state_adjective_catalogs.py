"""Two catalogs written for the tests of a state said as an adjective where the catalog stores an uncommented one-letter
code (neither the demo nor an eval catalog): an UPPER_SNAKE phone carrier whose subscriptions carry SUB_STS_CDE
('A', 'F', 'S') and a snake_case lending library whose cards carry a card_status_code ('a', 'd', 'x')."""

from __future__ import annotations

import random

import duckdb


def phone_carrier() -> duckdb.DuckDBPyConnection:
    """Plans (an id, a name); subscriptions (an id, the plan, a status code, a monthly charge)."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute('CREATE TABLE "PLAN"("PLAN_ID" INTEGER PRIMARY KEY, "PLAN_NM" VARCHAR)')
    con.executemany('INSERT INTO "PLAN" VALUES (?, ?)', [(1, "Talk Lite"), (2, "Data Max"), (3, "Family Share")])
    con.execute(
        'CREATE TABLE "SUBSCR"("SUB_ID" INTEGER PRIMARY KEY, "PLAN_ID" INTEGER REFERENCES "PLAN"("PLAN_ID"), '
        '"SUB_STS_CDE" VARCHAR, "MO_CHRG_AMT" DECIMAL(8, 2))'
    )
    rows = [
        (k, rnd.randint(1, 3), rnd.choice("AAAAFFS"), round(rnd.uniform(10, 90), 2)) for k in range(1, 401)
    ]  # fmt: skip
    con.executemany('INSERT INTO "SUBSCR" VALUES (?, ?, ?, ?)', rows)
    return con


def lending_library() -> duckdb.DuckDBPyConnection:
    """Branches (an id, a name); cards (an id, the branch, a status code, the fines owed)."""
    con = duckdb.connect()
    rnd = random.Random(72)
    con.execute("CREATE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR)")
    con.executemany("INSERT INTO branches VALUES (?, ?)", [(1, "Riverside"), (2, "Old Town"), (3, "Hilltop")])
    con.execute(
        "CREATE TABLE cards(card_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id), "
        "card_status_code VARCHAR, fines_owed DECIMAL(6, 2))"
    )
    rows = [(k, rnd.randint(1, 3), rnd.choice("aaaddx"), round(rnd.uniform(0, 20), 2)) for k in range(1, 301)]
    con.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)", rows)
    return con
