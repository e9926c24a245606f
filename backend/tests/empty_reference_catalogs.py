"""Catalogs written for the tests of references left empty (neither the demo nor an eval catalog): a snake_case bike
repair shop whose jobs may have no member of staff as mechanic yet, with declared keys, and a PascalCase journal whose Manuscripts may
have no scholar as Reviewer yet, without declared keys."""

from __future__ import annotations

import random

import duckdb


def bike_shop() -> duckdb.DuckDBPyConnection:
    """5 staff, 80 repair jobs in three bays, each fixed by a member of staff as its mechanic; every fourth job has no
    mechanic yet."""
    con = duckdb.connect()
    rnd = random.Random(51)
    con.execute("CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_name VARCHAR)")
    con.execute(
        "CREATE TABLE jobs(job_id INTEGER PRIMARY KEY, bay VARCHAR, "
        "mechanic_id INTEGER REFERENCES staff(staff_id), labour_minutes INTEGER)"
    )
    names = ["Ada Spoke", "Ben Chain", "Cleo Gear", "Dan Brake", "Eve Saddle"]
    con.executemany("INSERT INTO staff VALUES (?, ?)", list(enumerate(names, start=1)))
    con.executemany(
        "INSERT INTO jobs VALUES (?, ?, ?, ?)",
        [
            (k, rnd.choice(["front", "back", "yard"]), None if k % 4 == 0 else rnd.randint(1, 5), rnd.randint(10, 120))
            for k in range(1, 81)
        ],
    )
    return con


def journal() -> duckdb.DuckDBPyConnection:
    """6 Scholars, 70 Manuscripts in three Sections, each read by a scholar as its reviewer; every third has no
    reviewer yet."""
    con = duckdb.connect()
    rnd = random.Random(52)
    con.execute('CREATE TABLE "Scholars"("ScholarId" INTEGER, "FullName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Manuscripts"("ManuscriptId" INTEGER, "Title" VARCHAR, "Section" VARCHAR, "ReviewerId" INTEGER)'
    )
    con.executemany('INSERT INTO "Scholars" VALUES (?, ?)', [(k, f"Dr Scholar {k}") for k in range(1, 7)])
    con.executemany(
        'INSERT INTO "Manuscripts" VALUES (?, ?, ?, ?)',
        [
            (k, f"Paper {k}", rnd.choice(["Ecology", "Optics", "Logic"]), None if k % 3 == 0 else rnd.randint(1, 6))
            for k in range(1, 71)
        ],
    )
    return con
