"""Two catalogs written for the tests of figures named by their initials and years qualified by a word the catalog
does not know (neither the demo nor an eval catalog): a snake_case engine test bench (revolutions_per_minute,
brake_horse_power, a build year) and a camelCase wine cellar (alcoholByVolume, a vintage year)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def engine_bench() -> duckdb.DuckDBPyConnection:
    """Dyno runs (an id, the day tested, an engine family, rpm and brake horse power measured, the engine's build
    year); the engine families' bore and stroke."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute(
        "CREATE TABLE dyno_runs(run_id INTEGER PRIMARY KEY, tested_on DATE, engine_family VARCHAR, "
        "revolutions_per_minute DOUBLE, brake_horse_power DOUBLE, build_year INTEGER)"
    )
    rows = [
        (k, dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)), rnd.choice(["V6", "I4", "V8"]),
         round(rnd.uniform(1500, 7000)), round(rnd.uniform(90, 450), 1), rnd.randint(2015, 2023))
        for k in range(1, 301)
    ]  # fmt: skip
    con.executemany("INSERT INTO dyno_runs VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE engine_specs(engine_family VARCHAR PRIMARY KEY, bore_mm DOUBLE, stroke_mm DOUBLE)")
    con.executemany(
        "INSERT INTO engine_specs VALUES (?, ?, ?)", [("V6", 89.0, 79.5), ("I4", 86.0, 86.0), ("V8", 92.0, 90.0)]
    )
    return con


def wine_cellar() -> duckdb.DuckDBPyConnection:
    """Wines (an id, a name, a region, the vintage year, the alcohol by volume, bottles held)."""
    con = duckdb.connect()
    rnd = random.Random(42)
    con.execute(
        'CREATE TABLE "cellarWines"("wineId" INTEGER PRIMARY KEY, "wineName" VARCHAR, "region" VARCHAR, '
        '"vintageYear" INTEGER, "alcoholByVolume" DOUBLE, "bottlesHeld" INTEGER)'
    )
    rows = [
        (k, f"Wine {k}", rnd.choice(["Douro", "Barossa", "Napa"]), rnd.randint(2005, 2022),
         round(rnd.uniform(11, 15.5), 1), rnd.randint(1, 24))
        for k in range(1, 201)
    ]  # fmt: skip
    con.executemany('INSERT INTO "cellarWines" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con
