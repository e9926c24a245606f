"""A figure whose column is named by its unit alone (Milliseconds, Bytes, grams, km) is the quantity that unit
measures: "average length of songs" averages the milliseconds, "biggest files" ranks by bytes, "heaviest parcels" by
grams. Two catalogs written here: a music library (PascalCase) and parcel deliveries (snake_case)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _music() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE Song (SongId INTEGER, Title VARCHAR, Genre VARCHAR, Milliseconds INTEGER, Bytes BIGINT)")
    con.execute(
        """INSERT INTO Song SELECT i, 'Song ' || i, ['Rock', 'Jazz', 'Folk'][1 + i % 3], 120000 + (i * 7919) % 300000,
        1000000 + (i * 104729) % 9000000 FROM range(90) t(i)"""
    )
    return con


def _parcels() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE parcels (parcel_id INTEGER, depot VARCHAR, grams INTEGER, km DOUBLE)")
    con.execute(
        """INSERT INTO parcels SELECT i, ['North', 'South'][1 + i % 2], 100 + (i * 613) % 9000, 1 + (i * 37) % 250
        FROM range(120) t(i)"""
    )
    return con


music = catalog_fixture(_music)
parcels = catalog_fixture(_parcels)


def test_songs_by_their_length_and_size(music: Db) -> None:
    same(music, "average length of songs by genre", "SELECT Genre, AVG(Milliseconds) FROM Song GROUP BY Genre")
    same(music, "total size of songs by genre", "SELECT Genre, SUM(Bytes) FROM Song GROUP BY Genre")
    same(music, "the 5 longest songs", "SELECT Title, Milliseconds FROM Song ORDER BY Milliseconds DESC LIMIT 5")


def test_parcels_by_their_weight_and_distance(parcels: Db) -> None:
    same(parcels, "average weight by depot", "SELECT depot, AVG(grams) FROM parcels GROUP BY depot")
    same(parcels, "total distance by depot", "SELECT depot, SUM(km) FROM parcels GROUP BY depot")
