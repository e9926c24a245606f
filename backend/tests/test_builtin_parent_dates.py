"""A date named by its verb on the row's parent, followed by "each"/"per" and a period ("how many subscribers
registered each year", where the registration time is the account's): that date is the one time axis, by that period,
not the row's own date with the parent's date beside it. On two catalogs written for the test (parent_date_catalogs)."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog
from backend.tests.parent_date_catalogs import newsletter, school_portal

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def letters() -> Iterator[Db]:
    con = newsletter()
    yield con, build_catalog(con)
    con.close()


@pytest.fixture(scope="module")
def portal() -> Iterator[Db]:
    con = school_portal()
    yield con, build_catalog(con)
    con.close()


def _series(db: Db, sql: str) -> dict[str, int]:
    rows = db[0].execute(sql).fetchall()
    assert all(len(r) == 2 for r in rows), sql  # one period and one count a row
    return {str(r[0])[:10]: int(r[1]) for r in rows}


@pytest.mark.parametrize("question", ["How many subscribers registered each year?",
                                      "How many new subscribers registered per year?"])  # fmt: skip
def test_parent_date_per_period(letters: Db, question: str) -> None:
    d = understand(question, letters[1])
    assert isinstance(d, QueryDecision), d
    truth = "SELECT DATE_TRUNC('year', registered_at), COUNT(*) FROM subscribers JOIN accounts USING (account_id) GROUP BY 1"
    assert _series(letters, d.sql) == _series(letters, truth)
    assert d.chart.chart_type in ("line", "bar")


def test_parent_date_per_period_pascal_case(portal: Db) -> None:
    d = understand("How many students enrolled each month?", portal[1])
    assert isinstance(d, QueryDecision), d
    truth = 'SELECT DATE_TRUNC(\'month\', "EnrolledOn"), COUNT(*) FROM "Students" JOIN "Logins" USING ("LoginID") GROUP BY 1'
    assert _series(portal, d.sql) == _series(portal, truth)
