"""Two catalogs written for the tests of groupings by a figure with few values stored as a decimal (neither the demo
nor an eval catalog): a snake_case university's module catalogue (modules worth 2.5 to 10 credits, marks of students
on them) and a camelCase wine merchant (wines sold in bottles of 0.375, 0.75 or 1.5 litres, order lines of them)."""

from __future__ import annotations

import random
from typing import Any

import duckdb


def module_catalogue() -> duckdb.DuckDBPyConnection:
    """Modules (a code, a title, a school, the credits it is worth as a decimal); marks (a student's mark on one)."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute(
        "CREATE TABLE modules(module_code VARCHAR PRIMARY KEY, module_title VARCHAR, school VARCHAR, "
        "credits DECIMAL(4, 1))"
    )
    mods: list[tuple[Any, ...]] = []
    for k in range(1, 41):
        credits = rnd.choice([2.5, 5.0, 5.0, 7.5, 10.0])
        mods.append((f"MOD{k:03d}", f"Module {k}", rnd.choice(["Arts", "Science", "Law"]), credits))
    con.executemany("INSERT INTO modules VALUES (?, ?, ?, ?)", mods)
    con.execute(
        "CREATE TABLE marks(mark_id INTEGER PRIMARY KEY, module_code VARCHAR REFERENCES modules(module_code), "
        "student_no VARCHAR, mark DECIMAL(5, 1))"
    )
    marks = [
        (k, mods[rnd.randrange(40)][0], f"S{rnd.randrange(300):04d}", round(rnd.uniform(35, 95), 1))
        for k in range(1, 801)
    ]
    con.executemany("INSERT INTO marks VALUES (?, ?, ?, ?)", marks)
    return con


def wine_merchant() -> duckdb.DuckDBPyConnection:
    """Wines (an id, a label, a region, a bottle size in litres as a decimal); order lines (units of a wine sold)."""
    con = duckdb.connect()
    rnd = random.Random(12)
    con.execute(
        'CREATE TABLE "wines"("wineId" INTEGER PRIMARY KEY, "wineLabel" VARCHAR, "region" VARCHAR, '
        '"bottleSizeLitres" DECIMAL(5, 3))'
    )
    wines = [
        (k, f"Cuvée {k}", rnd.choice(["Rhône", "Rioja", "Mosel"]), rnd.choice([0.375, 0.75, 0.75, 0.75, 1.5]))
        for k in range(1, 31)
    ]
    con.executemany('INSERT INTO "wines" VALUES (?, ?, ?, ?)', wines)
    con.execute(
        'CREATE TABLE "orderLines"("lineId" INTEGER PRIMARY KEY, "wineId" INTEGER REFERENCES "wines"("wineId"), '
        '"unitsSold" INTEGER, "linePriceEur" DECIMAL(9, 2))'
    )
    lines = [
        (k, rnd.randrange(1, 31), (n := rnd.randint(1, 12)), round(n * rnd.uniform(9, 60), 2)) for k in range(1, 601)
    ]
    con.executemany('INSERT INTO "orderLines" VALUES (?, ?, ?, ?)', lines)
    return con
