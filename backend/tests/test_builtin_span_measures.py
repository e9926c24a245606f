"""Durations read as measures with more wordings: "how many days does it take to approve an application" (the end's
verb after "take … to", counted from the row's first date), "average sales cycle in days" (a cycle noun: the row's
first date to its last), "average length in days of subscriptions", "the number of days between" two clock readings
(whole calendar days, where "time in days" keeps the fraction), hours with the readings' fractions of a second, and
groups with no span (a crew that resolved nothing) left out rather than shown empty. On catalogs written for the test
(`span_measure_catalogs.py`): a snake_case lending office and a PascalCase service desk."""

from __future__ import annotations

import math

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.span_measure_catalogs import lending, service_desk

office = catalog_fixture(lending)
desk = catalog_fixture(service_desk)

_APPROVAL = "SELECT avg(date_diff('day', submitted_at, approved_on)) FROM applications"
_RESOLVE_HOURS = (
    'SELECT "Priority", avg(epoch("ResolvedAt") - epoch("OpenedAt")) / 3600 FROM "WorkOrder" '
    'WHERE "ResolvedAt" IS NOT NULL GROUP BY 1'
)


def test_days_it_takes_to_do_a_thing_run_from_the_rows_first_date_to_the_verbs_date(office: Db, desk: Db) -> None:
    same(office, "How many days does it take on average to approve an application?", _APPROVAL)
    same(office, "How many days did it take to approve applications per branch",
         "SELECT branch, avg(date_diff('day', submitted_at, approved_on)) FROM applications "
         "WHERE approved_on IS NOT NULL GROUP BY 1")  # fmt: skip
    same(desk, "How many hours does it take to resolve a work order, by priority?", _RESOLVE_HOURS)


def test_a_cycle_or_a_length_in_a_unit_is_each_rows_whole_span(office: Db, desk: Db) -> None:
    same(office, "average approval cycle in days", _APPROVAL)
    same(desk, "Average subscription lifecycle in days",
         'SELECT avg(date_diff(\'day\', "StartDate", "EndDate")) FROM "Subscription"')  # fmt: skip
    same(desk, "Average length in days of subscriptions that have ended",
         'SELECT avg(date_diff(\'day\', "StartDate", "EndDate")) FROM "Subscription" WHERE "EndDate" IS NOT NULL')  # fmt: skip
    same(office, "Average length in hours of rentals",
         "SELECT avg(epoch(returned_at) - epoch(rented_at)) / 3600 FROM rentals")  # fmt: skip


def test_the_number_of_days_between_two_readings_counts_calendar_days(office: Db, desk: Db) -> None:
    same(office, "average number of days between rented and returned by depot",
         "SELECT depot, avg(date_diff('day', rented_at, returned_at)) FROM rentals "
         "WHERE returned_at IS NOT NULL GROUP BY 1")  # fmt: skip
    same(desk, "average number of days between opened and resolved, by crew",
         'SELECT "Crew", avg(date_diff(\'day\', "OpenedAt", "ResolvedAt")) FROM "WorkOrder" '
         'WHERE "ResolvedAt" IS NOT NULL GROUP BY 1')  # fmt: skip
    # A time said in days keeps its fraction.
    same(office, "average time from rented to returned in days by depot",
         "SELECT depot, avg(epoch(returned_at) - epoch(rented_at)) / 86400 FROM rentals "
         "WHERE returned_at IS NOT NULL GROUP BY 1")  # fmt: skip


def test_hours_between_readings_keep_their_fractions_of_a_second(office: Db, desk: Db) -> None:
    for db, question, gold in (
        (desk, "average time to resolve in hours by crew",
         'SELECT "Crew", avg(epoch("ResolvedAt") - epoch("OpenedAt")) / 3600 FROM "WorkOrder" '
         'WHERE "ResolvedAt" IS NOT NULL GROUP BY 1'),
        (office, "average rental length in minutes by depot",
         "SELECT depot, avg(epoch(returned_at) - epoch(rented_at)) / 60 FROM rentals "
         "WHERE returned_at IS NOT NULL GROUP BY 1"),
    ):  # fmt: skip
        d = answer(db, question)
        got = dict(db[0].execute(d.sql).fetchall())
        want = dict(db[0].execute(gold).fetchall())
        assert got.keys() == want.keys(), d.sql
        assert all(math.isclose(got[k], want[k], rel_tol=1e-9) for k in want), (d.sql, got, want)


def test_groups_with_no_span_are_left_out(office: Db, desk: Db) -> None:
    d = answer(desk, "average hours from opened to resolved by crew")
    assert "Delta" not in {r[0] for r in desk[0].execute(d.sql).fetchall()}, d.sql
    d = answer(office, "average days between rented and returned per depot")
    assert "Yard" not in {r[0] for r in office[0].execute(d.sql).fetchall()}, d.sql


def test_a_span_between_the_row_and_a_date_of_the_row_it_references(office: Db, desk: Db) -> None:
    # The rows' own noun is the date each was made on; "flight departure" is the referenced flight's date.
    same(office, "average days between enrolment and course begin by channel",
         "SELECT e.channel, avg(epoch(c.begins_at) - epoch(e.created_at)) / 86400 FROM enrolments e "
         "JOIN courses c ON c.course_id = e.course_id GROUP BY 1")  # fmt: skip
    same(desk, "average hours between reservation and flight departure by channel",
         'SELECT r."Channel", avg(epoch(f."DepartsAt") - epoch(r."CreatedOn")) / 3600 FROM "Reservation" r '
         'JOIN "Flight" f ON f."Id" = r."FlightId" GROUP BY 1')  # fmt: skip
