"""A word that is both a yes/no column's name and a coded value of another table's column, said right before the noun
of the flag's table ("vip guests", "student members"), is that flag: the adjective qualifies the noun it stands
before, as in a follow-up that keeps only those rows ("vip guests only"). On two catalogs written here: a snake_case guest house
(a rate plan letter code a comment explains) and a PascalCase theatre (fare words stored whole)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same


def guest_house() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE lodger(id INTEGER PRIMARY KEY, lodger_name VARCHAR, is_vip BOOLEAN)")
    con.execute("INSERT INTO lodger SELECT i, 'Lodger ' || i, i % 3 = 0 FROM range(1, 61) t(i)")
    con.execute(
        """CREATE TABLE sojourn(id INTEGER PRIMARY KEY, lodger_id INTEGER REFERENCES lodger(id), plan_code VARCHAR,
        room_kind VARCHAR, rating INTEGER, arrived_on DATE)"""
    )
    con.execute("COMMENT ON COLUMN sojourn.plan_code IS 'STD = standard, VIP = vip package, WK = weekly'")
    con.execute(
        """INSERT INTO sojourn SELECT i, 1 + i % 60, ['STD', 'VIP', 'WK', 'STD'][1 + i % 4],
        ['single', 'double', 'suite'][1 + i % 3], 1 + (i * 7) % 10, DATE '2024-01-01' + INTERVAL (i * 3) DAY
        FROM range(1, 401) t(i)"""
    )
    return con


def theatre() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Patrons"("PatronId" INTEGER PRIMARY KEY, "PatronName" VARCHAR, "IsStudent" BOOLEAN)')
    con.execute("""INSERT INTO "Patrons" SELECT i, 'Patron ' || i, i % 4 = 0 FROM range(1, 81) t(i)""")
    con.execute(
        """CREATE TABLE "Seats"("SeatId" INTEGER PRIMARY KEY, "PatronId" INTEGER REFERENCES "Patrons"("PatronId"),
        "Fare" VARCHAR, "Stage" VARCHAR, "PricePaid" DECIMAL(8, 2), "SoldAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Seats" SELECT i, 1 + i % 80, ['Adult', 'Student', 'Senior'][1 + i % 3],
        ['Main', 'Studio', 'Garden'][1 + (i // 3) % 3], 10 + (i * 11 % 300) / 10.0,
        TIMESTAMP '2024-04-01 18:00' + INTERVAL (i * 5) HOUR FROM range(1, 601) t(i)"""
    )
    return con


house = catalog_fixture(guest_house)
stage = catalog_fixture(theatre)

VIP = """SELECT s.room_kind, avg(s.rating) FROM sojourn s JOIN lodger l ON l.id = s.lodger_id WHERE l.is_vip
GROUP BY 1"""
STUDENT = """SELECT s."Stage", avg(s."PricePaid") FROM "Seats" s JOIN "Patrons" p ON p."PatronId" = s."PatronId"
WHERE p."IsStudent" GROUP BY 1"""


def test_flag_before_its_tables_noun_in_a_follow_up(house: Db, stage: Db) -> None:
    d = answer(house, "vip lodgers only", previous=answer(house, "average rating by room kind"))
    assert rows(house[0], d.sql) == rows(house[0], VIP), d.sql
    d = answer(stage, "student patrons only", previous=answer(stage, "average price paid by stage"))
    assert rows(stage[0], d.sql) == rows(stage[0], STUDENT), d.sql


def test_the_value_alone_stays_the_value(house: Db, stage: Db) -> None:
    same(house, "average rating by room kind for the vip package", "SELECT room_kind, avg(rating) FROM sojourn "
         "WHERE plan_code = 'VIP' GROUP BY 1")  # fmt: skip
    same(stage, "average price paid by stage for student fares", """SELECT "Stage", avg("PricePaid") FROM "Seats"
        WHERE "Fare" = 'Student' GROUP BY 1""")  # fmt: skip
