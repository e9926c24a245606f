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
