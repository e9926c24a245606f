"""Product-analytics questions on activity tables (`activity_catalogs.py`: a snake_case mobile game, a PascalCase
fitness club): what a product or club manager asks about users' activity over time."""

from __future__ import annotations

from backend.tests.activity_catalogs import fitness_club, mobile_game
from backend.tests.builtin_checks import Db, catalog_fixture, same

game = catalog_fixture(mobile_game)
club = catalog_fixture(fitness_club)


def test_a_period_word_is_the_rows_own_period_not_a_parents_date_beside_it(game: Db, club: Db) -> None:
    """ "revenue per day" on purchases timestamped `purchased_at` whose players have an `install_date`: one row per
    day of the purchases, not one per day and install date."""
    same(
        game,
        "revenue per day",
        "SELECT date_trunc('day', purchased_at), SUM(amount_usd) FROM purchases GROUP BY 1",
    )
    same(game, "sessions by day", "SELECT date_trunc('day', session_start), COUNT(*) FROM sessions GROUP BY 1")
    same(
        club,
        "number of payments per day",
        'SELECT date_trunc(\'day\', "PaidAt"), COUNT(*) FROM "Payments" GROUP BY 1',
    )
    same(club, "amount paid per day", 'SELECT date_trunc(\'day\', "PaidAt"), SUM("Amount") FROM "Payments" GROUP BY 1')


def test_active_members_per_period_are_the_distinct_members_with_a_row_in_it(game: Db, club: Db) -> None:
    """ "daily active users": the distinct players with a session each day (the table whose rows have a start and an
    end), not the players by install date; "weekly active members" on the club: distinct members checking in."""
    d = same(
        game,
        "daily active users",
        "SELECT date_trunc('day', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1",
    )
    assert "distinct players" in " ".join(d.thoughts)
    same(game, "MAU", "SELECT date_trunc('month', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1")
    same(
        game,
        "how many players were active each week",
        "SELECT date_trunc('week', session_start), COUNT(DISTINCT player_id) FROM sessions GROUP BY 1",
    )
    weekly = 'SELECT date_trunc(\'week\', "CheckInTime"), COUNT(DISTINCT "MemberId") FROM "CheckIns" GROUP BY 1'
    same(club, "weekly active members", weekly)
    same(club, "unique members visiting per week", weekly)
    same(
        club,
        "monthly active members by workouts",
        'SELECT date_trunc(\'month\', "WorkoutDate"), COUNT(DISTINCT "MemberId") FROM "Workouts" GROUP BY 1',
    )


def test_a_duration_after_a_word_naming_both_ends_is_the_rows_whole_length(game: Db, club: Db) -> None:
    """ "session duration" on sessions with session_start and session_end: each session's length, from its start to
    its end in minutes (it was the time from the end back to the start, in days)."""
    minutes = "EXTRACT(EPOCH FROM s.session_end - s.session_start) / 60"
    same(
        game,
        "average session duration by platform",
        f"SELECT p.platform, AVG({minutes}) FROM sessions s JOIN players p ON p.player_id = s.player_id GROUP BY 1",
    )
    same(
        game,
        "total session duration per player",
        f"SELECT p.username, SUM({minutes}) FROM sessions s JOIN players p ON p.player_id = s.player_id GROUP BY 1",
    )
    same(
        club,
        "average class duration by instructor",
        'SELECT i."FullName", AVG(EXTRACT(EPOCH FROM c."ClassEnd" - c."ClassStart") / 60) FROM "Classes" c '
        'JOIN "Instructors" i ON i."InstructorId" = c."InstructorId" GROUP BY 1',
    )


def test_the_share_of_members_who_did_something_is_over_all_members(game: Db, club: Db) -> None:
    """ "what share of players made a purchase", "share of members who checked in": a past verb after the members
    links them to the rows that record what they did (named next, or spelled by the verb itself); the share is over
    all members, not each member's part of the rows."""
    paid = "SELECT COUNT(DISTINCT player_id) * 100.0 / (SELECT COUNT(*) FROM players) FROM purchases"
    same(game, "what share of players made a purchase", paid)
    same(game, "what percentage of players made purchases", paid)
    same(
        club,
        "what percentage of members made a payment",
        'SELECT COUNT(DISTINCT "MemberId") * 100.0 / (SELECT COUNT(*) FROM "Members") FROM "Payments"',
    )
    same(
        club,
        "share of members who checked in",
        'SELECT COUNT(DISTINCT "MemberId") * 100.0 / (SELECT COUNT(*) FROM "Members") FROM "CheckIns"',
    )
