"""Distributions by group, worded as chart galleries word them ("distribution of body mass by species"): a box per
group (its five numbers and count), or, asked as histograms, one histogram per group, the group as the chart's series,
every row of each group counted once (upload_catalogs.py)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows
from backend.tests.upload_catalogs import gym_members, orchard_survey

gym = catalog_fixture(gym_members)
orchard = catalog_fixture(orchard_survey)


def _per_group(db: Db, question: str, group: str, gold: str) -> None:
    d = answer(db, question)
    assert d.chart.chart_type == "histogram" and d.chart.series == group, d.chart
    got = db[0].execute(f'SELECT "{group}", SUM(count) FROM ({d.sql}) GROUP BY 1').fetchall()
    assert sorted(got) == rows(db[0], gold), d.sql


def test_distribution_of_a_measure_by_group_is_a_box_per_group_or_histograms_when_asked(gym: Db, orchard: Db) -> None:
    boxes = answer(gym, "distribution of monthly fee by plan")  # the groups side by side: a box each
    assert boxes.chart.chart_type == "box" and boxes.chart.x == "Plan", boxes.chart
    counted = gym[0].execute(f'SELECT "Plan", count FROM ({boxes.sql})').fetchall()
    assert sorted(counted, key=repr) == rows(
        gym[0], 'SELECT "Plan", COUNT("MonthlyFee") FROM "GymMembers" GROUP BY 1'
    ), boxes.sql
    _per_group(
        orchard,
        "histogram of yield for each variety in 2021",
        "variety",
        "SELECT variety, COUNT(*) FROM orchard_survey WHERE survey_year = 2021 GROUP BY 1",
    )


def test_distribution_without_a_group_stays_one_histogram(gym: Db) -> None:
    d = answer(gym, "age distribution of members")
    assert d.chart.chart_type == "histogram" and d.chart.series is None
