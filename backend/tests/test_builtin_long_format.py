"""Tables in long format, one row per thing, figure and period, as statistics offices and sensor exports publish them:
a figure said by the leading words of its stored name ("unemployment rate" for 'Unemployment rate (% of labour
force)') keeps that figure's rows and takes the value column, named after the figure, averaged (a rate, a level) or
added up (a total); asked of nothing else, over its periods. On two catalogs written here: a snake_case statistics
table with its figures and regions in tables its codes point at, and a PascalCase sensor export with each reading's
metric written on the row. A sales table whose one figure sits
beside long product names is no long table."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def statistics() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE regions(region_code VARCHAR PRIMARY KEY, region_name VARCHAR, continent VARCHAR)")
    con.execute(
        "INSERT INTO regions VALUES ('NOR', 'Norway', 'Europe'), ('ITA', 'Italy', 'Europe'), ('JPN', 'Japan', 'Asia'),"
        " ('KEN', 'Kenya', 'Africa'), ('GHA', 'Ghana', 'Africa'), ('PER', 'Peru', 'Americas')"
    )
    con.execute("CREATE TABLE measures(measure_code VARCHAR PRIMARY KEY, measure_name VARCHAR)")
    con.execute(
        "INSERT INTO measures VALUES ('UNEMP', 'Unemployment rate (% of labour force)'),"
        " ('POP', 'Population, total'), ('LIFE', 'Life expectancy at birth (years)'),"
        " ('CPI', 'Inflation, consumer prices (annual %)')"
    )
    con.execute(
        "CREATE TABLE observations(region_code VARCHAR REFERENCES regions(region_code),"
        " measure_code VARCHAR REFERENCES measures(measure_code), obs_year INTEGER, obs_value DOUBLE)"
    )
    con.execute(
        """INSERT INTO observations SELECT r.region_code, m.measure_code, y,
        CASE m.measure_code WHEN 'POP' THEN 1e6 * (1 + r.k) + 1000 * (y - 2010) WHEN 'LIFE' THEN 60 + 3 * r.k + 0.2 * (y
        - 2010) WHEN 'UNEMP' THEN 3 + r.k + (y % 3) ELSE 1 + (r.k * y) % 7 END
        FROM (SELECT region_code, row_number() OVER (ORDER BY region_code) AS k FROM regions) r, measures m,
        range(2010, 2024) t(y)"""
    )
    return con


def sensors() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Sites"("SiteId" INTEGER, "SiteName" VARCHAR)')
    con.execute("""INSERT INTO "Sites" VALUES (1, 'North Field'), (2, 'River Bend'), (3, 'Dry Hill')""")
    con.execute('CREATE TABLE "Readings"("SiteId" INTEGER, "Metric" VARCHAR, "ReadOn" DATE, "Value" DOUBLE)')
    con.execute(
        """INSERT INTO "Readings" SELECT s, m, DATE '2024-01-01' + CAST(d * 5 AS INTEGER), s * 10 + d % 7 + len(m)
        FROM range(1, 4) a(s), (VALUES ('Soil moisture (%)'), ('Air temperature (C)'), ('Rainfall, total (mm)'),
        ('Wind speed (km/h)')) b(m), range(0, 60) c(d)"""
    )
    return con


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE sales(sold_on DATE, product_name VARCHAR, amount DOUBLE)")
    con.execute(
        """INSERT INTO sales SELECT DATE '2024-01-01' + CAST(i AS INTEGER),
        ['Blue Cotton Summer Shirt', 'Green Wool Winter Coat', 'Red Silk Evening Scarf', 'Black Leather Work Boots']
        [1 + i % 4], 10 + i % 13 FROM range(0, 200) t(i)"""
    )
    return con


stats = catalog_fixture(statistics)
readings = catalog_fixture(sensors)
shops = catalog_fixture(shop)

_OBS = (
    " FROM observations o JOIN regions r ON o.region_code = r.region_code"
    " JOIN measures m ON o.measure_code = m.measure_code"
)


def test_a_figure_named_by_its_leading_words_is_the_value_of_its_rows(stats: Db, readings: Db) -> None:
    d = same(
        stats,
        "unemployment rate in Japan over time",
        "SELECT o.obs_year, AVG(o.obs_value)" + _OBS + " WHERE m.measure_name = 'Unemployment rate (% of labour force)'"
        " AND r.region_name = 'Japan' GROUP BY o.obs_year",
    )
    assert d.chart.chart_type == "line"
    assert any("Unemployment rate (% of labour force)" in t for t in d.thoughts)
    same(
        readings,
        "average wind speed per site",
        'SELECT s."SiteName", AVG(r."Value") FROM "Readings" r JOIN "Sites" s ON r."SiteId" = s."SiteId"'
        ' WHERE r."Metric" = \'Wind speed (km/h)\' GROUP BY s."SiteName"',
    )


def test_totals_add_up_and_levels_average(stats: Db, readings: Db) -> None:
    same(
        stats,
        "population by continent in 2020",
        "SELECT r.continent, SUM(o.obs_value)" + _OBS + " WHERE m.measure_name = 'Population, total'"
        " AND o.obs_year = 2020 GROUP BY r.continent",
    )
    same(
        stats,
        "life expectancy by continent in 2020",
        "SELECT r.continent, AVG(o.obs_value)" + _OBS + " WHERE m.measure_name = 'Life expectancy at birth (years)'"
        " AND o.obs_year = 2020 GROUP BY r.continent",
    )
    same(
        readings,
        "rainfall by site",
        'SELECT s."SiteName", SUM(r."Value") FROM "Readings" r JOIN "Sites" s ON r."SiteId" = s."SiteId"'
        ' WHERE r."Metric" = \'Rainfall, total (mm)\' GROUP BY s."SiteName"',
    )


def test_a_figure_asked_of_nothing_else_is_shown_over_its_periods(stats: Db, readings: Db) -> None:
    same(
        stats,
        "population of Peru",
        "SELECT o.obs_year, SUM(o.obs_value)" + _OBS + " WHERE m.measure_name = 'Population, total'"
        " AND r.region_name = 'Peru' GROUP BY o.obs_year",
    )
    d = same(
        readings,
        "soil moisture at River Bend by month",
        'SELECT DATE_TRUNC(\'month\', r."ReadOn"), AVG(r."Value") FROM "Readings" r'
        ' JOIN "Sites" s ON r."SiteId" = s."SiteId"'
        " WHERE r.\"Metric\" = 'Soil moisture (%)' AND s.\"SiteName\" = 'River Bend'"
        " GROUP BY DATE_TRUNC('month', r.\"ReadOn\")",
    )
    assert d.chart.chart_type == "line"


def test_a_sales_table_with_long_product_names_is_no_long_table(shops: Db) -> None:
    d = answer(shops, "total amount by product name")
    assert "WHERE" not in d.sql.upper().split("GROUP BY")[0] or "product_name =" not in d.sql
    same(shops, "total amount by product name", "SELECT product_name, SUM(amount) FROM sales GROUP BY product_name")
