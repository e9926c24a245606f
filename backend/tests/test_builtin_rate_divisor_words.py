"""A rate over a figure of each group's own row ("complaints per 1,000 residents by district") on a table whose rows
also hold a column named by the divisor's noun (a complainant's `resident_age`, an incident's `PeopleInvolved`): the
words after "per" name the divisor only, so the rows are counted, not that column totalled. On two catalogs written
here: snake_case districts and complaints, PascalCase wards and incidents."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def districts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE districts(district_id INTEGER PRIMARY KEY, district_name VARCHAR, population INTEGER)")
    con.execute("INSERT INTO districts SELECT i, 'Ward ' || i, 1000 * i + 500 FROM range(1, 6) t(i)")
    con.execute(
        "CREATE TABLE complaints(complaint_id INTEGER, district_id INTEGER REFERENCES districts(district_id), "
        "category VARCHAR, resident_age INTEGER)"
    )
    con.execute(
        "INSERT INTO complaints SELECT i, 1 + i % 5, ['Noise', 'Litter'][1 + i % 2], 20 + i % 50 FROM range(200) t(i)"
    )
    return con


def wards() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Wards"("WardId" INTEGER PRIMARY KEY, "WardName" VARCHAR, "Population" INTEGER)')
    con.execute("""INSERT INTO "Wards" SELECT i, 'Zone ' || i, 2000 * i FROM range(1, 5) t(i)""")
    con.execute(
        'CREATE TABLE "Incidents"("IncidentId" INTEGER, "WardId" INTEGER REFERENCES "Wards"("WardId"), '
        '"PeopleInvolved" INTEGER)'
    )
    con.execute("""INSERT INTO "Incidents" SELECT i, 1 + i % 4, 1 + i % 6 FROM range(120) t(i)""")
    return con


city = catalog_fixture(districts)
town = catalog_fixture(wards)


def test_the_divisors_words_name_no_measure(city: Db, town: Db) -> None:
    same(
        city,
        "complaints per 1,000 residents by district",
        "SELECT d.district_name, COUNT(*) / (MAX(d.population) / 1000.0) FROM complaints c "
        "JOIN districts d ON c.district_id = d.district_id GROUP BY 1",
    )
    same(
        town,
        "incidents per 1000 people by ward",
        """SELECT w."WardName", COUNT(*) / (MAX(w."Population") / 1000.0) FROM "Incidents" i
        JOIN "Wards" w ON i."WardId" = w."WardId" GROUP BY 1""",
    )
