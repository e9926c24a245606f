"""A plural noun said before a grouping (or ranked: "the most signups") that names only a word qualifying a column's
head (the signup of signup_channel, the referral of ReferralSource) is the rows counted, not a grouping by that
column; a question naming the head ("signup channels by month") still groups by it. On two catalogs written here: a
language app's users (snake_case) and a PascalCase climbing club's members."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same

_WEEKDAY = "CAST(isodow({c}) AS TEXT) || ' ' || dayname({c})"
_MONTH = "lpad(CAST(month({c}) AS TEXT), 2, '0') || ' ' || monthname({c})"


def language_app() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE app_users(id INTEGER PRIMARY KEY, created_at TIMESTAMP, signup_channel VARCHAR,
        native_language VARCHAR)"""
    )
    con.execute(
        """INSERT INTO app_users SELECT i, TIMESTAMP '2023-01-01 08:00:00' + INTERVAL (i * 37 % 800) DAY,
        ['store_search', 'referral', 'ad_campaign', 'podcast'][1 + i % 4], ['es', 'de', 'pt'][1 + i % 3]
        FROM range(1, 1501) t(i)"""
    )
    return con


def climbing_club() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "FullName" VARCHAR, "JoinedAt" TIMESTAMP,
        "ReferralSource" VARCHAR)"""
    )
    con.execute(
        """INSERT INTO "Members" SELECT i, 'Climber ' || i, TIMESTAMP '2022-03-01 18:00:00' + INTERVAL (i * 11 % 900) DAY,
        ['Friend', 'Flyer', 'Website'][1 + i % 3] FROM range(1, 701) t(i)"""
    )
    return con


users = catalog_fixture(language_app)
club = catalog_fixture(climbing_club)


def test_a_noun_qualifying_a_column_before_a_grouping_counts_the_rows(users: Db, club: Db) -> None:
    c = "created_at"
    same(
        users,
        "signups by day of week",
        f"SELECT {_WEEKDAY.format(c=c)}, count(*) FROM app_users GROUP BY 1",
    )
    c = '"JoinedAt"'
    same(
        club,
        "referrals by day of week",
        f'SELECT {_WEEKDAY.format(c=c)}, count(*) FROM "Members" GROUP BY 1',
    )


def test_a_ranked_noun_qualifying_a_column_counts_the_rows(users: Db) -> None:
    d = answer(users, "which months of the year bring the most signups")
    got = users[0].execute(d.sql).fetchall()
    want = users[0].execute(f"SELECT {_MONTH.format(c='created_at')}, count(*) FROM app_users GROUP BY 1").fetchall()
    assert sorted(got) == sorted(want), d.sql


def test_the_head_said_still_groups(users: Db, club: Db) -> None:
    same(
        users,
        "signup channels by month",
        "SELECT date_trunc('month', created_at), signup_channel, count(*) FROM app_users GROUP BY 1, 2",
    )
    same(club, "members by referral source", 'SELECT "ReferralSource", count(*) FROM "Members" GROUP BY 1')
