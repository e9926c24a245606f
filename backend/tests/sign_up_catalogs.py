"""Two catalogs whose people sign a paper after they join (neither the demo nor an eval catalog), written for the
analyst's sign-up tests: a snake_case club roster (players with a created timestamp and a pledge signed date, empty
for some) and a PascalCase volunteer register (Volunteers with a CreatedAt and a ContractSignedAt, empty for some)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def roster() -> duckdb.DuckDBPyConnection:
    """Players, each created on a day of 2023-2024 and, for most, a pledge signed some weeks later."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute(
        "CREATE TABLE players(player_id INTEGER PRIMARY KEY, full_name VARCHAR, created_at TIMESTAMP, "
        "pledge_signed_on DATE)"
    )
    rows = []
    for i in range(1, 241):
        made = dt.datetime(2023, 1, 1, 9) + dt.timedelta(days=rnd.randrange(700), hours=rnd.randrange(10))
        signed = (made + dt.timedelta(days=rnd.randrange(20, 90))).date() if rnd.random() < 0.7 else None
        rows.append((i, f"Player {i}", made, signed))
    con.executemany("INSERT INTO players VALUES (?, ?, ?, ?)", rows)
    return con


def volunteers() -> duckdb.DuckDBPyConnection:
    """Volunteers, each created on a day of 2023-2024 and, for some, a contract signed a few months later."""
    con = duckdb.connect()
    rnd = random.Random(4)
    con.execute(
        'CREATE TABLE "Volunteers"("VolunteerId" INTEGER PRIMARY KEY, "VolunteerName" VARCHAR, '
        '"CreatedAt" TIMESTAMP, "ContractSignedAt" TIMESTAMP)'
    )
    rows = []
    for i in range(1, 181):
        made = dt.datetime(2023, 1, 1, 8) + dt.timedelta(days=rnd.randrange(700), hours=rnd.randrange(10))
        signed = made + dt.timedelta(days=rnd.randrange(60, 150)) if rnd.random() < 0.5 else None
        rows.append((i, f"Helper {i}", made, signed))
    con.executemany('INSERT INTO "Volunteers" VALUES (?, ?, ?, ?)', rows)
    return con
