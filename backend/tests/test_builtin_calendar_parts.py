"""Parts of the calendar, on two catalogs written for the test (`group_catalogs.py`: a snake_case maintenance shop
with a DATE of opening, a camelCase venue office with an event date): "weekends vs weekdays" is two groups of days,
"on weekends" / "only on weekdays" keeps the rows of those days (ISO days 6 and 7 are Saturday and Sunday); "between
November 2023 and February 2024" is one span of months across the year end."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, rows, same
from backend.tests.group_catalogs import maintenance, venues


@pytest.fixture(scope="module")
def shop() -> Db:
    con: duckdb.DuckDBPyConnection = maintenance()
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def office() -> Db:
    con: duckdb.DuckDBPyConnection = venues()
    return con, build_catalog(con)


_PART = "CASE WHEN isodow({}) IN (6, 7) THEN 'Weekend' ELSE 'Weekday' END"


def test_weekends_versus_weekdays_are_two_groups_of_days(shop: Db, office: Db) -> None:
    d = same(shop, "jobs on weekends vs weekdays",
             f"SELECT {_PART.format('opened_dt')}, count(*) FROM mnt_repair_job GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type in ("bar", "pie"), d.chart
    same(office, "average fee of bookings on weekdays versus weekends",
         f'SELECT {_PART.format(chr(34) + "eventDate" + chr(34))}, avg("feeAmt") FROM "EventBookings" GROUP BY 1')  # fmt: skip


def test_on_weekends_keeps_the_rows_of_those_days(shop: Db, office: Db) -> None:
    same(shop, "jobs by job type on weekends",
         "SELECT job_type, count(*) FROM mnt_repair_job WHERE isodow(opened_dt) IN (6, 7) GROUP BY 1")  # fmt: skip
    same(office, "weekend bookings by event kind",
         'SELECT "eventKind", count(*) FROM "EventBookings" WHERE isodow("eventDate") IN (6, 7) GROUP BY 1')  # fmt: skip


def test_only_on_weekdays_as_a_follow_up(office: Db) -> None:
    first = answer(office, "total fee by event kind")
    d = understand("only on weekdays", office[1], previous=first)
    assert isinstance(d, QueryDecision), d
    gold = 'SELECT "eventKind", sum("feeAmt") FROM "EventBookings" WHERE isodow("eventDate") <= 5 GROUP BY 1'
    assert rows(office[0], d.sql) == rows(office[0], gold), d.sql


def test_by_weekday_stays_the_days_of_the_week(shop: Db) -> None:
    d = answer(shop, "jobs by weekday")
    assert "Weekend" not in d.sql and len(shop[0].execute(d.sql).fetchall()) == 7, d.sql


def test_a_span_of_months_across_a_year_end(shop: Db, office: Db) -> None:
    same(shop, "how many jobs were opened between November 2023 and February 2024",
         "SELECT count(*) FROM mnt_repair_job WHERE opened_dt >= DATE '2023-11-01' AND opened_dt < DATE '2024-03-01'")  # fmt: skip
    same(office, "total fee from Nov 2023 to Feb 2024",
         'SELECT sum("feeAmt") FROM "EventBookings" WHERE "eventDate" >= DATE \'2023-11-01\' '
         'AND "eventDate" < DATE \'2024-03-01\'')  # fmt: skip
