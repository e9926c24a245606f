"""Two catalogs of journeys the built-in analyst's tests share: a snake_case bike share (docks, and trips that last
minutes from a pickup dock to a dropoff dock) and a PascalCase ferry (ports, and sailings that last hours from an
origin port to a destination port)."""

from __future__ import annotations

import duckdb


def bike_share() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE docks(dock_id INTEGER PRIMARY KEY, dock_name VARCHAR, district VARCHAR)")
    con.execute(
        "INSERT INTO docks VALUES (1, 'Harbour Gate', 'North'), (2, 'Old Mill', 'North'), (3, 'Fenwick Square', "
        "'South'), (4, 'Linden Park', 'South')"
    )
    con.execute(
        "CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, pickup_dock_id INTEGER REFERENCES docks(dock_id), "
        "dropoff_dock_id INTEGER REFERENCES docks(dock_id), started_at TIMESTAMP, ended_at TIMESTAMP, "
        "fare DECIMAL(6,2), rider_kind VARCHAR)"
    )
    # each route (pickup, dropoff) runs a different number of times; trip i lasts 4 to 52 minutes
    con.execute(
        """INSERT INTO trips SELECT i, a, b,
        TIMESTAMP '2024-06-01 06:00' + INTERVAL (i * 53) MINUTE,
        TIMESTAMP '2024-06-01 06:00' + INTERVAL (i * 53 + 4 + (i * 13) % 49) MINUTE,
        1.5 + (i % 7) * 0.75, CASE WHEN i % 3 = 0 THEN 'casual' ELSE 'member' END
        FROM (SELECT row_number() OVER (ORDER BY a, b, k) AS i, a, b FROM (VALUES (1, 2, 41), (2, 1, 33), (1, 3, 27),
        (3, 4, 22), (4, 1, 18), (2, 3, 14), (3, 1, 11), (4, 3, 9), (2, 4, 7), (3, 2, 5)) r(a, b, n), range(60) t(k)
        WHERE k < n)"""
    )
    return con


def ferry() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Ports"("PortId" INTEGER PRIMARY KEY, "PortName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Ports" VALUES (1, 'Kestrel Bay', 'Norland'), (2, 'Saltmarsh', 'Norland'),
        (3, 'Port Ardent', 'Westmark'), (4, 'Greyhaven', 'Westmark')"""
    )
    con.execute(
        'CREATE TABLE "Sailings"("SailingId" INTEGER PRIMARY KEY, '
        '"OriginPortId" INTEGER REFERENCES "Ports"("PortId"), "DestinationPortId" INTEGER REFERENCES "Ports"("PortId"), '
        '"DepartedAt" TIMESTAMP, "ArrivedAt" TIMESTAMP, "Fare" DECIMAL(8,2), "Vessel" VARCHAR)'
    )
    # each route runs a different number of times; sailing i lasts 2 to 13 hours and some minutes
    con.execute(
        """INSERT INTO "Sailings" SELECT i, a, b,
        TIMESTAMP '2024-01-01 05:00' + INTERVAL (i * 17) HOUR,
        TIMESTAMP '2024-01-01 05:00' + INTERVAL (i * 17 * 60 + 120 + (i * 37) % 660) MINUTE,
        20 + (i % 5) * 4.5, CASE WHEN i % 2 = 0 THEN 'Aurora' ELSE 'Bellwether' END
        FROM (SELECT row_number() OVER (ORDER BY a, b, k) AS i, a, b FROM (VALUES (1, 3, 31), (3, 1, 26), (2, 4, 21),
        (4, 2, 19), (1, 2, 16), (3, 4, 13), (4, 1, 12), (2, 1, 10), (4, 3, 8), (2, 3, 6), (3, 2, 4), (1, 4, 3))
        r(a, b, n), range(40) t(k) WHERE k < n)"""
    )
    return con
