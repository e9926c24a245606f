"""Hours said as an amount ("total hours worked by duty", "who worked the most hours") over rows clocked on and off:
the time from each row's start to its end, added up in the unit said, where no figure of the rows is kept in a unit
of time (a rate per hour is no amount of hours). On catalogs written for the test (`clocked_time_catalogs.py`): a
snake_case harbour-pilot rota and a PascalCase volunteer kitchen."""

from __future__ import annotations

import math

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.clocked_time_catalogs import pilot_rota, volunteer_kitchen

rota = catalog_fixture(pilot_rota)
kitchen = catalog_fixture(volunteer_kitchen)

_WATCH_HOURS = "sum(epoch(ended_at) - epoch(began_at)) / 3600"
_SESSION_HOURS = 'sum(epoch("SignedOutAt") - epoch("SignedInAt")) / 3600'


def test_hours_worked_by_a_group_add_up_each_rows_time_from_start_to_end(rota: Db, kitchen: Db) -> None:
    same(rota, "total hours worked by duty in 2024",
         f"SELECT duty, {_WATCH_HOURS} FROM watches WHERE began_at >= '2024-01-01' AND began_at < '2025-01-01' "
         "AND ended_at IS NOT NULL GROUP BY 1")  # fmt: skip
    same(rota, "hours worked per berth",
         f"SELECT berth, {_WATCH_HOURS} FROM watches WHERE ended_at IS NOT NULL GROUP BY 1")  # fmt: skip
    same(kitchen, "total hours by station",
         f'SELECT "Station", {_SESSION_HOURS} FROM "KitchenSession" GROUP BY 1')  # fmt: skip


def test_who_worked_the_most_hours_ranks_people_by_their_summed_time(rota: Db, kitchen: Db) -> None:
    for db, question, gold in (
        (rota, "which pilots worked the most hours? top 5",
         f"SELECT pilot_id, {_WATCH_HOURS} AS h FROM watches WHERE ended_at IS NOT NULL GROUP BY 1 ORDER BY 2 DESC "
         "LIMIT 5"),
        (kitchen, "which volunteers put in the most hours? top 3",
         f'SELECT "VolunteerId", {_SESSION_HOURS} AS h FROM "KitchenSession" GROUP BY 1 ORDER BY 2 DESC LIMIT 3'),
    ):  # fmt: skip
        d = answer(db, question)
        got = db[0].execute(d.sql).fetchall()
        want = [r[1] for r in db[0].execute(gold).fetchall()]
        figures = [next(v for v in reversed(r) if isinstance(v, float)) for r in got]
        assert len(got) == len(want), d.sql
        assert all(math.isclose(a, b, rel_tol=1e-9) for a, b in zip(figures, want, strict=True)), (d.sql, got, want)
        assert d.chart is not None and d.chart.chart_type == "bar", d.sql


def test_who_with_no_people_named_is_the_person_behind_each_clocked_row(kitchen: Db) -> None:
    d = answer(kitchen, "who put in the most hours? top 3")
    got = kitchen[0].execute(d.sql).fetchall()
    want = (
        kitchen[0]
        .execute(
            f'SELECT v."FirstName", {_SESSION_HOURS} FROM "KitchenSession" s JOIN "Volunteer" v USING ("VolunteerId") '
            'GROUP BY v."VolunteerId", 1 ORDER BY 2 DESC LIMIT 3'
        )
        .fetchall()
    )
    assert [w[0] for w in want] == [next(v for v in r if v in {w[0] for w in want}) for r in got], (d.sql, got)


def test_a_rate_per_hour_and_hours_as_a_span_of_the_calendar_stay_as_they_were(rota: Db) -> None:
    same(rota, "average rate per hour by duty", "SELECT duty, avg(rate_per_hour_cents) / 100 FROM watches GROUP BY 1")


def test_role_or_position_is_the_job_title_a_person_holds(rota: Db, kitchen: Db) -> None:
    same(rota, "average rate per hour by role",
         "SELECT p.post_title, avg(w.rate_per_hour_cents) / 100 FROM watches w JOIN pilots p USING (pilot_id) "
         "GROUP BY 1")  # fmt: skip
    same(kitchen, "total hours by position",
         f'SELECT v."RoleName", {_SESSION_HOURS} FROM "KitchenSession" JOIN "Volunteer" v USING ("VolunteerId") '
         "GROUP BY 1")  # fmt: skip
