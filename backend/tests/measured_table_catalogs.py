"""Two catalogs whose words for money and counts each point at one column among several that could pass for it: a
snake_case ticket shop and forum (amounts in cents beside tips, taxes and refunds in cents; tickets with only a price;
posts with a view count and votes marked up or down) and a PascalCase video site (payments in cents with a fee and a
discount, videos with views, votes typed UpMod / DownMod, recipes with a cuisine and a view count)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def ticket_forum() -> duckdb.DuckDBPyConnection:
    """Customers and their orders (money in cents), concerts and the tickets sold for them, posts and votes on them."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name VARCHAR, home_city VARCHAR)")
    names = ["Ada Lind", "Bo Strand", "Cy Moreau", "Di Okoro", "Ed Varga", "Flo Ibsen"]
    cities = ["Leeds", "Bristol", "Leeds", "York", "Bristol", "York"]
    con.executemany("INSERT INTO customers VALUES (?, ?, ?)", [(i, n, cities[i - 1]) for i, n in enumerate(names, 1)])
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers, "
        "ordered_on DATE, order_status VARCHAR, amount_cents BIGINT, tax_cents BIGINT, tip_cents BIGINT, "
        "refund_cents BIGINT)"
    )
    orders: list[tuple[Any, ...]] = []
    for i in range(1, 801):
        amount = rnd.randint(500, 25_000)
        refunded = amount if rnd.random() < 0.08 else 0
        orders.append((
            i, rnd.randint(1, 6), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(366)),
            rnd.choice(["paid", "paid", "paid", "refunded", "pending"]), amount, amount // 5, rnd.randint(0, 900),
            refunded,
        ))  # fmt: skip
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?)", orders)
    con.execute("CREATE TABLE concerts(concert_id INTEGER PRIMARY KEY, concert_title VARCHAR, venue VARCHAR)")
    con.executemany(
        "INSERT INTO concerts VALUES (?, ?, ?)",
        [(1, "Spring Strings", "Hall A"), (2, "Night Brass", "Hall B"), (3, "Choir Live", "Hall A"),
         (4, "Jazz Dawn", "Club C")],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE tickets(ticket_id INTEGER PRIMARY KEY, concert_id INTEGER REFERENCES concerts, "
        "sold_at TIMESTAMP, seat_row VARCHAR, price DECIMAL(8,2))"
    )
    con.executemany(
        "INSERT INTO tickets VALUES (?, ?, TIMESTAMP '2024-03-01' + to_hours(CAST(? AS BIGINT)), ?, ?)",
        [(i, rnd.randint(1, 4), rnd.randrange(4000), rnd.choice("ABCDEF"), round(rnd.uniform(15, 90), 2))
         for i in range(1, 601)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE posts(post_id INTEGER PRIMARY KEY, post_title VARCHAR, topic VARCHAR, posted_on DATE, "
        "view_count INTEGER)"
    )
    topics = ["python", "sql", "python", "rust", "sql", "python", "rust", "sql", "python", "sql", "rust", "python"]
    con.executemany(
        "INSERT INTO posts VALUES (?, ?, ?, DATE '2024-01-01' + CAST(? AS INTEGER), ?)",
        [(i, f"Post about {t} #{i}", t, rnd.randrange(300), rnd.randint(50, 20_000)) for i, t in enumerate(topics, 1)],
    )
    con.execute(
        "CREATE TABLE votes(vote_id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts, vote_type VARCHAR, "
        "voted_on DATE)"
    )
    con.executemany(
        "INSERT INTO votes VALUES (?, ?, ?, DATE '2024-02-01' + CAST(? AS INTEGER))",
        [(i, rnd.randint(1, 12), rnd.choice(["up", "up", "up", "down"]), rnd.randrange(300)) for i in range(1, 701)],
    )
    return con


def video_site() -> duckdb.DuckDBPyConnection:
    """Members paying in cents (a fee and a discount beside each amount), videos with views and typed votes, recipes
    with a cuisine and a view count; keys named for their table and not declared."""
    con = duckdb.connect()
    rnd = random.Random(62)
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER, "DisplayName" VARCHAR, "Country" VARCHAR)')
    con.executemany(
        'INSERT INTO "Members" VALUES (?, ?, ?)',
        [(1, "kite", "NO"), (2, "marlin", "PT"), (3, "quill", "NO"), (4, "tarn", "IE"), (5, "wren", "PT")],
    )
    con.execute(
        'CREATE TABLE "Payments"("PaymentId" INTEGER, "MemberId" INTEGER, "PaidAt" TIMESTAMP, '
        '"AmountInCents" BIGINT, "FeeInCents" BIGINT, "DiscountInCents" BIGINT)'
    )
    con.executemany(
        "INSERT INTO \"Payments\" VALUES (?, ?, TIMESTAMP '2024-01-01' + to_hours(CAST(? AS BIGINT)), ?, ?, ?)",
        [(i, rnd.randint(1, 5), rnd.randrange(8000), a, a * 3 // 100 + 30, rnd.choice([0, 0, 100, 250]))
         for i, a in ((i, rnd.randint(299, 4999)) for i in range(1, 501))],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Videos"("VideoId" INTEGER, "Title" VARCHAR, "Channel" VARCHAR, "UploadedAt" DATE, '
        '"Views" INTEGER)'
    )
    channels = ["Birds", "Boats", "Birds", "Cooking", "Boats", "Cooking", "Birds", "Cooking"]
    con.executemany(
        "INSERT INTO \"Videos\" VALUES (?, ?, ?, DATE '2023-06-01' + CAST(? AS INTEGER), ?)",
        [(i, f"{c} clip {i}", c, rnd.randrange(400), rnd.randint(100, 90_000)) for i, c in enumerate(channels, 1)],
    )
    con.execute('CREATE TABLE "Votes"("VoteId" INTEGER, "VideoId" INTEGER, "VoteType" VARCHAR, "CastAt" DATE)')
    con.executemany(
        "INSERT INTO \"Votes\" VALUES (?, ?, ?, DATE '2024-01-01' + CAST(? AS INTEGER))",
        [(i, rnd.randint(1, 8), rnd.choice(["UpMod", "UpMod", "DownMod"]), rnd.randrange(200)) for i in range(1, 401)],
    )
    con.execute(
        'CREATE TABLE "Recipes"("RecipeId" INTEGER, "RecipeName" VARCHAR, "Cuisine" VARCHAR, "PrepMinutes" INTEGER, '
        '"ViewCount" INTEGER)'
    )
    cuisines = ["Italian", "Thai", "Italian", "Mexican", "Thai", "Italian", "Mexican", "Italian", "Thai", "Italian"]
    con.executemany(
        'INSERT INTO "Recipes" VALUES (?, ?, ?, ?, ?)',
        [(i, f"{c} dish {i}", c, rnd.randint(10, 90), rnd.randint(20, 9000)) for i, c in enumerate(cuisines, 1)],
    )
    return con
