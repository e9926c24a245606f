""" "top songs by streams of all time", "all-time top 5 films by box office": every period, no time column read from
"time" (a play time, a run time) and no period asked for. On two catalogs written here: a snake_case streaming
chart and a PascalCase film ledger. There too, money said by its currency alone (BoxOfficeUsd, royalties_eur) adds
up over rows, while a salary in euros stays a figure of each row."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def streaming_chart() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute(
        "CREATE TABLE songs(song_id INTEGER PRIMARY KEY, title VARCHAR, artist VARCHAR, streams BIGINT, "
        "play_time_sec INTEGER, released_on DATE, royalties_eur DOUBLE, salary_eur DOUBLE)"
    )
    con.executemany(
        "INSERT INTO songs VALUES (?, ?, ?, ?, ?, DATE '2015-01-01' + CAST(? AS INTEGER), ?, ?)",
        [(k, f"Song {k}", f"Artist {k % 17}", rnd.randint(1000, 9_000_000), rnd.randint(120, 420), k * 7,
          round(rnd.uniform(10, 9000), 2), 1000.0 + k % 7)
         for k in range(1, 301)],
    )  # fmt: skip
    return con


def film_ledger() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(4)
    con.execute(
        'CREATE TABLE "Films"("FilmId" INTEGER PRIMARY KEY, "Title" VARCHAR, "Studio" VARCHAR, "BoxOfficeUsd" BIGINT, '
        '"RunTimeMin" INTEGER, "ReleasedOn" DATE)'
    )
    con.executemany(
        'INSERT INTO "Films" VALUES (?, ?, ?, ?, ?, DATE \'1990-01-01\' + CAST(? AS INTEGER))',
        [(k, f"Film {k}", f"Studio {k % 9}", rnd.randint(10**6, 9 * 10**8), rnd.randint(80, 190), k * 40)
         for k in range(1, 201)],
    )  # fmt: skip
    return con


chart = catalog_fixture(streaming_chart)
ledger = catalog_fixture(film_ledger)


def test_of_all_time_asks_for_no_time_column(chart: Db, ledger: Db) -> None:
    d = same(chart, "top 10 songs by streams of all time", "SELECT title, streams FROM songs ORDER BY 2 DESC LIMIT 10")
    assert "play_time" not in d.sql, d.sql
    d = same(
        ledger,
        "all-time top 5 studios by box office",
        'SELECT "Studio", SUM("BoxOfficeUsd") FROM "Films" GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
    )
    assert "RunTime" not in d.sql, d.sql


def test_time_still_names_its_column_elsewhere(chart: Db) -> None:
    d = answer(chart, "average play time by artist")
    assert "play_time_sec" in d.sql, d.sql


def test_money_said_by_its_currency_adds_up(chart: Db, ledger: Db) -> None:
    same(ledger, "box office by studio", 'SELECT "Studio", SUM("BoxOfficeUsd") FROM "Films" GROUP BY 1')
    same(chart, "royalties by artist", "SELECT artist, SUM(royalties_eur) FROM songs GROUP BY 1")
    same(chart, "salary by artist", "SELECT artist, AVG(salary_eur) FROM songs GROUP BY 1")
