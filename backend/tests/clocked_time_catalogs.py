"""Two catalogs whose rows are stretches of work clocked on and off, written for the analyst's clocked-time tests
(neither the demo nor an eval catalog): a snake_case harbour-pilot rota (watches begun and ended, a rate per hour,
some watches still running) and a PascalCase volunteer kitchen (sessions signed in and out)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def pilot_rota() -> duckdb.DuckDBPyConnection:
    """Pilots and the watches they stood: each watch begun and ended (timestamps, NULL while on watch), its duty and
    the pilot's rate per hour in cents."""
    con = duckdb.connect()
    rnd = random.Random(83)
    con.execute(
        "CREATE TABLE pilots(pilot_id INTEGER PRIMARY KEY, given_name VARCHAR, family_name VARCHAR, grade VARCHAR, "
        "joined_on DATE, post_title VARCHAR)"
    )
    given = ["Ines", "Tobin", "Mara", "Odile", "Rufus", "Sven", "Wren", "Kasia", "Lorne", "Pia", "Bram", "Cato"]
    pilots = [
        (
            k,
            given[k - 1],
            f"Quayle{k}",
            rnd.choice(["Senior", "Junior"]),
            dt.date(2019, 1, 1) + dt.timedelta(days=k * 90),
            ["Harbour Pilot", "Master Pilot", "Trainee Pilot"][k % 3],
        )
        for k in range(1, 13)
    ]
    con.executemany("INSERT INTO pilots VALUES (?, ?, ?, ?, ?, ?)", pilots)
    con.execute(
        "CREATE TABLE watches(watch_id INTEGER PRIMARY KEY, pilot_id INTEGER REFERENCES pilots(pilot_id), "
        "duty VARCHAR, berth VARCHAR, began_at TIMESTAMP, ended_at TIMESTAMP, rate_per_hour_cents INTEGER)"
    )
    rows = []
    for k in range(1, 601):
        pilot = rnd.randint(1, 12)
        duty = rnd.choice(["Helm", "Lookout", "Deck", "Radio"])
        began = dt.datetime(2023, 6, 1, 5) + dt.timedelta(minutes=rnd.randrange(0, 900_000))
        ended = began + dt.timedelta(minutes=rnd.randrange(120, 720))
        rate = {"Helm": 4200, "Lookout": 2600, "Deck": 2300, "Radio": 3100}[duty] + rnd.randrange(0, 400)
        rows.append((k, pilot, duty, rnd.choice(["North", "South"]), began, None if k % 97 == 0 else ended, rate))
    con.executemany("INSERT INTO watches VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def volunteer_kitchen() -> duckdb.DuckDBPyConnection:
    """Volunteers and their kitchen sessions, signed in and out (timestamps), at a station, with meals served."""
    con = duckdb.connect()
    rnd = random.Random(89)
    con.execute(
        'CREATE TABLE "Volunteer"("VolunteerId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR, '
        '"Team" VARCHAR, "RoleName" VARCHAR)'
    )
    firsts = ["Abe", "Bea", "Cy", "Dot", "Eve", "Fin", "Gus", "Hal", "Ivy", "Jo"]
    con.executemany(
        'INSERT INTO "Volunteer" VALUES (?, ?, ?, ?, ?)',
        [
            (k, firsts[k - 1], f"Ladle{k}", rnd.choice(["Morning", "Evening"]), ["Cook", "Runner"][k % 2])
            for k in range(1, 11)
        ],
    )
    con.execute(
        'CREATE TABLE "KitchenSession"("SessionId" INTEGER PRIMARY KEY, '
        '"VolunteerId" INTEGER REFERENCES "Volunteer"("VolunteerId"), "Station" VARCHAR, "SignedInAt" TIMESTAMP, '
        '"SignedOutAt" TIMESTAMP, "MealsServed" INTEGER)'
    )
    rows = []
    for k in range(1, 401):
        start = dt.datetime(2024, 1, 2, 7) + dt.timedelta(minutes=rnd.randrange(0, 500_000))
        end = start + dt.timedelta(minutes=rnd.randrange(60, 360))
        rows.append((k, rnd.randint(1, 10), rnd.choice(["Grill", "Prep", "Dishes"]), start, end, rnd.randrange(5, 90)))
    con.executemany('INSERT INTO "KitchenSession" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con
