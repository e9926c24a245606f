"""Catalogs written for the tests of times between two states of an item in a log of changes (neither the demo nor an
eval catalog): a snake_case permit office whose permits' state changes are logged as old/new state with declared keys,
and a PascalCase dry dock whose refits' stage changes are logged as From/To stage without declared keys."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import duckdb

_PERMIT_STEPS = ["Filed", "Under Review", "Approved"]
_REFIT_STEPS = ["Docked", "Stripping", "Painting", "Afloat"]


def permit_office() -> duckdb.DuckDBPyConnection:
    """80 permits of 3 kinds in 4 districts; each moves through its states (some sent back to review once), the
    changes logged with the state left and the state reached."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute(
        "CREATE TABLE permits(permit_id INTEGER PRIMARY KEY, permit_kind VARCHAR, district VARCHAR, status VARCHAR, "
        "filed_at TIMESTAMP)"
    )
    con.execute(
        "CREATE TABLE permit_events(event_id INTEGER PRIMARY KEY, permit_id INTEGER REFERENCES permits(permit_id), "
        "changed_at TIMESTAMP, old_state VARCHAR, new_state VARCHAR)"
    )
    permits, events = [], []
    for p in range(1, 81):
        at = dt.datetime(2030, 1, 1) + dt.timedelta(hours=rnd.randint(0, 4000))
        filed = at
        steps = _PERMIT_STEPS[: rnd.randint(1, 3)]
        if len(steps) == 3 and rnd.random() < 0.3:
            steps = [*steps, "Under Review", "Approved"]  # sent back once, approved again
        for old, new in itertools.pairwise(steps):
            at += dt.timedelta(hours=rnd.randint(2, 200), minutes=rnd.randint(0, 59))
            events.append((len(events) + 1, p, at, old, new))
        permits.append((p, rnd.choice(["Building", "Signage", "Events"]), rnd.choice("NESW"), steps[-1], filed))
    con.executemany("INSERT INTO permits VALUES (?, ?, ?, ?, ?)", permits)
    con.executemany("INSERT INTO permit_events VALUES (?, ?, ?, ?, ?)", events)
    return con


def dry_dock() -> duckdb.DuckDBPyConnection:
    """60 Refits at 3 yards; each moves through its stages, logged with the stage left and the stage reached."""
    con = duckdb.connect()
    rnd = random.Random(62)
    con.execute('CREATE TABLE "Refits"("RefitId" INTEGER, "Yard" VARCHAR, "Stage" VARCHAR, "OpenedOn" TIMESTAMP)')
    con.execute(
        'CREATE TABLE "RefitLog"("LogId" INTEGER, "RefitId" INTEGER, "LoggedAt" TIMESTAMP, "FromStage" VARCHAR, '
        '"ToStage" VARCHAR)'
    )
    refits, log = [], []
    for r in range(1, 61):
        at = dt.datetime(2029, 3, 1) + dt.timedelta(days=rnd.randint(0, 300))
        opened = at
        steps = _REFIT_STEPS[: rnd.randint(2, 4)]
        for old, new in itertools.pairwise(steps):
            at += dt.timedelta(days=rnd.randint(1, 30), hours=rnd.randint(0, 23))
            log.append((len(log) + 1, r, at, old, new))
        refits.append((r, rnd.choice(["Northquay", "Saltmarsh", "Keelhaven"]), steps[-1], opened))
    con.executemany('INSERT INTO "Refits" VALUES (?, ?, ?, ?)', refits)
    con.executemany('INSERT INTO "RefitLog" VALUES (?, ?, ?, ?, ?)', log)
    return con
