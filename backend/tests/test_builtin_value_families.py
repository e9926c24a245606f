"""Values written as a family and a member ("Bruise - Minor", "Delay: Weather"): the family's word asks for every
member, on two catalogs written here: an orchard's fruit inspections in snake_case with dashes, and a ferry line's
PascalCase incident log with colons."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def orchard() -> Db:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE fruit_inspections(inspection_id INTEGER, inspected_at TIMESTAMP, orchard_row VARCHAR, "
        "defect_kind VARCHAR, crates_checked INTEGER)"
    )
    con.execute(
        """INSERT INTO fruit_inspections SELECT i, TIMESTAMP '2024-01-01' + i * INTERVAL 5 HOUR,
        ['A1', 'A2', 'B1'][1 + i % 3], ['Bruise - Minor', 'Bruise - Severe', 'Rot - Core', 'Scab', 'Rot - Skin'][1 + i % 5],
        1 + i % 4 FROM range(500) t(i)"""
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def ferry() -> Db:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "SailingIncidents"("IncidentId" INTEGER, "ReportedAt" TIMESTAMP, "PortName" VARCHAR, '
        '"IncidentReason" VARCHAR, "MinutesLost" INTEGER)'
    )
    con.execute(
        """INSERT INTO "SailingIncidents" SELECT i, TIMESTAMP '2024-05-01' + i * INTERVAL 7 HOUR,
        ['Northpier', 'Eastdock', 'Saltbay'][1 + i % 3],
        ['Delay: Weather', 'Delay: Crew', 'Cancel: Weather', 'Cancel: Engine', 'Overbooked'][1 + (i // 2) % 5],
        5 + i % 50 FROM range(400) t(i)"""
    )
    return con, build_catalog(con)


def _rows(db: Db, question: str, gold: str) -> list[tuple[Any, ...]]:
    d = understand(question, db[1])
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    got = sorted(db[0].execute(d.sql).fetchall(), key=repr)
    assert got == sorted(db[0].execute(gold).fetchall(), key=repr), d.sql
    return got


def test_a_family_word_counts_every_member(orchard: Db, ferry: Db) -> None:
    _rows(
        orchard,
        "bruise defects by orchard row",
        "SELECT orchard_row, COUNT(*) FROM fruit_inspections WHERE defect_kind LIKE 'Bruise - %' GROUP BY 1",
    )
    _rows(
        ferry,
        "number of delay incidents by port name",
        """SELECT "PortName", COUNT(*) FROM "SailingIncidents" WHERE "IncidentReason" LIKE 'Delay:%' GROUP BY 1""",
    )


def test_a_family_word_filters_a_cycle(orchard: Db, ferry: Db) -> None:
    got = _rows(
        orchard,
        "rot defects by hour of day",
        "SELECT hour(inspected_at), COUNT(*) FROM fruit_inspections WHERE defect_kind LIKE 'Rot - %' GROUP BY 1",
    )
    assert len(got) > 3
    _rows(
        ferry,
        "total minutes lost to cancel incidents by month",
        """SELECT date_trunc('month', "ReportedAt"), SUM("MinutesLost") FROM "SailingIncidents"
        WHERE "IncidentReason" LIKE 'Cancel:%' GROUP BY 1""",
    )
