"""Two single wide tables of the kind people upload as a CSV, written for the tests of gallery wording (neither the demo
nor an eval catalog): a PascalCase gym membership export (one row per member: branch, plan, yes/no columns, a fee, a
join year), a snake_case orchard survey (one row per tree and survey year: orchard, variety, measures, a Y/N flag) and
a snake_case parking ticket log (one row per ticket)."""

from __future__ import annotations

import random
from typing import Any

import duckdb

_BRANCHES = ["Northgate", "Riverside", "Old Town", "Hillcrest"]
_PLANS = ["Basic", "Plus", "Premium"]


def gym_members() -> duckdb.DuckDBPyConnection:
    """Members with a branch, a plan, Yes/No "Churn" and "OffPeak", a monthly and a joining fee, visits, an age and a join year."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute(
        'CREATE TABLE "GymMembers"("MemberId" INTEGER, "Branch" VARCHAR, "Plan" VARCHAR, "Churn" VARCHAR, '
        '"OffPeak" VARCHAR, "MonthlyFee" DOUBLE, "JoiningFee" DOUBLE, "VisitsPerMonth" INTEGER, "Age" INTEGER, "JoinYear" INTEGER)'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        branch, plan = rnd.choice(_BRANCHES), rnd.choice(_PLANS)
        fee = {"Basic": 19.0, "Plus": 29.0, "Premium": 49.0}[plan] + rnd.choice([0.0, 5.0])
        visits = rnd.randint(0, 20)
        churn = "Yes" if rnd.random() < (0.35 if visits < 5 else 0.1) + (0.1 if branch == "Old Town" else 0) else "No"
        renew = "Yes" if rnd.random() < 0.6 else "No"
        joining, age, joined = rnd.choice([0.0, 25.0, 50.0]), rnd.randint(18, 70), rnd.randint(1988, 2024)
        rows.append((k, branch, plan, churn, renew, fee, joining, visits, age, joined))
    con.executemany('INSERT INTO "GymMembers" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', rows)
    return con


_ORCHARDS = ["Ashby", "Brampton", "Carrow"]
_VARIETIES = ["Bramley", "Cox", "Gala", "Jazz"]


def orchard_survey() -> duckdb.DuckDBPyConnection:
    """Trees surveyed once a year (2015–2023): orchard, variety, planted year, height, crown width, yield and a Y/N blight flag."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute(
        "CREATE TABLE orchard_survey(tree_no INTEGER, orchard VARCHAR, variety VARCHAR, survey_year INTEGER, "
        "planted_year INTEGER, height_cm DOUBLE, crown_width_cm DOUBLE, yield_kg DOUBLE, blight VARCHAR, irrigated VARCHAR)"
    )
    rows: list[tuple[Any, ...]] = []
    for tree in range(1, 61):
        orchard, variety = rnd.choice(_ORCHARDS), rnd.choice(_VARIETIES)
        planted, watered = rnd.randint(1962, 2012), rnd.choice(["Y", "N"])
        for year in range(2015, 2024):
            height = round(150 + 9 * (year - planted) ** 0.8 + rnd.gauss(0, 20), 1)
            crop = round(max(0.0, 20 + (year - 2015) * (2 if orchard == "Carrow" else 0.5) + rnd.gauss(0, 6)), 1)
            sick = "Y" if rnd.random() < (0.3 if variety == "Cox" else 0.12) else "N"
            crown = round(height * rnd.uniform(0.4, 0.7), 1)
            rows.append((tree, orchard, variety, year, planted, height, crown, crop, sick, watered))
    con.executemany("INSERT INTO orchard_survey VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


_STREETS = ["High Street", "Mill Lane", "Station Road", "Church Row", "Quay Side"]


def parking_tickets() -> duckdb.DuckDBPyConnection:
    """Tickets by id with a street, a fine, an issue year and Y/N paid and over_stay flags."""
    con = duckdb.connect()
    rnd = random.Random(59)
    con.execute(
        "CREATE TABLE parking_tickets(ticket_id INTEGER, street VARCHAR, fine_amount DOUBLE, issue_year INTEGER, "
        "paid VARCHAR, over_stay VARCHAR)"
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(300):
        street, over = rnd.choice(_STREETS), "Y" if rnd.random() < 0.25 else "N"
        fine = rnd.choice([35.0, 50.0, 70.0]) + (20.0 if over == "Y" else 0.0)
        rows.append((70001 + 3 * k, street, fine, rnd.randint(2019, 2024), rnd.choice(["Y", "Y", "N"]), over))
    con.executemany("INSERT INTO parking_tickets VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con
