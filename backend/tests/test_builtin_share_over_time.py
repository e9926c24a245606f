"""The share of rows meeting a condition, per period: "no-show rate by month", "monthly share of lost rides in 2024".
The time grouping stays (before, the share was one number over everything). On two catalogs written for it: a bike
share (prefixed snake_case, a coded status) and a tutoring agency (camelCase, a coded status)."""

from __future__ import annotations

import pytest

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.share_catalogs import bike_share, tutoring

bikes = catalog_fixture(bike_share)
lessons = catalog_fixture(tutoring)


def test_a_share_per_month_of_a_year(bikes: Db) -> None:
    same(
        bikes,
        "monthly share of lost rides in 2024",
        "SELECT DATE_TRUNC('month', start_ts), 100.0 * AVG(CASE WHEN status_cd = 'L' THEN 1 ELSE 0 END) "
        "FROM ride_log WHERE start_ts >= DATE '2024-01-01' AND start_ts < DATE '2025-01-01' GROUP BY 1",
    )


def test_a_share_per_period_and_group(bikes: Db) -> None:
    same(
        bikes,
        "percentage of lost rides by quarter and plan",
        "SELECT DATE_TRUNC('quarter', r.start_ts), p.rdr_plan, 100.0 * AVG(CASE WHEN r.status_cd = 'L' THEN 1 ELSE 0 END) "
        "FROM ride_log r JOIN rdr_rider p ON p.rdr_id = r.rdr_id GROUP BY 1, 2",
    )


@pytest.mark.parametrize("question", ["share of pending lessons by year", "percentage of pending lessons by month"])
def test_a_share_per_period_of_a_camel_case_table(lessons: Db, question: str) -> None:
    bucket = question.rsplit(" ", 1)[1]
    same(
        lessons,
        question,
        f"""SELECT CAST(DATE_TRUNC('{bucket}', "lessonDate") AS DATE),
        100.0 * AVG(CASE WHEN "statusCode" = 'P' THEN 1 ELSE 0 END) FROM lessons GROUP BY 1""",
    )
