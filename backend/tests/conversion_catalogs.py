"""Two catalogs of figures recorded in one unit, or per repetition, for the tests of unit conversions (neither the demo
nor an eval catalog): a gym's training log in snake_case with declared keys (members, workouts with their length in
minutes, and the sets lifted in each: a weight in kilograms and the repetitions done with it), and a PascalCase running
club without declared keys (runners, runs with a distance in kilometres and a time in minutes, and strength work
logged as sets of repetitions at a load in pounds)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_DAY = dt.date(2025, 1, 6)
_EXERCISES = ("squat", "bench press", "deadlift", "overhead press", "row")


def gym_log() -> duckdb.DuckDBPyConnection:
    """Members of a gym; their workouts (date, length in minutes); the sets of each workout (the exercise, the weight
    on the bar in kilograms, the repetitions done)."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE members(member_id INTEGER PRIMARY KEY, member_name VARCHAR, home_gym VARCHAR)")
    names = ["Ada Byrne", "Tomas Field", "Keiko Marsh", "Luis Ortega", "Priya Nair", "Sven Holm"]
    con.executemany(
        "INSERT INTO members VALUES (?, ?, ?)",
        [(k, n, "North" if k % 2 else "Central") for k, n in enumerate(names, start=1)],
    )
    con.execute(
        "CREATE TABLE workouts(workout_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id), "
        "workout_date DATE, duration_min INTEGER)"
    )
    workouts = [
        (k, 1 + k % 6, _DAY + dt.timedelta(days=rnd.randrange(120)), rnd.randrange(35, 130)) for k in range(1, 61)
    ]
    con.executemany("INSERT INTO workouts VALUES (?, ?, ?, ?)", workouts)
    con.execute(
        "CREATE TABLE lift_sets(set_id INTEGER PRIMARY KEY, workout_id INTEGER REFERENCES workouts(workout_id), "
        "exercise VARCHAR, weight_kg DOUBLE, reps INTEGER)"
    )
    sets: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        exercise = rnd.choice(_EXERCISES)
        sets.append(
            (k, 1 + k % 60, exercise, rnd.choice([20.0, 40.0, 60.0, 80.0, 100.0, 120.0, 140.0]), rnd.randrange(1, 13))
        )
    con.executemany("INSERT INTO lift_sets VALUES (?, ?, ?, ?, ?)", sets)
    return con


def running_club() -> duckdb.DuckDBPyConnection:
    """Runners of a club; their runs (date, distance in kilometres, time in minutes); their strength work (the
    exercise, how many sets of how many repetitions, the load in pounds). No key is declared."""
    con = duckdb.connect()
    rnd = random.Random(34)
    con.execute('CREATE TABLE "Runners"("RunnerId" INTEGER, "RunnerName" VARCHAR, "AgeGroup" VARCHAR)')
    names = ["Mara Quinn", "Olu Adeyemi", "Ines Vidal", "Joe Park", "Hanna Berg", "Ravi Shah", "Eva Novak"]
    con.executemany(
        'INSERT INTO "Runners" VALUES (?, ?, ?)',
        [(k, n, ("U23", "Senior", "V40", "V50")[k % 4]) for k, n in enumerate(names, start=1)],
    )
    con.execute(
        'CREATE TABLE "Runs"("RunId" INTEGER, "RunnerId" INTEGER, "RunDate" DATE, "DistanceKm" DOUBLE, '
        '"DurationMin" DOUBLE)'
    )
    runs: list[tuple[Any, ...]] = []
    for k in range(1, 241):
        km = rnd.choice([round(rnd.uniform(3, 15), 2), round(rnd.uniform(17, 42.2), 2)])
        runs.append(
            (k, 1 + k % 7, _DAY + dt.timedelta(days=rnd.randrange(180)), km, round(km * rnd.uniform(4.2, 6.8), 1))
        )
    con.executemany('INSERT INTO "Runs" VALUES (?, ?, ?, ?, ?)', runs)
    con.execute(
        'CREATE TABLE "StrengthSessions"("SessionId" INTEGER, "RunnerId" INTEGER, "SessionDate" DATE, '
        '"Exercise" VARCHAR, "Sets" INTEGER, "Reps" INTEGER, "LoadLb" DOUBLE)'
    )
    strength = [
        (k, 1 + k % 7, _DAY + dt.timedelta(days=rnd.randrange(180)), rnd.choice(_EXERCISES), rnd.randrange(2, 6),
         rnd.randrange(5, 16), float(rnd.choice([45, 65, 95, 135, 185])))
        for k in range(1, 121)
    ]  # fmt: skip
    con.executemany('INSERT INTO "StrengthSessions" VALUES (?, ?, ?, ?, ?, ?, ?)', strength)
    return con
