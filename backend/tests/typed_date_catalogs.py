"""Two catalogs written for the tests of a table's date when one date is kept as ISO text before another typed as a
date (neither the demo nor an eval catalog): a snake_case arts council's grants (lodged_date text, decided_date DATE)
and a camelCase fire-safety office's inspections (loggedDate text, visitDate DATE)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def arts_grants() -> duckdb.DuckDBPyConnection:
    """Grants (a reference, a programme, when lodged as text, when decided, the amount awarded)."""
    con = duckdb.connect()
    rnd = random.Random(101)
    con.execute(
        "CREATE TABLE grants(grant_ref VARCHAR PRIMARY KEY, programme VARCHAR, lodged_date VARCHAR, "
        "decided_date DATE, amount_awarded DECIMAL(10, 2))"
    )
    con.execute("COMMENT ON COLUMN grants.lodged_date IS 'lodgement date, ISO text yyyy-mm-dd'")
    rows = []
    for k in range(1, 301):
        lodged = dt.date(2023, 6, 1) + dt.timedelta(days=rnd.randrange(540))
        decided = lodged + dt.timedelta(days=rnd.randrange(20, 200))
        rows.append((f"G{k:04d}", rnd.choice(["Music", "Theatre", "Visual"]), lodged.isoformat(), decided,
                     round(rnd.uniform(500, 20000), 2)))  # fmt: skip
    con.executemany("INSERT INTO grants VALUES (?, ?, ?, ?, ?)", rows)
    return con


def fire_inspections() -> duckdb.DuckDBPyConnection:
    """Inspections (an id, a premises kind, when logged as text, when visited, the hazards found)."""
    con = duckdb.connect()
    rnd = random.Random(102)
    con.execute(
        'CREATE TABLE "inspections"("inspectionId" INTEGER PRIMARY KEY, "premisesKind" VARCHAR, '
        '"loggedDate" VARCHAR, "visitDate" DATE, "hazardsFound" INTEGER)'
    )
    rows = []
    for k in range(1, 401):
        asked = dt.date(2023, 11, 1) + dt.timedelta(days=rnd.randrange(420))
        done = asked + dt.timedelta(days=rnd.randrange(5, 90))
        rows.append((k, rnd.choice(["Shop", "Office", "Warehouse"]), asked.isoformat(), done, rnd.randint(0, 6)))
    con.executemany('INSERT INTO "inspections" VALUES (?, ?, ?, ?, ?)', rows)
    return con
