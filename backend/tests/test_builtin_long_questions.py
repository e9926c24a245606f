"""Questions about one figure in one year over statistics tables in long format (one row per nation, figure and year):
a figure of one nation in one year is one number, in two years two numbers, alone its line over the years; nations
ranked by a figure in a year; a nation said by another of its names ("Ivory Coast", "Czech Republic", "Türkiye",
"South Korea") found where its name or its ISO code is stored. On two catalogs written here
(long_question_catalogs.py): a World-Bank-like snake_case export with names and codes, and an OECD-like upper-case
export holding ISO alpha-3 codes in LOCATION and years in TIME."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.long_question_catalogs import oecd, world_bank

wb = catalog_fixture(world_bank)
oe = catalog_fixture(oecd)

_POP = "indicator_name = 'Population, total'"
_GDP = "indicator_name = 'GDP (current US$)'"
_UNEMP = "indicator_name = 'Unemployment, total (% of total labor force)'"
_LIFE = "indicator_name = 'Life expectancy at birth, total (years)'"
_O_GDP = "\"INDICATOR\" = 'GDP, USD million'"
_O_UNEMP = "\"INDICATOR\" = 'Unemployment rate, % of labour force'"
_O_POP = "\"INDICATOR\" = 'Population, thousands'"
_O_CPI = "\"INDICATOR\" = 'Inflation (CPI)'"


def test_a_figure_of_one_nation_in_one_year_is_one_number(wb: Db, oe: Db) -> None:
    d = same(
        wb,
        "population of Peru in 2020",
        f"SELECT value FROM wdi_values WHERE {_POP} AND country_name = 'Peru' AND year = 2020",
    )
    assert d.chart.chart_type == "kpi"
    d = same(
        oe,
        "population of Peru in 2020",
        f'SELECT "Value" FROM "OECD_DATA" WHERE {_O_POP} AND "LOCATION" = \'PER\' AND "TIME" = 2020',
    )
    assert d.chart.chart_type == "kpi"
    assert any("stored as 'PER'" in t for t in d.thoughts), d.thoughts


def test_a_figure_in_two_years_is_one_number_per_year(wb: Db, oe: Db) -> None:
    same(
        wb,
        "GDP of Chile in 2019 and 2020",
        f"SELECT year, value FROM wdi_values WHERE {_GDP} AND country_name = 'Chile' AND year IN (2019, 2020)",
    )
    d = same(
        oe,
        "unemployment rate of Norway in 2018, 2019 and 2021",
        f'SELECT "TIME", "Value" FROM "OECD_DATA" WHERE {_O_UNEMP} AND "LOCATION" = \'NOR\''
        ' AND "TIME" IN (2018, 2019, 2021)',
    )
    assert d.chart.chart_type != "kpi"
    # a range is every year in it, not its two ends
    same(
        oe,
        "GDP of Chile between 2015 and 2018",
        f'SELECT "TIME", "Value" FROM "OECD_DATA" WHERE {_O_GDP} AND "LOCATION" = \'CHL\''
        ' AND "TIME" BETWEEN 2015 AND 2018',
    )


def test_a_figure_alone_is_its_line_over_the_years(oe: Db) -> None:
    d = same(
        oe,
        "population of Peru",
        f'SELECT "TIME", "Value" FROM "OECD_DATA" WHERE {_O_POP} AND "LOCATION" = \'PER\'',
    )
    assert d.chart.chart_type == "line"


def test_nations_ranked_by_a_figure_in_a_year(wb: Db, oe: Db) -> None:
    same(
        wb,
        "which country had the highest unemployment rate in 2021",
        f"SELECT country_name, value FROM wdi_values WHERE {_UNEMP} AND year = 2021"
        " ORDER BY value DESC, country_name LIMIT 1",
    )
    d = same(
        oe,
        "top 5 countries by GDP in 2019",
        f'SELECT "LOCATION", "Value" FROM "OECD_DATA" WHERE {_O_GDP} AND "TIME" = 2019 ORDER BY "Value" DESC LIMIT 5',
    )
    assert d.chart.chart_type == "bar"
    same(
        oe,
        "which country had the highest unemployment rate in 2021",
        f'SELECT "LOCATION", "Value" FROM "OECD_DATA" WHERE {_O_UNEMP} AND "TIME" = 2021'
        ' ORDER BY "Value" DESC, "LOCATION" LIMIT 1',
    )


def test_a_nation_said_by_another_of_its_names(wb: Db, oe: Db) -> None:
    d = same(
        wb,
        "life expectancy in Ivory Coast in 2018",
        f"SELECT value FROM wdi_values WHERE {_LIFE} AND country_name = 'Cote d''Ivoire' AND year = 2018",
    )
    assert any("read as" in t for t in d.thoughts), d.thoughts
    same(
        wb,
        "population of South Korea in 2021",
        f"SELECT value FROM wdi_values WHERE {_POP} AND country_name = 'Korea, Rep.' AND year = 2021",
    )
    same(
        oe,
        "GDP of Türkiye in 2020",
        f'SELECT "Value" FROM "OECD_DATA" WHERE {_O_GDP} AND "LOCATION" = \'TUR\' AND "TIME" = 2020',
    )
    same(
        oe,
        "unemployment rate in Czech Republic in 2019",
        f'SELECT "Value" FROM "OECD_DATA" WHERE {_O_UNEMP} AND "LOCATION" = \'CZE\' AND "TIME" = 2019',
    )
    same(
        oe,
        "inflation in Côte d'Ivoire in 2015",
        f'SELECT "Value" FROM "OECD_DATA" WHERE {_O_CPI} AND "LOCATION" = \'CIV\' AND "TIME" = 2015',
    )
    same(
        oe,
        "population of Czechia in 2022",
        f'SELECT "Value" FROM "OECD_DATA" WHERE {_O_POP} AND "LOCATION" = \'CZE\' AND "TIME" = 2022',
    )


def test_life_expectancy_averages_across_nations(wb: Db) -> None:
    d = answer(wb, "life expectancy in 2020")
    assert "AVG" in d.sql.upper(), d.sql


def test_two_nations_are_one_number_or_line_each(wb: Db, oe: Db) -> None:
    same(
        oe,
        "GDP of Chile and Peru in 2020",
        f'SELECT "LOCATION", "Value" FROM "OECD_DATA" WHERE {_O_GDP} AND "LOCATION" IN (\'CHL\', \'PER\')'
        ' AND "TIME" = 2020',
    )
    d = same(
        wb,
        "population of Chile and Peru",
        f"SELECT year, country_name, value FROM wdi_values WHERE {_POP} AND country_name IN ('Chile', 'Peru')",
    )
    assert d.chart.chart_type == "line"
