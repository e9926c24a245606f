"""Places said as adjectives: "american vehicles" over a column storing 'USA' beside 'Japan' and 'Europe' when another
table holds 'American' in a name (an operator's 'American Motor Service': the word reads the value there, the nation
here), and "european"/"african"/"asian" over a column storing the continent itself ('Europe', 'Africa'). "median" is
an aggregate, never an adjective of a 'Media' value, and "top" that begins a column's name ("average top speed of
vehicles by year") is that name, no ranking of vehicles. A nation stored as letters ('USA', 'UK') is found as written
or after "from"/"in" in lower case, and "japanese vs american vehicles" sets two groups against each other (no scatter
of two figures). On two catalogs written here: a snake_case vehicle register with
its service operators and a PascalCase freight desk."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def vehicle_register() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        "CREATE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, model_name VARCHAR, maker_origin VARCHAR, "
        "top_speed_kmh DOUBLE, model_year INTEGER)"
    )
    con.executemany(
        "INSERT INTO vehicles VALUES (?, ?, ?, ?, ?)",
        [(k, f"Model {k}", rnd.choice(["USA", "Japan", "Europe"]), round(rnd.uniform(120, 260), 1),
          rnd.randint(1995, 2024)) for k in range(1, 301)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE service_visits(visit_id INTEGER PRIMARY KEY, vehicle_id INTEGER REFERENCES vehicles, "
        "operator VARCHAR, visit_date DATE, cost_usd DOUBLE)"
    )
    ops = ["American Motor Service", "Quick Lube Co", "Harbor Garage"]
    con.executemany(
        "INSERT INTO service_visits VALUES (?, ?, ?, DATE '2024-01-01' + CAST(? AS INTEGER), ?)",
        [(k, rnd.randint(1, 300), rnd.choice(ops), k % 300, round(rnd.uniform(40, 900), 2)) for k in range(1, 801)],
    )
    return con


def freight_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "DestRegion" VARCHAR, "Industry" VARCHAR, '
        '"WeightKg" DOUBLE, "ShippedOn" DATE)'
    )
    con.executemany(
        'INSERT INTO "Shipments" VALUES (?, ?, ?, ?, DATE \'2024-01-01\' + CAST(? AS INTEGER))',
        [(k, rnd.choice(["Europe", "Africa", "Asia", "Oceania"]), rnd.choice(["Media", "Retail", "Energy"]),
          round(rnd.uniform(1, 900), 1), k % 360) for k in range(1, 501)],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Vessels"("VesselId" INTEGER PRIMARY KEY, "VesselName" VARCHAR, "TopSpeedKnots" DOUBLE, '
        '"BuiltYear" INTEGER)'
    )
    con.executemany(
        'INSERT INTO "Vessels" VALUES (?, ?, ?, ?)',
        [(k, f"Vessel {k}", round(rnd.uniform(10, 30), 1), rnd.randint(1990, 2020)) for k in range(1, 80)],
    )
    con.execute('CREATE TABLE "Buyers"("BuyerId" INTEGER PRIMARY KEY, "BuyerName" VARCHAR, "Country" VARCHAR)')
    con.executemany(
        'INSERT INTO "Buyers" VALUES (?, ?, ?)',
        [(k, f"Buyer {k}", ["UK", "UAE", "Germany", "France"][k % 4]) for k in range(1, 41)],
    )
    return con


register = catalog_fixture(vehicle_register)
desk = catalog_fixture(freight_desk)


def test_a_demonym_is_the_nation_where_another_table_holds_the_word_in_a_name(register: Db) -> None:
    same(register, "how many american vehicles", "SELECT COUNT(*) FROM vehicles WHERE maker_origin = 'USA'")
    same(
        register,
        "average top speed of american vehicles by model year",
        "SELECT model_year, AVG(top_speed_kmh) FROM vehicles WHERE maker_origin = 'USA' GROUP BY 1",
    )


def test_a_continent_adjective_reads_the_continent_stored(register: Db, desk: Db) -> None:
    same(register, "how many european vehicles", "SELECT COUNT(*) FROM vehicles WHERE maker_origin = 'Europe'")
    same(
        desk,
        "total weight of african shipments",
        """SELECT SUM("WeightKg") FROM "Shipments" WHERE "DestRegion" = 'Africa'""",
    )
    same(desk, "how many asian shipments", """SELECT COUNT(*) FROM "Shipments" WHERE "DestRegion" = 'Asia'""")


def test_median_is_an_aggregate_not_an_adjective_of_a_value(desk: Db) -> None:
    d = answer(desk, "median weight by industry")
    assert "'Media'" not in d.sql and "MEDIAN" in d.sql.upper(), d.sql


def test_a_ranking_word_that_begins_a_column_name_is_the_name(register: Db, desk: Db) -> None:
    same(
        register,
        "average top speed of vehicles by model year",
        "SELECT model_year, AVG(top_speed_kmh) FROM vehicles GROUP BY 1",
    )
    same(
        desk,
        "average top speed of vessels by built year",
        'SELECT "BuiltYear", AVG("TopSpeedKnots") FROM "Vessels" GROUP BY 1',
    )
    d = same(
        register,
        "top 5 vehicles by top speed",
        "SELECT model_name, top_speed_kmh FROM vehicles ORDER BY 2 DESC LIMIT 5",
    )
    assert d.sql.rstrip().endswith("LIMIT 5"), d.sql


def test_a_nation_stored_as_letters_is_found_as_written_or_after_from(register: Db, desk: Db) -> None:
    gold = "SELECT AVG(top_speed_kmh) FROM vehicles WHERE maker_origin = 'USA'"
    same(register, "average top speed of vehicles from usa", gold)
    same(register, "average top speed of USA vehicles", gold)
    same(desk, "how many buyers from uk", """SELECT COUNT(*) FROM "Buyers" WHERE "Country" = 'UK'""")


def test_two_demonyms_set_against_each_other_are_two_groups(register: Db) -> None:
    d = same(
        register,
        "average top speed of japanese vs american vehicles by model year",
        "SELECT model_year, maker_origin, AVG(top_speed_kmh) FROM vehicles WHERE maker_origin IN ('Japan', 'USA') "
        "GROUP BY 1, 2",
    )
    assert d.chart.chart_type == "line" and d.chart.series == "maker_origin", d.chart
    same(
        register,
        "top speed of japanese vs american vehicles",
        "SELECT maker_origin, AVG(top_speed_kmh) FROM vehicles WHERE maker_origin IN ('Japan', 'USA') GROUP BY 1",
    )
