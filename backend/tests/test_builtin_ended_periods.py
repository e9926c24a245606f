"""Rows that each run between a start and an end date, every end filled in (a team's iterations, a marketing
campaign's flights), where a name now and then repeats: no row is a "current version" of another, so a count keeps
every row and never asks for an empty end. On two catalogs written here: a snake_case iteration board and a
PascalCase campaign calendar."""

from __future__ import annotations

import datetime as dt

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def iteration_board() -> duckdb.DuckDBPyConnection:
    """40 two-week iterations of four teams, each with a planned end and the time it was completed; names reused."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE iterations(iteration_id INTEGER, iteration_name VARCHAR, team VARCHAR, state VARCHAR, "
        "start_date TIMESTAMP, end_date TIMESTAMP, completed_at TIMESTAMP)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(40):
        team = ["Falcon", "Heron", "Osprey", "Wren"][k % 4]
        start = dt.datetime(2024, 1, 1, 10) + dt.timedelta(days=14 * (k // 4))
        end = start + dt.timedelta(days=14)
        state = "closed" if k < 36 else "active"
        done = end + dt.timedelta(hours=k % 5) if state == "closed" else None
        name = f"{team} {k // 4 % 6 + 1}"  # numbers start again after six
        rows.append((k + 1, name, team, state, start, end, done))
    con.executemany("INSERT INTO iterations VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def campaign_calendar() -> duckdb.DuckDBPyConnection:
    """30 campaign flights on three channels, each with a start and an end date; a few names reused."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Campaigns"("CampaignID" INTEGER, "CampaignName" VARCHAR, "Channel" VARCHAR, '
        '"Status" VARCHAR, "StartDate" DATE, "EndDate" DATE, "Budget" DOUBLE)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(30):
        start = dt.date(2024, 1, 1) + dt.timedelta(days=10 * k)
        status = "Finished" if k < 25 else "Running"
        name = ["Spring push", "Summer sale", "Autumn deal", "Winter promo", "Launch"][k % 5] + f" {k // 10}"
        rows.append((k + 1, name, ["Radio", "Print", "Online"][k % 3], status, start, start + dt.timedelta(days=20),
                     1000.0 + 50 * k))  # fmt: skip
    con.executemany('INSERT INTO "Campaigns" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con


board = catalog_fixture(iteration_board)
calendar = catalog_fixture(campaign_calendar)


def test_rows_whose_every_end_is_filled_in_are_all_counted(board: Db, calendar: Db) -> None:
    same(board, "how many iterations has each team run (closed ones)?",
         "SELECT team, COUNT(*) FROM iterations WHERE state = 'closed' GROUP BY 1")  # fmt: skip
    same(board, "number of iterations per team", "SELECT team, COUNT(*) FROM iterations GROUP BY 1")
    same(calendar, "how many finished campaigns per channel",
         """SELECT "Channel", COUNT(*) FROM "Campaigns" WHERE "Status" = 'Finished' GROUP BY 1""")  # fmt: skip
    same(calendar, "number of campaigns by channel", 'SELECT "Channel", COUNT(*) FROM "Campaigns" GROUP BY 1')
