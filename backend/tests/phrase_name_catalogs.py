"""Two catalogs with a yes/no column called by a whole phrase that contains the name of another column, written for
the analyst's phrase-name tests (neither the demo nor an eval catalog): a snake_case mailing list (subscribers.email
and has_opted_out_of_email) and a camelCase club (members.newsletter and isSubscribedToNewsletter)."""

from __future__ import annotations

import random

import duckdb


def mailing_list() -> duckdb.DuckDBPyConnection:
    """Subscribers with an email address, a country and an opt-out flag."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        "CREATE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, email VARCHAR, country VARCHAR, "
        "has_opted_out_of_email BOOLEAN)"
    )
    con.executemany(
        "INSERT INTO subscribers VALUES (?, ?, ?, ?)",
        [(k, f"user{k}@example.org", rnd.choice(["NO", "SE", "DK"]), rnd.random() < 0.2) for k in range(1, 301)],
    )
    return con


def club() -> duckdb.DuckDBPyConnection:
    """Members with the newsletter edition they get, a city and a subscription flag."""
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute(
        'CREATE TABLE "members"("memberId" INTEGER PRIMARY KEY, "newsletter" VARCHAR, "city" VARCHAR, '
        '"isSubscribedToNewsletter" BOOLEAN)'
    )
    con.executemany(
        'INSERT INTO "members" VALUES (?, ?, ?, ?)',
        [
            (k, rnd.choice(["Weekly", "Monthly", "Digest"]), rnd.choice(["Bergen", "Tromsø"]), rnd.random() < 0.6)
            for k in range(1, 201)
        ],
    )
    return con
