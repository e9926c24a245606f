"""Scatter encodings worded as chart galleries word them: "A vs B coloured by C" is one point per row with C as each
point's colour, not two totals per C side by side (upload_catalogs.py)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.upload_catalogs import gym_members, orchard_survey

gym = catalog_fixture(gym_members)
orchard = catalog_fixture(orchard_survey)


def test_coloured_by_is_a_colour_not_a_grouping(gym: Db, orchard: Db) -> None:
    d = same(
        gym,
        "monthly fee vs joining fee colored by branch",
        'SELECT "MonthlyFee", "JoiningFee", "Branch" FROM "GymMembers"',
    )
    assert d.chart.chart_type == "scatter"
    d = same(
        orchard,
        "height vs crown width, coloured by variety",
        "SELECT height_cm, crown_width_cm, variety FROM orchard_survey",
    )
    assert d.chart.chart_type == "scatter"
