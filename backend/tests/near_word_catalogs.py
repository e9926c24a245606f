"""Catalogs whose names are real words near other real words a user may say: an app's actions (reactions are
another thing) and a carrier's depots (deposits are another thing)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def app_actions() -> duckdb.DuckDBPyConnection:
    """snake_case: users and the actions they took, with a type and a time."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE users(user_id INTEGER PRIMARY KEY, signup_date DATE, country VARCHAR)")
    con.executemany(
        "INSERT INTO users VALUES (?, ?, ?)",
        [(i, dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)), rnd.choice(["FR", "DE", "US"]))
         for i in range(1, 61)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE actions(action_id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(user_id), "
        "action_type VARCHAR, created_at TIMESTAMP, qty INTEGER)"
    )
    con.executemany(
        "INSERT INTO actions VALUES (?, ?, ?, ?, ?)",
        [(k, rnd.randint(1, 60), rnd.choice(["click", "share", "save"]),
          dt.datetime(2024, 3, 1) + dt.timedelta(hours=rnd.randrange(6000)), rnd.randint(1, 5))
         for k in range(1, 801)],
    )  # fmt: skip
    return con


def depot_network() -> duckdb.DuckDBPyConnection:
    """PascalCase: depots opened over the years and the shipments sent from them."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        'CREATE TABLE "Depots"("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR, "City" VARCHAR, "OpenedOn" DATE)'
    )
    cities = ["Lyon", "Turin", "Graz", "Ghent"]
    con.executemany(
        'INSERT INTO "Depots" VALUES (?, ?, ?, ?)',
        [(i, f"Depot {i}", cities[i % 4], dt.date(2010 + i, 1 + i % 12, 1)) for i in range(1, 9)],
    )
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "DepotId" INTEGER REFERENCES "Depots"("DepotId"), '
        '"ShippedOn" DATE, "WeightKg" DOUBLE)'
    )
    con.executemany(
        'INSERT INTO "Shipments" VALUES (?, ?, ?, ?)',
        [(k, rnd.randint(1, 8), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700)),
          round(rnd.uniform(1, 900), 1)) for k in range(1, 501)],
    )  # fmt: skip
    return con


def pager_alarms() -> duckdb.DuckDBPyConnection:
    """snake_case: alarms raised, acknowledged (acked_at) and cleared, with a severity."""
    con = duckdb.connect()
    rnd = random.Random(13)
    con.execute(
        "CREATE TABLE alarms(alarm_id INTEGER PRIMARY KEY, severity VARCHAR, raised_at TIMESTAMP, acked_at TIMESTAMP, "
        "cleared_at TIMESTAMP)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 301):
        raised = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rnd.randrange(400_000))
        acked = raised + dt.timedelta(minutes=rnd.randint(1, 90))
        rows.append((k, rnd.choice(["low", "high"]), raised, acked, acked + dt.timedelta(minutes=rnd.randint(5, 600))))
    con.executemany("INSERT INTO alarms VALUES (?, ?, ?, ?, ?)", rows)
    return con


def incident_desk() -> duckdb.DuckDBPyConnection:
    """PascalCase: incidents opened and acknowledged (AckedAt) by a team."""
    con = duckdb.connect()
    rnd = random.Random(14)
    con.execute(
        'CREATE TABLE "Incidents"("IncidentId" INTEGER PRIMARY KEY, "Team" VARCHAR, "OpenedAt" TIMESTAMP, '
        '"AckedAt" TIMESTAMP)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 201):
        opened = dt.datetime(2024, 3, 1) + dt.timedelta(minutes=rnd.randrange(200_000))
        rows.append((k, rnd.choice(["Web", "Data", "Ops"]), opened, opened + dt.timedelta(minutes=rnd.randint(2, 240))))
    con.executemany('INSERT INTO "Incidents" VALUES (?, ?, ?, ?)', rows)
    return con
