"""A verb said of the rows names when it happened: where its noun names both a kind column and a date column of the
rows (a completion's kind and its date), "jobs completed per month" is the month of that date, "claims closed in
2031" its range, never a breakdown by the kind; and the participle before the rows' noun ("completed jobs", "closed
claims by branch") keeps the rows whose closing date is set, as "open" keeps those where it is empty. On two catalogs
written here: a snake_case repair workshop and a PascalCase claims desk."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def repair_workshop() -> duckdb.DuckDBPyConnection:
    """120 repair jobs in 3 workshops; about a third not completed yet (no completion date or kind)."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute(
        "CREATE TABLE repair_jobs(job_id INTEGER PRIMARY KEY, workshop VARCHAR, opened_on DATE, completion_kind VARCHAR, "
        "completion_date DATE, labour_cost DOUBLE)"
    )
    jobs = []
    for j in range(1, 121):
        opened = dt.date(2031, 1, 1) + dt.timedelta(days=rnd.randint(0, 500))
        done = rnd.random() < 0.65
        finished = opened + dt.timedelta(days=rnd.randint(1, 90)) if done else None
        kind = rnd.choice(["Mended", "Swapped", "Written off"]) if done else None
        jobs.append((j, rnd.choice(["Northgate", "Riverside", "Hillcrest"]), opened, kind, finished,
                     round(rnd.uniform(20, 400), 2)))  # fmt: skip
    con.executemany("INSERT INTO repair_jobs VALUES (?, ?, ?, ?, ?, ?)", jobs)
    return con


def claims_desk() -> duckdb.DuckDBPyConnection:
    """150 Claims at 4 branches; some still open (no ClosedAt, no ClosedReason)."""
    con = duckdb.connect()
    rnd = random.Random(72)
    con.execute(
        'CREATE TABLE "Claims"("ClaimId" INTEGER, "Branch" VARCHAR, "FiledAt" TIMESTAMP, "ClosedReason" VARCHAR, '
        '"ClosedAt" TIMESTAMP, "ClaimedAmount" DOUBLE)'
    )
    claims = []
    for c in range(1, 151):
        filed = dt.datetime(2030, 6, 1) + dt.timedelta(hours=rnd.randint(0, 14000))
        done = rnd.random() < 0.7
        closed = filed + dt.timedelta(hours=rnd.randint(5, 2000)) if done else None
        reason = rnd.choice(["Paid out", "Rejected", "Withdrawn"]) if done else None
        claims.append((c, rnd.choice(["Oban", "Perth", "Wick", "Ayr"]), filed, reason, closed,
                       round(rnd.uniform(100, 9000), 2)))  # fmt: skip
    con.executemany('INSERT INTO "Claims" VALUES (?, ?, ?, ?, ?, ?)', claims)
    return con


shop = catalog_fixture(repair_workshop)
desk = catalog_fixture(claims_desk)


def test_rows_done_per_period_read_the_date_of_the_verb(shop: Db, desk: Db) -> None:
    same(
        shop,
        "jobs completed per month",
        "SELECT date_trunc('month', completion_date), COUNT(*) FROM repair_jobs WHERE completion_date IS NOT NULL "
        "GROUP BY 1",
    )
    same(
        desk,
        "number of claims closed per month",
        """SELECT date_trunc('month', "ClosedAt"), COUNT(*) FROM "Claims" WHERE "ClosedAt" IS NOT NULL GROUP BY 1""",
    )


def test_rows_done_in_a_year_by_a_grouping(shop: Db, desk: Db) -> None:
    same(
        shop,
        "how many jobs were completed in 2031 by workshop",
        "SELECT workshop, COUNT(*) FROM repair_jobs WHERE completion_date >= DATE '2031-01-01' "
        "AND completion_date < DATE '2032-01-01' GROUP BY 1",
    )
    same(
        desk,
        "claims closed in 2031 per branch",
        """SELECT "Branch", COUNT(*) FROM "Claims" WHERE "ClosedAt" >= DATE '2031-01-01'
           AND "ClosedAt" < DATE '2032-01-01' GROUP BY 1""",
    )


def test_the_participle_before_the_rows_keeps_those_done(shop: Db, desk: Db) -> None:
    same(
        shop,
        "number of completed jobs by workshop",
        "SELECT workshop, COUNT(*) FROM repair_jobs WHERE completion_date IS NOT NULL GROUP BY 1",
    )
    same(
        desk,
        "total claimed amount of closed claims per branch",
        """SELECT "Branch", SUM("ClaimedAmount") FROM "Claims" WHERE "ClosedAt" IS NOT NULL GROUP BY 1""",
    )


def test_the_participle_before_the_rows_dates_them(shop: Db, desk: Db) -> None:
    same(
        shop,
        "number of completed jobs in 2031 by workshop",
        "SELECT workshop, COUNT(*) FROM repair_jobs WHERE completion_date >= DATE '2031-01-01' "
        "AND completion_date < DATE '2032-01-01' GROUP BY 1",
    )
    same(
        desk,
        "closed claims per branch in 2031",
        """SELECT "Branch", COUNT(*) FROM "Claims" WHERE "ClosedAt" >= DATE '2031-01-01'
           AND "ClosedAt" < DATE '2032-01-01' GROUP BY 1""",
    )


def test_the_kind_is_still_named_by_its_noun(shop: Db) -> None:
    same(
        shop,
        "jobs by completion kind",
        "SELECT completion_kind, COUNT(*) FROM repair_jobs WHERE completion_kind IS NOT NULL GROUP BY 1",
    )
