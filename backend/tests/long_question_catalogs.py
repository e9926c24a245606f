"""Two statistics tables in long format, one row per nation, figure and year, for questions about one figure in one
year: a World-Bank-like snake_case export that writes each nation's name (and its ISO code beside it), and an
OECD-like export in upper case that writes only ISO 3166 alpha-3 codes in LOCATION."""

from __future__ import annotations

import duckdb

# Nation (as the World Bank writes it), its ISO alpha-3 code, and a size that shapes its figures.
NATIONS = [
    ("Peru", "PER", 3),
    ("Chile", "CHL", 2),
    ("Turkiye", "TUR", 9),
    ("Czechia", "CZE", 1),
    ("Cote d'Ivoire", "CIV", 4),
    ("Korea, Rep.", "KOR", 7),
    ("Norway", "NOR", 5),
    ("Kenya", "KEN", 6),
]

WB_FIGURES = [
    ("Population, total", "SP.POP.TOTL"),
    ("GDP (current US$)", "NY.GDP.MKTP.CD"),
    ("Unemployment, total (% of total labor force)", "SL.UEM.TOTL.ZS"),
    ("Life expectancy at birth, total (years)", "SP.DYN.LE00.IN"),
]


def _nations_sql() -> str:
    return ", ".join(f"('{n.replace(chr(39), chr(39) * 2)}', '{c}', {k})" for n, c, k in NATIONS)


def world_bank() -> duckdb.DuckDBPyConnection:
    """wdi_values: a row per nation, figure and year, with names and codes of both."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE wdi_values(country_name VARCHAR, country_code VARCHAR, indicator_name VARCHAR,"
        " indicator_code VARCHAR, year INTEGER, value DOUBLE)"
    )
    figures = ", ".join(f"('{n}', '{c}')" for n, c in WB_FIGURES)
    con.execute(
        f"""INSERT INTO wdi_values SELECT n.name, n.code, f.name, f.code, y,
        CASE f.name
          WHEN 'Population, total' THEN 1e6 * n.k * 3 + 20000 * n.k * (y - 2015)
          WHEN 'GDP (current US$)' THEN 1e10 * ((n.k * 7) % 11 + 1) + 1e9 * ((n.k + y) % 5)
          WHEN 'Life expectancy at birth, total (years)' THEN 62 + n.k * 2 + 0.1 * (y - 2015)
          ELSE 3 + (n.k * 5 + y) % 9 + 0.5 * n.k END
        FROM (VALUES {_nations_sql()}) n(name, code, k), (VALUES {figures}) f(name, code), range(2015, 2023) t(y)"""
    )
    return con


OECD_FIGURES = ["GDP, USD million", "Unemployment rate, % of labour force", "Population, thousands", "Inflation (CPI)"]


def oecd() -> duckdb.DuckDBPyConnection:
    """OECD_DATA(LOCATION, INDICATOR, FREQUENCY, TIME, Value): ISO alpha-3 codes, annual rows."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "OECD_DATA"("LOCATION" VARCHAR, "INDICATOR" VARCHAR, "FREQUENCY" VARCHAR, "TIME" INTEGER,'
        ' "Value" DOUBLE)'
    )
    figures = ", ".join(f"('{n}')" for n in OECD_FIGURES)
    con.execute(
        f"""INSERT INTO "OECD_DATA" SELECT n.code, f.name, 'A', y,
        CASE f.name
          WHEN 'GDP, USD million' THEN 1e5 * ((n.k * 5) % 9 + 1) + 1e4 * ((n.k + y) % 4)
          WHEN 'Population, thousands' THEN 1000 * n.k * 4 + 15 * (y - 2010)
          WHEN 'Unemployment rate, % of labour force' THEN 2 + (n.k * 3 + y) % 8 + 0.25 * n.k
          ELSE 1 + (n.k + y) % 6 END
        FROM (VALUES {_nations_sql()}) n(name, code, k), (VALUES {figures}) f(name), range(2010, 2023) t(y)"""
    )
    return con
