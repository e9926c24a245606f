"""Two catalogs whose rows hold a count of their own in a column (a venue's seat count, a depot's number of docks),
beside a word that is both a column's name and a value of another column (a venue's city, and 'City' as a venue
format): a gym chain in snake_case and a parcel carrier's depots in PascalCase."""

from __future__ import annotations

import duckdb


def gyms() -> duckdb.DuckDBPyConnection:
    """Gyms with their city, format ('City', 'Suburban', 'Campus'), rating, locker count; members joining them."""
    con = duckdb.connect(":memory:")
    con.execute(
        "CREATE TABLE gym (gym_id INTEGER PRIMARY KEY, gym_name VARCHAR, city VARCHAR, gym_format VARCHAR, "
        "member_rating DECIMAL(3, 1), locker_count INTEGER, opened_on DATE)"
    )
    rows = [(1, "Iron Works", "Leeds", "City", 4.2, 120, "2019-03-01"),
            (2, "Pulse", "York", "Suburban", 3.9, 80, "2020-06-15"),
            (3, "Northside Strength", "Leeds", "Suburban", 4.6, 95, "2018-01-20"),
            (4, "Campus Fit", "Durham", "Campus", 3.5, 60, "2021-09-01"),
            (5, "Core Club", "York", "City", 4.8, 150, "2017-11-11")]  # fmt: skip
    con.executemany("INSERT INTO gym VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE member (member_id INTEGER PRIMARY KEY, gym_id INTEGER REFERENCES gym(gym_id), "
        "joined_on DATE, monthly_fee DECIMAL(6, 2))"
    )
    con.execute(
        "INSERT INTO member SELECT i, 1 + i % 5, DATE '2022-01-01' + CAST(i * 7 AS INTEGER), 20 + i % 4 * 5 "
        "FROM range(1, 61) t(i)"
    )
    return con


def depots() -> duckdb.DuckDBPyConnection:
    """Depots with their town, kind ('Town', 'Hub', 'Airport'), floor area, number of docks; parcels through them."""
    con = duckdb.connect(":memory:")
    con.execute(
        'CREATE TABLE "Depots" ("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR, "Town" VARCHAR, '
        '"DepotKind" VARCHAR, "FloorAreaSqm" INTEGER, "NumberOfDocks" INTEGER)'
    )
    rows = [(1, "Westgate", "Bristol", "Town", 4200, 12), (2, "Airside", "Bristol", "Airport", 9800, 30),
            (3, "Northfield", "Bath", "Hub", 15000, 44), (4, "Riverside", "Bath", "Town", 3100, 8)]  # fmt: skip
    con.executemany('INSERT INTO "Depots" VALUES (?, ?, ?, ?, ?, ?)', rows)
    con.execute(
        'CREATE TABLE "Parcels" ("ParcelId" INTEGER PRIMARY KEY, "DepotId" INTEGER REFERENCES "Depots"("DepotId"), '
        '"WeightKg" DECIMAL(6, 2), "ScannedAt" TIMESTAMP)'
    )
    con.execute(
        "INSERT INTO \"Parcels\" SELECT i, 1 + i % 4, 0.5 + i % 9, TIMESTAMP '2023-02-01 08:00' + "
        "to_hours(CAST(i * 5 AS INTEGER)) FROM range(1, 81) t(i)"
    )
    return con
