"""Catalogs written for the tests of spans of dates (neither the demo nor an eval catalog): a snake_case bakery whose
loaves are baked over two winters, and a camelCase kennel whose dog visits start over three years."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def bakery() -> duckdb.DuckDBPyConnection:
    """300 batches of loaves, one every two or three days from October 2023 to the spring of 2025."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute("CREATE TABLE batches(batch_id INTEGER PRIMARY KEY, loaf_kind VARCHAR, loaves INTEGER, baked_on DATE)")
    day = dt.date(2023, 10, 1)
    rows: list[tuple[object, ...]] = []
    for k in range(1, 301):
        day += dt.timedelta(days=rnd.choice([1, 2, 3]))
        rows.append((k, rnd.choice(["rye", "spelt", "sourdough"]), rnd.randint(20, 90), day))
    con.executemany("INSERT INTO batches VALUES (?, ?, ?, ?)", rows)
    return con


def kennel() -> duckdb.DuckDBPyConnection:
    """400 dog visits starting at random hours from 2022 to 2024."""
    con = duckdb.connect()
    rnd = random.Random(32)
    con.execute('CREATE TABLE "dogVisits"("visitId" INTEGER, "dogName" VARCHAR, "visitStart" TIMESTAMP)')
    rows: list[tuple[object, ...]] = []
    for k in range(1, 401):
        start = dt.datetime(2022, 1, 1) + dt.timedelta(hours=rnd.randrange(24 * 3 * 365))
        rows.append((k, rnd.choice(["Rex", "Bella", "Milo", "Luna"]), start))
    con.executemany('INSERT INTO "dogVisits" VALUES (?, ?, ?)', rows)
    return con
