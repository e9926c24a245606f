"""Nations in long-format statistics, said the way people say them: "Korea" alone is South Korea where the data
writes both Koreas the World Bank's way (and the answer says so); a nation the data does not hold ("France", or no
nation at all, "Atlantis") is named in a thought, never dropped silently, also when no nation is left and the answer covers them all;
"top 5 countries by GDP" said of no year ranks them in the latest year in the data and says which. On two catalogs
written here (`long_nation_catalogs.py`): a snake_case export with names and codes and a PascalCase one with names
only, their years ending at different points."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.long_nation_catalogs import indicators, nation_stats

dev = catalog_fixture(indicators)
stats = catalog_fixture(nation_stats)

_GDP = "indicator = 'GDP (current US$)'"
_POP = "indicator = 'Population, total'"
_S_GDP = "\"MeasureName\" = 'GDP, billion USD'"
_S_POP = "\"MeasureName\" = 'Population, millions'"


def test_korea_alone_is_south_korea_and_the_answer_says_so(dev: Db, stats: Db) -> None:
    d = same(
        dev,
        "GDP of Korea in 2018",
        f"SELECT value FROM dev_indicators WHERE {_GDP} AND country_name = 'Korea, Rep.' AND year = 2018",
    )
    assert d.chart.chart_type == "kpi"
    said = " ".join(d.thoughts)
    assert "South Korea" in said and "not 'Korea, Dem. People's Rep.'" in said, d.thoughts
    d = same(
        stats,
        "population of Korea in 2015",
        f'SELECT "Amount" FROM "NationStats" WHERE {_S_POP} AND "CountryName" = \'Korea, Rep.\' AND "Year" = 2015',
    )
    assert "South Korea" in " ".join(d.thoughts)
    # the other Korea, named, is still the other one
    same(
        stats,
        "population of North Korea in 2015",
        f'SELECT "Amount" FROM "NationStats" WHERE {_S_POP} AND "CountryName" = \'Korea, Dem. People\'\'s Rep.\''
        ' AND "Year" = 2015',
    )


def test_a_nation_the_data_does_not_hold_is_said_not_dropped(dev: Db, stats: Db) -> None:
    for question in ("GDP of Peru and France in 2018", "GDP of Peru and Atlantis in 2018"):
        d = same(
            dev, question, f"SELECT value FROM dev_indicators WHERE {_GDP} AND country_name = 'Peru' AND year = 2018"
        )
        absent = question.split(" and ")[1].split()[0]
        assert f"{absent} is not in the data" in " ".join(d.thoughts), d.thoughts
    d = same(
        stats,
        "GDP of Japan and France in 2016",
        f'SELECT "Amount" FROM "NationStats" WHERE {_S_GDP} AND "CountryName" = \'Japan\' AND "Year" = 2016',
    )
    assert "France is not in the data" in " ".join(d.thoughts)
    d = same(
        stats,
        "GDP of Atlantis or Ghana in 2016",
        f'SELECT "Amount" FROM "NationStats" WHERE {_S_GDP} AND "CountryName" = \'Ghana\' AND "Year" = 2016',
    )
    assert "Atlantis is not in the data" in " ".join(d.thoughts)


def test_with_no_nation_of_the_data_left_the_answer_says_it_covers_every_nation(dev: Db, stats: Db) -> None:
    for db, question in ((dev, "GDP of France in 2018"), (stats, "GDP of Atlantis"), (dev, "population of Atlantis")):
        d = answer(db, question)
        word = question.split(" of ")[1].split()[0]
        assert f"{word} is not in the data, so the answer covers every nation" in " ".join(d.thoughts), d.thoughts


def test_nations_ranked_with_no_year_are_ranked_in_the_latest_year(dev: Db, stats: Db) -> None:
    d = same(
        dev,
        "top 5 countries by GDP",
        f"SELECT country_name, value FROM dev_indicators WHERE {_GDP} AND year = 2021 ORDER BY value DESC LIMIT 5",
    )
    assert d.chart.chart_type == "bar"
    assert "latest year in the data, 2021" in " ".join(d.thoughts)
    d = same(
        stats,
        "top 5 countries by GDP",
        f'SELECT "CountryName", "Amount" FROM "NationStats" WHERE {_S_GDP} AND "Year" = 2019'
        ' ORDER BY "Amount" DESC LIMIT 5',
    )
    assert "latest year in the data, 2019" in " ".join(d.thoughts)
    same(
        dev,
        "which country has the highest population",
        f"SELECT country_name, value FROM dev_indicators WHERE {_POP} AND year = 2021 ORDER BY value DESC LIMIT 1",
    )
    # a year said is the year ranked
    same(
        stats,
        "top 3 countries by GDP in 2015",
        f'SELECT "CountryName", "Amount" FROM "NationStats" WHERE {_S_GDP} AND "Year" = 2015'
        ' ORDER BY "Amount" DESC, 1 LIMIT 3',
    )


def test_a_figure_by_nation_with_no_year_is_the_latest_year(dev: Db, stats: Db) -> None:
    d = same(
        dev,
        "GDP by country",
        f"SELECT country_name, value FROM dev_indicators WHERE {_GDP} AND year = 2021 AND country_name IS NOT NULL",
    )
    assert "latest year in the data, 2021" in " ".join(d.thoughts)
    d = same(
        stats,
        "population by country",
        f'SELECT "CountryName", "Amount" FROM "NationStats" WHERE {_S_POP} AND "Year" = 2019',
    )
    assert "latest year in the data, 2019" in " ".join(d.thoughts)
    # an aggregate said is taken over the years, as said
    same(
        stats,
        "average GDP by country",
        f'SELECT "CountryName", AVG("Amount") FROM "NationStats" WHERE {_S_GDP} GROUP BY 1',
    )
