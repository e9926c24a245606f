"""Outcome shares over the games played only: a fixture whose two scores are not kept yet (not played) is no win, no
draw and no loss, so "win percentage per club" and "home win percentage" leave it out of the share, while "wins,
draws and losses per club" still lists every club. On `review_catalogs.py`: a snake_case hockey league and a
PascalCase chess club, both with unplayed fixtures."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.review_catalogs import chess_club, hockey

league = catalog_fixture(hockey)
club = catalog_fixture(chess_club)

CLUB_SIDES = """(SELECT home_club_id AS club_id, home_goals AS scored, away_goals AS conceded FROM fixtures
                 UNION ALL SELECT away_club_id, away_goals, home_goals FROM fixtures) s
                JOIN clubs c ON c.club_id = s.club_id"""
PLAYER_SIDES = """(SELECT "WhitePlayerID" AS who, "WhitePoints" AS own, "BlackPoints" AS other FROM "Games"
                   UNION ALL SELECT "BlackPlayerID", "BlackPoints", "WhitePoints" FROM "Games") s
                  JOIN "Players" p ON p."PlayerID" = s.who"""


def test_win_percentage_over_the_games_played(league: Db, club: Db) -> None:
    same(league, "win percentage per club",
         f"""SELECT c.club_name, 100.0 * AVG(CASE WHEN scored > conceded THEN 1 ELSE 0 END) FROM {CLUB_SIDES}
             WHERE scored IS NOT NULL AND conceded IS NOT NULL GROUP BY 1""")  # fmt: skip
    same(club, "win percentage per player",
         f"""SELECT p."PlayerName", 100.0 * AVG(CASE WHEN own > other THEN 1 ELSE 0 END) FROM {PLAYER_SIDES}
             WHERE own IS NOT NULL AND other IS NOT NULL GROUP BY 1""")  # fmt: skip


def test_one_role_win_percentage_over_the_games_played(league: Db, club: Db) -> None:
    same(league, "home win percentage",
         """SELECT 100.0 * AVG(CASE WHEN home_goals > away_goals THEN 1 ELSE 0 END) FROM fixtures
            WHERE home_goals IS NOT NULL AND away_goals IS NOT NULL""")  # fmt: skip
    same(club, "white win percentage",
         """SELECT 100.0 * AVG(CASE WHEN "WhitePoints" > "BlackPoints" THEN 1 ELSE 0 END) FROM "Games"
            WHERE "WhitePoints" IS NOT NULL AND "BlackPoints" IS NOT NULL""")  # fmt: skip


def test_outcome_counts_keep_every_side(league: Db, club: Db) -> None:
    same(league, "wins, draws and losses per club",
         f"""SELECT c.club_name, COUNT(CASE WHEN scored > conceded THEN 1 END),
                    COUNT(CASE WHEN scored = conceded THEN 1 END), COUNT(CASE WHEN scored < conceded THEN 1 END)
             FROM {CLUB_SIDES} GROUP BY 1""")  # fmt: skip
    same(club, "wins per player",
         f'SELECT p."PlayerName", COUNT(CASE WHEN own > other THEN 1 END) FROM {PLAYER_SIDES} GROUP BY 1')  # fmt: skip
