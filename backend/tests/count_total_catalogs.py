"""Two catalogs where "total <things>" means how many rows there are: a snake_case webshop (customers, orders with an
amount and a quantity, signups) and a PascalCase forum with bookings
(Users, Posts, Votes typed by a VoteTypes lookup, Bookings with a Fee, a Nights count and a RoomQty, a SupportLog of tickets
with a refund amount), and a daily summary whose total_orders and upvotes columns are measures."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def webshop() -> duckdb.DuckDBPyConnection:
    """Customers, their orders (amount, quantity, status, channel) and newsletter signups, snake_case."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, city VARCHAR)")
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?)",
        [(i, f"Customer {i}", rnd.choice(["Lyon", "Porto", "Ghent"])) for i in range(1, 41)],
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers, "
        "order_date DATE, status VARCHAR, channel VARCHAR, quantity INTEGER, amount DECIMAL(10,2))"
    )
    rows: list[tuple[Any, ...]] = []
    for i in range(1, 2001):
        rows.append((
            i, rnd.randint(1, 40), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(600)),
            rnd.choice(["shipped", "shipped", "shipped", "cancelled", "pending"]), rnd.choice(["web", "app", "phone"]),
            rnd.randint(1, 5), round(rnd.uniform(8, 400), 2),
        ))  # fmt: skip
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE signups(signup_id INTEGER PRIMARY KEY, email VARCHAR, signed_up_at TIMESTAMP, source VARCHAR)"
    )
    con.executemany(
        "INSERT INTO signups VALUES (?, ?, ?, ?)",
        [
            (
                i,
                f"user{i}@mail.test",
                dt.datetime(2025, 1, 1) + dt.timedelta(hours=rnd.randrange(24 * 120)),
                rnd.choice(["ad", "friend", "search"]),
            )
            for i in range(1, 801)
        ],
    )
    return con


def forum() -> duckdb.DuckDBPyConnection:
    """Users, Posts, Votes (VoteTypeId → VoteTypes), Bookings of rooms (Fee, Nights, RoomQty) and a SupportLog whose rows are
    tickets (TicketId, RefundAmt), PascalCase."""
    con = duckdb.connect()
    rnd = random.Random(67)
    con.execute('CREATE TABLE "Users"("Id" INTEGER PRIMARY KEY, "DisplayName" VARCHAR, "Location" VARCHAR)')
    con.executemany(
        'INSERT INTO "Users" VALUES (?, ?, ?)',
        [(i, f"user_{i}", rnd.choice(["Oslo", "Quito", "Perth"])) for i in range(1, 31)],
    )
    con.execute(
        'CREATE TABLE "Posts"("Id" INTEGER PRIMARY KEY, "OwnerUserId" INTEGER REFERENCES "Users", "Title" VARCHAR, '
        '"CreationDate" DATE, "Score" INTEGER)'
    )
    con.executemany(
        'INSERT INTO "Posts" VALUES (?, ?, ?, ?, ?)',
        [
            (i, rnd.randint(1, 30), f"Post {i}", dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(500)),
             rnd.randint(-3, 40))
            for i in range(1, 301)
        ],
    )  # fmt: skip
    con.execute('CREATE TABLE "VoteTypes"("Id" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    con.executemany('INSERT INTO "VoteTypes" VALUES (?, ?)', [(1, "UpMod"), (2, "DownMod"), (3, "Favorite")])
    con.execute(
        'CREATE TABLE "Votes"("Id" INTEGER PRIMARY KEY, "PostId" INTEGER REFERENCES "Posts", '
        '"VoteTypeId" INTEGER REFERENCES "VoteTypes", "CreationDate" DATE)'
    )
    votes: list[tuple[Any, ...]] = []
    for i in range(1, 3001):
        votes.append((
            i, rnd.randint(1, 300), rnd.choices([1, 2, 3], [6, 2, 1])[0],
            dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(500)),
        ))  # fmt: skip
    con.executemany('INSERT INTO "Votes" VALUES (?, ?, ?, ?)', votes)
    con.execute(
        'CREATE TABLE "Bookings"("BookingId" INTEGER PRIMARY KEY, "UserId" INTEGER REFERENCES "Users", '
        '"BookedOn" DATE, "Nights" INTEGER, "RoomQty" INTEGER, "Fee" DECIMAL(10,2), "Status" VARCHAR)'
    )
    bookings: list[tuple[Any, ...]] = []
    for i in range(1, 1201):
        bookings.append((
            i, rnd.randint(1, 30), dt.date(2023, 6, 1) + dt.timedelta(days=rnd.randrange(800)), rnd.randint(1, 9),
            rnd.randint(1, 3), round(rnd.uniform(40, 900), 2), rnd.choice(["Confirmed", "Confirmed", "Cancelled"]),
        ))  # fmt: skip
    con.executemany('INSERT INTO "Bookings" VALUES (?, ?, ?, ?, ?, ?, ?)', bookings)
    con.execute(
        'CREATE TABLE "SupportLog"("TicketId" INTEGER PRIMARY KEY, "UserId" INTEGER REFERENCES "Users", '
        '"OpenedOn" DATE, "Queue" VARCHAR, "RefundAmt" DECIMAL(8,2))'
    )
    tickets: list[tuple[Any, ...]] = []
    for i in range(1, 401):
        tickets.append((
            i, rnd.randint(1, 30), dt.date(2024, 3, 1) + dt.timedelta(days=rnd.randrange(300)),
            rnd.choice(["Billing", "Access", "Bugs"]), round(rnd.uniform(0, 60), 2),
        ))  # fmt: skip
    con.executemany('INSERT INTO "SupportLog" VALUES (?, ?, ?, ?, ?)', tickets)
    return con


def shop_stats() -> duckdb.DuckDBPyConnection:
    """A daily summary table whose total_orders, order_count and upvotes columns are measures to be summed."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute(
        "CREATE TABLE daily_stats(stat_date DATE PRIMARY KEY, store VARCHAR, total_orders INTEGER, upvotes INTEGER, "
        "revenue DECIMAL(12,2))"
    )
    con.executemany(
        "INSERT INTO daily_stats VALUES (?, ?, ?, ?, ?)",
        [
            (dt.date(2024, 1, 1) + dt.timedelta(days=i), rnd.choice(["north", "south"]), rnd.randint(10, 90),
             rnd.randint(0, 30), round(rnd.uniform(500, 9000), 2))
            for i in range(400)
        ],
    )  # fmt: skip
    return con
