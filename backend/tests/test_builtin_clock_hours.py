"""Hours of the day as a condition (`rate_catalogs.py`: a camelCase station's departures with a timestamp, a snake_case
visitor counter with its time of day apart as 'HH:MM' text): "between 10pm and 2am" wraps round midnight, "after 6pm"
and "before 9am" are open ranges, the end hour left out."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.rate_catalogs import door_counts, station_log

station = catalog_fixture(station_log)
doors = catalog_fixture(door_counts)


def test_hours_past_midnight(station: Db, doors: Db) -> None:
    same(
        station,
        "number of departures between 10pm and 2am by line name",
        'SELECT "lineName", COUNT(*) FROM "Departures" WHERE hour("departedAt") >= 22 OR hour("departedAt") < 2 '
        'GROUP BY "lineName"',
    )
    same(
        doors,
        "total visitors from 11 pm to 5 am by door",
        "SELECT door, SUM(visitors) FROM door_log WHERE hour(CAST(entry_time AS TIME)) >= 23 "
        "OR hour(CAST(entry_time AS TIME)) < 5 GROUP BY door",
    )


def test_hours_after_and_before(station: Db, doors: Db) -> None:
    same(
        station,
        "average delay mins after 6pm",
        'SELECT AVG("delayMins") FROM "Departures" WHERE hour("departedAt") >= 18',
    )
    same(
        doors,
        "total visitors before 9am by door",
        "SELECT door, SUM(visitors) FROM door_log WHERE hour(CAST(entry_time AS TIME)) < 9 GROUP BY door",
    )
    same(
        doors,
        "total visitors between 9am and noon by door",
        "SELECT door, SUM(visitors) FROM door_log WHERE hour(CAST(entry_time AS TIME)) BETWEEN 9 AND 11 GROUP BY door",
    )
