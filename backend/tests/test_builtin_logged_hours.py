"""A unit of time said as the amount of a figure stored in another unit (`logged_time_catalogs.py`: a snake_case repair
cooperative logging seconds, a camelCase print studio logging minutes): "hours worked by member", "who spent the most
hours on posters" add the logged figure up and read it in hours; the unit word names no column of its own (a comment
that mentions hours elsewhere is no reason to average that column)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.logged_time_catalogs import print_studio, repair_coop

coop = catalog_fixture(repair_coop)
studio = catalog_fixture(print_studio)


def test_hours_worked_per_person_are_the_seconds_added_up(coop: Db) -> None:
    d = covers(  # the member's written code may ride beside the name (namesakes kept apart)
        coop,
        "hours worked by member",
        "SELECT m.display_name, SUM(t.seconds_worked) / 3600.0 FROM time_entries t "
        "JOIN members m ON m.member_code = t.member_code GROUP BY 1",
    )
    assert d.plan.measures[0].agg == "sum"
    assert d.chart.chart_type == "bar"


def test_who_worked_the_most_hours_is_the_person_with_the_largest_total(coop: Db) -> None:
    covers(
        coop,
        "who worked the most hours",
        "SELECT m.display_name, SUM(t.seconds_worked) / 3600.0 AS h FROM time_entries t "
        "JOIN members m ON m.member_code = t.member_code GROUP BY 1 ORDER BY h DESC LIMIT 1",
    )


def test_minutes_spent_read_as_hours_per_month_and_per_person(studio: Db) -> None:
    same(
        studio,
        "hours spent per month",
        'SELECT DATE_TRUNC(\'month\', "loggedAt"), SUM("minutesSpent") / 60.0 FROM "workLogs" GROUP BY 1',
    )
    same(
        studio,
        "who spent the most hours on posters",
        'SELECT s."fullName", SUM(w."minutesSpent") / 60.0 AS h FROM "workLogs" w JOIN jobs j ON j."jobId" = w."jobId" '
        'JOIN staff s ON s."staffId" = w."staffId" WHERE j.format = \'Poster\' GROUP BY 1 ORDER BY h DESC LIMIT 1',
    )


def test_an_average_said_stays_an_average(studio: Db) -> None:
    d = same(studio, "average hours spent per month",
             'SELECT DATE_TRUNC(\'month\', "loggedAt"), AVG("minutesSpent" / 60.0) FROM "workLogs" GROUP BY 1')  # fmt: skip
    assert d.plan.measures[0].agg == "avg"
