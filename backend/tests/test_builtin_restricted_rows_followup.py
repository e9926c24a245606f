"""A follow-up that only restricts the rows by an adjective before their noun ("only urgent visits", "express
deliveries only") keeps the previous grouping: the noun names the rows, not a column of theirs to group by, even when
a column's first word spells it. On two catalogs written here: a snake_case vet practice (priority letters a comment
explains) and a PascalCase courier (yes/no and word states)."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import QueryDecision
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows


def vet_practice() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE practice(id INTEGER PRIMARY KEY, name VARCHAR)")
    con.execute("INSERT INTO practice VALUES (1, 'Northgate'), (2, 'Riverside'), (3, 'Old Mill'), (4, 'Hilltop')")
    con.execute(
        """CREATE TABLE booking(id INTEGER PRIMARY KEY, practice_id INTEGER REFERENCES practice(id),
        visit_kind VARCHAR, priority VARCHAR, wait_minutes INTEGER, booked_at TIMESTAMP)"""
    )
    con.execute("COMMENT ON COLUMN booking.priority IS 'E = emergency, N = normal, L = low'")
    con.execute(
        """INSERT INTO booking SELECT i, 1 + i % 4, ['checkup', 'vaccination', 'surgery', 'dental'][1 + i % 4],
        ['E', 'N', 'N', 'L', 'N'][1 + i % 5], 5 + (i * 7) % 50, TIMESTAMP '2024-01-01 09:00' + INTERVAL (i * 13) HOUR
        FROM range(1, 401) t(i)"""
    )
    return con


def courier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Depots"("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR)')
    con.execute("""INSERT INTO "Depots" VALUES (1, 'Harbour'), (2, 'Airfield'), (3, 'Ringway')""")
    con.execute(
        """CREATE TABLE "Consignments"("ConsignmentId" INTEGER PRIMARY KEY,
        "DepotId" INTEGER REFERENCES "Depots"("DepotId"), "DeliveryWindow" VARCHAR, "IsExpress" BOOLEAN,
        "Outcome" VARCHAR, "WeightKg" DECIMAL(8, 2), "DispatchedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Consignments" SELECT i, 1 + i % 3, ['morning', 'afternoon', 'evening'][1 + i % 3],
        i % 4 = 0, ['Delivered', 'Delivered', 'Failed', 'Returned'][1 + i % 4], 1 + (i * 17 % 300) / 10.0,
        TIMESTAMP '2024-03-01 08:00' + INTERVAL (i * 7) HOUR FROM range(1, 501) t(i)"""
    )
    return con


vets = catalog_fixture(vet_practice)
couriers = catalog_fixture(courier)


def _follow(db: Db, first: str, then: str, gold: str) -> None:
    prev = answer(db, first)
    d = answer(db, then, previous=prev)
    assert isinstance(d, QueryDecision)
    assert rows(db[0], d.sql) == rows(db[0], gold), d.sql


def test_adjective_before_the_rows_noun_keeps_the_grouping(vets: Db, couriers: Db) -> None:
    _follow(
        vets,
        "average wait minutes by practice",
        "only emergency visits",
        """SELECT p.name, avg(v.wait_minutes) FROM booking v JOIN practice p ON p.id = v.practice_id
        WHERE v.priority = 'E' GROUP BY p.name""",
    )
    _follow(
        couriers,
        "average weight by depot",
        "only failed deliveries",
        """SELECT d."DepotName", avg(x."WeightKg") FROM "Consignments" x JOIN "Depots" d ON d."DepotId" = x."DepotId"
        WHERE x."Outcome" = 'Failed' GROUP BY 1""",
    )


def test_only_at_the_end_is_a_follow_up(vets: Db, couriers: Db) -> None:
    _follow(
        vets,
        "average wait minutes by practice",
        "emergency visits only",
        """SELECT p.name, avg(v.wait_minutes) FROM booking v JOIN practice p ON p.id = v.practice_id
        WHERE v.priority = 'E' GROUP BY p.name""",
    )
    _follow(
        couriers,
        "number of consignments by depot",
        "express deliveries only",
        """SELECT d."DepotName", count(*) FROM "Consignments" x JOIN "Depots" d ON d."DepotId" = x."DepotId"
        WHERE x."IsExpress" GROUP BY 1""",
    )


def test_a_grouping_said_with_by_still_regroups(vets: Db) -> None:
    _follow(
        vets,
        "average wait minutes by practice",
        "only emergency visits by visit kind",
        "SELECT visit_kind, avg(wait_minutes) FROM booking WHERE priority = 'E' GROUP BY 1",
    )
