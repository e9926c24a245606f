"""Questions that set the scene first, as text-to-SQL benchmarks word them: "Among films released after 2005, which
studio has the highest average gross?" asks for one studio (the question begins after the opening clause, closed by
a comma), and "the percentage of Lumen films among films directed by Cy Vance" is a share of the rows said after
"among", not of the rows said before it. On two catalogs written here: a snake_case film slate and a PascalCase
record shop's album list."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.test_builtin_listed_by import films, records

slate = catalog_fixture(films)
shop = catalog_fixture(records)


def test_among_clause_then_which_is_one_group(slate: Db) -> None:
    gold = """SELECT studio, AVG(gross_usd) AS g FROM films WHERE released > DATE '2005-12-31' GROUP BY studio
    ORDER BY g DESC LIMIT 1"""
    same(slate, "Among films released after 2005, which studio has the highest average gross?", gold)


def test_in_a_year_clause_then_which(slate: Db) -> None:
    gold = """SELECT director, COUNT(*) AS n FROM films WHERE year(released) = 2010 GROUP BY director
    ORDER BY n DESC, director LIMIT 1"""
    same(slate, "In 2010, which director released the most films?", gold)


def test_share_among_the_rows_said_after_among(slate: Db) -> None:
    gold = "SELECT 100.0 * AVG(CASE WHEN studio = 'Lumen' THEN 1 ELSE 0 END) FROM films WHERE director = 'Cy Vance'"
    same(slate, "What is the percentage of Lumen films among films directed by Cy Vance?", gold)


def test_among_albums_which_label(shop: Db) -> None:
    gold = """SELECT Label, COUNT(*) AS n FROM Album WHERE ReleaseYear > 2010 GROUP BY Label ORDER BY n DESC, Label
    LIMIT 1"""
    same(shop, "Among albums released after 2010, which label has the most albums?", gold)


def test_share_of_a_label_among_an_artists_albums(shop: Db) -> None:
    gold = """SELECT 100.0 * AVG(CASE WHEN Label = 'Blue Wren' THEN 1 ELSE 0 END) FROM Album
    WHERE ArtistName = 'Orla Quinn'"""
    same(shop, "percentage of Blue Wren albums among the albums by Orla Quinn", gold)
