"""Listing rows said the way people ask: "list the titles of films directed by Steven Marsh" lists the titles of that
director's films ("by" before a value says who did it, no grouping by the value's column), a polite opening ("could
you show …", "kindly list …") still asks for the rows, and a capitalised name beside another ("Steven Marsh") is
never corrected to a known word ("seven"). On two catalogs written here: a snake_case film slate and a PascalCase
record shop's album list."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def films() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, director VARCHAR, studio VARCHAR,
        gross_usd BIGINT, released DATE, seven_day_gross BIGINT)"""
    )
    con.execute(
        """INSERT INTO films SELECT i, 'Film ' || i, ['Ana Ruiz', 'Steven Marsh', 'Cy Vance', 'Di Moss'][1 + i % 4],
        ['Lumen', 'Kite'][1 + i % 2], 1000000 + i * 12345 + (i % 2) * 50000, DATE '2001-01-01' + (i * 40)::INT, 20000 + i * 10
        FROM range(1, 201) t(i)"""
    )
    return con


def records() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE Album(AlbumId INTEGER PRIMARY KEY, AlbumTitle VARCHAR, ArtistName VARCHAR, Label VARCHAR,
        ReleaseYear INTEGER, Price DECIMAL(6, 2))"""
    )
    con.execute(
        """INSERT INTO Album SELECT i, 'Record ' || i, ['Orla Quinn', 'The Fenwicks', 'Tomas Reyes'][1 + i % 3],
        ['Ferrous Records', 'Blue Wren'][1 + i % 2], 1990 + i % 30, (9.99 + i % 7)::DECIMAL(6, 2)
        FROM range(1, 121) t(i)"""
    )
    return con


slate = catalog_fixture(films)
shop = catalog_fixture(records)


def test_titles_of_films_directed_by_a_person(slate: Db) -> None:
    gold = "SELECT title FROM films WHERE director = 'Steven Marsh'"
    same(slate, "list the titles of films directed by Steven Marsh", gold)


def test_by_a_studio_lists_its_films(slate: Db) -> None:
    same(slate, "show the titles of films by Lumen", "SELECT title FROM films WHERE studio = 'Lumen'")


def test_a_polite_opening_still_lists(slate: Db) -> None:
    gold = "SELECT title FROM films WHERE studio = 'Kite'"
    same(slate, "could you show the titles of the films by Kite", gold)


def test_by_a_column_still_groups(slate: Db) -> None:
    same(slate, "films by studio", "SELECT studio, COUNT(*) FROM films GROUP BY studio")


def test_albums_by_an_artist(shop: Db) -> None:
    gold = "SELECT AlbumTitle FROM Album WHERE ArtistName = 'Orla Quinn'"
    same(shop, "list the titles of albums by Orla Quinn", gold)


def test_kindly_show_albums_released_by_a_label(shop: Db) -> None:
    gold = "SELECT AlbumTitle FROM Album WHERE Label = 'Ferrous Records'"
    same(shop, "Kindly show the titles of albums released by Ferrous Records", gold)
