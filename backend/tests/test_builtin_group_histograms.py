"""The distribution of a figure taken per group: "histogram of the number of loans per borrower" bins each
borrower's count of loans and counts the borrowers per bin, instead of one bar per borrower. Without "per" or "each",
"distribution of <kinds>" stays the rows per kind."""

from __future__ import annotations

import random

import duckdb

from backend.agents.builtin import understand
from backend.agents.builtin.models import Intent
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def library_loans() -> duckdb.DuckDBPyConnection:
    """A library in snake_case: borrowers and their loans (each borrower has 1 to 12 loans)."""
    rng = random.Random(71)
    con = duckdb.connect()
    con.execute("CREATE TABLE borrowers (borrower_id INTEGER PRIMARY KEY, full_name VARCHAR, branch VARCHAR)")
    con.execute(
        "CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, borrower_id INTEGER REFERENCES borrowers (borrower_id), "
        "loaned_on DATE, fine_due DECIMAL(6, 2))"
    )
    con.executemany(
        "INSERT INTO borrowers VALUES (?, ?, ?)",
        [(i, f"Reader {i}", rng.choice(["North", "South"])) for i in range(1, 81)],
    )
    loans, n = [], 0
    for b in range(1, 81):
        for _ in range(rng.randint(1, 12)):
            n += 1
            loans.append((n, b, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", round(rng.uniform(0, 4), 2)))
    con.executemany("INSERT INTO loans VALUES (?, ?, ?, ?)", loans)
    return con


def ride_log() -> duckdb.DuckDBPyConnection:
    """A ride-hailing log in CamelCase: drivers and their trips, each trip with a fare."""
    rng = random.Random(72)
    con = duckdb.connect()
    con.execute("CREATE TABLE Drivers (DriverId INTEGER PRIMARY KEY, DriverName VARCHAR, VehicleClass VARCHAR)")
    con.execute(
        "CREATE TABLE Trips (TripId INTEGER PRIMARY KEY, DriverId INTEGER REFERENCES Drivers (DriverId), "
        "FareAmount DECIMAL(8, 2), TripClass VARCHAR)"
    )
    con.executemany(
        "INSERT INTO Drivers VALUES (?, ?, ?)",
        [(i, f"Driver {i}", rng.choice(["Comfort", "Green", "Van"])) for i in range(1, 61)],
    )
    trips, n = [], 0
    for d in range(1, 61):
        for _ in range(rng.randint(2, 18)):
            n += 1
            trips.append((n, d, round(rng.uniform(5, 60), 2), rng.choice(["Standard", "Premium"])))
    con.executemany("INSERT INTO Trips VALUES (?, ?, ?, ?)", trips)
    return con


library = catalog_fixture(library_loans)
rides = catalog_fixture(ride_log)


def test_histogram_of_loans_per_borrower(library: Db) -> None:
    d = same(
        library,
        "histogram of the number of loans per borrower",
        "SELECT CAST(n AS DOUBLE), COUNT(*) FROM (SELECT borrower_id, COUNT(*) AS n FROM loans GROUP BY borrower_id) "
        "GROUP BY n",
    )
    assert d.plan.kind == Intent.HISTOGRAM and d.chart.chart_type == "histogram"


def test_distribution_of_trips_per_driver(rides: Db) -> None:
    d = same(
        rides,
        "distribution of trips per driver",
        "SELECT CAST(n AS DOUBLE), COUNT(*) FROM (SELECT DriverId, COUNT(*) AS n FROM Trips GROUP BY DriverId) "
        "GROUP BY n",
    )
    assert d.chart.chart_type == "histogram"


def test_histogram_of_total_fares_counts_every_driver(rides: Db) -> None:
    d = answer(rides, "histogram of total fare amount for each driver")
    assert d.plan.kind == Intent.HISTOGRAM
    counted = rides[0].execute(f"SELECT SUM(count) FROM ({d.sql})").fetchone()
    assert counted == (60,)


def test_distribution_of_kinds_is_rows_per_kind(rides: Db) -> None:
    d = understand("distribution of trip class", rides[1])
    assert d.kind == "query" and d.plan.kind != Intent.HISTOGRAM
