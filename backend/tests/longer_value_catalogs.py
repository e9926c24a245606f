"""Two catalogs written for the tests of values a question writes with a longer last word (neither the demo nor an
eval catalog): a snake_case tram operator's incident log ('Signal Fail', 'Track Obstruct') and a camelCase office
help desk ('Network Disconnect', 'Password Reset')."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def tram_incidents() -> duckdb.DuckDBPyConnection:
    """Incidents (an id, when reported, a kind in the control room's short form, the tram line, minutes of delay)."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute(
        "CREATE TABLE incidents(incident_id INTEGER PRIMARY KEY, reported_at TIMESTAMP, incident_kind VARCHAR, "
        "line_name VARCHAR, delay_minutes INTEGER)"
    )
    kinds = ["Signal Fail", "Track Obstruct", "Door Fault", "Power Outage"]
    start = dt.datetime(2024, 1, 1, 6)
    rows = [
        (k, start + dt.timedelta(hours=rnd.randrange(24 * 365)), rnd.choice(kinds), rnd.choice(["T1", "T2", "T3"]),
         rnd.randint(1, 90))
        for k in range(1, 501)
    ]  # fmt: skip
    con.executemany("INSERT INTO incidents VALUES (?, ?, ?, ?, ?)", rows)
    return con


def office_helpdesk() -> duckdb.DuckDBPyConnection:
    """Tickets (an id, when opened, a category, the desk that took it)."""
    con = duckdb.connect()
    rnd = random.Random(22)
    con.execute(
        'CREATE TABLE "supportTickets"("ticketId" INTEGER PRIMARY KEY, "openedAt" TIMESTAMP, "ticketCategory" VARCHAR, '
        '"deskName" VARCHAR)'
    )
    cats = ["Network Disconnect", "Password Reset", "Printer Jam", "Laptop Replace"]
    start = dt.datetime(2024, 3, 1, 8)
    rows = [
        (k, start + dt.timedelta(hours=rnd.randrange(24 * 200)), rnd.choice(cats), rnd.choice(["North", "South"]))
        for k in range(1, 401)
    ]
    con.executemany('INSERT INTO "supportTickets" VALUES (?, ?, ?, ?)', rows)
    return con
