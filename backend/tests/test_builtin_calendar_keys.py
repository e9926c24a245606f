"""Facts dated through keys into a calendar table and timed through keys into a time-of-day table, on two catalogs
written for the test (`calendar_key_catalogs.py`: a snake_case parcel carrier with declared keys and two roles with a
calendar key and a clock key each, a PascalCase help desk with no declared key): the role a question names says whose
hour of the day is grouped ("parcels by delivery hour", "tickets by hour opened") with no date axis of its own; the
calendar table named by a date word is the fact's date ("dated by when they were delivered", "by date"), never a
kind of thing to group by; "weekend vs weekday" with a weekend column of the calendar is that column's two groups; a
date range is of the date named right before it ("delivered parcels dispatched in March 2024"); "for each calendar
month", "by calendar year", "which months of the year" are periods of the fact's date, not the calendar's columns."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.calendar_key_catalogs import help_desk, parcel_star

parcels = catalog_fixture(parcel_star)
desk = catalog_fixture(help_desk)

_PARCELS_BY_HOUR = (
    "SELECT c.hour_num, count(*) FROM fct_parcel p JOIN dim_clock c ON c.clock_key = p.{}_clock_key GROUP BY 1"
)


def test_the_role_named_says_whose_hour_of_day_is_grouped(parcels: Db, desk: Db) -> None:
    same(parcels, "parcels by delivery hour", _PARCELS_BY_HOUR.format("delivery"))
    same(parcels, "number of parcels per hour of dispatch", _PARCELS_BY_HOUR.format("dispatch"))
    gold = (
        'SELECT c."HourOfDay", count(*) FROM "FactTicket" t JOIN "DimClock" c ON c."ClockKey" = t."OpenedClockKey" '
        "GROUP BY 1"
    )
    same(desk, "tickets by hour opened", gold)
    same(desk, "break tickets down by the hour they were opened", gold)


def test_the_calendar_named_by_a_date_word_is_the_facts_date(parcels: Db, desk: Db) -> None:
    same(parcels, "parcels per month, dated by when they were delivered",
         "SELECT date_trunc('month', d.calendar_dt), count(*) FROM fct_parcel p "
         "JOIN dim_calendar d ON d.calendar_key = p.delivery_calendar_key GROUP BY 1")  # fmt: skip
    same(parcels, "total weight by date",
         "SELECT d.calendar_dt, sum(p.weight_kg) FROM fct_parcel p "
         "JOIN dim_calendar d ON d.calendar_key = p.dispatch_calendar_key GROUP BY 1")  # fmt: skip
    same(desk, "tickets per month, dated by when they were closed",
         'SELECT date_trunc(\'month\', d."CalendarDate"), count(*) FROM "FactTicket" t '
         'JOIN "DimDay" d ON d."DayKey" = t."ClosedDayKey" GROUP BY 1')  # fmt: skip


def test_weekend_versus_weekday_is_the_weekend_columns_two_groups(parcels: Db, desk: Db) -> None:
    same(parcels, "total postage weekend vs weekday",
         "SELECT d.weekend_flag, sum(p.postage_amt) FROM fct_parcel p "
         "JOIN dim_calendar d ON d.calendar_key = p.dispatch_calendar_key GROUP BY 1")  # fmt: skip
    same(desk, "average handle minutes on weekdays versus the weekend",
         'SELECT d."IsWeekend", avg(t."HandleMinutes") FROM "FactTicket" t '
         'JOIN "DimDay" d ON d."DayKey" = t."OpenedDayKey" GROUP BY 1')  # fmt: skip


def test_a_range_is_of_the_date_named_right_before_it(parcels: Db, desk: Db) -> None:
    same(parcels, "how many parcels delivered at Millbank were dispatched in March 2024",
         "SELECT count(*) FROM fct_parcel JOIN dim_depot USING (depot_key) "
         "WHERE depot_name = 'Millbank' AND dispatch_calendar_key BETWEEN 20240301 AND 20240331")  # fmt: skip
    same(desk, "tickets closed by Ravi Nair opened in June 2023, by agent",
         'SELECT a."AgentName", count(*) FROM "FactTicket" t JOIN "DimAgent" a ON a."AgentKey" = t."AgentKey" '
         "WHERE a.\"AgentName\" = 'Ravi Nair' AND t.\"OpenedDayKey\" BETWEEN 20230601 AND 20230630 GROUP BY 1")  # fmt: skip


_MONTH_OF_YEAR = "lpad(CAST(month({0}) AS VARCHAR), 2, '0') || ' ' || monthname({0})"


def test_periods_of_the_calendar_are_periods_of_the_facts_date(parcels: Db, desk: Db) -> None:
    same(parcels, "total postage for each calendar month",
         "SELECT date_trunc('month', c.calendar_dt), sum(p.postage_amt) FROM fct_parcel p "
         "JOIN dim_calendar c ON c.calendar_key = p.dispatch_calendar_key GROUP BY 1")  # fmt: skip
    same(parcels, "which months of the year had the most parcels",
         f"SELECT {_MONTH_OF_YEAR.format('c.calendar_dt')}, count(*) FROM fct_parcel p "
         "JOIN dim_calendar c ON c.calendar_key = p.dispatch_calendar_key GROUP BY 1")  # fmt: skip
    same(desk, "tickets by calendar year",
         'SELECT date_trunc(\'year\', d."CalendarDate"), count(*) FROM "FactTicket" t '
         'JOIN "DimDay" d ON d."DayKey" = t."OpenedDayKey" GROUP BY 1')  # fmt: skip
    same(desk, "which months of the year have the highest average handle minutes",
         f"SELECT {_MONTH_OF_YEAR.format('d.' + chr(34) + 'CalendarDate' + chr(34))}, "
         'avg(t."HandleMinutes") FROM "FactTicket" t JOIN "DimDay" d ON d."DayKey" = t."OpenedDayKey" GROUP BY 1')  # fmt: skip
