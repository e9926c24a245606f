"""A plural noun that only qualifies a column names the rows: "signups by day of week" over a table whose text column is
called after the sign-up's channel counts the table's rows by their date, with no grouping by that channel; the column
is named when its head is said ("members by signup channel"). On two catalogs written here: a choir's member list
(snake_case) and a PascalCase newsletter's subscribers with a `SignupSource`."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def choir_members() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE choir_members(member_id INTEGER PRIMARY KEY, full_name VARCHAR, voice_part VARCHAR,
        signup_channel VARCHAR, joined_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO choir_members SELECT i, 'Singer ' || i, ['soprano', 'alto', 'tenor', 'bass'][1 + i % 4],
        ['flyer', 'website', 'friend'][1 + i % 3], TIMESTAMP '2023-02-01 18:00:00' + INTERVAL (i * 5 % 730) DAY
        FROM range(1, 301) t(i)"""
    )
    return con


def newsletter() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Subscribers"("SubscriberId" INTEGER PRIMARY KEY, "Email" VARCHAR, "SignupSource" VARCHAR,
        "Plan" VARCHAR, "CreatedOn" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Subscribers" SELECT i, 'reader' || i || '@example.org', ['Podcast', 'Search', 'Referral',
        'Social'][1 + i % 4], ['Free', 'Paid'][1 + i % 2], TIMESTAMP '2024-01-01 07:00:00' + INTERVAL (i * 7 % 400) DAY
        FROM range(1, 501) t(i)"""
    )
    return con


choir = catalog_fixture(choir_members)
news = catalog_fixture(newsletter)


def test_signups_are_the_rows_by_their_date(choir: Db, news: Db) -> None:
    same(
        choir,
        "signups by day of week",
        "SELECT CAST(isodow(joined_at) AS TEXT) || ' ' || dayname(joined_at), count(*) FROM choir_members GROUP BY 1",
    )
    same(
        news,
        "signups per month",
        """SELECT date_trunc('month', "CreatedOn"), count(*) FROM "Subscribers" GROUP BY 1""",
    )
    same(
        news,
        "which months of the year bring the most signups",
        """SELECT lpad(CAST(month("CreatedOn") AS TEXT), 2, '0') || ' ' || monthname("CreatedOn"), count(*)
        FROM "Subscribers" GROUP BY 1""",
    )


def test_the_column_is_named_with_its_head(choir: Db, news: Db) -> None:
    same(
        choir,
        "members by signup channel",
        "SELECT signup_channel, count(*) FROM choir_members GROUP BY 1",
    )
    same(
        news,
        "subscribers by signup source",
        """SELECT "SignupSource", count(*) FROM "Subscribers" GROUP BY 1""",
    )
