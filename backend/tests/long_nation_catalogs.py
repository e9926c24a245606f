"""Two statistics tables in long format (one row per nation, figure and year) whose nations are written the World
Bank's way, both Koreas among them ('Korea, Rep.', "Korea, Dem. People's Rep."), and whose years end at different
points: a snake_case export with names and codes (2013–2021) and a PascalCase one with names only (2012–2019)."""

from __future__ import annotations

import duckdb

NATIONS = [
    ("Korea, Rep.", "KOR", 7),
    ("Korea, Dem. People's Rep.", "PRK", 3),
    ("Peru", "PER", 4),
    ("Japan", "JPN", 9),
    ("Egypt, Arab Rep.", "EGY", 5),
    ("Ghana", "GHA", 2),
    ("Viet Nam", "VNM", 6),
    ("Brazil", "BRA", 8),
]


def _nations_sql() -> str:
    return ", ".join(f"('{n.replace(chr(39), chr(39) * 2)}', '{c}', {k})" for n, c, k in NATIONS)


def indicators() -> duckdb.DuckDBPyConnection:
    """dev_indicators: a row per nation, indicator and year (2013–2021), the nation's name and its ISO code."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE dev_indicators(country_name VARCHAR, country_code VARCHAR, indicator VARCHAR,"
        " year INTEGER, value DOUBLE)"
    )
    series = "('GDP (current US$)'), ('Population, total'), ('CO2 emissions (kt)')"
    con.execute(
        f"""INSERT INTO dev_indicators SELECT n.name, n.code, s.name, y,
        CASE s.name
          WHEN 'GDP (current US$)' THEN 1e10 * ((n.k * 7 + y) % 13 + 1)
          WHEN 'Population, total' THEN 1e6 * n.k * 5 + 30000 * n.k * (y - 2013)
          ELSE 1000 * ((n.k * 3 + y) % 11 + 2) END
        FROM (VALUES {_nations_sql()}) n(name, code, k), (VALUES {series}) s(name), range(2013, 2022) t(y)"""
    )
    return con


def nation_stats() -> duckdb.DuckDBPyConnection:
    """ "NationStats"(CountryName, MeasureName, Year, Amount): names only, 2012–2019."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "NationStats"("CountryName" VARCHAR, "MeasureName" VARCHAR, "Year" INTEGER, "Amount" DOUBLE)'
    )
    measures = "('GDP, billion USD'), ('Life expectancy, years'), ('Population, millions')"
    con.execute(
        f"""INSERT INTO "NationStats" SELECT n.name, m.name, y,
        CASE m.name
          WHEN 'GDP, billion USD' THEN 50 * ((n.k * 5 + y) % 9 + 1)
          WHEN 'Life expectancy, years' THEN 60 + n.k * 2 + 0.2 * (y - 2012)
          ELSE 4 * n.k + 0.1 * (y - 2012) END
        FROM (VALUES {_nations_sql()}) n(name, code, k), (VALUES {measures}) m(name), range(2012, 2020) t(y)"""
    )
    return con
