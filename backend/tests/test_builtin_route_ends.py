"""A journey between two values of a table the rows reference twice ("sailings from Kestrel Bay to Gull Point",
"stock moves from Lyon to Porto by month"): the value after "from" is read through the origin-like key, the value
after "to" through the destination-like key, each on its own join. On two catalogs written here: snake_case ferry
sailings between ports (departure/arrival keys) and PascalCase stock moves between warehouses (source/target keys,
declared target first)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def ferries() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE ports(port_id INTEGER PRIMARY KEY, port_name VARCHAR, coast VARCHAR)")
    con.execute(
        "INSERT INTO ports VALUES (1, 'Kestrel Bay', 'West'), (2, 'Gull Point', 'West'), (3, 'Saltmarsh', 'East'), "
        "(4, 'Lantern Quay', 'East')"
    )
    con.execute(
        "CREATE TABLE sailings(sailing_id INTEGER, departure_port_id INTEGER REFERENCES ports(port_id), "
        "arrival_port_id INTEGER REFERENCES ports(port_id), sailed_on DATE, passengers INTEGER)"
    )
    con.execute(
        """INSERT INTO sailings SELECT i, 1 + i % 4, 1 + (i * 3 + 1) % 4, DATE '2024-01-01' + CAST(i AS INTEGER),
        20 + i % 50 FROM range(200) t(i)"""
    )
    return con


def warehouses() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Warehouses"("WarehouseID" INTEGER PRIMARY KEY, "City" VARCHAR, "Region" VARCHAR)')
    con.execute(
        """INSERT INTO "Warehouses" VALUES (10, 'Lyon', 'South'), (11, 'Porto', 'South'), (12, 'Bergen', 'North')"""
    )
    con.execute(
        'CREATE TABLE "StockMoves"("MoveID" INTEGER, "TargetWarehouseID" INTEGER REFERENCES "Warehouses"("WarehouseID"), '
        '"SourceWarehouseID" INTEGER REFERENCES "Warehouses"("WarehouseID"), "MovedAt" TIMESTAMP, "Units" INTEGER)'
    )
    con.execute(
        """INSERT INTO "StockMoves" SELECT i, 10 + (i * 2 + 1) % 3, 10 + i % 3, TIMESTAMP '2024-01-01' + i * INTERVAL 20 HOUR,
        5 + i % 40 FROM range(240) t(i)"""
    )
    return con


ferry = catalog_fixture(ferries)
stock = catalog_fixture(warehouses)


def test_from_and_to_values_are_the_two_ends_of_each_row(ferry: Db, stock: Db) -> None:
    same(
        ferry,
        "how many sailings from Kestrel Bay to Gull Point",
        "SELECT COUNT(*) FROM sailings WHERE departure_port_id = 1 AND arrival_port_id = 2",
    )
    same(
        ferry,
        "total passengers from the West coast to the East coast",
        "SELECT SUM(s.passengers) FROM sailings s JOIN ports a ON s.departure_port_id = a.port_id "
        "JOIN ports b ON s.arrival_port_id = b.port_id WHERE a.coast = 'West' AND b.coast = 'East'",
    )
    same(
        stock,
        "number of stock moves from Lyon to Porto",
        """SELECT COUNT(*) FROM "StockMoves" WHERE "SourceWarehouseID" = 10 AND "TargetWarehouseID" = 11""",
    )


def test_a_grouping_beside_the_journey_keeps_only_its_own_groups(ferry: Db, stock: Db) -> None:
    d = same(
        stock,
        "units moved from Porto to Lyon by month",
        """SELECT DATE_TRUNC('month', "MovedAt"), SUM("Units") FROM "StockMoves"
        WHERE "SourceWarehouseID" = 11 AND "TargetWarehouseID" = 10 GROUP BY 1""",
    )
    assert any("two ends" in t for t in d.thoughts)
    same(
        ferry,
        "sailings from Saltmarsh to Lantern Quay per month",
        "SELECT DATE_TRUNC('month', sailed_on), COUNT(*) FROM sailings "
        "WHERE departure_port_id = 3 AND arrival_port_id = 4 GROUP BY 1",
    )


def test_values_of_one_end_only_stay_as_they_were(ferry: Db) -> None:
    d = answer(ferry, "number of sailings by coast")
    assert not any("two ends" in t for t in d.thoughts)


def test_lists_at_either_end_keep_every_value(ferry: Db, stock: Db) -> None:
    same(
        ferry,
        "how many sailings from Kestrel Bay or Saltmarsh to Gull Point",
        "SELECT COUNT(*) FROM sailings WHERE departure_port_id IN (1, 3) AND arrival_port_id = 2",
    )
    same(
        stock,
        "number of stock moves from Lyon to Porto and Bergen",
        """SELECT COUNT(*) FROM "StockMoves" WHERE "SourceWarehouseID" = 10 AND "TargetWarehouseID" IN (11, 12)""",
    )
