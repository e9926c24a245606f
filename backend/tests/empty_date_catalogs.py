"""Two catalogs written for the analyst's tests (neither the demo nor an eval catalog) whose rows date an event only
some of them have had: a parcel-locker app in snake_case (parcels picked up or still waiting, pickup_at empty until
then) and a PascalCase help desk (tickets resolved or still open, ResolvedAt empty until then)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

FIRST = dt.datetime(2023, 1, 1, 8)


def lockers() -> duckdb.DuckDBPyConnection:
    """3 lockers, 400 parcels (dropped_at always, pickup_at on two in three)."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE locker_site(id INTEGER PRIMARY KEY, site_name VARCHAR)")
    con.executemany("INSERT INTO locker_site VALUES (?, ?)", [(1, "Quay"), (2, "Mill Lane"), (3, "Airport")])
    con.execute(
        "CREATE TABLE locker_parcel(id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES locker_site(id), "
        "dropped_at TIMESTAMP NOT NULL, pickup_at TIMESTAMP, weight_grams INTEGER)"
    )
    rows = []
    for i in range(1, 401):
        dropped = FIRST + dt.timedelta(hours=rnd.randrange(2 * 365 * 24))
        picked = dropped + dt.timedelta(hours=rnd.randrange(1, 72)) if i % 3 else None
        rows.append((i, rnd.randint(1, 3), dropped, picked, rnd.randint(100, 9000)))
    con.executemany("INSERT INTO locker_parcel VALUES (?, ?, ?, ?, ?)", rows)
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    """4 agents, 300 tickets (OpenedAt always, ResolvedAt on three in four)."""
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute('CREATE TABLE "Agents"("AgentId" INTEGER PRIMARY KEY, "AgentName" VARCHAR)')
    con.executemany('INSERT INTO "Agents" VALUES (?, ?)', [(1, "Ines"), (2, "Tomas"), (3, "Priya"), (4, "Oleg")])
    con.execute(
        'CREATE TABLE "Tickets"("TicketId" INTEGER PRIMARY KEY, "AgentId" INTEGER REFERENCES "Agents"("AgentId"), '
        '"OpenedAt" TIMESTAMP NOT NULL, "ResolvedAt" TIMESTAMP, "Priority" VARCHAR NOT NULL)'
    )
    rows = []
    for i in range(1, 301):
        opened = FIRST + dt.timedelta(hours=rnd.randrange(2 * 365 * 24))
        resolved = opened + dt.timedelta(hours=rnd.randrange(1, 200)) if i % 4 else None
        rows.append((i, rnd.randint(1, 4), opened, resolved, rnd.choice(["low", "normal", "high"])))
    con.executemany('INSERT INTO "Tickets" VALUES (?, ?, ?, ?, ?)', rows)
    return con
