"""A rate over a population or an area each row holds beside its figure ("grants per capita for each province",
"noise reports per 1000 residents by province", "permits per square mile for each valley"): the total of the figure
over the total of the population or area of each group's rows, not a grouping by a word the catalog lacks; an area kept
in another unit than the one asked (square kilometres for "per square mile") is converted (2.58999 km² to the square
mile) and a thought says so. On two catalogs written here: snake_case parishes and PascalCase villages."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def parishes() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE parishes(parish_id INTEGER PRIMARY KEY, parish_name VARCHAR, province VARCHAR, "
        "population INTEGER, area_sq_km DOUBLE, noise_reports INTEGER, grants DOUBLE)"
    )
    con.execute(
        """INSERT INTO parishes SELECT i, 'Parish ' || i, CASE WHEN i % 3 = 0 THEN 'Upper' WHEN i % 3 = 1
        THEN 'Lower' ELSE 'Middle' END, 500 + (i * 389) % 9000, 3.5 + (i * 7) % 40, (i * 37) % 301,
        1000.0 + (i * 7919) % 50000 FROM range(45) t(i)"""
    )
    return con


def villages() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Villages"("VillageId" INTEGER PRIMARY KEY, "VillageName" VARCHAR, "Valley" VARCHAR, '
        '"Inhabitants" INTEGER, "AreaKm2" DOUBLE, "Permits" INTEGER, "Spending" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Villages" SELECT i, 'Village ' || i, CASE WHEN i % 2 = 0 THEN 'East' ELSE 'West' END,
        200 + (i * 271) % 4000, 1.5 + (i * 11) % 25, (i * 53) % 211, 500.0 + (i * 613) % 20000 FROM range(40) t(i)"""
    )
    return con


parish = catalog_fixture(parishes)
village = catalog_fixture(villages)


def test_per_capita_divides_the_groups_total_by_its_population(parish: Db, village: Db) -> None:
    same(
        parish,
        "grants per capita for each province",
        "SELECT province, SUM(grants) / SUM(population) FROM parishes GROUP BY 1",
    )
    same(
        parish,
        "noise reports per 1000 residents by province",
        "SELECT province, SUM(noise_reports) / SUM(population / 1000.0) FROM parishes GROUP BY 1",
    )
    same(
        village,
        "spending per capita by valley",
        """SELECT "Valley", SUM("Spending") / SUM("Inhabitants") FROM "Villages" GROUP BY 1""",
    )


def test_an_area_in_square_kilometres_is_converted_to_the_square_miles_asked(parish: Db, village: Db) -> None:
    d = same(
        parish,
        "noise reports per square mile by province",
        "SELECT province, SUM(noise_reports) / SUM(area_sq_km / 2.58999) FROM parishes GROUP BY 1",
    )
    assert any("2.58999" in t for t in d.thoughts), d.thoughts
    same(
        village,
        "permits per square mile for each valley",
        """SELECT "Valley", SUM("Permits") / SUM("AreaKm2" / 2.58999) FROM "Villages" GROUP BY 1""",
    )
    same(
        village,
        "permits per km2 by valley",
        """SELECT "Valley", SUM("Permits") / SUM("AreaKm2") FROM "Villages" GROUP BY 1""",
    )
