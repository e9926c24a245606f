"""A time bucket said right after a role ("sailings by departure hour", "busiest arrival hour", "deliveries by
collection weekday") groups by the timestamp of that role (the start-like one for a departure or a pickup, the end-like
one for an arrival or a drop, or the one spelled with the role's own root), not by the role's key into another table;
and a bucket word after "by" that only partly names a measure ("hours logged by hour") is the hour of the rows'
timestamp, not a second mention of the measure. On two catalogs written here: a snake_case ferry line's sailings and
shifts, and a PascalCase courier's deliveries and jobs."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def ferry() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE ports(port_id INTEGER PRIMARY KEY, port_name VARCHAR)")
    con.execute("INSERT INTO ports VALUES (1, 'Harbour A'), (2, 'Harbour B'), (3, 'Harbour C')")
    con.execute(
        "CREATE TABLE sailings(sailing_id INTEGER PRIMARY KEY, departure_port_id INTEGER REFERENCES ports(port_id), "
        "arrival_port_id INTEGER REFERENCES ports(port_id), leave_time TIMESTAMP, arrive_time TIMESTAMP, "
        "fare DOUBLE)"
    )
    # 60 sailings over 60 days, leaving at 6 to 11 o'clock and taking 3 to 7 hours
    con.execute(
        """INSERT INTO sailings SELECT i, 1 + i % 3, 1 + (i + 1) % 3,
        TIMESTAMP '2024-01-01 06:00' + INTERVAL (i) DAY + INTERVAL (i % 6) HOUR,
        TIMESTAMP '2024-01-01 06:00' + INTERVAL (i) DAY + INTERVAL (i % 6 + 3 + i % 5) HOUR,
        10 + i % 7 FROM range(60) t(i)"""
    )
    con.execute("CREATE TABLE shifts(shift_id INTEGER PRIMARY KEY, clock_in TIMESTAMP, hours_logged DOUBLE)")
    con.execute(
        """INSERT INTO shifts SELECT i, TIMESTAMP '2024-02-01 05:00' + INTERVAL (i) DAY + INTERVAL (i % 4) HOUR,
        4 + i % 5 FROM range(40) t(i)"""
    )
    return con


def courier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Depots"("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR)')
    con.execute("""INSERT INTO "Depots" VALUES (1, 'North'), (2, 'South')""")
    con.execute(
        'CREATE TABLE "Deliveries"("DeliveryId" INTEGER PRIMARY KEY, '
        '"CollectionDepotId" INTEGER REFERENCES "Depots"("DepotId"), '
        '"DropoffDepotId" INTEGER REFERENCES "Depots"("DepotId"), "CollectedAt" TIMESTAMP, "DeliveredAt" TIMESTAMP, '
        '"WeightKg" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Deliveries" SELECT i, 1 + i % 2, 2 - i % 2,
        TIMESTAMP '2024-05-01 08:00' + INTERVAL (i) DAY + INTERVAL (i % 5) HOUR,
        TIMESTAMP '2024-05-01 08:00' + INTERVAL (i + i % 3) DAY + INTERVAL (i % 5 + 2 + i % 4) HOUR,
        1 + i % 9 FROM range(50) t(i)"""
    )
    con.execute('CREATE TABLE "Jobs"("JobId" INTEGER PRIMARY KEY, "BilledAt" TIMESTAMP, "HoursBilled" DOUBLE)')
    con.execute(
        """INSERT INTO "Jobs" SELECT i, TIMESTAMP '2024-03-01 09:00' + INTERVAL (i) DAY + INTERVAL (i % 3) HOUR,
        1 + i % 6 FROM range(30) t(i)"""
    )
    return con


sailings = catalog_fixture(ferry)
deliveries = catalog_fixture(courier)


def test_a_bucket_after_a_role_groups_by_that_roles_timestamp(sailings: Db, deliveries: Db) -> None:
    same(
        sailings,
        "number of sailings by departure hour",
        "SELECT EXTRACT(HOUR FROM leave_time), COUNT(*) FROM sailings GROUP BY 1",
    )
    same(
        sailings,
        "busiest arrival hour",
        "SELECT EXTRACT(HOUR FROM arrive_time), COUNT(*) FROM sailings GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
    )
    same(
        sailings,
        "average fare by arrival weekday",
        "SELECT CAST(ISODOW(arrive_time) AS TEXT) || ' ' || DAYNAME(arrive_time), AVG(fare) FROM sailings GROUP BY 1",
    )
    same(
        deliveries,
        "deliveries by collection hour",
        """SELECT EXTRACT(HOUR FROM "CollectedAt"), COUNT(*) FROM "Deliveries" GROUP BY 1""",
    )
    same(
        deliveries,
        "total weight by dropoff month",
        """SELECT DATE_TRUNC('month', "DeliveredAt"), SUM("WeightKg") FROM "Deliveries" GROUP BY 1""",
    )


def test_the_role_alone_still_groups_by_its_key(sailings: Db, deliveries: Db) -> None:
    same(
        sailings,
        "number of sailings by departure port",
        "SELECT p.port_name, COUNT(*) FROM sailings s JOIN ports p ON s.departure_port_id = p.port_id GROUP BY 1",
    )
    same(
        deliveries,
        "deliveries by dropoff depot",
        """SELECT d."DepotName", COUNT(*) FROM "Deliveries" x JOIN "Depots" d ON x."DropoffDepotId" = d."DepotId"
        GROUP BY 1""",
    )


def test_by_hour_groups_a_measure_named_in_hours_by_the_hour(sailings: Db, deliveries: Db) -> None:
    same(
        sailings,
        "hours logged by hour",
        "SELECT EXTRACT(HOUR FROM clock_in), SUM(hours_logged) FROM shifts GROUP BY 1",
    )
    same(
        deliveries,
        "total hours billed by hour",
        """SELECT EXTRACT(HOUR FROM "BilledAt"), SUM("HoursBilled") FROM "Jobs" GROUP BY 1""",
    )
