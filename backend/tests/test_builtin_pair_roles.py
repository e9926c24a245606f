"""An entity each row references under two roles (a match's home and away club, a message's sender and recipient, a
transfer's from and to account): asked of the entity without naming a role, each row counts once for each side
("matches played by each club", "goals conceded by each team", "wins per club"); a row's two figures compared
("home win percentage", "number of draws", "games where the away team scored more") or added up ("average goals per
match"). On the catalogs of `pair_role_catalogs.py`: a snake_case football league and messaging app with declared
keys, a PascalCase basketball league and ledger without, and two leagues naming both sides in the row itself (a
snake_case cricket league, a PascalCase volleyball league)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.pair_role_catalogs import (
    basketball,
    cricket,
    fencing,
    football,
    ledger,
    messaging,
    tennis,
    volleyball,
)

league = catalog_fixture(football)
chat = catalog_fixture(messaging)
hoops = catalog_fixture(basketball)
bank = catalog_fixture(ledger)
village = catalog_fixture(cricket)
volley = catalog_fixture(volleyball)
tour = catalog_fixture(tennis)
salle = catalog_fixture(fencing)

CLUB_SIDES = """(SELECT home_club_id AS club_id, home_goals AS scored, away_goals AS conceded FROM matches
                 UNION ALL SELECT away_club_id, away_goals, home_goals FROM matches) s
                JOIN clubs c ON c.club_id = s.club_id"""
TEAM_SIDES = """(SELECT "HomeTeamID" AS team, "HomePoints" AS scored, "AwayPoints" AS allowed FROM "Games"
                 UNION ALL SELECT "AwayTeamID", "AwayPoints", "HomePoints" FROM "Games") s
                JOIN "Teams" t ON t."TeamID" = s.team"""


def test_taking_part_under_either_role(league: Db, chat: Db, hoops: Db, bank: Db) -> None:
    same(league, "matches played by each club", f"SELECT c.club_name, COUNT(*) FROM {CLUB_SIDES} GROUP BY 1")
    same(hoops, "games played by each team", f'SELECT t."TeamName", COUNT(*) FROM {TEAM_SIDES} GROUP BY 1')
    same(chat, "number of messages each user was involved in",
         """SELECT u.username, COUNT(*) FROM (SELECT sender_id AS who FROM messages UNION ALL
            SELECT recipient_id FROM messages) m JOIN users u ON u.user_id = m.who GROUP BY 1""")  # fmt: skip
    same(bank, "number of transfers each account was involved in",
         """SELECT a."AccountName", COUNT(*) FROM (SELECT "FromAccountID" AS acct FROM "Transfers" UNION ALL
            SELECT "ToAccountID" FROM "Transfers") x JOIN "Accounts" a ON a."AccountID" = x.acct GROUP BY 1""")  # fmt: skip
    same(bank, "total amount of transfers each account was involved in",
         """SELECT a."AccountName", SUM(x."Amount") FROM (SELECT "FromAccountID" AS acct, "Amount" FROM "Transfers"
            UNION ALL SELECT "ToAccountID", "Amount" FROM "Transfers") x JOIN "Accounts" a ON a."AccountID" = x.acct
            GROUP BY 1""")  # fmt: skip
    same(bank, "busiest account counting incoming and outgoing transfers",
         """SELECT a."AccountName", COUNT(*) AS n FROM (SELECT "FromAccountID" AS acct FROM "Transfers" UNION ALL
            SELECT "ToAccountID" FROM "Transfers") x JOIN "Accounts" a ON a."AccountID" = x.acct GROUP BY 1
            ORDER BY n DESC LIMIT 1""")  # fmt: skip
    # One role named stays that role.
    same(chat, "messages by sender",
         "SELECT u.username, COUNT(*) FROM messages m JOIN users u ON u.user_id = m.sender_id GROUP BY 1")  # fmt: skip


def test_figures_of_each_side(league: Db, hoops: Db) -> None:
    same(league, "goals scored by each club", f"SELECT c.club_name, SUM(scored) FROM {CLUB_SIDES} GROUP BY 1")
    same(league, "goals conceded by each club", f"SELECT c.club_name, SUM(conceded) FROM {CLUB_SIDES} GROUP BY 1")
    same(hoops, "points scored by each team", f'SELECT t."TeamName", SUM(scored) FROM {TEAM_SIDES} GROUP BY 1')
    same(hoops, "points allowed per team", f'SELECT t."TeamName", SUM(allowed) FROM {TEAM_SIDES} GROUP BY 1')
    same(league, "goals scored and conceded by each club",
         f"SELECT c.club_name, SUM(scored), SUM(conceded) FROM {CLUB_SIDES} GROUP BY 1")  # fmt: skip
    same(league, "goal difference per club", f"SELECT c.club_name, SUM(scored - conceded) FROM {CLUB_SIDES} GROUP BY 1")
    same(hoops, "point differential by team",
         f'SELECT t."TeamName", SUM(scored - allowed) FROM {TEAM_SIDES} GROUP BY 1')  # fmt: skip


def test_outcomes_of_each_entity(league: Db, hoops: Db) -> None:
    same(league, "wins per club",
         f"SELECT c.club_name, COUNT(*) FROM {CLUB_SIDES} WHERE scored > conceded GROUP BY 1")  # fmt: skip
    same(league, "losses by club",
         f"SELECT c.club_name, COUNT(*) FROM {CLUB_SIDES} WHERE scored < conceded GROUP BY 1")  # fmt: skip
    same(league, "win percentage per club",
         f"SELECT c.club_name, 100.0 * AVG(CASE WHEN scored > conceded THEN 1 ELSE 0 END) FROM {CLUB_SIDES} GROUP BY 1")  # fmt: skip
    same(hoops, "wins per team",
         f'SELECT t."TeamName", COUNT(*) FROM {TEAM_SIDES} WHERE scored > allowed GROUP BY 1')  # fmt: skip
    same(league, "wins, draws and losses per club",
         f"""SELECT c.club_name, COUNT(*) FILTER (WHERE scored > conceded), COUNT(*) FILTER (WHERE scored = conceded),
             COUNT(*) FILTER (WHERE scored < conceded) FROM {CLUB_SIDES} GROUP BY 1""")  # fmt: skip
    same(hoops, "wins and losses per team",
         f"""SELECT t."TeamName", COUNT(*) FILTER (WHERE scored > allowed), COUNT(*) FILTER (WHERE scored < allowed)
             FROM {TEAM_SIDES} GROUP BY 1""")  # fmt: skip
    same(hoops, "teams with more than 15 wins",
         f'SELECT t."TeamName", COUNT(*) FROM {TEAM_SIDES} WHERE scored > allowed GROUP BY 1 HAVING COUNT(*) > 15')  # fmt: skip
    same(league, "clubs with at least 12 wins",
         f"SELECT c.club_name, COUNT(*) FROM {CLUB_SIDES} WHERE scored > conceded GROUP BY 1 HAVING COUNT(*) >= 12")  # fmt: skip


def test_a_rows_two_figures_compared(league: Db, hoops: Db) -> None:
    same(league, "number of draws", "SELECT COUNT(*) FROM matches WHERE home_goals = away_goals")
    same(league, "home win percentage",
         "SELECT 100.0 * AVG(CASE WHEN home_goals > away_goals THEN 1 ELSE 0 END) FROM matches")  # fmt: skip
    same(league, "how often does the home side win",
         "SELECT 100.0 * AVG(CASE WHEN home_goals > away_goals THEN 1 ELSE 0 END) FROM matches")  # fmt: skip
    same(league, "matches where the away club scored more", "SELECT * FROM matches WHERE away_goals > home_goals")
    same(hoops, "home win percentage",
         'SELECT 100.0 * AVG(CASE WHEN "HomePoints" > "AwayPoints" THEN 1 ELSE 0 END) FROM "Games"')  # fmt: skip
    same(hoops, "games where the away team scored more",
         'SELECT * FROM "Games" WHERE "AwayPoints" > "HomePoints"')  # fmt: skip


def test_a_rows_two_figures_added(league: Db, hoops: Db) -> None:
    same(league, "average goals per match", "SELECT AVG(home_goals + away_goals) FROM matches")
    same(league, "average goals per match by season",
         "SELECT season, AVG(home_goals + away_goals) FROM matches GROUP BY 1")  # fmt: skip
    same(hoops, "average points per game", 'SELECT AVG("HomePoints" + "AwayPoints") FROM "Games"')


def test_sides_named_in_the_row(village: Db, volley: Db) -> None:
    """No table of the sides: the two text columns holding their names are the two roles."""
    sides = """(SELECT home_side AS side, home_runs AS scored, away_runs AS conceded FROM fixtures
               UNION ALL SELECT away_side, away_runs, home_runs FROM fixtures) s"""
    same(village, "fixtures played by each side", f"SELECT side, COUNT(*) FROM {sides} GROUP BY 1")
    same(village, "wins per side", f"SELECT side, COUNT(*) FROM {sides} WHERE scored > conceded GROUP BY 1")
    same(village, "runs scored by each side", f"SELECT side, SUM(scored) FROM {sides} GROUP BY 1")
    same(village, "home win percentage",
         "SELECT 100.0 * AVG(CASE WHEN home_runs > away_runs THEN 1 ELSE 0 END) FROM fixtures")  # fmt: skip
    same(village, "fixtures won by the away side", "SELECT * FROM fixtures WHERE away_runs > home_runs")
    teams = """(SELECT "HostTeam" AS team, "HostSets" AS won, "GuestSets" AS lost FROM "Fixtures"
               UNION ALL SELECT "GuestTeam", "GuestSets", "HostSets" FROM "Fixtures") s"""
    same(volley, "fixtures played by each team", f"SELECT team, COUNT(*) FROM {teams} GROUP BY 1")
    same(volley, "wins per team", f"SELECT team, COUNT(*) FROM {teams} WHERE won > lost GROUP BY 1")
    same(volley, "sets conceded by each team", f"SELECT team, SUM(lost) FROM {teams} GROUP BY 1")
    same(volley, "host win percentage",
         'SELECT 100.0 * AVG(CASE WHEN "HostSets" > "GuestSets" THEN 1 ELSE 0 END) FROM "Fixtures"')  # fmt: skip
    same(volley, "guest wins by team",
         'SELECT "GuestTeam", COUNT(*) FROM "Fixtures" WHERE "GuestSets" > "HostSets" GROUP BY 1')  # fmt: skip


def test_sides_named_by_the_outcome(tour: Db, salle: Db) -> None:
    """A row naming its winner and its loser: a win is the rows whose winner one is, a loss those whose loser."""
    same(tour, "wins per player",
         "SELECT p.player_name, COUNT(*) FROM matches m JOIN players p ON p.player_id = m.winner_id GROUP BY 1")  # fmt: skip
    same(tour, "number of matches lost by each player",
         "SELECT p.player_name, COUNT(*) FROM matches m JOIN players p ON p.player_id = m.loser_id GROUP BY 1")  # fmt: skip
    same(tour, "matches played by each player",
         """SELECT p.player_name, COUNT(*) FROM (SELECT winner_id AS who FROM matches UNION ALL
            SELECT loser_id FROM matches) m JOIN players p ON p.player_id = m.who GROUP BY 1""")  # fmt: skip
    same(salle, "wins per fencer",
         """SELECT f."FencerName", COUNT(*) FROM "Bouts" b JOIN "Fencers" f ON f."FencerID" = b."WinnerFencerID"
            GROUP BY 1""")  # fmt: skip
    same(salle, "bouts lost by each fencer",
         """SELECT f."FencerName", COUNT(*) FROM "Bouts" b JOIN "Fencers" f ON f."FencerID" = b."LoserFencerID"
            GROUP BY 1""")  # fmt: skip
    same(salle, "fencers with at least 20 wins",
         """SELECT f."FencerName", COUNT(*) FROM "Bouts" b JOIN "Fencers" f ON f."FencerID" = b."WinnerFencerID"
            GROUP BY 1 HAVING COUNT(*) >= 20""")  # fmt: skip
