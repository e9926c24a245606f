"""Two catalogs shaped like application databases, written for the tests of conventions such databases follow (neither
the demo nor an eval catalog): a snake_case climbing gym with declared keys (members whose names live in an account
table, coaches with split names, bookings priced in cents, a route log with abbreviated columns explained by comments)
and a camelCase allotment society without any (gardeners whose names live in a people table, plants of kinds,
harvests valued in pence, a weather log with abbreviated columns explained by comments)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_FIRST = ["Ada", "Bo", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena"]
_LAST = ["Quill", "Reyes", "Dunn", "Marsh", "Holt", "Lang", "Okoro", "Silva", "Berg", "Novak", "Ortiz"]


def climbing_gym() -> duckdb.DuckDBPyConnection:
    """Accounts with split names; members (one per account) on a tier; coaches with split names; bookings of classes
    by members with a coach, priced in cents; advertising spend in micros; route sessions with abbreviated counts
    explained by comments."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute(
        "CREATE TABLE app_user(user_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, email VARCHAR, "
        "signup_date DATE)"
    )
    users: list[tuple[Any, ...]] = []
    for i in range(1, 121):
        first, last = _FIRST[i % 12], _LAST[(i * 5) % 11]
        users.append((i, first, last, f"u{i}@example.org", dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(500))))
    users.append((121, "Ada", "Quill", "u121@example.org", dt.date(2023, 1, 1)))  # a namesake of another account
    con.executemany("INSERT INTO app_user VALUES (?, ?, ?, ?, ?)", users)
    con.execute(
        "CREATE TABLE member(member_id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES app_user(user_id), "
        "tier VARCHAR, joined_on DATE)"
    )
    con.executemany(
        "INSERT INTO member VALUES (?, ?, ?, ?)",
        [(100 + i, i, ["Bronze", "Silver", "Gold"][i % 3], dt.date(2022, 6, 1) + dt.timedelta(days=i)) for i in
         range(1, 122)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE coach(coach_id INTEGER PRIMARY KEY, given_name VARCHAR, family_name VARCHAR, "
        "specialty VARCHAR, age INTEGER)"
    )
    coaches = [(1, "Mira", "Stone", "Bouldering", 34), (2, "Tom", "Reed", "Lead", 41), (3, "Ines", "Falk", "Lead", 29),
               (4, "Omar", "Vale", "Speed", 38), (5, "Tom", "Reed", "Bouldering", 52)]  # fmt: skip
    con.executemany("INSERT INTO coach VALUES (?, ?, ?, ?, ?)", coaches)
    con.execute(
        "CREATE TABLE booking(booking_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES member(member_id), "
        "coach_id INTEGER REFERENCES coach(coach_id), class_kind VARCHAR, booked_at TIMESTAMP, price_cents INTEGER)"
    )
    bookings: list[tuple[Any, ...]] = []
    for k in range(1, 1501):
        member = 100 + min(121, int(rnd.paretovariate(1.2)) + rnd.randint(0, 60))
        bookings.append(
            (k, member, rnd.randint(1, 5), rnd.choice(["Intro", "Technique", "Strength", "Youth"]),
             dt.datetime(2023, 1, 1, 8) + dt.timedelta(hours=rnd.randrange(700 * 24)), rnd.choice([1500, 2250, 3000]))
        )  # fmt: skip
    con.executemany("INSERT INTO booking VALUES (?, ?, ?, ?, ?, ?)", bookings)
    con.execute(
        "CREATE TABLE route_session(session_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES member(member_id), "
        "session_date DATE, snd INTEGER, fl INTEGER, att INTEGER)"
    )
    con.execute("COMMENT ON COLUMN route_session.snd IS 'routes sent'")
    con.execute("COMMENT ON COLUMN route_session.fl IS 'falls'")
    con.execute("COMMENT ON COLUMN route_session.att IS 'attempts'")
    con.execute("CREATE TABLE ad_spend(spend_id INTEGER PRIMARY KEY, spend_day DATE, campaign VARCHAR, "
                "cost_micros BIGINT)")  # fmt: skip
    con.executemany(
        "INSERT INTO ad_spend VALUES (?, ?, ?, ?)",
        [(k, dt.date(2023, 1, 1) + dt.timedelta(days=k // 3), ["Spring", "Summer", "Autumn"][k % 3],
          rnd.randint(1_000_000, 90_000_000)) for k in range(1, 301)],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO route_session VALUES (?, ?, ?, ?, ?, ?)",
        [(k, 100 + rnd.randint(1, 121), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(600)),
          rnd.randint(0, 12), rnd.randint(0, 30), rnd.randint(1, 40)) for k in range(1, 801)],
    )  # fmt: skip
    return con


def allotments() -> duckdb.DuckDBPyConnection:
    """People with split names and an age; gardeners (one per person) on plots; plants of kinds grown by gardeners;
    harvests by gardeners valued in pence; a weather log with abbreviated columns explained by comments. No keys."""
    con = duckdb.connect()
    rnd = random.Random(67)
    con.execute('CREATE TABLE people("personId" INTEGER, "firstName" VARCHAR, "lastName" VARCHAR, age INTEGER)')
    people = [(i, _FIRST[(i * 7) % 12], _LAST[i % 11], rnd.randint(19, 88)) for i in range(1, 81)]
    people.append((81, people[0][1], people[0][2], 60))  # a namesake
    con.executemany("INSERT INTO people VALUES (?, ?, ?, ?)", people)
    con.execute('CREATE TABLE gardeners("gardenerId" INTEGER, "personId" INTEGER, "plotNumber" INTEGER, '
                '"joinedOn" DATE, "annualFee" INTEGER)')  # fmt: skip
    con.execute("COMMENT ON COLUMN gardeners.\"annualFee\" IS 'membership fee per year, in pence'")
    con.executemany(
        "INSERT INTO gardeners VALUES (?, ?, ?, ?, ?)",
        [(500 + i, i, 1000 + i, dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3000)),
          rnd.choice([2500, 4000, 5500])) for i in range(1, 82)],
    )  # fmt: skip
    con.execute('CREATE TABLE plants("plantId" INTEGER, "gardenerId" INTEGER, "plantKind" VARCHAR, "sownOn" DATE)')
    kinds = ["Tomato", "Bean", "Leek", "Squash", "Potato", "Onion"]
    plants: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        g = 500 + rnd.randint(1, 66)  # gardeners 567 … 581 grow nothing
        plants.append((k, g, rnd.choice(kinds), dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(90))))
    con.executemany("INSERT INTO plants VALUES (?, ?, ?, ?)", plants)
    con.execute(
        'CREATE TABLE harvests("harvestId" INTEGER, "gardenerId" INTEGER, "harvestedOn" DATE, "weightGrams" INTEGER, '
        '"valuePence" INTEGER)'
    )
    con.executemany(
        "INSERT INTO harvests VALUES (?, ?, ?, ?, ?)",
        [(k, 500 + rnd.randint(1, 70), dt.date(2023, 6, 1) + dt.timedelta(days=rnd.randrange(150)),
          rnd.randint(100, 5000), rnd.randint(50, 2500)) for k in range(1, 901)],
    )  # fmt: skip
    con.execute('CREATE TABLE "weatherLog"("logId" INTEGER, "logDate" DATE, "rf" DOUBLE, "sh" DOUBLE, "gst" DOUBLE)')
    con.execute("COMMENT ON COLUMN \"weatherLog\".rf IS 'rainfall in millimetres'")
    con.execute("COMMENT ON COLUMN \"weatherLog\".sh IS 'sunshine hours'")
    con.execute("COMMENT ON COLUMN \"weatherLog\".gst IS 'strongest gust, km per hour'")
    con.executemany(
        'INSERT INTO "weatherLog" VALUES (?, ?, ?, ?, ?)',
        [(k, dt.date(2023, 1, 1) + dt.timedelta(days=k), round(rnd.uniform(0, 30), 1), round(rnd.uniform(0, 14), 1),
          round(rnd.uniform(5, 90), 1)) for k in range(0, 365)],
    )  # fmt: skip
    return con
