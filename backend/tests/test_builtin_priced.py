"""The cost of a quantity priced by a rate kept in another table ("labour cost by fitter": hours times the fitter's
hourly rate; "usage cost by plant": watt hours times the plant's price per kWh), on two catalogs written here: a
snake_case garage with a declared key and a PascalCase group of plants without any."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _garage() -> duckdb.DuckDBPyConnection:
    """Fitters with an hourly rate in pounds; jobs with the hours worked and the parts' price."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE fitters(fitter_id INTEGER PRIMARY KEY, fitter_name VARCHAR, hourly_rate_gbp DOUBLE)")
    con.executemany(
        "INSERT INTO fitters VALUES (?, ?, ?)",
        [(1, "Dev Patel", 38.0), (2, "Orla Byrne", 42.5), (3, "Sam Okafor", 35.0), (4, "Ines Duarte", 45.0)],
    )
    con.execute(
        "CREATE TABLE jobs(job_id INTEGER, fitter_id INTEGER REFERENCES fitters(fitter_id), booked_on DATE, "
        "labour_hrs DOUBLE, parts_gbp DECIMAL(8,2), job_kind VARCHAR)"
    )
    con.executemany(
        "INSERT INTO jobs VALUES (?, ?, DATE '2023-06-01' + CAST(? AS INTEGER), ?, ?, ?)",
        [
            (i, rnd.randint(1, 4), rnd.randrange(500), round(rnd.uniform(0.5, 9), 1), round(rnd.uniform(0, 400), 2),
             rnd.choice(["Service", "Repair", "MOT"]))
            for i in range(300)
        ],
    )  # fmt: skip
    return con


def _plants() -> duckdb.DuckDBPyConnection:
    """Plants with a price per kWh; meter reads of the energy used in watt hours (no keys declared)."""
    con = duckdb.connect()
    rnd = random.Random(22)
    con.execute('CREATE TABLE "Plants"("PlantId" INTEGER, "PlantName" VARCHAR, "PricePerKwh" DOUBLE)')
    con.executemany(
        'INSERT INTO "Plants" VALUES (?, ?, ?)', [(1, "Brookside", 0.21), (2, "Harbour", 0.18), (3, "Kilnworth", 0.25)]
    )
    con.execute('CREATE TABLE "MeterReads"("ReadId" INTEGER, "PlantId" INTEGER, "ReadAt" TIMESTAMP, "UsageWh" DOUBLE)')
    con.executemany(
        "INSERT INTO \"MeterReads\" VALUES (?, ?, TIMESTAMP '2024-01-01' + to_hours(CAST(? AS BIGINT)), ?)",
        [(i, rnd.randint(1, 3), i, round(rnd.uniform(5_000, 90_000), 1)) for i in range(2000)],
    )
    return con


garage = catalog_fixture(_garage)
plants = catalog_fixture(_plants)

BY_FITTER = "FROM jobs j JOIN fitters f ON f.fitter_id = j.fitter_id GROUP BY f.fitter_name"
BY_PLANT = 'FROM "MeterReads" m JOIN "Plants" p ON p."PlantId" = m."PlantId" GROUP BY p."PlantName"'


# The quantity named before "cost" (or after "cost of"), times the price of one of its units, summed per group.
def test_labour_cost_is_hours_times_the_hourly_rate(garage: Db) -> None:
    same(garage, "labour cost by fitter", f"SELECT f.fitter_name, SUM(j.labour_hrs * f.hourly_rate_gbp) {BY_FITTER}")
    same(
        garage,
        "what was the cost of labour for each fitter in 2024?",
        "SELECT f.fitter_name, SUM(j.labour_hrs * f.hourly_rate_gbp) FROM jobs j JOIN fitters f "
        "ON f.fitter_id = j.fitter_id WHERE j.booked_on >= DATE '2024-01-01' AND j.booked_on < DATE '2025-01-01' "
        "GROUP BY f.fitter_name",
    )
    same(
        garage,
        "labour cost by job kind",
        "SELECT j.job_kind, SUM(j.labour_hrs * f.hourly_rate_gbp) FROM jobs j JOIN fitters f "
        "ON f.fitter_id = j.fitter_id GROUP BY j.job_kind",
    )


# A price per kWh of a quantity kept in watt hours: the quantity read in kWh first.
def test_a_usage_in_another_unit_is_read_in_the_priced_unit(plants: Db) -> None:
    same(plants, "usage cost by plant", f'SELECT p."PlantName", SUM(m."UsageWh" / 1000.0 * p."PricePerKwh") {BY_PLANT}')
    same(
        plants,
        "average usage cost by plant",
        f'SELECT p."PlantName", AVG(m."UsageWh" / 1000.0 * p."PricePerKwh") {BY_PLANT}',
    )


# Rows that hold money of their own keep it: "cost by fitter" is not the labour's.
def test_a_cost_the_rows_hold_is_not_priced(garage: Db) -> None:
    d = answer(garage, "parts cost by fitter")
    assert "hourly_rate_gbp" not in d.sql and "parts_gbp" in d.sql, d.sql
    d = answer(garage, "total labour hours by fitter")
    assert "hourly_rate_gbp" not in d.sql, d.sql
