"""Catalogs written for the tests of the mends after a review (neither is the demo nor an eval catalog): a snake_case
stationery shop (customers, orders taken through a channel, returns of orders) with declared keys, a PascalCase
ferry booking office (members, bookings handled by a clerk, cancellations) with declared keys, a snake_case hockey
league and a PascalCase chess club whose fixtures not yet played have no score, and a snake_case tea estate and a
PascalCase network of surgeries whose figures per group are ratios under 1."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def stationery() -> duckdb.DuckDBPyConnection:
    """Customers in towns, orders taken by web, phone or in store over 2024, and returns of some orders."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, town VARCHAR)")
    towns = ["Brackley", "Ostwick", "Fenmoor"]
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?)", [(i, f"Customer {i:03d}", towns[i % 3]) for i in range(1, 61)]
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "order_date DATE, channel VARCHAR, amount DECIMAL(8,2))"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(366))
        channel = rnd.choice(["web", "phone", "store"])
        orders.append((k, rnd.randint(1, 50), day, channel, round(rnd.uniform(3, 90), 2)))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", orders)
    con.execute(
        "CREATE TABLE returns(return_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "return_date DATE, reason VARCHAR)"
    )
    returned = rnd.sample(range(1, 401), 70)
    con.executemany(
        "INSERT INTO returns VALUES (?, ?, ?, ?)",
        [(i + 1, o, orders[o - 1][2] + dt.timedelta(days=rnd.randint(2, 20)), rnd.choice(["Damaged", "Late"]))
         for i, o in enumerate(returned)],
    )  # fmt: skip
    return con


def ferry_office() -> duckdb.DuckDBPyConnection:
    """Members in ports, bookings handled by one of four clerks over 2023, and cancellations of some bookings."""
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "HomePort" VARCHAR)')
    ports = ["Skerrin", "Dunmore", "Carrow", "Inchbeg"]
    con.executemany(
        'INSERT INTO "Members" VALUES (?, ?, ?)', [(i, f"Member {i:03d}", ports[i % 4]) for i in range(1, 81)]
    )
    con.execute(
        'CREATE TABLE "Bookings"("BookingId" INTEGER PRIMARY KEY, "MemberId" INTEGER REFERENCES "Members"("MemberId"), '
        '"BookedOn" DATE, "Clerk" VARCHAR, "Fare" DECIMAL(8,2))'
    )
    bookings: list[tuple[Any, ...]] = []
    for k in range(1, 501):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(365))
        clerk = rnd.choice(["Oona", "Padraig", "Siobhan", "Tadhg"])
        bookings.append((k, rnd.randint(1, 70), day, clerk, round(rnd.uniform(10, 120), 2)))
    con.executemany('INSERT INTO "Bookings" VALUES (?, ?, ?, ?, ?)', bookings)
    con.execute(
        'CREATE TABLE "Cancellations"("CancellationId" INTEGER PRIMARY KEY, '
        '"BookingId" INTEGER REFERENCES "Bookings"("BookingId"), "CancelledOn" DATE)'
    )
    cancelled = rnd.sample(range(1, 501), 90)
    con.executemany(
        'INSERT INTO "Cancellations" VALUES (?, ?, ?)',
        [(i + 1, b, bookings[b - 1][2] - dt.timedelta(days=rnd.randint(1, 9))) for i, b in enumerate(cancelled)],
    )
    return con


def hockey() -> duckdb.DuckDBPyConnection:
    """Clubs and a season of fixtures between two of them; the last fixtures are not played yet (no goals)."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute("CREATE TABLE clubs(club_id INTEGER PRIMARY KEY, club_name VARCHAR)")
    names = ["Rooks", "Otters", "Herons", "Badgers", "Kestrels", "Voles"]
    con.executemany("INSERT INTO clubs VALUES (?, ?)", list(enumerate(names, 1)))
    con.execute(
        "CREATE TABLE fixtures(fixture_id INTEGER PRIMARY KEY, fixture_date DATE, "
        "home_club_id INTEGER REFERENCES clubs(club_id), away_club_id INTEGER REFERENCES clubs(club_id), "
        "home_goals INTEGER, away_goals INTEGER)"
    )
    rows: list[tuple[Any, ...]] = []
    k = 0
    for h in range(1, 7):
        for a in range(1, 7):
            if h == a:
                continue
            k += 1
            played = k <= 20
            goals = (rnd.randint(0, 5), rnd.randint(0, 5)) if played else (None, None)
            rows.append((k, dt.date(2024, 9, 1) + dt.timedelta(days=7 * k), h, a, *goals))
    con.executemany("INSERT INTO fixtures VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def chess_club() -> duckdb.DuckDBPyConnection:
    """Players and rounds of games between a white and a black player; unplayed rounds have no points yet."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute('CREATE TABLE "Players"("PlayerID" INTEGER PRIMARY KEY, "PlayerName" VARCHAR)')
    names = ["Anselm", "Brigid", "Cormac", "Dervla", "Eamon"]
    con.executemany('INSERT INTO "Players" VALUES (?, ?)', list(enumerate(names, 1)))
    con.execute(
        'CREATE TABLE "Games"("GameID" INTEGER PRIMARY KEY, "RoundNo" INTEGER, '
        '"WhitePlayerID" INTEGER REFERENCES "Players"("PlayerID"), '
        '"BlackPlayerID" INTEGER REFERENCES "Players"("PlayerID"), "WhitePoints" INTEGER, "BlackPoints" INTEGER)'
    )
    rows: list[tuple[Any, ...]] = []
    k = 0
    for w in range(1, 6):
        for b in range(1, 6):
            if w == b:
                continue
            k += 1
            result = rnd.choice([(2, 0), (1, 1), (0, 2)]) if k <= 14 else (None, None)
            rows.append((k, 1 + k // 3, w, b, *result))
    con.executemany('INSERT INTO "Games" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con


def tea_estate() -> duckdb.DuckDBPyConnection:
    """Gardens and their pickings, each with the share of the leaf graded fine (a ratio from 0 to 1)."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute("CREATE TABLE gardens(garden_id INTEGER PRIMARY KEY, garden_name VARCHAR, slope VARCHAR)")
    con.executemany(
        "INSERT INTO gardens VALUES (?, ?, ?)",
        [(i, f"Garden {i:02d}", ["north", "south"][i % 2]) for i in range(1, 31)],
    )
    con.execute(
        "CREATE TABLE pickings(picking_id INTEGER PRIMARY KEY, garden_id INTEGER REFERENCES gardens(garden_id), "
        "picked_on DATE, fine_ratio DOUBLE, weight_kg DOUBLE)"
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        g = rnd.randint(1, 30)
        centre = 0.1 + 0.8 * (g - 1) / 29
        ratio = min(max(rnd.gauss(centre, 0.03), 0.0), 1.0)
        rows.append((k, g, dt.date(2024, 4, 1) + dt.timedelta(days=rnd.randrange(150)), ratio, rnd.uniform(5, 40)))
    con.executemany("INSERT INTO pickings VALUES (?, ?, ?, ?, ?)", rows)
    return con


def surgeries() -> duckdb.DuckDBPyConnection:
    """Surgeries and their visits, each with the fraction of the slot the patient waited (0 to 1)."""
    con = duckdb.connect()
    rnd = random.Random(43)
    con.execute('CREATE TABLE "Surgeries"("SurgeryID" INTEGER PRIMARY KEY, "SurgeryName" VARCHAR, "Region" VARCHAR)')
    con.executemany(
        'INSERT INTO "Surgeries" VALUES (?, ?, ?)',
        [(i, f"Surgery {i:02d}", ["East", "West", "Central"][i % 3]) for i in range(1, 26)],
    )
    con.execute(
        'CREATE TABLE "Visits"("VisitID" INTEGER PRIMARY KEY, "SurgeryID" INTEGER REFERENCES "Surgeries"("SurgeryID"), '
        '"VisitDate" DATE, "WaitFraction" DOUBLE, "Charge" DECIMAL(8,2))'
    )
    rows: list[tuple[Any, ...]] = []
    for k in range(1, 501):
        c = rnd.randint(1, 25)
        centre = 0.15 + 0.7 * (c - 1) / 24
        frac = min(max(rnd.gauss(centre, 0.02), 0.0), 1.0)
        rows.append((k, c, dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(300)), frac, rnd.uniform(20, 90)))
    con.executemany('INSERT INTO "Visits" VALUES (?, ?, ?, ?, ?)', rows)
    return con
