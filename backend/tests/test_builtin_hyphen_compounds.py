"""A change verb written joined to another word by a hyphen is part of a compound, no request to change data:
"drop-in revenue", "drop-off stops per depot" are questions; "drop the bookings table" is still refused. On two
catalogs written here: a snake_case climbing gym's bookings and a PascalCase courier's stops."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import Clarification, understand
from backend.tests.builtin_checks import Db, catalog_fixture, same


def gym() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE bookings(booking_id INTEGER PRIMARY KEY, booking_kind VARCHAR, amount_eur DECIMAL(8, 2))")
    con.execute(
        """INSERT INTO bookings SELECT i, CASE WHEN i % 3 = 0 THEN 'drop-in' ELSE 'membership' END,
        (8 + i % 5)::DECIMAL(8, 2) FROM range(1, 301) t(i)"""
    )
    return con


def courier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE Stops(StopId INTEGER PRIMARY KEY, StopType VARCHAR, Depot VARCHAR)")
    con.execute(
        """INSERT INTO Stops SELECT i, CASE WHEN i % 2 = 0 THEN 'Drop-off' ELSE 'Pick-up' END,
        ['Northgate', 'Quayside', 'Elm Park'][1 + i % 3] FROM range(1, 241) t(i)"""
    )
    return con


climbing = catalog_fixture(gym)
stops = catalog_fixture(courier)


def test_drop_in_revenue_is_a_question(climbing: Db) -> None:
    same(climbing, "drop-in revenue", "SELECT SUM(amount_eur) FROM bookings WHERE booking_kind = 'drop-in'")


def test_drop_the_table_is_still_refused(climbing: Db) -> None:
    assert isinstance(understand("drop the bookings table", climbing[1]), Clarification)


def test_drop_off_stops_per_depot(stops: Db) -> None:
    gold = "SELECT Depot, COUNT(*) FROM Stops WHERE StopType = 'Drop-off' GROUP BY Depot"
    same(stops, "drop-off stops per depot", gold)
