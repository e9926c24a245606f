"""Groups compared by their figures, on two catalogs written for the test (`group_catalogs.py`: a snake_case
maintenance shop with prefixed, abbreviated names and a camelCase venue office): a top N counted by the rows' own
number key, and two figures of one kind set against each other by a grouping."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, same
from backend.tests.group_catalogs import maintenance, venues


@pytest.fixture(scope="module")
def shop() -> Db:
    con: duckdb.DuckDBPyConnection = maintenance()
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def office() -> Db:
    con: duckdb.DuckDBPyConnection = venues()
    return con, build_catalog(con)


def test_a_top_n_by_the_number_of_rows_counts_them_not_their_keys(shop: Db, office: Db) -> None:
    # "number of jobs" names the job_no key: the jobs are counted, the key is no grouping.
    d = same(shop, "top 3 job types by number of jobs",
             "SELECT job_type, count(*) AS n FROM mnt_repair_job GROUP BY 1 ORDER BY n DESC LIMIT 3")  # fmt: skip
    assert "LIMIT 3" in d.sql, d.sql
    same(office, "top 3 event kinds by number of bookings",
         'SELECT "eventKind", count(*) AS n FROM "EventBookings" GROUP BY 1 ORDER BY n DESC LIMIT 3')  # fmt: skip


def test_two_figures_of_one_kind_by_a_grouping_are_two_totals_per_group(shop: Db, office: Db) -> None:
    d = same(shop, "Budgeted vs spent hours by job type",
             "SELECT job_type, sum(budget_hrs), sum(spent_hrs) FROM mnt_repair_job GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type == "bar", d.chart
    d = same(office, "Planned vs actual guests by event kind",
             'SELECT "eventKind", sum("plannedGuests"), sum("actualGuests") FROM "EventBookings" GROUP BY 1')  # fmt: skip
    assert d.chart.chart_type == "bar", d.chart


def test_figures_of_different_kinds_or_asked_as_a_scatter_stay_a_scatter(shop: Db, office: Db) -> None:
    assert answer(shop, "parts cost versus spent hours by job type").chart.chart_type == "scatter"
    assert answer(shop, "scatter of budget hours vs spent hours by job type").chart.chart_type == "scatter"
    assert answer(office, "fee versus actual guests for each booking").chart.chart_type == "scatter"
