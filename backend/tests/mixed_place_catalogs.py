"""Two catalogs written for the tests of a demonym over a column storing some nations beside other places (neither
the demo nor an eval catalog): a snake_case motorcycle register whose maker_region holds two nations' names and two
regions, and a camelCase tea auction whose originCountry holds three nations' names, a region and "Other"."""

from __future__ import annotations

import random

import duckdb


def motorcycle_register() -> duckdb.DuckDBPyConnection:
    """Motorcycles (an id, a model, the maker's region, the engine size, the top speed)."""
    con = duckdb.connect()
    rnd = random.Random(81)
    con.execute(
        "CREATE TABLE motorcycles(motorcycle_id INTEGER PRIMARY KEY, model VARCHAR, maker_region VARCHAR, "
        "engine_cc INTEGER, top_speed_kmh DOUBLE)"
    )
    regions = ["Italy", "Japan", "Rest of Europe", "Rest of Asia"]
    rows = [
        (k, f"Model {k}", rnd.choice(regions), rnd.choice([125, 250, 600, 1000]), round(rnd.uniform(90, 290), 1))
        for k in range(1, 201)
    ]  # fmt: skip
    con.executemany("INSERT INTO motorcycles VALUES (?, ?, ?, ?, ?)", rows)
    return con


def tea_auction() -> duckdb.DuckDBPyConnection:
    """Lots (an id, the origin, the grade, the weight, the hammer price per kilo)."""
    con = duckdb.connect()
    rnd = random.Random(82)
    con.execute(
        'CREATE TABLE "teaLots"("lotId" INTEGER PRIMARY KEY, "originCountry" VARCHAR, "leafGrade" VARCHAR, '
        '"weightKg" DOUBLE, "pricePerKg" DOUBLE)'
    )
    origins = ["India", "Kenya", "China", "South America", "Other"]
    rows = [
        (k, rnd.choice(origins), rnd.choice(["OP", "BOP", "Dust"]), round(rnd.uniform(50, 900), 1),
         round(rnd.uniform(2, 30), 2))
        for k in range(1, 301)
    ]  # fmt: skip
    con.executemany('INSERT INTO "teaLots" VALUES (?, ?, ?, ?, ?)', rows)
    return con
