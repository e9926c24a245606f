"""Two catalogs written for the tests of a percentage read as one (neither the demo nor an eval catalog): a snake_case
cider maker whose abv its comment calls a percent of volume, and a consultancy's spreadsheet whose "Hours Billed %"
header says its unit, beside the hours themselves."""

from __future__ import annotations

import random

import duckdb


def cider_maker() -> duckdb.DuckDBPyConnection:
    """Ciders (an id, a name, the orchard region, the alcohol by volume in percent, the litres sold)."""
    con = duckdb.connect()
    rnd = random.Random(91)
    con.execute(
        "CREATE TABLE ciders(cider_id INTEGER PRIMARY KEY, cider_name VARCHAR, orchard_region VARCHAR, abv DOUBLE, "
        "litres_sold INTEGER)"
    )
    con.execute("COMMENT ON COLUMN ciders.abv IS 'alcohol by volume, percent'")
    rows = [
        (k, f"Cider {k}", rnd.choice(["Vale", "Coast", "Uplands"]), round(rnd.uniform(3.5, 8.5), 1),
         rnd.randint(100, 5000))
        for k in range(1, 61)
    ]  # fmt: skip
    con.executemany("INSERT INTO ciders VALUES (?, ?, ?, ?, ?)", rows)
    return con


def consultancy_sheet() -> duckdb.DuckDBPyConnection:
    """Timesheet rows (a consultant, a practice, hours, the share of them billed in percent)."""
    con = duckdb.connect()
    rnd = random.Random(92)
    con.execute(
        'CREATE TABLE "Timesheet"("Consultant" VARCHAR, "Practice" VARCHAR, "Hours" DOUBLE, "Hours Billed %" DOUBLE)'
    )
    rows = [
        (f"Consultant {k % 12}", rnd.choice(["Audit", "Advisory", "Tax"]), round(rnd.uniform(20, 45), 1),
         round(rnd.uniform(40, 95), 1))
        for k in range(1, 121)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Timesheet" VALUES (?, ?, ?, ?)', rows)
    return con
