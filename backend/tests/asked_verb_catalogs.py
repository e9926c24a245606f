"""Two catalogs written for the analyst's tests of verbs asked after a subject ("how many complaints did each agent
triage?"), neither the demo nor an eval catalog: rows done by people in two steps, each step with its own time and its
own key to the person who did it. A snake_case complaints desk (triaged_at / triaged_by, closed_at / closed_by) and a
PascalCase packing floor (PackedOn / PackedBy, InspectedOn / InspectedBy)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

_AGENTS = ["Ines Harrow", "Jago Flint", "Kaia Morrow", "Leif Dunstan", "Mabel Quarry"]


def complaints_desk() -> duckdb.DuckDBPyConnection:
    """5 agents and 400 complaints (logged_at, triaged_at and triaged_by, closed_at and closed_by: the later steps
    empty on some rows) over two years."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute("CREATE TABLE agents(agent_id INTEGER PRIMARY KEY, agent_name VARCHAR)")
    con.executemany("INSERT INTO agents VALUES (?, ?)", list(enumerate(_AGENTS, 1)))
    con.execute(
        "CREATE TABLE complaints(complaint_id INTEGER PRIMARY KEY, topic VARCHAR, logged_at TIMESTAMP, "
        "triaged_at TIMESTAMP, triaged_by INTEGER REFERENCES agents(agent_id), closed_at TIMESTAMP, "
        "closed_by INTEGER REFERENCES agents(agent_id))"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 401):
        logged = dt.datetime(2023, 1, 3, 9) + dt.timedelta(hours=rnd.randrange(17000))
        triaged = logged + dt.timedelta(hours=rnd.randint(1, 30)) if k % 9 else None
        closed = triaged + dt.timedelta(hours=rnd.randint(2, 90)) if triaged and k % 4 else None
        rows.append((k, rnd.choice(["billing", "noise", "delay"]), logged, triaged,
                     1 + k % 3 if triaged else None, closed, 2 + k % 4 if closed else None))  # fmt: skip
    con.executemany("INSERT INTO complaints VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def packing_floor() -> duckdb.DuckDBPyConnection:
    """5 workers and 300 parcels (CreatedOn, PackedOn and PackedBy, InspectedOn and InspectedBy)."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute('CREATE TABLE "Workers"("WorkerID" INTEGER PRIMARY KEY, "WorkerName" VARCHAR)')
    con.executemany('INSERT INTO "Workers" VALUES (?, ?)', list(enumerate(_AGENTS, 1)))
    con.execute(
        'CREATE TABLE "Parcels"("ParcelID" INTEGER PRIMARY KEY, "WeightKg" DOUBLE, "CreatedOn" TIMESTAMP, '
        '"PackedOn" TIMESTAMP, "PackedBy" INTEGER REFERENCES "Workers"("WorkerID"), "InspectedOn" TIMESTAMP, '
        '"InspectedBy" INTEGER REFERENCES "Workers"("WorkerID"))'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 301):
        made = dt.datetime(2024, 2, 1, 7) + dt.timedelta(hours=rnd.randrange(9000))
        packed = made + dt.timedelta(hours=rnd.randint(1, 20))
        inspected = packed + dt.timedelta(hours=rnd.randint(1, 8)) if k % 5 else None
        rows.append((k, round(rnd.uniform(0.2, 9), 1), made, packed, 1 + k % 2, inspected,
                     3 + k % 3 if inspected else None))  # fmt: skip
    con.executemany('INSERT INTO "Parcels" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con
