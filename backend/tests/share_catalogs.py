"""Two catalogs written for the tests of shares, rates and several aggregates (neither is the demo nor an eval
catalog): a bike-share scheme in prefixed snake_case with declared keys and a coded status explained in a comment,
and a tutoring marketplace in camelCase with no declared keys and a coded status explained likewise."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def bike_share() -> duckdb.DuckDBPyConnection:
    """Docks in districts, riders on plans with a home country, and rides between two timestamps with a coded status
    (C completed, A aborted, L lost), a fee, a distance and an optional rating."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute("CREATE TABLE stn_dock(stn_id INTEGER PRIMARY KEY, stn_name VARCHAR, stn_district VARCHAR)")
    districts = ["Harbour", "Old Town", "Uplands"]
    con.executemany(
        "INSERT INTO stn_dock VALUES (?, ?, ?)", [(i, f"Dock {i:02d}", districts[i % 3]) for i in range(1, 16)]
    )
    con.execute(
        "CREATE TABLE rdr_rider(rdr_id INTEGER PRIMARY KEY, rdr_code VARCHAR, rdr_plan VARCHAR, rdr_country VARCHAR)"
    )
    plans = ["Basic", "Plus", "Premier"]
    countries = ["Norway", "Chile", "Kenya", "Japan", "Peru", "Ghana", "Nepal", "Malta", "Fiji", "Laos", "Oman", "Togo"]
    con.executemany(
        "INSERT INTO rdr_rider VALUES (?, ?, ?, ?)",
        [(i, f"R{i:04d}", plans[i % 3], countries[(i * 7) % 12]) for i in range(1, 301)],
    )
    con.execute(
        "CREATE TABLE ride_log(ride_id INTEGER PRIMARY KEY, stn_id INTEGER REFERENCES stn_dock(stn_id), "
        "rdr_id INTEGER REFERENCES rdr_rider(rdr_id), start_ts TIMESTAMP, end_ts TIMESTAMP, "
        "status_cd VARCHAR, fee_amt DECIMAL(8,2), dist_km DOUBLE, rating INTEGER, src_channel VARCHAR, abort_ts TIMESTAMP)"
    )
    con.execute("COMMENT ON COLUMN ride_log.status_cd IS 'C = completed, A = aborted, L = lost'")
    con.execute("COMMENT ON COLUMN ride_log.abort_ts IS 'only when the ride was aborted'")
    rides: list[tuple[Any, ...]] = []
    for k in range(1, 3001):
        start = dt.datetime(2023, 1, 1, 6) + dt.timedelta(minutes=rnd.randrange(700 * 24 * 60))
        end = start + dt.timedelta(minutes=rnd.randint(4, 90))
        status = rnd.choice("CCCCCCAL")
        rides.append(
            (k, rnd.randint(1, 15), rnd.randint(1, 300), start, end, status,
             round(rnd.uniform(1, 40), 2), round(rnd.uniform(0.5, 25), 1),
             rnd.choice([None, 1, 2, 3, 4, 5]), rnd.choice(["App", "Kiosk", "Web"]), end if status == "A" else None)
        )  # fmt: skip
    con.executemany("INSERT INTO ride_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rides)
    return con


def tutoring() -> duckdb.DuckDBPyConnection:
    """Tutors in subject areas and tiers, students in home cities, and lessons with a coded status (D done, C called
    off, P pending), a fee, a length in minutes, a rating and a booking channel; keys shared by name only."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute('CREATE TABLE tutors("tutorId" INTEGER, "tutorName" VARCHAR, "subjectArea" VARCHAR, tier VARCHAR)')
    areas = ["Maths", "Music", "Languages", "Chemistry"]
    con.executemany(
        "INSERT INTO tutors VALUES (?, ?, ?, ?)",
        [(i, f"Tutor {i:02d}", areas[i % 4], ["Junior", "Senior"][i % 2]) for i in range(1, 25)],
    )
    con.execute('CREATE TABLE students("studentId" INTEGER, "studentName" VARCHAR, "homeCity" VARCHAR)')
    cities = ["Quito", "Tartu", "Dakar", "Perth", "Cork", "Split", "Turku", "Graz", "Bergamo", "Aarhus", "Ghent"]
    con.executemany(
        "INSERT INTO students VALUES (?, ?, ?)",
        [(i, f"Student {i:03d}", cities[(i * 5) % 11]) for i in range(1, 401)],
    )
    con.execute(
        'CREATE TABLE lessons("lessonId" INTEGER, "tutorId" INTEGER, "studentId" INTEGER, "bookedAt" TIMESTAMP, '
        '"lessonDate" DATE, "statusCode" VARCHAR, "feeAmount" DOUBLE, "lengthMins" INTEGER, rating INTEGER, '
        '"bookingChannel" VARCHAR, "cancellationDate" DATE)'
    )
    con.execute("COMMENT ON COLUMN lessons.\"statusCode\" IS 'D = done, C = cancelled, P = pending'")
    con.execute("COMMENT ON COLUMN lessons.\"cancellationDate\" IS 'when the lesson was not cancelled'")
    lessons: list[tuple[Any, ...]] = []
    for k in range(1, 2501):
        booked = dt.datetime(2022, 3, 1, 7) + dt.timedelta(minutes=rnd.randrange(600 * 24 * 60))
        held = booked.date() + dt.timedelta(days=rnd.randint(0, 40))
        status = rnd.choice("DDDDDCCP")
        lessons.append(
            (k, rnd.randint(1, 24), rnd.randint(1, 400), booked, held, status,
             round(rnd.uniform(15, 90), 2), rnd.choice([30, 45, 60, 90]), rnd.randint(1, 5),
             rnd.choice(["Phone", "Website", "Referral"]), booked.date() if status == "C" else None)
        )  # fmt: skip
    con.executemany("INSERT INTO lessons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lessons)
    return con
