"""Sports leagues asked in fans' words. On the catalogs of `league_catalogs.py`: a soccer database in the style of the
public European one (matches whose home and away keys both reference a team's api id, not its primary key; text
seasons such as '2015/2016') and a snake_case basketball league (games between a home and a visitor team)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.league_catalogs import hockey, hoops, soccer

euro = catalog_fixture(soccer)
nba = catalog_fixture(hoops)
ice = catalog_fixture(hockey)

SIDES = """(SELECT home_team_api_id AS team, season, home_team_goal AS gf, away_team_goal AS ga FROM "Match"
            UNION ALL SELECT away_team_api_id, season, away_team_goal, home_team_goal FROM "Match") s
           JOIN "Team" t ON t.team_api_id = s.team"""
GAME_SIDES = """(SELECT home_team_id AS team, season_id, home_score AS pf, visitor_score AS pa FROM games
                 UNION ALL SELECT visitor_team_id, season_id, visitor_score, home_score FROM games) x
                JOIN teams t ON t.team_id = x.team"""


def test_two_keys_to_a_referenced_api_id_are_two_roles(euro: Db, nba: Db) -> None:
    """home_team_api_id and away_team_api_id both reference Team.team_api_id: the words they share with it ("team
    api") are the key's, "home" and "away" the roles."""
    same(euro, "which team conceded the fewest goals",
         f"SELECT t.team_long_name, SUM(ga) FROM {SIDES} GROUP BY 1 ORDER BY 2 ASC, 1 LIMIT 1")  # fmt: skip
    same(euro, "total goals scored by each team", f"SELECT t.team_long_name, SUM(gf) FROM {SIDES} GROUP BY 1")
    same(euro, "total goals per season",
         'SELECT season, SUM(home_team_goal + away_team_goal) FROM "Match" GROUP BY 1')  # fmt: skip
    same(euro, "number of draws by season",
         'SELECT season, COUNT(*) FROM "Match" WHERE home_team_goal = away_team_goal GROUP BY 1')  # fmt: skip
    same(euro, "home win percentage",
         'SELECT 100.0 * AVG(CASE WHEN home_team_goal > away_team_goal THEN 1 ELSE 0 END) FROM "Match"')  # fmt: skip
    same(euro, "win rate by team",
         f"SELECT t.team_long_name, 100.0 * AVG(CASE WHEN gf > ga THEN 1 ELSE 0 END) FROM {SIDES} GROUP BY 1")  # fmt: skip
    same(nba, "win percentage by team",
         f"SELECT t.abbreviation, 100.0 * AVG(CASE WHEN pf > pa THEN 1 ELSE 0 END) FROM {GAME_SIDES} GROUP BY 1")  # fmt: skip


def test_a_season_written_with_a_slash_is_that_season(euro: Db, nba: Db) -> None:
    """ "2014/2015" is a value of a text column of seasons (which runs August to May), not the calendar year 2014."""
    same(euro, "how many matches were played in the 2014/2015 season",
         "SELECT COUNT(*) FROM \"Match\" WHERE season = '2014/2015'")  # fmt: skip
    same(euro, "which team won the most matches in 2015/2016",
         f"SELECT t.team_long_name, COUNT(*) FROM {SIDES} WHERE gf > ga AND s.season = '2015/2016' "
         "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")  # fmt: skip
    same(nba, "how many games were played in 2022/23",
         "SELECT COUNT(*) FROM games g JOIN seasons s ON s.season_id = g.season_id WHERE s.season_label = '2022-23'")  # fmt: skip
    same(nba, "average home score in 2022/23",
         "SELECT AVG(home_score) FROM games g JOIN seasons s ON s.season_id = g.season_id "
         "WHERE s.season_label = '2022-23'")  # fmt: skip


def test_a_row_s_two_figures_said_without_a_side_are_added_up(euro: Db, nba: Db) -> None:
    """ "more than 5 goals" of a match are its home plus its away goals; "how many goals" adds the goals up (each
    row holds a number of them) rather than counting rows."""
    same(euro, "how many matches had more than 5 goals",
         'SELECT COUNT(*) FROM "Match" WHERE home_team_goal + away_team_goal > 5')  # fmt: skip
    same(euro, "how many goals were scored in 2015/2016",
         "SELECT SUM(home_team_goal + away_team_goal) FROM \"Match\" WHERE season = '2015/2016'")  # fmt: skip
    same(euro, "how many goals did Ashford Athletic score at home",
         'SELECT SUM(m.home_team_goal) FROM "Match" m JOIN "Team" h ON h.team_api_id = m.home_team_api_id '
         "WHERE h.team_long_name = 'Ashford Athletic'")  # fmt: skip
    same(nba, "number of games with a score above 215",
         "SELECT COUNT(*) FROM games WHERE home_score + visitor_score > 215")  # fmt: skip
    same(nba, "how many games had a home score above 120", "SELECT COUNT(*) FROM games WHERE home_score > 120")


def test_tallies_of_a_member_in_an_event_add_up(nba: Db, ice: Db) -> None:
    """A table of facts about two other tables' rows (a player's line in a game) holds tallies: "the most assists" is
    the most in all, though a line's assists take only a handful of values."""
    same(nba, "which player has the most rebounds",
         "SELECT p.first_name || ' ' || p.last_name, p.player_id, p.first_name, p.last_name, SUM(s.rebounds) "
         "FROM player_game_stats s JOIN players p ON p.player_id = s.player_id GROUP BY 1, 2, 3, 4 "
         "ORDER BY 5 DESC, 1 LIMIT 1")  # fmt: skip
    same(nba, "total assists by position",
         "SELECT p.position, SUM(s.assists) FROM player_game_stats s JOIN players p ON p.player_id = s.player_id "
         "GROUP BY 1")  # fmt: skip
    same(ice, "which skater has the most assists",
         'SELECT k."SkaterName", SUM(g."Assists") FROM "SkaterGames" g JOIN "Skaters" k ON k."SkaterID" = g."SkaterID" '
         "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")  # fmt: skip
    same(ice, "shots by team",
         'SELECT t."TeamName", SUM(g."Shots") FROM "SkaterGames" g JOIN "Skaters" k ON k."SkaterID" = g."SkaterID" '
         'JOIN "Teams" t ON t."TeamID" = k."TeamID" GROUP BY 1')  # fmt: skip


def test_outcomes_asked_side_by_side_are_counted_each(euro: Db, nba: Db) -> None:
    """ "home wins, away wins and draws": one count per outcome, each comparing the row's two figures."""
    same(euro, "home wins, away wins and draws",
         "SELECT COUNT(*) FILTER (WHERE home_team_goal > away_team_goal), COUNT(*) FILTER (WHERE home_team_goal < "
         'away_team_goal), COUNT(*) FILTER (WHERE home_team_goal = away_team_goal) FROM "Match"')  # fmt: skip
    same(euro, "home wins and away wins by season",
         "SELECT season, COUNT(*) FILTER (WHERE home_team_goal > away_team_goal), "
         'COUNT(*) FILTER (WHERE home_team_goal < away_team_goal) FROM "Match" GROUP BY 1')  # fmt: skip
    same(nba, "home wins vs visitor wins",
         "SELECT COUNT(*) FILTER (WHERE home_score > visitor_score), COUNT(*) FILTER (WHERE home_score < visitor_score) "
         "FROM games")  # fmt: skip


def test_a_named_team_counts_on_either_side(euro: Db, nba: Db) -> None:
    """ "how many matches did Ashford Athletic win": its home and its away matches, each from its side."""
    ash = "t.team_long_name = 'Ashford Athletic'"
    same(euro, "how many matches did Ashford Athletic play", f"SELECT COUNT(*) FROM {SIDES} WHERE {ash}")
    same(euro, "how many matches did Ashford Athletic win", f"SELECT COUNT(*) FROM {SIDES} WHERE {ash} AND gf > ga")
    same(euro, "how many goals did Ashford Athletic score", f"SELECT SUM(gf) FROM {SIDES} WHERE {ash}")
    same(euro, "how many goals did Ashford Athletic concede", f"SELECT SUM(ga) FROM {SIDES} WHERE {ash}")
    same(nba, "how many games did the Kings win",
         f"SELECT COUNT(*) FROM {GAME_SIDES} WHERE t.nickname = 'Kings' AND pf > pa")  # fmt: skip
    # A side said stays that side.
    same(nba, "how many games did the Kings win at home",
         "SELECT COUNT(*) FROM games g JOIN teams t ON t.team_id = g.home_team_id WHERE t.nickname = 'Kings' "
         "AND g.home_score > g.visitor_score")  # fmt: skip
