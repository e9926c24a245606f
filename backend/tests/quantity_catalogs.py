"""Two catalogs of quantities stored in one unit and asked about in another, written for the tests of units in
questions (neither the demo nor an eval catalog): a courier firm in snake_case with declared keys (trip lengths in
seconds, distances in metres, parcel weights in grams, waits in minutes, fuel in litres and a depot's fuel price per
litre) and a camelCase file-sharing app without declared keys (upload sizes in bytes, transfer times in milliseconds,
session lengths in seconds said only by a comment, a plan's price per gigabyte). Each has two logs of the same noun
that hold different kinds of quantity (a temperature and a volume; a time and a data size)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_START = dt.datetime(2025, 3, 1, 6)


def courier() -> duckdb.DuckDBPyConnection:
    """Depots with a diesel price per litre; trips from a depot (start, length in seconds, distance in metres, minutes
    waited at the depot, fuel used in litres, the van's cargo temperature); parcels carried on a trip (weight in grams,
    the declared value)."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute("CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, diesel_eur_per_l DOUBLE)")
    con.executemany(
        "INSERT INTO depots VALUES (?, ?, ?)",
        [(1, "Harbour", 1.61), (2, "Airport", 1.74), (3, "Ring Road", 1.58), (4, "Old Town", 1.69)],
    )
    con.execute(
        "CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id), "
        "started_at TIMESTAMP, duration_s INTEGER, distance_m INTEGER, wait_min INTEGER, fuel_l DOUBLE, "
        "cargo_temp_c DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN trips.wait_min IS 'minutes the van waited at the depot before leaving'")
    con.execute("COMMENT ON COLUMN trips.cargo_temp_c IS 'cargo temperature at delivery, degrees Celsius'")
    trips: list[tuple[Any, ...]] = []
    for k in range(1, 121):
        start = _START + dt.timedelta(hours=rnd.randrange(24 * 60))
        secs = rnd.choice([rnd.randrange(600, 3000), rnd.randrange(3700, 7000), rnd.randrange(7400, 14000)])
        metres = rnd.choice([rnd.randrange(800, 4800), rnd.randrange(5200, 30000)])
        wait = rnd.choice([rnd.randrange(0, 55), rnd.randrange(65, 150)])
        temp = rnd.choice([round(rnd.uniform(-25, -19), 1), round(rnd.uniform(-17, 6), 1)])
        trips.append((k, 1 + k % 4, start, secs, metres, wait, round(metres / 1000 * 0.11, 2), temp))
    con.executemany("INSERT INTO trips VALUES (?, ?, ?, ?, ?, ?, ?, ?)", trips)
    con.execute(
        "CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, trip_id INTEGER REFERENCES trips(trip_id), "
        "weight_g INTEGER, declared_value DOUBLE)"
    )
    parcels = [
        (
            k,
            1 + k % 120,
            rnd.choice([rnd.randrange(50, 1900), rnd.randrange(2100, 9000)]),
            round(rnd.uniform(5, 400), 2),
        )
        for k in range(1, 301)
    ]
    con.executemany("INSERT INTO parcels VALUES (?, ?, ?, ?)", parcels)
    # Two logs of readings every ten minutes: the cold box's air, and the fuel tank's level.
    con.execute("CREATE TABLE box_readings(trip_id INTEGER REFERENCES trips(trip_id), read_at TIMESTAMP, box_c DOUBLE)")
    con.execute(
        "CREATE TABLE tank_readings(trip_id INTEGER REFERENCES trips(trip_id), read_at TIMESTAMP, level DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN tank_readings.level IS 'fuel left in the tank, in litres'")
    box = [(1 + k % 120, _START + dt.timedelta(minutes=10 * k), round(rnd.uniform(-24, -12), 1)) for k in range(900)]
    tank = [(1 + k % 120, _START + dt.timedelta(minutes=10 * k), round(rnd.uniform(5, 80), 1)) for k in range(700)]
    con.executemany("INSERT INTO box_readings VALUES (?, ?, ?)", box)
    con.executemany("INSERT INTO tank_readings VALUES (?, ?, ?)", tank)
    return con


def file_share() -> duckdb.DuckDBPyConnection:
    """Plans with a storage price per gigabyte; accounts on a plan; uploads by an account (size in bytes, transfer time
    in milliseconds); sessions of an account whose length in seconds only the comment says. No key is declared."""
    con = duckdb.connect()
    rnd = random.Random(13)
    con.execute('CREATE TABLE "Plans"("planCode" VARCHAR, "planName" VARCHAR, "eurPerGb" DOUBLE)')
    con.executemany(
        'INSERT INTO "Plans" VALUES (?, ?, ?)', [("F", "Free", 0.0), ("P", "Pro", 0.02), ("T", "Team", 0.015)]
    )
    con.execute('CREATE TABLE "Accounts"("accountId" INTEGER, "accountName" VARCHAR, "planCode" VARCHAR)')
    names = ["Aster", "Birch", "Cedar", "Dahlia", "Elm", "Fern", "Gorse", "Hazel"]
    con.executemany('INSERT INTO "Accounts" VALUES (?, ?, ?)', [(k + 1, n, "FPT"[k % 3]) for k, n in enumerate(names)])
    con.execute(
        'CREATE TABLE "Uploads"("uploadId" INTEGER, "accountId" INTEGER, "uploadedAt" TIMESTAMP, "sizeBytes" BIGINT, '
        '"transferMs" INTEGER)'
    )
    uploads: list[tuple[Any, ...]] = []
    for k in range(1, 201):
        size = rnd.choice([rnd.randrange(10_000, 900_000), rnd.randrange(1_200_000, 4_900_000),
                           rnd.randrange(5_300_000, 90_000_000)])  # fmt: skip
        ms = rnd.choice([rnd.randrange(80, 1900), rnd.randrange(2100, 30000)])
        uploads.append((k, 1 + k % 8, _START + dt.timedelta(minutes=rnd.randrange(60 * 24 * 60)), size, ms))
    con.executemany('INSERT INTO "Uploads" VALUES (?, ?, ?, ?, ?)', uploads)
    con.execute(
        'CREATE TABLE "Sessions"("sessionId" INTEGER, "accountId" INTEGER, "startedAt" TIMESTAMP, "elapsed" INTEGER)'
    )
    con.execute('COMMENT ON COLUMN "Sessions"."elapsed" IS \'length of the session in seconds\'')
    sessions = [
        (k, 1 + k % 8, _START + dt.timedelta(minutes=rnd.randrange(60 * 24 * 60)),
         rnd.choice([rnd.randrange(20, 580), rnd.randrange(620, 5400)]))
        for k in range(1, 161)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Sessions" VALUES (?, ?, ?, ?)', sessions)
    # Two logs of checks: how long a ping took, and how much storage an account used.
    con.execute('CREATE TABLE "PingLogs"("accountId" INTEGER, "loggedAt" TIMESTAMP, "latencyMs" INTEGER)')
    con.execute('CREATE TABLE "QuotaLogs"("accountId" INTEGER, "loggedAt" TIMESTAMP, "usedBytes" BIGINT)')
    pings = [(1 + k % 8, _START + dt.timedelta(hours=k), rnd.randrange(20, 900)) for k in range(400)]
    quota = [(1 + k % 8, _START + dt.timedelta(hours=3 * k), rnd.randrange(10**8, 6 * 10**9)) for k in range(300)]
    con.executemany('INSERT INTO "PingLogs" VALUES (?, ?, ?)', pings)
    con.executemany('INSERT INTO "QuotaLogs" VALUES (?, ?, ?)', quota)
    return con
