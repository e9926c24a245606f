"""A comparative of time with no figure named ("fault kinds that take longer than average to fix") is about the rows'
one figure counted in units of time, on two catalogs written here: a snake_case repair desk and a PascalCase carrier
log, each keeping the length in days under a name no length word spells."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _repairs() -> duckdb.DuckDBPyConnection:
    """Repair tickets with the days each took to fix."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute("CREATE TABLE repair_tickets(ticket_id INTEGER, fault_kind VARCHAR, opened_on DATE, fix_days INTEGER)")
    slow = {"Boiler": 9, "Leak": 3, "Wiring": 6, "Lock": 1, "Damp": 12}
    con.executemany(
        "INSERT INTO repair_tickets VALUES (?, ?, DATE '2024-01-01' + CAST(? AS INTEGER), ?)",
        [
            (i, k, rnd.randrange(365), max(0, slow[k] + rnd.randint(-2, 2)))
            for i in range(400)
            for k in [rnd.choice(list(slow))]
        ],
    )
    return con


def _carriers() -> duckdb.DuckDBPyConnection:
    """Shipments by carrier with their days in transit and their weight."""
    con = duckdb.connect()
    rnd = random.Random(32)
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER, "Carrier" VARCHAR, "TransitDays" INTEGER, "WeightKg" DOUBLE)'
    )
    pace = {"Swiftline": 2, "Northway": 5, "Bluecrate": 3, "Parcelo": 7}
    con.executemany(
        'INSERT INTO "Shipments" VALUES (?, ?, ?, ?)',
        [
            (i, c, pace[c] + rnd.randint(0, 3), round(rnd.uniform(1, 40), 1))
            for i in range(500)
            for c in [rnd.choice(list(pace))]
        ],
    )
    return con


repairs = catalog_fixture(_repairs)
carriers = catalog_fixture(_carriers)


# Groups whose average length of time is above (or below) the average of every row.
def test_groups_taking_longer_than_average_compare_their_average_length(repairs: Db, carriers: Db) -> None:
    same(
        repairs,
        "Which fault kinds take longer than average to fix?",
        "SELECT fault_kind, AVG(fix_days) FROM repair_tickets GROUP BY fault_kind "
        "HAVING AVG(fix_days) > (SELECT AVG(fix_days) FROM repair_tickets)",
    )
    same(
        carriers,
        "which carriers take longer than the average to deliver",
        'SELECT "Carrier", AVG("TransitDays") FROM "Shipments" GROUP BY "Carrier" '
        'HAVING AVG("TransitDays") > (SELECT AVG("TransitDays") FROM "Shipments")',
    )
    same(
        carriers,
        "carriers that take shorter than average",
        'SELECT "Carrier", AVG("TransitDays") FROM "Shipments" GROUP BY "Carrier" '
        'HAVING AVG("TransitDays") < (SELECT AVG("TransitDays") FROM "Shipments")',
    )


# A number keeps its own unit's reading, and a figure named keeps its name.
def test_a_named_figure_or_a_number_keeps_its_reading(carriers: Db) -> None:
    d = answer(carriers, "carriers with heavier than average shipments")
    assert "WeightKg" in d.sql and "TransitDays" not in d.sql, d.sql
