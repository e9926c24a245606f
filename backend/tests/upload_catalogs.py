"""Two single wide tables of the kind people upload as a CSV, written for the tests of gallery wording (neither the demo
nor an eval catalog): a PascalCase gym membership export (one row per member: branch, plan, yes/no columns, a fee, a
join year) and a snake_case orchard survey (one row per tree and survey year: orchard, variety, measures, a Y/N flag)."""

from __future__ import annotations

import random
from typing import Any

import duckdb

_BRANCHES = ["Northgate", "Riverside", "Old Town", "Hillcrest"]
_PLANS = ["Basic", "Plus", "Premium"]


def gym_members() -> duckdb.DuckDBPyConnection:
    """Members with a branch, a plan, Yes/No "Churn" and "AutoRenew", a monthly fee, visits, an age and a join year."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute(
        'CREATE TABLE "GymMembers"("MemberId" INTEGER, "Branch" VARCHAR, "Plan" VARCHAR, "Churn" VARCHAR, '
        '"AutoRenew" VARCHAR, "MonthlyFee" DOUBLE, "VisitsPerMonth" INTEGER, "Age" INTEGER, "JoinYear" INTEGER)'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        branch, plan = rnd.choice(_BRANCHES), rnd.choice(_PLANS)
        fee = {"Basic": 19.0, "Plus": 29.0, "Premium": 49.0}[plan] + rnd.choice([0.0, 5.0])
        visits = rnd.randint(0, 20)
        churn = "Yes" if rnd.random() < (0.35 if visits < 5 else 0.1) + (0.1 if branch == "Old Town" else 0) else "No"
        renew = "Yes" if rnd.random() < 0.6 else "No"
        rows.append((k, branch, plan, churn, renew, fee, visits, rnd.randint(18, 70), rnd.randint(1988, 2024)))
    con.executemany('INSERT INTO "GymMembers" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', rows)
    return con


_ORCHARDS = ["Ashby", "Brampton", "Carrow"]
_VARIETIES = ["Bramley", "Cox", "Gala", "Jazz"]


def orchard_survey() -> duckdb.DuckDBPyConnection:
    """Trees surveyed once a year (2015–2023): orchard, variety, planted year, height, yield and a Y/N blight flag."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute(
        "CREATE TABLE orchard_survey(tree_no INTEGER, orchard VARCHAR, variety VARCHAR, survey_year INTEGER, "
        "planted_year INTEGER, height_cm DOUBLE, yield_kg DOUBLE, blight VARCHAR, irrigated VARCHAR)"
    )
    rows: list[tuple[Any, ...]] = []
    for tree in range(1, 61):
        orchard, variety = rnd.choice(_ORCHARDS), rnd.choice(_VARIETIES)
        planted, watered = rnd.randint(1962, 2012), rnd.choice(["Y", "N"])
        for year in range(2015, 2024):
            height = round(150 + 9 * (year - planted) ** 0.8 + rnd.gauss(0, 20), 1)
            crop = round(max(0.0, 20 + (year - 2015) * (2 if orchard == "Carrow" else 0.5) + rnd.gauss(0, 6)), 1)
            sick = "Y" if rnd.random() < (0.3 if variety == "Cox" else 0.12) else "N"
            rows.append((tree, orchard, variety, year, planted, height, crop, sick, watered))
    con.executemany("INSERT INTO orchard_survey VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con
