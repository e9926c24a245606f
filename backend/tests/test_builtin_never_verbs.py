"""Rows another table never records, said with the verb of its rows' date ("which hikers have never climbed
anything", "which peaks have never been climbed", "how many hikers who joined in 2024 have never climbed with a
rope"): the rows whose key no child row holds (an anti-join), a value of the child's rows kept inside the subquery
and a date said after the parent's own date column kept on the parent. On two catalogs written here: a snake_case
hiking club (hikers, peaks, climbs) and a PascalCase harbour (Boats, Voyages)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def club() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE hikers(hiker_id INTEGER PRIMARY KEY, hiker_name VARCHAR, joined_on DATE)")
    con.execute(
        "INSERT INTO hikers SELECT i, 'Hiker ' || i, DATE '2023-01-01' + CAST(i * 20 AS INTEGER) FROM range(1, 41) t(i)"
    )
    con.execute("CREATE TABLE peaks(peak_id INTEGER PRIMARY KEY, peak_name VARCHAR, height_m INTEGER)")
    con.execute("INSERT INTO peaks SELECT i, 'Peak ' || i, 1000 + i * 37 FROM range(1, 16) t(i)")
    con.execute(
        "CREATE TABLE climbs(climb_id INTEGER, hiker_id INTEGER REFERENCES hikers(hiker_id), "
        "peak_id INTEGER REFERENCES peaks(peak_id), climbed_at TIMESTAMP, gear VARCHAR)"
    )
    # hikers whose number is a multiple of 5 never climb; peaks above 10 are never climbed
    con.execute(
        """INSERT INTO climbs SELECT row_number() OVER (), h, 1 + (h + k) % 10,
        TIMESTAMP '2024-02-01 08:00' + INTERVAL (h * 3 + k) DAY, CASE WHEN (h + k) % 3 = 0 THEN 'rope' ELSE 'free' END
        FROM range(1, 41) a(h), range(3) b(k) WHERE h % 5 <> 0 AND k < 1 + h % 3"""
    )
    return con


def harbour() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Boats"("BoatId" INTEGER PRIMARY KEY, "BoatName" VARCHAR, "LaunchedOn" DATE)')
    con.execute(
        """INSERT INTO "Boats" SELECT i, 'Boat ' || i, DATE '2019-06-01' + CAST(i * 45 AS INTEGER)
        FROM range(1, 31) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Voyages"("VoyageId" INTEGER, "BoatId" INTEGER REFERENCES "Boats"("BoatId"), '
        '"SailedAt" TIMESTAMP, "Waters" VARCHAR)'
    )
    # boats whose number is a multiple of 4 never sail
    con.execute(
        """INSERT INTO "Voyages" SELECT row_number() OVER (), b, TIMESTAMP '2023-01-01 06:00' + INTERVAL (b * 5 + k) DAY,
        CASE WHEN (b + k) % 2 = 0 THEN 'coastal' ELSE 'offshore' END
        FROM range(1, 31) a(b), range(2) c(k) WHERE b % 4 <> 0 AND k < 1 + b % 2"""
    )
    return con


hikers = catalog_fixture(club)
boats = catalog_fixture(harbour)


def test_never_with_the_verb_of_another_tables_date_is_an_anti_join(hikers: Db, boats: Db) -> None:
    same(
        hikers,
        "Which hikers have never climbed anything?",
        "SELECT hiker_id, hiker_name FROM hikers WHERE hiker_id NOT IN (SELECT hiker_id FROM climbs)",
    )
    same(
        hikers,
        "Which peaks have never been climbed?",
        "SELECT peak_id, peak_name FROM peaks WHERE peak_id NOT IN (SELECT peak_id FROM climbs)",
    )
    same(
        boats,
        "Which boats have never sailed?",
        """SELECT "BoatId", "BoatName" FROM "Boats" WHERE "BoatId" NOT IN (SELECT "BoatId" FROM "Voyages")""",
    )


def test_a_value_of_the_child_stays_in_the_subquery_and_the_parents_date_on_the_parent(hikers: Db, boats: Db) -> None:
    same(
        hikers,
        "How many hikers who joined in 2024 have never climbed with rope?",
        "SELECT COUNT(*) FROM hikers WHERE year(joined_on) = 2024 "
        "AND hiker_id NOT IN (SELECT hiker_id FROM climbs WHERE gear = 'rope')",
    )
    same(
        boats,
        "How many boats launched in 2020 have never sailed offshore?",
        """SELECT COUNT(*) FROM "Boats" WHERE year("LaunchedOn") = 2020
        AND "BoatId" NOT IN (SELECT "BoatId" FROM "Voyages" WHERE "Waters" = 'offshore')""",
    )
