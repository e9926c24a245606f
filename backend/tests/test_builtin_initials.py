""" "average rpm by engine family", "avg abv per harvest year": a figure named by the initials of its three-word name
is that figure, and a year qualified by a word the catalog does not know ("model year", "harvest year") is the year
column, not a grouping to ask about (`initials_catalogs.py`: a snake_case engine bench and a camelCase wine cellar)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.initials_catalogs import engine_bench, wine_cellar

bench = catalog_fixture(engine_bench)
cellar = catalog_fixture(wine_cellar)


def test_initials_name_the_figure(bench: Db, cellar: Db) -> None:
    same(
        bench,
        "average rpm by engine family",
        "SELECT engine_family, AVG(revolutions_per_minute) FROM dyno_runs GROUP BY 1",
    )
    same(bench, "max rpm", "SELECT MAX(revolutions_per_minute) FROM dyno_runs")  # the initials alone
    same(cellar, "average abv by region", 'SELECT "region", AVG("alcoholByVolume") FROM "cellarWines" GROUP BY 1')


def test_a_year_qualified_by_an_unknown_word_is_the_year(bench: Db, cellar: Db) -> None:
    same(
        bench,
        "show avg bhp per model year",
        "SELECT build_year, AVG(brake_horse_power) FROM dyno_runs GROUP BY 1",
    )
    same(
        cellar,
        "avg abv per harvest year",
        'SELECT "vintageYear", AVG("alcoholByVolume") FROM "cellarWines" GROUP BY 1',
    )
