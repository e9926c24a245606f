"""A span between two timestamps of a row counted in the unit its rows last when the question says none: "average trip
duration by rider kind" in minutes for trips of minutes, "average sailing duration by vessel" in hours for sailings of
hours, "the longest trips" ranked in minutes; a unit said ("in minutes") always wins, and rows are kept by their span
("trips that took more than 30 minutes", "sailings longer than 10 hours"). On the two catalogs of
`journey_catalogs`: a snake_case bike share and a PascalCase ferry."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.journey_catalogs import bike_share, ferry

trips = catalog_fixture(bike_share)
sailings = catalog_fixture(ferry)


def test_a_span_no_unit_is_said_for_is_counted_in_the_unit_its_rows_last(trips: Db, sailings: Db) -> None:
    d = same(
        trips,
        "average trip duration by rider kind",
        "SELECT rider_kind, AVG(date_diff('second', started_at, ended_at) / 60.0) FROM trips GROUP BY 1",
    )
    assert "minutes" in d.plan.measures[0].alias and any("minutes" in t for t in d.thoughts)
    d = same(
        sailings,
        "average sailing duration by vessel",
        """SELECT "Vessel", AVG(date_diff('second', "DepartedAt", "ArrivedAt") / 3600.0) FROM "Sailings" GROUP BY 1""",
    )
    assert "hours" in d.plan.measures[0].alias and any("hours" in t for t in d.thoughts)


def test_a_unit_said_wins(trips: Db, sailings: Db) -> None:
    same(
        sailings,
        "average sailing duration in minutes by vessel",
        """SELECT "Vessel", AVG(date_diff('second', "DepartedAt", "ArrivedAt") / 60.0) FROM "Sailings" GROUP BY 1""",
    )
    same(
        trips,
        "average trip duration in hours",
        "SELECT AVG(date_diff('second', started_at, ended_at) / 3600.0) FROM trips",
    )


def test_the_longest_rows_are_ranked_in_the_unit_they_last(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "longest trips",
        "SELECT trip_id, date_diff('second', started_at, ended_at) / 60.0 AS m FROM trips ORDER BY m DESC, trip_id "
        "LIMIT 10",
    )
    same(
        sailings,
        "5 longest sailings",
        """SELECT "SailingId", date_diff('second', "DepartedAt", "ArrivedAt") / 3600.0 AS h FROM "Sailings"
        ORDER BY h DESC LIMIT 5""",
    )


def test_rows_are_kept_by_their_span(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "how many trips took more than 30 minutes",
        "SELECT COUNT(*) FROM trips WHERE ended_at - started_at > INTERVAL 30 MINUTE",
    )
    same(
        sailings,
        "how many sailings were longer than 10 hours",
        """SELECT COUNT(*) FROM "Sailings" WHERE "ArrivedAt" - "DepartedAt" > INTERVAL 10 HOUR""",
    )
    d = answer(trips, "trips longer than an hour")
    assert "3600" in d.sql and "> 1" in d.sql
