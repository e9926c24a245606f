"""The rate of a yes/no column, worded as galleries and HR dashboards word it ("attrition rate by department",
"the overall churn rate"): the percentage of rows where it is yes, per group or overall (upload_catalogs.py)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.upload_catalogs import gym_members, orchard_survey

gym = catalog_fixture(gym_members)
orchard = catalog_fixture(orchard_survey)

_CHURNED = """100.0 * AVG(CASE WHEN "Churn" = 'Yes' THEN 1 ELSE 0 END)"""
_BLIGHTED = "100.0 * AVG(CASE WHEN blight = 'Y' THEN 1 ELSE 0 END)"


def test_rate_of_a_yes_no_column_by_group(gym: Db, orchard: Db) -> None:
    same(gym, "churn rate by branch", f'SELECT "Branch", {_CHURNED} FROM "GymMembers" GROUP BY 1')
    same(orchard, "blight rate by variety", f"SELECT variety, {_BLIGHTED} FROM orchard_survey GROUP BY 1")


def test_overall_rate_of_a_yes_no_column_is_one_figure(gym: Db, orchard: Db) -> None:
    same(gym, "what is the overall churn rate", f'SELECT {_CHURNED} FROM "GymMembers"')
    same(orchard, "overall blight rate in 2020", f"SELECT {_BLIGHTED} FROM orchard_survey WHERE survey_year = 2020")


def test_rate_among_the_rows_a_condition_keeps(gym: Db, orchard: Db) -> None:
    same(gym, "churn rate of Premium members", f"""SELECT {_CHURNED} FROM "GymMembers" WHERE "Plan" = 'Premium'""")
    same(
        orchard,
        "blight rate of irrigated trees by variety",
        f"SELECT variety, {_BLIGHTED} FROM orchard_survey WHERE irrigated = 'Y' GROUP BY 1",
    )
