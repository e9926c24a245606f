""" "How much" asked with no measure named ("how much did we reimburse in 2024?", "how much was received in 2023?")
asks for an amount: over a table with one money column, that column summed, not the rows listed. On two catalogs
written for the test (how_much_catalogs)."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog
from backend.tests.how_much_catalogs import charity, expense_desk

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def desk() -> Iterator[Db]:
    con = expense_desk()
    yield con, build_catalog(con)
    con.close()


@pytest.fixture(scope="module")
def gifts() -> Iterator[Db]:
    con = charity()
    yield con, build_catalog(con)
    con.close()


def _one(db: Db, sql: str) -> float:
    rows = db[0].execute(sql).fetchall()
    assert len(rows) == 1 and len(rows[0]) == 1, sql
    return float(rows[0][0])


@pytest.mark.parametrize("question", ["How much did we reimburse in 2024?", "How much was reimbursed in 2024?"])
def test_how_much_sums_the_money(desk: Db, question: str) -> None:
    d = understand(question, desk[1])
    assert isinstance(d, QueryDecision), d
    assert d.chart.chart_type == "kpi", d.sql
    truth = "SELECT SUM(amount_eur) FROM expense_claims WHERE year(reimbursed_on) = 2024"
    assert _one(desk, d.sql) == pytest.approx(_one(desk, truth))


def test_how_much_sums_the_money_pascal_case(gifts: Db) -> None:
    d = understand("How much was received in 2023?", gifts[1])
    assert isinstance(d, QueryDecision), d
    assert d.chart.chart_type == "kpi", d.sql
    truth = 'SELECT SUM("AmountUsd") FROM "Gifts" WHERE year("ReceivedOn") = 2023'
    assert _one(gifts, d.sql) == pytest.approx(_one(gifts, truth))


def test_how_much_by_group(gifts: Db) -> None:
    d = understand("How much did each donor give in 2023?", gifts[1])
    assert isinstance(d, QueryDecision), d
    got = {r[0]: float(r[-1]) for r in gifts[0].execute(d.sql).fetchall()}
    truth = 'SELECT "DonorName", SUM("AmountUsd") FROM "Gifts" WHERE year("PledgedOn") = 2023 GROUP BY 1'
    assert got == pytest.approx({r[0]: float(r[1]) for r in gifts[0].execute(truth).fetchall()})
