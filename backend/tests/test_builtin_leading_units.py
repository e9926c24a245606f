"""A column named by its unit first and then what was done that long or that far (ms_played, sec_watched, KmDriven):
the figure is in that unit, so "in minutes" or "in miles" converts it, "playing time" or "distance driven" names it, and
the unit is no abbreviation to spell out (ms is no "mass"). On two catalogs written here: a snake_case game's sessions
and a PascalCase haulier's hauls."""

from __future__ import annotations

import duckdb

from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.suggest import spoken
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def arcade() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE play_sessions(session_id INTEGER, gamer_id INTEGER, platform VARCHAR, ms_played BIGINT, "
        "sec_idle INTEGER)"
    )
    con.execute(
        """INSERT INTO play_sessions SELECT i, 1 + i % 17, ['console', 'handheld', 'browser'][1 + i % 3],
        60000 * (3 + (i * 7) % 55) + i, 10 * (i % 9) FROM range(1, 301) t(i)"""
    )
    return con


def haulier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Hauls"("HaulId" INTEGER, "Truck" VARCHAR, "KmDriven" DOUBLE, "LoadTonnes" DOUBLE)')
    con.execute(
        """INSERT INTO "Hauls" SELECT i, ['Atlas', 'Borealis', 'Comet'][1 + i % 3], 40 + (i * 13) % 600,
        1 + i % 20 FROM range(1, 121) t(i)"""
    )
    return con


games = catalog_fixture(arcade)
hauls = catalog_fixture(haulier)


def test_the_unit_before_the_verb_is_the_figures_unit(games: Db, hauls: Db) -> None:
    same(
        games,
        "average playing time in minutes by platform",
        "SELECT platform, AVG(ms_played / 60000.0) FROM play_sessions GROUP BY 1",
    )
    same(games, "total time played in hours", "SELECT SUM(ms_played / 3600000.0) FROM play_sessions")
    same(
        hauls,
        "total distance driven in miles by truck",
        'SELECT "Truck", SUM("KmDriven" / 1.609344) FROM "Hauls" GROUP BY 1',
    )


def test_a_unit_is_not_spelled_out_as_another_word(games: Db) -> None:
    idx = build_index(games[1])
    column = idx.tables["play_sessions"].col("ms_played")
    assert column is not None
    assert spoken(idx, column) == "ms played"
    d = answer(games, "average ms played in minutes")
    assert "mass" not in d.sql and "mass" not in d.title.lower()
