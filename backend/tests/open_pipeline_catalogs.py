"""Two sales catalogs whose open deals' money is asked as a "pipeline", written for the analyst's pipeline tests
(neither the demo nor an eval catalog): a snake_case deal book (deals.deal_value, is_closed, a forecast category
holding 'Pipeline' as one value, owner_id to reps with a region) and a PascalCase quote desk (Quote.QuoteValue,
IsOpen, a Phase holding 'Pipeline', OwnerId to SalesAgent with a territory); both have a close date and a term in
months."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def deal_book() -> duckdb.DuckDBPyConnection:
    """Reps in regions; deals each owned by a rep, open or closed, with a value, a category and a close date."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE reps(rep_id INTEGER PRIMARY KEY, rep_name VARCHAR, region VARCHAR)")
    con.executemany(
        "INSERT INTO reps VALUES (?, ?, ?)",
        [(i, f"Rep {i:02d}", ["North", "South", "East"][i % 3]) for i in range(1, 9)],
    )
    con.execute(
        "CREATE TABLE deals(deal_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES reps(rep_id), category VARCHAR, "
        "is_closed BOOLEAN, deal_value DECIMAL(12,2), close_date DATE, term_months INTEGER)"
    )
    rows = []
    for k in range(1, 301):
        closed = rnd.random() < 0.5
        category = "Closed" if closed else rnd.choice(["Pipeline", "Commit", "Best Case"])
        rows.append((k, rnd.randint(1, 8), category, closed, round(rnd.uniform(1000, 50000), 2),
                     dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(365)), rnd.choice([12, 24, 36])))  # fmt: skip
    con.executemany("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def quote_desk() -> duckdb.DuckDBPyConnection:
    """Sales agents in territories; quotes each owned by an agent, open or not, with a value, a phase and a close
    date."""
    con = duckdb.connect()
    rnd = random.Random(22)
    con.execute('CREATE TABLE "SalesAgent"("AgentId" INTEGER PRIMARY KEY, "AgentName" VARCHAR, "Territory" VARCHAR)')
    con.executemany(
        'INSERT INTO "SalesAgent" VALUES (?, ?, ?)',
        [(i, f"Agent {i:02d}", ["Alps", "Coast"][i % 2]) for i in range(1, 7)],
    )
    con.execute(
        'CREATE TABLE "Quote"("QuoteId" INTEGER PRIMARY KEY, "OwnerId" INTEGER REFERENCES "SalesAgent"("AgentId"), '
        '"Phase" VARCHAR, "IsOpen" BOOLEAN, "QuoteValue" DECIMAL(12,2), "CloseDate" DATE, "TermMonths" INTEGER)'
    )
    rows = []
    for k in range(1, 251):
        is_open = rnd.random() < 0.6
        phase = rnd.choice(["Pipeline", "Best Case"]) if is_open else rnd.choice(["Done", "Dropped"])
        rows.append((k, rnd.randint(1, 6), phase, is_open, round(rnd.uniform(500, 20000), 2),
                     dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(365)), rnd.choice([6, 12])))  # fmt: skip
    con.executemany('INSERT INTO "Quote" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con
