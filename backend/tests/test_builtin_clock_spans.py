"""A row's whole length ("average sales cycle in days") runs between two of its dates, never to a time of day
stored beside a date (a citation's issue date and its issue time as text): with one date and a clock time there is
no length to measure. On catalogs written for the test: a snake_case citation log and a PascalCase ticket book."""

from __future__ import annotations

import datetime as dt

import duckdb

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog


def _citations() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE citations(citation_id INTEGER, issue_date DATE, issue_time VARCHAR, fine_amount DOUBLE)")
    con.executemany(
        "INSERT INTO citations VALUES (?, ?, ?, ?)",
        [(k, dt.date(2024, 1, 1) + dt.timedelta(days=k % 300), f"{k % 24:02d}:{k % 60:02d}:00", 20.0 + k % 90)
         for k in range(1, 400)],
    )  # fmt: skip
    return con


def _tickets() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Ticket"("TicketId" INTEGER, "SoldOn" DATE, "SoldAt" TIME, "Price" DOUBLE)')
    con.executemany(
        'INSERT INTO "Ticket" VALUES (?, ?, ?, ?)',
        [(k, dt.date(2024, 3, 1) + dt.timedelta(days=k % 200), dt.time(k % 24, k % 60), 5.0 + k % 40)
         for k in range(1, 300)],
    )  # fmt: skip
    return con


def test_a_cycle_never_runs_to_a_time_of_day() -> None:
    for make, question in ((_citations, "average sales cycle in days"), (_tickets, "average ticket lifecycle in days")):
        con = make()
        decision = understand(question, build_catalog(con))
        if isinstance(decision, QueryDecision):
            con.execute(decision.sql).fetchall()  # runs: no date difference to a clock time
            assert "TIME)" not in decision.sql.upper().replace(" ", ""), decision.sql
