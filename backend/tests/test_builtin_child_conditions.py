"""A histogram of a parent's column under a condition on its child rows ("histogram of salary for staff with closed
loans"): the parents whose key is among those the matching child rows point at. Before, the condition was put on the
parent's own rows and the query failed. On two catalogs written for it: a lender's snake_case staff and loans, and a
shipping line's PascalCase vessels and voyages."""

from __future__ import annotations

import duckdb
import pytest

from backend.tests.builtin_checks import Db, catalog_fixture, same


def lender() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_name VARCHAR, salary DOUBLE, hired_on DATE)")
    con.execute(
        "CREATE TABLE loans(loan_id INTEGER PRIMARY KEY, officer_id INTEGER REFERENCES staff(staff_id), "
        "principal DOUBLE, loan_status VARCHAR, opened_on DATE)"
    )
    con.execute(
        "INSERT INTO staff SELECT i, 'Officer ' || i, 30000 + (i * 7919) % 60000, DATE '2015-01-01' + (i * 40)::INTEGER "
        "FROM range(1, 41) t(i)"
    )
    con.execute(
        "INSERT INTO loans SELECT i, 1 + (i * 13) % 40, 1000 + (i * 37) % 9000, "
        "CASE WHEN i % 5 = 0 THEN 'closed' WHEN i % 7 = 0 THEN 'defaulted' ELSE 'active' END, "
        "DATE '2022-01-01' + i::INTEGER FROM range(1, 301) t(i)"
    )
    return con


def shipping() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Vessel"("VesselId" INTEGER PRIMARY KEY, "VesselName" VARCHAR, "GrossTonnage" INTEGER, '
        '"BuiltYear" INTEGER)'
    )
    con.execute(
        'CREATE TABLE "Voyage"("VoyageId" INTEGER PRIMARY KEY, "VesselId" INTEGER REFERENCES "Vessel"("VesselId"), '
        '"VoyageStatus" VARCHAR, "DepartedAt" TIMESTAMP, "CargoTons" DOUBLE)'
    )
    con.execute(
        "INSERT INTO \"Vessel\" SELECT i, 'MV Star ' || i, 5000 + (i * 3571) % 40000, 1990 + i % 30 "
        "FROM range(1, 61) t(i)"
    )
    con.execute(
        "INSERT INTO \"Voyage\" SELECT i, 1 + (i * 11) % 60, CASE WHEN i % 6 = 0 THEN 'Cancelled' ELSE 'Completed' "
        "END, TIMESTAMP '2023-01-01 06:00' + INTERVAL (i * 9) HOUR, 100 + (i * 53) % 4000 FROM range(1, 401) t(i)"
    )
    return con


bank = catalog_fixture(lender)
ships = catalog_fixture(shipping)


@pytest.mark.parametrize(
    ("which", "question", "gold"),
    [
        (
            "bank",
            "histogram of salary for staff with closed loans",
            "SELECT FLOOR(salary / 5000) * 5000 AS b, COUNT(*) FROM staff WHERE staff_id IN "
            "(SELECT officer_id FROM loans WHERE loan_status = 'closed') GROUP BY 1",
        ),
        (
            "ships",
            "histogram of gross tonnage for vessels with cancelled voyages",
            'SELECT FLOOR("GrossTonnage" / 2000) * 2000 AS b, COUNT(*) FROM "Vessel" WHERE "VesselId" IN '
            '(SELECT "VesselId" FROM "Voyage" WHERE "VoyageStatus" = \'Cancelled\') GROUP BY 1',
        ),
    ],
)
def test_a_parent_histogram_keeps_the_parents_whose_child_rows_meet_the_condition(
    which: str, question: str, gold: str, request: pytest.FixtureRequest
) -> None:
    db: Db = request.getfixturevalue(which)
    d = same(db, question, gold)
    assert d.chart.chart_type == "histogram"
