"""Groups compared by their figures, on two catalogs written for the test (`group_catalogs.py`: a snake_case
maintenance shop with prefixed, abbreviated names and a camelCase venue office): a top N counted by the rows' own
number key, and two figures of one kind set against each other by a grouping."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, covers, same
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


def test_groups_with_more_rows_than_the_average_group(shop: Db, office: Db) -> None:
    # Each group's count against the average of the groups' counts, not against an average of the rows.
    same(shop, "depots with more jobs than the average depot",
         "SELECT depot_cd, count(*) FROM mnt_repair_job GROUP BY 1 HAVING count(*) > "
         "(SELECT avg(n) FROM (SELECT count(*) AS n FROM mnt_repair_job GROUP BY depot_cd))")  # fmt: skip
    covers(office, "venues with fewer bookings than the average venue",
         'SELECT v."venueName", count(*) FROM "EventBookings" b JOIN "Venues" v USING ("venueCode") GROUP BY 1 '
         'HAVING count(*) < (SELECT avg(n) FROM (SELECT count(*) AS n FROM "EventBookings" GROUP BY "venueCode"))')  # fmt: skip
    same(shop, "job types with more spent hours than the average job type",
         "SELECT job_type, sum(spent_hrs) FROM mnt_repair_job GROUP BY 1 HAVING sum(spent_hrs) > "
         "(SELECT avg(s) FROM (SELECT sum(spent_hrs) AS s FROM mnt_repair_job GROUP BY job_type))")  # fmt: skip


def test_groups_with_more_than_a_number_of_rows_named_by_their_key(shop: Db) -> None:
    # "jobs" names the job_no key of the rows: the condition is on each group's number of jobs.
    same(shop, "job types with more than 65 jobs",
         "SELECT job_type, count(*) FROM mnt_repair_job GROUP BY 1 HAVING count(*) > 65")  # fmt: skip


def test_groups_with_more_than_a_number_of_a_figure_compare_their_totals(shop: Db, office: Db) -> None:
    same(shop, "depots with more than 1000 spent hours",
         "SELECT depot_cd, sum(spent_hrs) FROM mnt_repair_job GROUP BY 1 HAVING sum(spent_hrs) > 1000")  # fmt: skip
    same(office, "event kinds with more than 12000 actual guests",
         'SELECT "eventKind", sum("actualGuests") FROM "EventBookings" GROUP BY 1 HAVING sum("actualGuests") > 12000')  # fmt: skip
    # The rows themselves with a figure over a number stay a row filter.
    d = answer(shop, "jobs with more than 10 spent hours")
    assert "HAVING" not in d.sql and "spent_hrs > 10" in d.sql, d.sql


def test_groups_with_an_above_average_figure_compare_their_average(shop: Db, office: Db) -> None:
    same(shop, "job types with above average spent hours",
         "SELECT job_type, avg(spent_hrs) FROM mnt_repair_job GROUP BY 1 "
         "HAVING avg(spent_hrs) > (SELECT avg(spent_hrs) FROM mnt_repair_job)")  # fmt: skip
    same(office, "which event kinds have above-average fees",
         'SELECT "eventKind", avg("feeAmt") FROM "EventBookings" GROUP BY 1 '
         'HAVING avg("feeAmt") > (SELECT avg("feeAmt") FROM "EventBookings")')  # fmt: skip


def test_groups_whose_total_of_one_figure_exceeds_another(shop: Db, office: Db) -> None:
    same(shop, "depots with more spent hours than budgeted",
         "SELECT depot_cd, sum(spent_hrs), sum(budget_hrs) FROM mnt_repair_job GROUP BY 1 "
         "HAVING sum(spent_hrs) > sum(budget_hrs)")  # fmt: skip
    same(office, "event kinds with fewer actual guests than planned",
         'SELECT "eventKind", sum("actualGuests"), sum("plannedGuests") FROM "EventBookings" GROUP BY 1 '
         'HAVING sum("actualGuests") < sum("plannedGuests")')  # fmt: skip
    # Rows compared with their own other figure stay a row filter.
    d = answer(office, "bookings with more actual guests than planned")
    assert "HAVING" not in d.sql, d.sql
