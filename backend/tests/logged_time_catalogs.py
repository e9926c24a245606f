"""Two catalogs written for the tests of people named by their role, amounts of time logged and rows still open
(neither the demo nor an eval catalog): a snake_case neighbourhood repair cooperative whose text member codes are keys
nobody declared (cases reported by one member and handled by another, closed on a date or still open, time worked on
them logged in seconds) and a camelCase print studio with declared keys (jobs ordered by one staff member and owned by
another, finished or not, minutes spent on them logged per staff member)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_START = dt.datetime(2024, 1, 8, 9)


def repair_coop() -> duckdb.DuckDBPyConnection:
    """Members (a text code, a name, whether still active); cases (a kind, an urgency, opened and maybe closed, the
    member who raised it and the one handling it); time entries of members on cases, in seconds."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE members(member_code VARCHAR, display_name VARCHAR, active BOOLEAN)")
    names = ["Ines Vale", "Tomas Reed", "Ada Kerr", "Bo Lund", "Cy Marsh", "Di Fenn", "Ed Hale"]
    members = [(f"m-{k:03d}-x", n, k != 6) for k, n in enumerate(names, start=1)]
    con.executemany("INSERT INTO members VALUES (?, ?, ?)", members)
    con.execute(
        "CREATE TABLE cases(case_ref VARCHAR, title VARCHAR, kind VARCHAR, urgency VARCHAR, opened_at TIMESTAMP, "
        "closed_at TIMESTAMP, handler_code VARCHAR, reporter_code VARCHAR)"
    )
    cases: list[tuple[Any, ...]] = []
    for k in range(1, 121):
        opened = _START + dt.timedelta(hours=rnd.randrange(24 * 300))
        closed = opened + dt.timedelta(hours=rnd.randrange(2, 400)) if rnd.random() < 0.7 else None
        handler = members[rnd.randrange(7)][0] if rnd.random() < 0.85 else None
        raiser = members[rnd.randrange(7)][0]
        kind, urgency = rnd.choice(["Leak", "Draught", "Lock"]), rnd.choice(["Low", "Normal", "Urgent"])
        cases.append((f"RC-{k}", f"case {k}", kind, urgency, opened, closed, handler, raiser))
    con.executemany("INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cases)
    con.execute(
        "CREATE TABLE time_entries(entry_id INTEGER, case_ref VARCHAR, member_code VARCHAR, logged_at TIMESTAMP, "
        "seconds_worked INTEGER)"
    )
    con.execute("COMMENT ON COLUMN time_entries.seconds_worked IS 'time worked in seconds'")
    entries = [
        (
            k,
            cases[rnd.randrange(120)][0],
            members[rnd.randrange(6)][0],
            _START + dt.timedelta(hours=rnd.randrange(24 * 300)),
            rnd.choice([900, 1800, 3600, 5400, 7200]),
        )
        for k in range(1, 301)
    ]
    con.executemany("INSERT INTO time_entries VALUES (?, ?, ?, ?, ?)", entries)
    con.execute("CREATE TABLE case_changes(change_id INTEGER, case_ref VARCHAR, field VARCHAR, changed_at TIMESTAMP)")
    changes = [
        (k, cases[rnd.randrange(120)][0], rnd.choice(["urgency", "kind"]), _START + dt.timedelta(hours=k))
        for k in range(1, 401)
    ]
    con.executemany("INSERT INTO case_changes VALUES (?, ?, ?, ?)", changes)
    con.execute("COMMENT ON COLUMN case_changes.field IS 'the changed field: urgency or kind'")
    # Rotas of several members share a name; each ran from a start to an end, all ended or still running by state.
    con.execute(
        "CREATE TABLE rotas(rota_id INTEGER, rota_name VARCHAR, member_code VARCHAR, state VARCHAR, "
        "start_date DATE, end_date DATE)"
    )
    rotas = [
        (k, f"Rota {'ABC'[k % 3]}", members[k % 7][0], "active" if k % 4 == 0 else "ended",
         dt.date(2024, 1, 1) + dt.timedelta(days=7 * k), dt.date(2024, 1, 1) + dt.timedelta(days=7 * k + 28))
        for k in range(1, 25)
    ]  # fmt: skip
    con.executemany("INSERT INTO rotas VALUES (?, ?, ?, ?, ?, ?)", rotas)
    return con


def print_studio() -> duckdb.DuckDBPyConnection:
    """Staff (declared key, a name); jobs (a format, created and maybe finished, ordered by one staff member and owned
    by another); work logs of staff on jobs, in minutes."""
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute("CREATE TABLE staff(staffId VARCHAR PRIMARY KEY, fullName VARCHAR, timeZone VARCHAR)")
    people = [("S1", "Mara Holt", "Europe/Oslo"), ("S2", "Jon Pike", "Europe/Rome"), ("S3", "Lea Stone", "Asia/Tokyo"),
              ("S4", "Kit Amos", "Europe/Rome"), ("S5", "Ola Finch", "Asia/Tokyo")]  # fmt: skip
    con.executemany("INSERT INTO staff VALUES (?, ?, ?)", people)
    con.execute(
        "CREATE TABLE jobs(jobId INTEGER PRIMARY KEY, jobTitle VARCHAR, format VARCHAR, createdAt TIMESTAMP, "
        "finishedAt TIMESTAMP, ownerId VARCHAR REFERENCES staff(staffId), "
        "orderedById VARCHAR REFERENCES staff(staffId))"
    )
    jobs: list[tuple[Any, ...]] = []
    for k in range(1, 91):
        created = _START + dt.timedelta(hours=rnd.randrange(24 * 200))
        finished = created + dt.timedelta(hours=rnd.randrange(3, 200)) if rnd.random() < 0.6 else None
        owner = people[rnd.randrange(5)][0] if rnd.random() < 0.9 else None
        fmt = rnd.choice(["Poster", "Flyer", "Banner"])
        jobs.append((k, f"job {k}", fmt, created, finished, owner, people[rnd.randrange(5)][0]))
    con.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?)", jobs)
    con.execute(
        "CREATE TABLE workLogs(logId INTEGER PRIMARY KEY, jobId INTEGER REFERENCES jobs(jobId), "
        "staffId VARCHAR REFERENCES staff(staffId), loggedAt TIMESTAMP, minutesSpent INTEGER)"
    )
    con.execute("COMMENT ON COLUMN workLogs.minutesSpent IS 'time spent in minutes'")
    logs = [
        (k, 1 + rnd.randrange(90), people[rnd.randrange(5)][0], _START + dt.timedelta(hours=rnd.randrange(24 * 200)),
         rnd.choice([15, 30, 45, 60, 90, 120]))
        for k in range(1, 251)
    ]  # fmt: skip
    con.executemany("INSERT INTO workLogs VALUES (?, ?, ?, ?, ?)", logs)
    con.execute("ALTER TABLE jobs ADD COLUMN priority VARCHAR")
    con.execute("UPDATE jobs SET priority = ['Low', 'High', 'Rush'][1 + jobId % 3]")
    con.execute("ALTER TABLE staff ADD COLUMN active BOOLEAN")
    con.execute("UPDATE staff SET active = staffId <> 'S4'")
    con.execute(
        "CREATE TABLE jobEvents(eventId INTEGER PRIMARY KEY, jobId INTEGER REFERENCES jobs(jobId), "
        "attribute VARCHAR, changedAt TIMESTAMP)"
    )
    events = [(k, 1 + rnd.randrange(90), rnd.choice(["format", "priority"]), _START + dt.timedelta(hours=k))
              for k in range(1, 301)]  # fmt: skip
    con.executemany("INSERT INTO jobEvents VALUES (?, ?, ?, ?)", events)
    con.execute("COMMENT ON COLUMN jobEvents.attribute IS 'the changed field: format or priority'")
    con.execute(
        "CREATE TABLE presses(pressId INTEGER PRIMARY KEY, pressName VARCHAR, "
        "operatorId VARCHAR REFERENCES staff(staffId), status VARCHAR)"
    )
    presses = [(k, f"Press {k}", people[k % 5][0], ["active", "idle", "broken"][k % 3]) for k in range(1, 13)]
    con.executemany("INSERT INTO presses VALUES (?, ?, ?, ?)", presses)
    return con
