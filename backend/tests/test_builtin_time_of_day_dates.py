"""A day asked of a table whose date and time of day are two columns: "hourly … on 3 June" groups by the hour of the
time column and keeps the day on the date column. The time column is named by the question ("by hour" matches a
comment saying "24-hour time", or a column named for its hour), yet a date range never lands on a time of day
(DuckDB cannot compare a TIME with a DATE). Two catalogs written here: squashed lowercase text columns with the time
explained in a comment, and snake_case DATE and TIME columns."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _tickets() -> duckdb.DuckDBPyConnection:
    """Parking tickets with the day and the time of day as ISO text, the time's comment saying it is a 24-hour time."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute(
        "CREATE TABLE parkingtickets(ticketnum BIGINT, writtendate VARCHAR, writtentime VARCHAR, zone VARCHAR, "
        "fineamt DECIMAL(7,2))"
    )
    con.execute("COMMENT ON COLUMN parkingtickets.writtentime IS '24-hour time as text HH:MM'")
    rows: list[tuple[Any, ...]] = []
    for i in range(1200):
        day = dt.date(2024, 5, 1) + dt.timedelta(days=rnd.randrange(60))
        time = f"{rnd.randrange(6, 22):02d}:{rnd.randrange(60):02d}"
        rows.append(
            (9000 + i, day.isoformat(), time, rnd.choice(["Harbour", "Old Town", "Market"]), rnd.randint(30, 90))
        )
    con.executemany("INSERT INTO parkingtickets VALUES (?, ?, ?, ?, ?)", rows)
    return con


def _swims() -> duckdb.DuckDBPyConnection:
    """Pool entries: a DATE, and the hour of entry as a TIME column of its own."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute("CREATE TABLE pool_entries(entry_date DATE, entry_hour TIME, lane_kind VARCHAR, swimmers INTEGER)")
    rows: list[tuple[Any, ...]] = []
    for _ in range(1500):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(200))
        rows.append(
            (day, dt.time(rnd.randrange(6, 21), rnd.randrange(60)), rnd.choice(["fast", "slow"]), rnd.randint(1, 9))
        )
    con.executemany("INSERT INTO pool_entries VALUES (?, ?, ?, ?)", rows)
    return con


tickets = catalog_fixture(_tickets)
swims = catalog_fixture(_swims)


def test_hourly_on_one_day(tickets: Db, swims: Db) -> None:
    same(
        tickets,
        "total fines by hour in the Harbour zone on 3 June 2024",
        "SELECT hour(CAST(writtentime AS TIME)), SUM(fineamt) FROM parkingtickets WHERE zone = 'Harbour' "
        "AND CAST(writtendate AS DATE) = DATE '2024-06-03' GROUP BY 1",
    )
    same(
        swims,
        "total swimmers by entry hour on 3 March 2025",
        "SELECT hour(entry_hour), SUM(swimmers) FROM pool_entries WHERE entry_date = DATE '2025-03-03' GROUP BY 1",
    )


def test_time_of_day_is_no_date(tickets: Db, swims: Db) -> None:
    same(
        tickets,
        "total fines per hour in May 2024",
        "SELECT hour(CAST(writtentime AS TIME)), SUM(fineamt) FROM parkingtickets "
        "WHERE CAST(writtendate AS DATE) BETWEEN DATE '2024-05-01' AND DATE '2024-05-31' GROUP BY 1",
    )
    same(
        swims,
        "total swimmers per entry hour on weekends",
        "SELECT hour(entry_hour), SUM(swimmers) FROM pool_entries WHERE isodow(entry_date) IN (6, 7) GROUP BY 1",
    )
