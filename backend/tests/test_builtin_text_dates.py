"""Dates and times kept as text (CSV uploads, SQLite files): a column whose every value is an ISO date, timestamp or
time of day is read as one, through a cast, by month, by hour, by day of week, within a range and in durations. Two
catalogs written here: a community garden's planting log (snake_case, dates and clock times as text, empty strings
for what has not happened) and a bike workshop's repair jobs (PascalCase, ISO timestamps as text)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

from backend.agents.builtin.sql_builder import build_sql
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def garden() -> duckdb.DuckDBPyConnection:
    """Plantings: sown and harvested on text dates ('' until harvested), a text start time, a yield."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        "CREATE TABLE plantings(planting_id INTEGER, bed_name VARCHAR, crop VARCHAR, sown_on VARCHAR, "
        "harvested_on VARCHAR, start_time VARCHAR, yield_grams DOUBLE, batch_code VARCHAR)"
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 801):
        sown = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(720))
        harvested = (sown + dt.timedelta(days=rnd.randint(30, 120))).isoformat() if i % 6 else ""
        start = f"{rnd.choice([6, 7, 7, 8, 9, 16, 17, 18])}:{rnd.choice(['00', '15', '30', '45'])}"
        code = f"{sown.year}-{rnd.randint(1, 99):02d}"  # looks like a date's beginning, is a batch number
        rows.append((i, rnd.choice(["Orchard", "Herb Spiral", "Glasshouse"]), rnd.choice(["Kale", "Beans", "Leek"]),
                     sown.isoformat(), harvested, start, round(rnd.uniform(100, 5000), 1), code))  # fmt: skip
    con.executemany("INSERT INTO plantings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def workshop() -> duckdb.DuckDBPyConnection:
    """Repair jobs checked in and finished at ISO timestamps written as text."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        'CREATE TABLE "RepairJobs"("JobId" INTEGER, "Mechanic" VARCHAR, "CheckedInAt" VARCHAR, '
        '"FinishedAt" VARCHAR, "LabourCost" DOUBLE)'
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 1201):
        start = dt.datetime(2024, 1, 1, 8) + dt.timedelta(minutes=rnd.randrange(400 * 24 * 60))
        done = start + dt.timedelta(minutes=rnd.randint(20, 3000))
        rows.append((i, rnd.choice(["Ana", "Bo", "Cy"]), start.isoformat(timespec="seconds"),
                     done.strftime("%Y-%m-%d %H:%M:%S"), round(rnd.uniform(15, 300), 2)))  # fmt: skip
    con.executemany('INSERT INTO "RepairJobs" VALUES (?, ?, ?, ?, ?)', rows)
    return con


beds = catalog_fixture(garden)
jobs = catalog_fixture(workshop)


def test_the_catalog_gives_text_dates_their_range_and_nothing_else(beds: Db, jobs: Db) -> None:
    table = beds[1].tables[0]
    sown, harvested, start, code = (table.column(n) for n in ("sown_on", "harvested_on", "start_time", "batch_code"))
    assert sown is not None and sown.kind == "text" and sown.min == "2023-01-01" and str(sown.max) < "2025-01-01"
    assert harvested is not None and harvested.min is not None  # empty strings are missing values, no other text
    assert start is not None and start.min == "06:00:00" and start.max == "18:45:00"
    assert code is not None and code.min is None and code.max is None
    checked = jobs[1].tables[0].column("CheckedInAt")
    assert checked is not None and str(checked.min).startswith("2024-01-01T")


def test_text_dates_by_month_and_year(beds: Db, jobs: Db) -> None:
    same(beds, "total yield grams by month",
         "SELECT date_trunc('month', CAST(sown_on AS DATE)), sum(yield_grams) FROM plantings GROUP BY 1")  # fmt: skip
    same(jobs, "labour cost per year",
         """SELECT date_trunc('year', CAST("CheckedInAt" AS TIMESTAMP)), sum("LabourCost") FROM "RepairJobs"
         GROUP BY 1""")  # fmt: skip


def test_text_dates_in_ranges_and_cycles(beds: Db, jobs: Db) -> None:
    same(beds, "number of plantings sown in Q3 2024",
         "SELECT count(*) FROM plantings WHERE CAST(sown_on AS DATE) BETWEEN '2024-07-01' AND '2024-09-30'")  # fmt: skip
    same(beds, "plantings by day of week",
         "SELECT isodow(CAST(sown_on AS DATE)) || ' ' || dayname(CAST(sown_on AS DATE)), count(*) FROM plantings "
         "GROUP BY 1")  # fmt: skip
    same(jobs, "how many repair jobs since March 2025",
         """SELECT count(*) FROM "RepairJobs" WHERE CAST("CheckedInAt" AS TIMESTAMP) >= '2025-03-01'""")  # fmt: skip
    same(jobs, "jobs by hour of the day",
         """SELECT hour(CAST("CheckedInAt" AS TIMESTAMP)), count(*) FROM "RepairJobs" GROUP BY 1""")  # fmt: skip


def test_a_time_of_day_as_text_is_split_by_hour(beds: Db) -> None:
    d = same(beds, "plantings by hour of start time",
             "SELECT hour(CAST(start_time AS TIME)), count(*) FROM plantings GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type == "bar"
    # The table's main date is the day it was sown, not the clock time.
    same(beds, "plantings per month",
         "SELECT date_trunc('month', CAST(sown_on AS DATE)), count(*) FROM plantings GROUP BY 1")  # fmt: skip


def test_durations_between_text_dates(beds: Db, jobs: Db) -> None:
    same(beds, "average days between sown and harvested by bed",
         """SELECT bed_name, avg(CAST(harvested_on AS DATE) - CAST(sown_on AS DATE)) FROM plantings
         WHERE harvested_on <> '' GROUP BY 1""")  # fmt: skip
    same(jobs, "average hours between checked in and finished by mechanic",
         """SELECT "Mechanic", avg(epoch(CAST("FinishedAt" AS TIMESTAMP) - CAST("CheckedInAt" AS TIMESTAMP)) / 3600)
         FROM "RepairJobs" GROUP BY 1""")  # fmt: skip


def test_text_dates_are_read_through_a_cast_in_every_dialect(jobs: Db) -> None:
    d = answer(jobs, "labour cost by month")
    assert "TRY_CAST" in d.sql.upper()
    assert "CAST(" in build_sql(d.plan, jobs[1], "spark").upper()
    assert "CAST(" in build_sql(d.plan, jobs[1], "postgres").upper()


def test_hours_between_two_timestamps_keep_their_fraction(jobs: Db) -> None:
    # 90 minutes are 1.5 hours: the answer is not the number of hour boundaries crossed.
    con = duckdb.connect()
    con.execute("CREATE TABLE calls(call_id INTEGER, rang_at TIMESTAMP, ended_at TIMESTAMP, line VARCHAR)")
    con.execute(
        """INSERT INTO calls SELECT i, TIMESTAMP '2024-05-01 08:50' + i * INTERVAL 37 MINUTE,
        TIMESTAMP '2024-05-01 08:50' + i * INTERVAL 37 MINUTE + (20 + i % 170) * INTERVAL 1 MINUTE,
        CASE WHEN i % 2 = 0 THEN 'Sales' ELSE 'Support' END FROM range(400) t(i)"""
    )
    db = (con, build_catalog(con))
    same(db, "average hours between rang and ended per line",
         "SELECT line, avg(epoch(ended_at - rang_at) / 3600) FROM calls GROUP BY 1")  # fmt: skip
    same(jobs, "mean minutes from check in to finish",
         """SELECT avg(epoch(CAST("FinishedAt" AS TIMESTAMP) - CAST("CheckedInAt" AS TIMESTAMP)) / 60)
         FROM "RepairJobs\"""")  # fmt: skip


def test_days_from_a_timestamp_to_a_date_are_calendar_days() -> None:
    # A return date has no time of day: the days kept are counted between calendar dates, no fraction.
    con = duckdb.connect()
    con.execute("CREATE TABLE lendings(tool VARCHAR, lent_at TIMESTAMP, returned_on DATE)")
    con.execute(
        """INSERT INTO lendings SELECT CASE WHEN i % 3 = 0 THEN 'Drill' ELSE 'Ladder' END,
        TIMESTAMP '2024-03-01 17:30' + i * INTERVAL 5 HOUR, DATE '2024-03-02' + CAST(i / 4 + i % 9 AS INTEGER)
        FROM range(300) t(i)"""
    )
    db = (con, build_catalog(con))
    same(db, "average days between lent and returned by tool",
         "SELECT tool, avg(returned_on - CAST(lent_at AS DATE)) FROM lendings GROUP BY 1")  # fmt: skip
