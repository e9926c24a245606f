"""Two values of one column set against each other as one figure: "ratio of Lumen films to Kite films", "how many more
films from Lumen than from Kite", "difference in average gross between Lumen and Kite", "how many times more albums
from Blue Wren than from Ferrous Records": the figure over the first value's rows minus (or over) the figure over the
second's, one number in the order said. "how many times" with no comparative after it still counts. On two catalogs
written here: a snake_case film slate and a PascalCase record shop's album list."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.test_builtin_listed_by import films, records

slate = catalog_fixture(films)
shop = catalog_fixture(records)


def test_ratio_of_one_studios_films_to_anothers(slate: Db) -> None:
    gold = "SELECT 1.0 * COUNT(*) FILTER (WHERE studio = 'Lumen') / COUNT(*) FILTER (WHERE studio = 'Kite') FROM films"
    same(slate, "ratio of Lumen films to Kite films", gold)


def test_how_many_more_is_a_difference_in_the_order_said(slate: Db) -> None:
    gold = (
        "SELECT COUNT(*) FILTER (WHERE director = 'Cy Vance') - COUNT(*) FILTER (WHERE director = 'Di Moss') FROM films"
    )
    d = same(slate, "how many more films were directed by Cy Vance than by Di Moss", gold)
    assert "-" in d.sql, d.sql


def test_difference_in_an_average_between_two_values(slate: Db) -> None:
    gold = """SELECT AVG(gross_usd) FILTER (WHERE studio = 'Lumen') - AVG(gross_usd) FILTER (WHERE studio = 'Kite')
    FROM films"""
    same(slate, "difference in average gross between Lumen and Kite", gold)


def test_times_more_albums_of_one_label(shop: Db) -> None:
    gold = """SELECT 1.0 * COUNT(*) FILTER (WHERE Label = 'Blue Wren') / COUNT(*) FILTER (WHERE Label = 'Ferrous Records')
    FROM Album"""
    same(shop, "how many times more albums from Blue Wren than from Ferrous Records", gold)


def test_difference_between_two_artists_average_price(shop: Db) -> None:
    gold = """SELECT AVG(Price) FILTER (WHERE ArtistName = 'Orla Quinn') - AVG(Price) FILTER (WHERE ArtistName =
    'Tomas Reyes') FROM Album"""
    same(shop, "what is the difference between the average price of Orla Quinn and Tomas Reyes albums", gold)


def test_how_many_times_alone_still_counts(shop: Db) -> None:
    d = answer(shop, "how many times did Orla Quinn release an album")
    got = shop[0].execute(d.sql).fetchall()
    assert got == [(40,)], d.sql
