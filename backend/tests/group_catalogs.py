"""Two catalogs with groups to compare, written for the analyst's group-comparison tests (neither the demo nor an eval
catalog): a snake_case maintenance shop with prefixed, abbreviated names (mnt_repair_job with a job_no key and budgeted and
spent hours, mnt_depot with its head count) and a camelCase venue office (EventBookings with a bookingNum key, planned and
actual guests and a fee, Venues with their seats). No foreign keys are declared."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_DEPOTS = [("D1", "Harbour Yard", 12), ("D2", "Mill Lane", 30), ("D3", "Quarry Road", 8), ("D4", "Station Hill", 20),
           ("D5", "Ferry Wharf", 15)]  # fmt: skip
_JOB_TYPES = ["Brake", "Tyre", "Engine", "Body", "Electrics", "Service"]


def maintenance() -> duckdb.DuckDBPyConnection:
    """Jobs done at depots: each with a type, an open date, budgeted and spent hours and a parts cost."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute("CREATE TABLE mnt_depot(depot_cd VARCHAR PRIMARY KEY, depot_nm VARCHAR, staff_cnt INTEGER)")
    con.executemany("INSERT INTO mnt_depot VALUES (?, ?, ?)", _DEPOTS)
    con.execute(
        "CREATE TABLE mnt_repair_job(job_no INTEGER PRIMARY KEY, job_type VARCHAR, depot_cd VARCHAR, opened_dt DATE, "
        "budget_hrs DOUBLE, spent_hrs DOUBLE, parts_cost DOUBLE)"
    )
    jobs: list[tuple[Any, ...]] = []
    weights = [5, 3, 9, 1, 4]
    for k in range(1, 401):
        depot = rnd.choices([d[0] for d in _DEPOTS], weights)[0]
        budget = round(rnd.uniform(1, 20), 1)
        spent = round(budget * (rnd.uniform(0.5, 1.1) if depot in ("D2", "D4") else rnd.uniform(0.7, 1.5)), 1)
        opened = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        jobs.append((k, rnd.choice(_JOB_TYPES), depot, opened, budget, spent, round(rnd.uniform(20, 900), 2)))
    con.executemany("INSERT INTO mnt_repair_job VALUES (?, ?, ?, ?, ?, ?, ?)", jobs)
    return con


_VENUES = [("ATR", "Atrium", 400), ("GAL", "Gallery", 120), ("LOF", "Loft", 60), ("TER", "Terrace", 200)]
_KINDS = ["Wedding", "Conference", "Concert", "Party"]


def venues() -> duckdb.DuckDBPyConnection:
    """Event bookings of venues: a kind of event, a date, planned and actual guests and a fee."""
    con = duckdb.connect()
    rnd = random.Random(43)
    con.execute('CREATE TABLE "Venues"("venueCode" VARCHAR PRIMARY KEY, "venueName" VARCHAR, "seatCount" INTEGER)')
    con.executemany('INSERT INTO "Venues" VALUES (?, ?, ?)', _VENUES)
    con.execute(
        'CREATE TABLE "EventBookings"("bookingNum" BIGINT PRIMARY KEY, "eventKind" VARCHAR, "venueCode" VARCHAR, '
        '"eventDate" DATE, "plannedGuests" INTEGER, "actualGuests" INTEGER, "feeAmt" DECIMAL(10,2))'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 301):
        venue = rnd.choices([v[0] for v in _VENUES], [6, 3, 1, 2])[0]
        planned = rnd.randint(20, 300)
        actual = max(0, planned + rnd.randint(-60, 40))
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(1000))
        rows.append(
            (9_000_000 + k * 7, rnd.choice(_KINDS), venue, day, planned, actual, round(rnd.uniform(500, 9000), 2))
        )
    con.executemany('INSERT INTO "EventBookings" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con
