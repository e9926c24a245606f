"""Years joined by "or" ("races in 2021 or 2023", "shows held in 2019 or 2022") are one filter over any of them (IN), not
periods compared side by side; a year held as text in a column named like a year (`race_year = '2022'`) is filtered
by its values, where a table has no date. Two catalogs (`bench_catalogs.py`): a regatta in snake_case with text years
and an allotment society in PascalCase with an integer `ShowYear`."""

from __future__ import annotations

import pytest

from backend.tests.bench_catalogs import allotment, regatta
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers

sea = catalog_fixture(regatta)
plots = catalog_fixture(allotment)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("How many races were held in 2021 or 2023?", "SELECT count(*) FROM race WHERE race_year IN ('2021', '2023')"),
        ("Show the names of races in year 2022", "SELECT race_name FROM race WHERE race_year = '2022'"),
        ("How many sailors have a boat launched in 2009 or 2012?",
         "SELECT count(*) FROM sailor WHERE boat_launch_year IN ('2009', '2012')"),
    ],
)  # fmt: skip
def test_years_held_as_text(sea: Db, question: str, gold: str) -> None:
    covers(sea, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("How many flower shows were held in 2019 or 2022?",
         """SELECT count(*) FROM "FlowerShows" WHERE "ShowYear" IN (2019, 2022)"""),
        ("Show the names of flower shows in 2020 or 2021",
         """SELECT "ShowName" FROM "FlowerShows" WHERE "ShowYear" IN (2020, 2021)"""),
    ],
)  # fmt: skip
def test_years_joined_by_or_on_a_whole_number_year(plots: Db, question: str, gold: str) -> None:
    covers(plots, question, gold)


def test_years_joined_by_or_are_no_compared_periods(plots: Db) -> None:
    # One number over both years, not one bar per year.
    d = answer(plots, "How many flower shows were held in 2019 or 2022?")
    assert d.chart.chart_type == "kpi" or len(d.plan.dimensions) == 0, d.sql
