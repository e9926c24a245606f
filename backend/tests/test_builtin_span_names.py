"""A column named only as a span and its unit (duration_ms, LengthSec, runtime_minutes) is what the table's rows last:
"track length", "episode duration" name it through the table's own noun, and "in minutes" converts it. Another
thing's length ("flipper length", "bill length") names no span. On two catalogs written here: a snake_case music
library whose tracks last duration_ms beside listens played for ms_played, and a PascalCase podcast host."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def music() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE genres(genre_id INTEGER PRIMARY KEY, genre_name VARCHAR)")
    con.execute(
        "CREATE TABLE tracks(track_id INTEGER PRIMARY KEY, title VARCHAR, "
        "genre_id INTEGER REFERENCES genres(genre_id), duration_ms INTEGER)"
    )
    con.execute(
        "CREATE TABLE listens(listen_id INTEGER PRIMARY KEY, track_id INTEGER REFERENCES tracks(track_id), "
        "ms_played INTEGER, device VARCHAR)"
    )
    con.execute("INSERT INTO genres VALUES (1, 'Ambient'), (2, 'Polka'), (3, 'Grunge')")
    con.execute(
        """INSERT INTO tracks SELECT i, 'Piece ' || i, 1 + i % 3, 90000 + (i * 7919) % 300000
        FROM range(1, 61) t(i)"""
    )
    con.execute(
        """INSERT INTO listens SELECT i, 1 + i % 60, 1000 + (i * 104729) % 200000, ['phone', 'car'][1 + i % 2]
        FROM range(1, 801) t(i)"""
    )
    return con


def podcasts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Episodes"("EpisodeId" INTEGER, "Show" VARCHAR, "LengthSec" INTEGER)')
    con.execute(
        """INSERT INTO "Episodes" SELECT i, ['Deep Field', 'Night Desk', 'Low Tide'][1 + i % 3],
        600 + (i * 337) % 4800 FROM range(1, 91) t(i)"""
    )
    con.execute('CREATE TABLE "Guests"("GuestId" INTEGER, "Show" VARCHAR, "HandLengthCm" DOUBLE)')
    con.execute("""INSERT INTO "Guests" SELECT i, ['Deep Field', 'Low Tide'][1 + i % 2], 15 + i % 7
        FROM range(1, 41) t(i)""")
    return con


tunes = catalog_fixture(music)
shows = catalog_fixture(podcasts)


def test_the_tables_noun_and_a_span_word_name_its_span_column(tunes: Db, shows: Db) -> None:
    same(
        tunes,
        "average track length in minutes by genre",
        "SELECT g.genre_name, AVG(t.duration_ms / 60000.0) FROM tracks t JOIN genres g USING (genre_id) GROUP BY 1",
    )
    same(
        tunes,
        "what is the average track duration for each genre",
        "SELECT g.genre_name, AVG(t.duration_ms) FROM tracks t JOIN genres g USING (genre_id) GROUP BY 1",
    )
    same(
        shows,
        "average episode length in minutes per show",
        'SELECT "Show", AVG("LengthSec" / 60.0) FROM "Episodes" GROUP BY 1',
    )


def test_listening_time_stays_on_the_listens(tunes: Db) -> None:
    same(tunes, "average listening time per listen in minutes", "SELECT AVG(ms_played / 60000.0) FROM listens")


def test_another_things_length_names_no_span(shows: Db) -> None:
    sql = answer(shows, "average hand length by show").sql
    assert '"HandLengthCm"' in sql and '"LengthSec"' not in sql


def test_a_command_word_after_a_grouping_cue_names_its_column(shows: Db) -> None:
    # "show" is a command ("show me"), and the podcast host's column Show: "by show" and "per show" group by it.
    same(shows, "number of episodes per show", 'SELECT "Show", COUNT(*) FROM "Episodes" GROUP BY 1')
    same(
        shows,
        "show total episode length in hours by show",
        'SELECT "Show", SUM("LengthSec" / 3600.0) FROM "Episodes" GROUP BY 1',
    )
