"""Two catalogs whose tables share a key named after the rows it points at, with no id word and no declared key,
written for the tests of shared keys and rates per head (neither the demo nor an eval catalog): a parish council in
snake_case (wards by their electoral ward number, with residents; complaints logged in a ward) and a camelCase sales
office (Regions by their salesRegion name, with a headcount; Orders with an ISO text date)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_WARDS = [(1, "Abbey", 5200), (2, "Brook", 8100), (3, "Castle", 3900), (4, "Dene", 12500), (5, "Elm", 6400),
          (6, "Fairfield", 7300), (7, "Glebe", 2100), (8, "Hythe", 4600)]  # fmt: skip
_TOPICS = ["Litter", "Noise", "Parking", "Lighting", "Drains"]


def parish() -> duckdb.DuckDBPyConnection:
    """Wards by number with their residents and area; complaints logged in a ward (sometimes none) with a topic and a
    repair cost. Ward 8 has no complaint in 2024, ward 7 none at all."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE wards(electoral_ward INTEGER, ward_name VARCHAR, residents INTEGER, area_km2 DOUBLE)")
    con.executemany("INSERT INTO wards VALUES (?, ?, ?, ?)", [(*w, round(rnd.uniform(1, 9), 1)) for w in _WARDS])
    con.execute(
        "CREATE TABLE complaints(complaint_ref VARCHAR, electoral_ward INTEGER, logged_on DATE, topic VARCHAR, "
        "repair_cost DOUBLE)"
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        ward = rnd.choice([1, 1, 2, 3, 4, 4, 4, 5, 6, 8, None])
        if ward == 8 and day.year == 2024:
            day = day.replace(year=2023)
        rows.append((f"C-{k:05d}", ward, day, rnd.choice(_TOPICS), round(rnd.uniform(0, 400), 2)))
    con.executemany("INSERT INTO complaints VALUES (?, ?, ?, ?, ?)", rows)
    return con


_REGIONS = [("Alpine", "Ines Vogt", 14), ("Baltic", "Mart Kask", 9), ("Celtic", "Aoife Byrne", 21),
            ("Iberian", "Lucia Mora", 17), ("Nordic", "Eva Lund", 6)]  # fmt: skip


def sales_office() -> duckdb.DuckDBPyConnection:
    """Regions by name with a manager and a headcount; orders in a region, dated by ISO text, with a total and a
    channel. Nordic has no order in 2024."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute('CREATE TABLE "Regions"("salesRegion" VARCHAR, "regionManager" VARCHAR, headcount INTEGER)')
    con.executemany('INSERT INTO "Regions" VALUES (?, ?, ?)', _REGIONS)
    con.execute(
        'CREATE TABLE "Orders"("orderRef" VARCHAR, "salesRegion" VARCHAR, "orderedOn" VARCHAR, '
        '"orderTotal" DOUBLE, channel VARCHAR)'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 801):
        region = rnd.choice(["Alpine", "Alpine", "Baltic", "Celtic", "Celtic", "Iberian", "Nordic"])
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        if region == "Nordic" and day.year == 2024:
            day = day.replace(year=2023)
        rows.append(
            (f"SO{k:05d}", region, day.isoformat(), round(rnd.uniform(40, 4000), 2), rnd.choice(["Web", "Phone"]))
        )
    con.executemany('INSERT INTO "Orders" VALUES (?, ?, ?, ?, ?)', rows)
    return con


def station_log() -> duckdb.DuckDBPyConnection:
    """A camelCase station's departures: each from a numbered platform (1 to 9) on a line, with a delay in minutes and
    a passenger count."""
    con = duckdb.connect()
    rnd = random.Random(13)
    con.execute(
        'CREATE TABLE "Departures"("departureRef" VARCHAR, platform INTEGER, "lineName" VARCHAR, '
        '"departedAt" TIMESTAMP, "delayMins" INTEGER, passengers INTEGER)'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 701):
        at = dt.datetime(2024, 1, 1, 5) + dt.timedelta(minutes=rnd.randrange(365 * 24 * 60))
        line = rnd.choice(["Coastal", "Valley", "Airport", "Ring"])
        rows.append(
            (f"D{k:05d}", rnd.randint(1, 9), line, at, rnd.choice([0, 0, 0, 2, 5, 12, 30]), rnd.randint(5, 400))
        )
    con.executemany('INSERT INTO "Departures" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con


def door_counts() -> duckdb.DuckDBPyConnection:
    """A snake_case visitor counter: each count dated by day with its time of day apart, as 'HH:MM' text, at a door."""
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute("CREATE TABLE door_log(entry_day DATE, entry_time VARCHAR, door VARCHAR, visitors INTEGER)")
    rows: list[tuple[Any, ...]] = []
    for _ in range(900):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(366))
        time = f"{rnd.randrange(24):02d}:{rnd.randrange(60):02d}"
        rows.append((day, time, rnd.choice(["North", "South", "Garden"]), rnd.randint(1, 40)))
    con.executemany("INSERT INTO door_log VALUES (?, ?, ?, ?)", rows)
    return con
