"""A date's name as a plural noun that is counted ("the most returns", "number of dispatches by depot") names the
events that date records: the rows that have the date, counted per group, with no time axis unless the question
asks for one ("returns per month")."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, same


@pytest.fixture(scope="module")
def parcels() -> Db:
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        "CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, depot VARCHAR, dispatch_date DATE, return_date DATE)"
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 401):
        sent = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300))
        back = sent + dt.timedelta(days=rnd.randint(3, 30)) if rnd.random() < (0.1 + 0.1 * (i % 3)) else None
        rows.append((i, ["North", "Harbour", "Airport"][i % 3], sent, back))
    con.executemany("INSERT INTO parcels VALUES (?, ?, ?, ?)", rows)
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def tickets() -> Db:
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute(
        'CREATE TABLE "Tickets"("ticketId" INTEGER PRIMARY KEY, "team" VARCHAR, "openedOn" DATE, "refundDate" DATE)'
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 301):
        opened = dt.date(2023, 6, 1) + dt.timedelta(days=rnd.randrange(400))
        refund = opened + dt.timedelta(days=rnd.randint(1, 9)) if rnd.random() < (0.05 + 0.15 * (i % 4 == 0)) else None
        rows.append((i, ["Billing", "Hardware", "Access", "Mobile"][i % 4], opened, refund))
    con.executemany('INSERT INTO "Tickets" VALUES (?, ?, ?, ?)', rows)
    return con, build_catalog(con)


def test_the_most_events_is_a_count_of_the_rows_with_that_date(parcels: Db, tickets: Db) -> None:
    d = same(parcels, "which depot has the most returns",
             "SELECT depot, COUNT(*) FROM parcels WHERE return_date IS NOT NULL GROUP BY depot ORDER BY 2 DESC LIMIT 1")  # fmt: skip
    assert not any(dim.bucket for dim in d.plan.dimensions)
    same(tickets, "number of refunds by team",
         'SELECT team, COUNT(*) FROM "Tickets" WHERE "refundDate" IS NOT NULL GROUP BY team')  # fmt: skip


def test_a_word_of_time_still_asks_for_the_time_axis(parcels: Db, tickets: Db) -> None:
    d = answer(parcels, "returns per month")
    assert any(dim.bucket == "month" for dim in d.plan.dimensions)
    d = answer(tickets, "number of refunds by month")
    assert any(dim.bucket == "month" for dim in d.plan.dimensions)
