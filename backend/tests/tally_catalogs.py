"""Catalogs written for the tests of row keys, points and plural values (neither the demo nor an eval catalog): a
snake_case repair workshop whose jobs carry an effort estimate in points and a key of their parent job, and a
PascalCase flower show whose entries are judged in points and may point at a parent entry by its code."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def repair_workshop() -> duckdb.DuckDBPyConnection:
    """120 jobs of 3 kinds done by 4 mechanics; a job may follow up a parent job (its key, said in a comment)."""
    con = duckdb.connect()
    rnd = random.Random(51)
    con.execute(
        "CREATE TABLE jobs(job_key VARCHAR PRIMARY KEY, summary VARCHAR, job_kind VARCHAR, mechanic VARCHAR, "
        "status VARCHAR, parent_job VARCHAR, effort_points DOUBLE, battery_cycles INTEGER, opened_at TIMESTAMP)"
    )
    con.execute("COMMENT ON COLUMN jobs.parent_job IS 'job key of the parent job'")
    kinds = ["Battery", "Tyre", "Accessory"]
    mechanics = ["Alvarez", "Brook", "Chen", "Dubois"]
    rows = []
    for k in range(1, 121):
        parent = f"WS-{rnd.randint(1, k - 1)}" if k > 10 and rnd.random() < 0.4 else None
        rows.append(
            (
                f"WS-{k}",
                f"Job number {k} on bay {rnd.randint(1, 6)}",
                rnd.choice(kinds),
                rnd.choice(mechanics),
                rnd.choice(["open", "done", "done"]),
                parent,
                rnd.choice([0.5, 1.0, 2.0, 3.0, 5.0]),
                rnd.randint(0, 900),
                dt.datetime(2031, 1, 1) + dt.timedelta(hours=rnd.randint(0, 6000)),
            )
        )
    con.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def flower_show() -> duckdb.DuckDBPyConnection:
    """90 Entries in 3 sections by 5 growers, judged in points; an entry may name its parent entry by code."""
    con = duckdb.connect()
    rnd = random.Random(52)
    con.execute(
        'CREATE TABLE "Entries"("EntryCode" VARCHAR, "Title" VARCHAR, "Section" VARCHAR, "Grower" VARCHAR, '
        '"ParentEntry" VARCHAR, "JudgePoints" DOUBLE, "LilyStems" INTEGER)'
    )
    con.execute('COMMENT ON COLUMN "Entries"."ParentEntry" IS \'code of the parent entry\'')
    sections = ["Rose", "Dahlia", "Lily"]
    growers = ["Ash Farm", "Birch Lane", "Cedar Nursery", "Dell House", "Elm Cottage"]
    rows = []
    for k in range(1, 91):
        parent = f"FS{rnd.randint(100, 99 + k - 1):03d}" if k > 5 and rnd.random() < 0.3 else None
        rows.append(
            (
                f"FS{99 + k:03d}",
                f"Exhibit {k} of the summer show",
                rnd.choice(sections),
                rnd.choice(growers),
                parent,
                float(rnd.choice([1, 2, 3, 5])),
                rnd.randint(0, 400),
            )
        )
    con.executemany('INSERT INTO "Entries" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con
