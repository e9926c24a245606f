"""Two catalogs whose rows carry the dates a process starts and ends at, written for the analyst's span-measure tests
(neither the demo nor an eval catalog): a snake_case lending office (applications submitted and approved, rentals
rented and returned, readings with fractions of a second) and a PascalCase service desk (WorkOrder opened and resolved,
Subscription started and ended)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def lending() -> duckdb.DuckDBPyConnection:
    """Loan applications submitted (a timestamp) and approved (a date, NULL while pending); equipment rentals rented
    and returned (timestamps, a depot whose rentals are all still out)."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute(
        "CREATE TABLE applications(application_id INTEGER PRIMARY KEY, branch VARCHAR, requested_amount DOUBLE, "
        "submitted_at TIMESTAMP, approved_on DATE)"
    )
    apps = []
    for k in range(1, 301):
        sent = dt.datetime(2024, 1, 1, 8) + dt.timedelta(
            minutes=rnd.randrange(500000), microseconds=rnd.randrange(10**6)
        )
        approved = (sent + dt.timedelta(hours=rnd.randrange(10, 900))).date() if rnd.random() < 0.7 else None
        apps.append((k, rnd.choice(["North", "South", "Harbour"]), round(rnd.uniform(1e3, 5e4), 2), sent, approved))
    con.executemany("INSERT INTO applications VALUES (?, ?, ?, ?, ?)", apps)
    con.execute(
        "CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, depot VARCHAR, fee DOUBLE, rented_at TIMESTAMP, "
        "returned_at TIMESTAMP)"
    )
    rows = []
    for k in range(1, 401):
        depot = rnd.choice(["Quay", "Mill", "Yard"])
        out = dt.datetime(2024, 3, 1, 7) + dt.timedelta(minutes=rnd.randrange(200000), seconds=rnd.random() * 59)
        back = out + dt.timedelta(minutes=rnd.randrange(90, 9000), seconds=rnd.random() * 59)
        rows.append((k, depot, round(rnd.uniform(20, 400), 2), out, None if depot == "Yard" else back))
    con.executemany("INSERT INTO rentals VALUES (?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE courses(course_id INTEGER PRIMARY KEY, title VARCHAR, begins_at TIMESTAMP)")
    con.executemany(
        "INSERT INTO courses VALUES (?, ?, ?)",
        [(i, f"Course {i}", dt.datetime(2024, 5, 1, 9) + dt.timedelta(days=7 * i)) for i in range(1, 21)],
    )
    con.execute(
        "CREATE TABLE enrolments(enrolment_id INTEGER PRIMARY KEY, course_id INTEGER REFERENCES courses(course_id), "
        "channel VARCHAR, paid_at TIMESTAMP, created_at TIMESTAMP)"
    )
    enrolled = []
    for k in range(1, 301):
        course = rnd.randint(1, 20)
        begins = dt.datetime(2024, 5, 1, 9) + dt.timedelta(days=7 * course)
        made = begins - dt.timedelta(minutes=rnd.randrange(60, 40000))
        enrolled.append(
            (k, course, rnd.choice(["web", "phone"]), made + dt.timedelta(hours=rnd.randrange(1, 48)), made)
        )
    con.executemany("INSERT INTO enrolments VALUES (?, ?, ?, ?, ?)", enrolled)
    return con


def service_desk() -> duckdb.DuckDBPyConnection:
    """Work orders opened and resolved (timestamps with fractions of a second; one crew resolves nothing yet);
    subscriptions started and ended (dates, NULL while running)."""
    con = duckdb.connect()
    rnd = random.Random(67)
    con.execute(
        'CREATE TABLE "WorkOrder"("Id" INTEGER PRIMARY KEY, "Priority" VARCHAR, "Crew" VARCHAR, "Cost" DOUBLE, '
        '"OpenedAt" TIMESTAMP, "ResolvedAt" TIMESTAMP)'
    )
    orders = []
    for k in range(1, 351):
        crew = rnd.choice(["Alpha", "Bravo", "Delta"])
        opened = dt.datetime(2024, 2, 1, 6) + dt.timedelta(
            seconds=rnd.randrange(8_000_000), microseconds=rnd.randrange(10**6)
        )
        resolved = opened + dt.timedelta(seconds=rnd.randrange(600, 400_000), microseconds=rnd.randrange(10**6))
        orders.append((k, rnd.choice(["Low", "High"]), crew, round(rnd.uniform(50, 900), 2), opened,
                       None if crew == "Delta" else resolved))  # fmt: skip
    con.executemany('INSERT INTO "WorkOrder" VALUES (?, ?, ?, ?, ?, ?)', orders)
    con.execute(
        'CREATE TABLE "Subscription"("Id" INTEGER PRIMARY KEY, "Plan" VARCHAR, "MonthlyFee" DOUBLE, '
        '"StartDate" DATE, "EndDate" DATE)'
    )
    subs = []
    for k in range(1, 251):
        start = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(900))
        end = start + dt.timedelta(days=rnd.randrange(30, 600)) if rnd.random() < 0.6 else None
        subs.append((k, rnd.choice(["Basic", "Plus", "Pro"]), rnd.choice([9.0, 19.0, 39.0]), start, end))
    con.executemany('INSERT INTO "Subscription" VALUES (?, ?, ?, ?, ?)', subs)
    con.execute('CREATE TABLE "Flight"("Id" INTEGER PRIMARY KEY, "FlightNo" VARCHAR, "DepartsAt" TIMESTAMP)')
    con.executemany(
        'INSERT INTO "Flight" VALUES (?, ?, ?)',
        [(i, f"FX{100 + i}", dt.datetime(2024, 6, 1, 6) + dt.timedelta(hours=13 * i)) for i in range(1, 41)],
    )
    con.execute(
        'CREATE TABLE "Reservation"("Id" INTEGER PRIMARY KEY, "FlightId" INTEGER REFERENCES "Flight"("Id"), '
        '"Channel" VARCHAR, "CheckedInAt" TIMESTAMP, "CreatedOn" TIMESTAMP)'
    )
    booked = []
    for k in range(1, 401):
        flight = rnd.randint(1, 40)
        departs = dt.datetime(2024, 6, 1, 6) + dt.timedelta(hours=13 * flight)
        made = departs - dt.timedelta(minutes=rnd.randrange(120, 60000))
        booked.append((k, flight, rnd.choice(["App", "Agent"]), departs - dt.timedelta(hours=2), made))
    con.executemany('INSERT INTO "Reservation" VALUES (?, ?, ?, ?, ?)', booked)
    return con
