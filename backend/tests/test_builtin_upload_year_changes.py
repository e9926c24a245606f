"""The change of a measure between two years, per group, worded as gallery captions word it ("which continent had the
biggest increase in life expectancy between 1952 and 2007"): the last year's figure minus the first year's, one row per
group, not a total over the years in between; "how has it changed from … to …" stays a trend (upload_catalogs.py)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.upload_catalogs import orchard_survey, parking_tickets

orchard = catalog_fixture(orchard_survey)
tickets = catalog_fixture(parking_tickets)


def test_change_between_two_years_per_group(orchard: Db, tickets: Db) -> None:
    same(
        orchard,
        "which orchard had the biggest increase in average yield between 2015 and 2023",
        "SELECT orchard, AVG(yield_kg) FILTER (WHERE survey_year = 2023) - AVG(yield_kg) FILTER (WHERE survey_year = 2015)"
        " AS d FROM orchard_survey GROUP BY 1 ORDER BY d DESC LIMIT 1",
    )
    same(
        tickets,
        "change in the number of tickets from 2019 to 2024 by street",
        "SELECT street, COUNT(*) FILTER (WHERE issue_year = 2024) - COUNT(*) FILTER (WHERE issue_year = 2019)"
        " FROM parking_tickets GROUP BY 1",
    )


def test_how_it_changed_over_the_years_stays_a_trend(orchard: Db) -> None:
    d = answer(orchard, "how has the average yield changed from 2015 to 2023")
    assert d.chart.chart_type in ("line", "area", "bar") and len(d.plan.dimensions) == 1, d.sql
