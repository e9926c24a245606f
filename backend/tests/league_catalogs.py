"""Two sports league databases written for the tests of the analyst's reading of leagues (neither the demo nor an eval
catalog), with fixed seeds:

- `soccer`: PascalCase-ish naming in the style of the public European Soccer Database: `Country`, `League`, `Team`
  (an `id` and a `team_api_id` that matches refer to, long and short names), `Match` (a text `season` such as
  '2015/2016', a `stage`, a text `date`, the home and the away team's api ids, both referencing `Team`, and each
  side's goals), `Player` and `Player_Attributes` (dated ratings, several per player).
- `hoops`: a snake_case basketball league: `teams`, `players`, `seasons` (a label such as '2022-23'), `games` (a home
  and a visitor team, both referencing `teams`, and each side's score) and `player_game_stats` (points, rebounds,
  assists and minutes of a player in a game; a game's scores are the sums of its players' points).

`QUESTIONS` holds, per catalog, questions as fans and analysts word them, each with gold SQL (any of the alternatives
counts as right). They were written before reading the parser and guided the work on it."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

_COUNTRIES = [(1, "Albion"), (2, "Iberia")]
_LEAGUES = [(1, 1, "Albion Premier League"), (2, 2, "Iberia Liga")]
_CLUBS = {
    1: [
        ("Ashford Athletic", "ASH"),
        ("Brockley Rovers", "BRO"),
        ("Carlton Town", "CAR"),
        ("Dunmore United", "DUN"),
        ("Elmwood City", "ELM"),
        ("Fairhaven FC", "FAI"),
    ],
    2: [
        ("Real Gavira", "GAV"),
        ("Atletico Horta", "HOR"),
        ("Deportivo Ibarra", "IBA"),
        ("Sporting Jerez", "JER"),
        ("Union Lorca", "LOR"),
        ("Racing Mijas", "MIJ"),
    ],
}
_SEASONS = ["2014/2015", "2015/2016"]


def soccer() -> duckdb.DuckDBPyConnection:
    """Two countries with a league each, six teams per league, two seasons of a double round robin (30 matches per
    league and season, 120 in all); 36 players with three dated attribute rows each."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "Country"(id INTEGER PRIMARY KEY, name VARCHAR)')
    con.executemany('INSERT INTO "Country" VALUES (?, ?)', _COUNTRIES)
    con.execute(
        'CREATE TABLE "League"(id INTEGER PRIMARY KEY, country_id INTEGER REFERENCES "Country"(id), name VARCHAR)'
    )
    con.executemany('INSERT INTO "League" VALUES (?, ?, ?)', _LEAGUES)
    con.execute(
        'CREATE TABLE "Team"(id INTEGER PRIMARY KEY, team_api_id INTEGER UNIQUE, team_fifa_api_id INTEGER, '
        "team_long_name VARCHAR, team_short_name VARCHAR)"
    )
    teams: dict[int, list[int]] = {}
    rows: list[tuple[object, ...]] = []
    k = 0
    for league, clubs in _CLUBS.items():
        for long, short in clubs:
            k += 1
            api = 8000 + 37 * k
            teams.setdefault(league, []).append(api)
            rows.append((k, api, 100 + k, long, short))
    con.executemany('INSERT INTO "Team" VALUES (?, ?, ?, ?, ?)', rows)
    con.execute(
        'CREATE TABLE "Match"(id INTEGER PRIMARY KEY, country_id INTEGER REFERENCES "Country"(id), '
        'league_id INTEGER REFERENCES "League"(id), season VARCHAR, stage INTEGER, date VARCHAR, '
        'match_api_id INTEGER, home_team_api_id INTEGER REFERENCES "Team"(team_api_id), '
        'away_team_api_id INTEGER REFERENCES "Team"(team_api_id), home_team_goal INTEGER, away_team_goal INTEGER)'
    )
    matches: list[tuple[object, ...]] = []
    for league, apis in teams.items():
        for s, season in enumerate(_SEASONS):
            start = dt.date(2014 + s, 8, 9)
            pairs = [(h, a) for h in apis for a in apis if h != a]
            rnd.shuffle(pairs)
            for n, (home, away) in enumerate(pairs):
                stage = n // 3 + 1
                day = start + dt.timedelta(days=28 * (stage - 1) + n % 3)  # August to May
                goals = (rnd.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5]), rnd.choice([0, 0, 1, 1, 1, 2, 2, 3, 6]))
                mid = len(matches) + 1
                matches.append(
                    (mid, league, league, season, stage, f"{day} 00:00:00", 490000 + mid, home, away, *goals)
                )
    con.executemany('INSERT INTO "Match" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', matches)
    con.execute(
        'CREATE TABLE "Player"(id INTEGER PRIMARY KEY, player_api_id INTEGER UNIQUE, player_name VARCHAR, '
        "player_fifa_api_id INTEGER, birthday VARCHAR, height DOUBLE, weight INTEGER)"
    )
    firsts = ["Aaron", "Bruno", "Carlos", "David", "Emil", "Felix", "Goran", "Hugo", "Ivan", "Jonas", "Kai", "Luis"]
    lasts = ["Silva", "Moreno", "Baker", "Kovac", "Lindt", "Okafor"]
    players = [
        (
            i,
            30000 + 11 * i,
            f"{firsts[i % 12]} {lasts[i % 6 if i < 12 else (i * 5) % 6]}{'' if i < 24 else ' Jr'}",
            200000 + i,
            f"{1985 + i % 12}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d} 00:00:00",
            round(170.18 + (i * 13) % 28 * 0.9, 2),
            140 + (i * 17) % 60,
        )
        for i in range(1, 37)
    ]
    con.executemany('INSERT INTO "Player" VALUES (?, ?, ?, ?, ?, ?, ?)', players)
    con.execute(
        'CREATE TABLE "Player_Attributes"(id INTEGER PRIMARY KEY, player_fifa_api_id INTEGER, '
        'player_api_id INTEGER REFERENCES "Player"(player_api_id), date VARCHAR, overall_rating INTEGER, '
        "potential INTEGER, preferred_foot VARCHAR, finishing INTEGER, sprint_speed INTEGER)"
    )
    attrs: list[tuple[object, ...]] = []
    for p in players:
        base = rnd.randint(55, 85)
        foot = "left" if p[0] % 4 == 0 else "right"
        for y in range(3):
            attrs.append(
                (
                    len(attrs) + 1,
                    p[3],
                    p[1],
                    f"{2013 + y}-09-{10 + y:02d} 00:00:00",
                    base + y + rnd.randint(-2, 2),
                    base + 5 + rnd.randint(0, 6),
                    foot,
                    rnd.randint(30, 90),
                    rnd.randint(40, 95),
                )
            )
    con.executemany('INSERT INTO "Player_Attributes" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', attrs)
    return con


_NBA = [
    (1, "HAR", "Harbor City", "Herons", "East"),
    (2, "IRV", "Irvington", "Ironmen", "East"),
    (3, "JAS", "Jasper", "Jaguars", "East"),
    (4, "KEL", "Kelso", "Kings", "West"),
    (5, "LAR", "Laramie", "Lynx", "West"),
    (6, "MOR", "Morro Bay", "Mariners", "West"),
]
_POSITIONS = ["G", "G", "F", "F", "C"]


def hoops() -> duckdb.DuckDBPyConnection:
    """Six teams of five players; two seasons of 30 games each; a stats line per player and game whose points add up
    to the team's score."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute(
        "CREATE TABLE teams(team_id INTEGER PRIMARY KEY, abbreviation VARCHAR, city VARCHAR, nickname VARCHAR, "
        "conference VARCHAR)"
    )
    con.executemany("INSERT INTO teams VALUES (?, ?, ?, ?, ?)", _NBA)
    con.execute(
        "CREATE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, "
        "team_id INTEGER REFERENCES teams(team_id), position VARCHAR, height_inches INTEGER, birth_date DATE)"
    )
    firsts = ["Andre", "Ben", "Cole", "Dion", "Eli", "Finn", "Gus", "Hal", "Isaac", "Jalen"]
    lasts = ["Adams", "Brooks", "Carter", "Dixon", "Ellis", "Foster", "Grant", "Hayes", "Irving", "James", "Kent"]
    players: list[tuple[object, ...]] = []
    for t in range(1, 7):
        for s in range(5):
            pid = (t - 1) * 5 + s + 1
            players.append(
                (
                    pid,
                    firsts[pid % 10],
                    lasts[(pid * 3) % 11],
                    t,
                    _POSITIONS[s],
                    74 + s * 2 + pid % 3,
                    dt.date(1990 + pid % 10, 1 + pid % 12, 1 + pid % 27),
                )
            )
    con.executemany("INSERT INTO players VALUES (?, ?, ?, ?, ?, ?, ?)", players)
    con.execute("CREATE TABLE seasons(season_id INTEGER PRIMARY KEY, season_label VARCHAR, start_date DATE)")
    con.executemany(
        "INSERT INTO seasons VALUES (?, ?, ?)",
        [(1, "2022-23", dt.date(2022, 10, 18)), (2, "2023-24", dt.date(2023, 10, 24))],
    )
    con.execute(
        "CREATE TABLE games(game_id INTEGER PRIMARY KEY, season_id INTEGER REFERENCES seasons(season_id), "
        "game_date DATE, home_team_id INTEGER REFERENCES teams(team_id), "
        "visitor_team_id INTEGER REFERENCES teams(team_id), home_score INTEGER, visitor_score INTEGER, "
        "attendance INTEGER)"
    )
    con.execute(
        "CREATE TABLE player_game_stats(game_id INTEGER REFERENCES games(game_id), "
        "player_id INTEGER REFERENCES players(player_id), team_id INTEGER REFERENCES teams(team_id), "
        "minutes DOUBLE, points INTEGER, rebounds INTEGER, assists INTEGER, PRIMARY KEY (game_id, player_id))"
    )
    skill = {int(str(p[0])): rnd.uniform(0.6, 1.5) for p in players}
    games: list[tuple[object, ...]] = []
    stats: list[tuple[object, ...]] = []
    for season, start in ((1, dt.date(2022, 10, 18)), (2, dt.date(2023, 10, 24))):
        pairs = [(h, a) for h in range(1, 7) for a in range(1, 7) if h != a]
        rnd.shuffle(pairs)
        for n, (home, away) in enumerate(pairs):
            gid = len(games) + 1
            scores: list[int] = []
            for team, edge in ((home, 1.06), (away, 1.0)):
                total = 0
                for pid in range((team - 1) * 5 + 1, team * 5 + 1):
                    minutes = round(rnd.uniform(22, 40), 1)
                    pts = max(0, int(rnd.gauss(20 * skill[pid] * edge, 5)))
                    total += pts
                    stats.append((gid, pid, team, minutes, pts, rnd.randint(1, 12), rnd.randint(0, 10)))
                scores.append(total)
            if scores[0] == scores[1]:  # no ties in basketball: the home side wins the extra period by two
                scores[0] += 2
                last = next(i for i in range(len(stats) - 1, -1, -1) if stats[i][2] == home)
                stats[last] = (*stats[last][:4], int(str(stats[last][4])) + 2, *stats[last][5:])
            day = start + dt.timedelta(days=6 * n + rnd.randrange(2))  # October to April
            games.append((gid, season, day, home, away, scores[0], scores[1], rnd.randint(12000, 20000)))
    con.executemany("INSERT INTO games VALUES (?, ?, ?, ?, ?, ?, ?, ?)", games)
    con.executemany("INSERT INTO player_game_stats VALUES (?, ?, ?, ?, ?, ?, ?)", stats)
    return con


def hockey() -> duckdb.DuckDBPyConnection:
    """A PascalCase hockey league without declared keys: four Teams of six Skaters, 24 Games, and a SkaterGames line
    per skater and game (few goals, assists and shots each: a handful of distinct values)."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute('CREATE TABLE "Teams"("TeamID" INTEGER PRIMARY KEY, "TeamName" VARCHAR)')
    names = ["Polar Caps", "Ridge Wolves", "Summit Hawks", "Tundra Bears"]
    con.executemany('INSERT INTO "Teams" VALUES (?, ?)', list(enumerate(names, 1)))
    con.execute('CREATE TABLE "Skaters"("SkaterID" INTEGER PRIMARY KEY, "SkaterName" VARCHAR, "TeamID" INTEGER)')
    given = ["Ari", "Bo", "Cy", "Dag", "Eero", "Fil"]
    con.executemany(
        'INSERT INTO "Skaters" VALUES (?, ?, ?)',
        [(k, f"{given[(k - 1) % 6]} {names[(k - 1) // 6].split()[1][:-1]}son", (k - 1) // 6 + 1) for k in range(1, 25)],
    )
    con.execute(
        'CREATE TABLE "Games"("GameID" INTEGER PRIMARY KEY, "GameDate" DATE, "HomeTeamID" INTEGER, '
        '"AwayTeamID" INTEGER, "HomeGoals" INTEGER, "AwayGoals" INTEGER)'
    )
    con.execute(
        'CREATE TABLE "SkaterGames"("GameID" INTEGER, "SkaterID" INTEGER, "Goals" INTEGER, "Assists" INTEGER, '
        '"Shots" INTEGER)'
    )
    games: list[tuple[object, ...]] = []
    lines: list[tuple[object, ...]] = []
    for g in range(1, 25):
        home, away = rnd.sample(range(1, 5), 2)
        scored = []
        for team in (home, away):
            total = 0
            for k in range((team - 1) * 6 + 1, team * 6 + 1):
                goals = rnd.choice([0, 0, 0, 0, 1, 1, 2])
                total += goals
                lines.append((g, k, goals, rnd.choice([0, 0, 1, 1, 2, 3]), goals + rnd.randint(0, 6)))
            scored.append(total)
        games.append((g, dt.date(2024, 10, 5) + dt.timedelta(days=3 * g), home, away, *scored))
    con.executemany('INSERT INTO "Games" VALUES (?, ?, ?, ?, ?, ?)', games)
    con.executemany('INSERT INTO "SkaterGames" VALUES (?, ?, ?, ?, ?)', lines)
    return con


Question = tuple[str, tuple[str, ...]]  # question, gold SQL (any of them)


def _q(question: str, *gold: str) -> Question:
    return (question, gold)


_M = '"Match" m'
_TOTAL = "m.home_team_goal + m.away_team_goal"
_HOME = 'JOIN "Team" h ON h.team_api_id = m.home_team_api_id'
_AWAY = 'JOIN "Team" a ON a.team_api_id = m.away_team_api_id'
_LG = 'JOIN "League" l ON l.id = m.league_id'
# each match once per side: the team, its goals for and against, and its outcome
_SIDES = (
    '(SELECT home_team_api_id AS team, season, home_team_goal AS gf, away_team_goal AS ga FROM "Match" '
    'UNION ALL SELECT away_team_api_id, season, away_team_goal, home_team_goal FROM "Match") s '
    'JOIN "Team" t ON t.team_api_id = s.team'
)
_RATING = 'JOIN "Player_Attributes" pa ON pa.player_api_id = p.player_api_id'

SOCCER_QUESTIONS: list[Question] = [
    _q("how many matches per season", 'SELECT season, COUNT(*) FROM "Match" GROUP BY 1'),
    _q("total goals per season", f"SELECT season, SUM({_TOTAL}) FROM {_M} GROUP BY 1"),
    _q("average goals per match by league", f"SELECT l.name, AVG({_TOTAL}) FROM {_M} {_LG} GROUP BY 1"),
    _q("goals per game by season", f"SELECT season, AVG({_TOTAL}) FROM {_M} GROUP BY 1"),
    _q("which teams have the most home wins",
       f"SELECT h.team_long_name, COUNT(*) FROM {_M} {_HOME} WHERE m.home_team_goal > m.away_team_goal "
       "GROUP BY 1 ORDER BY 2 DESC LIMIT 10"),
    _q("number of draws by season",
       'SELECT season, COUNT(*) FROM "Match" WHERE home_team_goal = away_team_goal GROUP BY 1'),
    _q("how many matches ended in a draw", 'SELECT COUNT(*) FROM "Match" WHERE home_team_goal = away_team_goal'),
    _q("home goals vs away goals by season",
       'SELECT season, SUM(home_team_goal), SUM(away_team_goal) FROM "Match" GROUP BY 1'),
    _q("average home goals and average away goals",
       'SELECT AVG(home_team_goal), AVG(away_team_goal) FROM "Match"'),
    _q("home wins, away wins and draws",
       "SELECT CASE WHEN home_team_goal > away_team_goal THEN 'home win' WHEN home_team_goal < away_team_goal "
       "THEN 'away win' ELSE 'draw' END, COUNT(*) FROM \"Match\" GROUP BY 1",
       "SELECT COUNT(*) FILTER (WHERE home_team_goal > away_team_goal), COUNT(*) FILTER (WHERE home_team_goal < "
       'away_team_goal), COUNT(*) FILTER (WHERE home_team_goal = away_team_goal) FROM "Match"'),
    _q("home win percentage",
       'SELECT 100.0 * AVG(CASE WHEN home_team_goal > away_team_goal THEN 1 ELSE 0 END) FROM "Match"'),
    _q("home win rate by league",
       f"SELECT l.name, 100.0 * AVG(CASE WHEN m.home_team_goal > m.away_team_goal THEN 1 ELSE 0 END) FROM {_M} "
       f"{_LG} GROUP BY 1"),
    _q("which team conceded the fewest goals",
       f"SELECT t.team_long_name, SUM(ga) FROM {_SIDES} GROUP BY 1 ORDER BY 2 ASC, 1 LIMIT 1"),
    _q("which team scored the most goals",
       f"SELECT t.team_long_name, SUM(gf) FROM {_SIDES} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"),
    _q("total goals scored by each team", f"SELECT t.team_long_name, SUM(gf) FROM {_SIDES} GROUP BY 1"),
    _q("which team won the most matches in 2015/2016",
       f"SELECT t.team_long_name, COUNT(*) FROM {_SIDES} WHERE gf > ga AND s.season = '2015/2016' "
       "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"),
    _q("win rate by team",
       f"SELECT t.team_long_name, 100.0 * AVG(CASE WHEN gf > ga THEN 1 ELSE 0 END) FROM {_SIDES} GROUP BY 1",
       f"SELECT t.team_long_name, AVG(CASE WHEN gf > ga THEN 1 ELSE 0 END) FROM {_SIDES} GROUP BY 1"),
    _q("biggest home wins",
       f"SELECT m.date, h.team_long_name, a.team_long_name, m.home_team_goal, m.away_team_goal FROM {_M} {_HOME} "
       f"{_AWAY} ORDER BY m.home_team_goal - m.away_team_goal DESC, m.id LIMIT 10"),
    _q("matches with more than 5 goals",
       f"SELECT m.date, h.team_long_name, a.team_long_name, m.home_team_goal, m.away_team_goal FROM {_M} {_HOME} "
       f"{_AWAY} WHERE {_TOTAL} > 5"),
    _q("how many matches had more than 5 goals", f"SELECT COUNT(*) FROM {_M} WHERE {_TOTAL} > 5"),
    _q("how many matches were played in the 2014/2015 season",
       "SELECT COUNT(*) FROM \"Match\" WHERE season = '2014/2015'"),
    _q("how many goals did Ashford Athletic score at home",
       f"SELECT SUM(m.home_team_goal) FROM {_M} {_HOME} WHERE h.team_long_name = 'Ashford Athletic'"),
    _q("home wins by team in 2015/2016",
       f"SELECT h.team_long_name, COUNT(*) FROM {_M} {_HOME} WHERE m.home_team_goal > m.away_team_goal "
       "AND m.season = '2015/2016' GROUP BY 1"),
    _q("number of matches by country",
       f'SELECT c.name, COUNT(*) FROM {_M} JOIN "Country" c ON c.id = m.country_id GROUP BY 1'),
    _q("matches per league", f"SELECT l.name, COUNT(*) FROM {_M} {_LG} GROUP BY 1"),
    _q("average goals per match in the Iberia Liga by season",
       f"SELECT m.season, AVG({_TOTAL}) FROM {_M} {_LG} WHERE l.name = 'Iberia Liga' GROUP BY 1"),
    _q("how many teams are there", 'SELECT COUNT(*) FROM "Team"'),
    _q("top 10 players by overall rating",
       f'SELECT p.player_name, MAX(pa.overall_rating) FROM "Player" p {_RATING} GROUP BY p.player_api_id, 1 '
       "ORDER BY 2 DESC LIMIT 10",
       f'SELECT p.player_name, AVG(pa.overall_rating) FROM "Player" p {_RATING} GROUP BY p.player_api_id, 1 '
       "ORDER BY 2 DESC LIMIT 10"),
    _q("average overall rating by preferred foot",
       'SELECT preferred_foot, AVG(overall_rating) FROM "Player_Attributes" GROUP BY 1'),
    _q("tallest players", 'SELECT player_name, height FROM "Player" ORDER BY height DESC LIMIT 10'),
    _q("average player height", 'SELECT AVG(height) FROM "Player"'),
]  # fmt: skip

_G = "games g"
_PTS = "g.home_score + g.visitor_score"
_NAME = "p.first_name || ' ' || p.last_name"
_ST = "player_game_stats s JOIN players p ON p.player_id = s.player_id"
_TEAM = "t.city || ' ' || t.nickname"
_HSIDES = (
    "(SELECT home_team_id AS team, season_id, home_score AS pf, visitor_score AS pa FROM games "
    "UNION ALL SELECT visitor_team_id, season_id, visitor_score, home_score FROM games) x "
    "JOIN teams t ON t.team_id = x.team"
)


def _teams(sql: str) -> tuple[str, ...]:
    """Gold naming a team by its nickname, its city, both, or its abbreviation."""
    return tuple(sql.replace("{T}", n) for n in ("t.nickname", "t.city", _TEAM, "t.abbreviation"))


def _people(sql: str) -> tuple[str, ...]:
    return (sql.replace("{P}", _NAME), sql.replace("{P}", "p.last_name"))


HOOPS_QUESTIONS: list[Question] = [
    _q("points per game by player", *_people(f"SELECT {{P}}, AVG(s.points) FROM {_ST} GROUP BY p.player_id, 1")),
    _q("top scorers", *_people(f"SELECT {{P}}, SUM(s.points) FROM {_ST} GROUP BY p.player_id, 1 ORDER BY 2 DESC LIMIT 10")),
    _q("top 5 scorers in 2023-24",
       *_people(f"SELECT {{P}}, SUM(s.points) FROM {_ST} JOIN games g ON g.game_id = s.game_id JOIN seasons se "
                "ON se.season_id = g.season_id WHERE se.season_label = '2023-24' GROUP BY p.player_id, 1 "
                "ORDER BY 2 DESC LIMIT 5")),
    _q("who has the most assists",
       *_people(f"SELECT {{P}}, SUM(s.assists) FROM {_ST} GROUP BY p.player_id, 1 ORDER BY 2 DESC LIMIT 1")),
    _q("average rebounds per game by position", f"SELECT p.position, AVG(s.rebounds) FROM {_ST} GROUP BY 1"),
    _q("players averaging more than 25 points per game",
       *_people(f"SELECT {{P}}, AVG(s.points) FROM {_ST} GROUP BY p.player_id, 1 HAVING AVG(s.points) > 25")),
    _q("total minutes played by player", *_people(f"SELECT {{P}}, SUM(s.minutes) FROM {_ST} GROUP BY p.player_id, 1")),
    _q("average points scored by home teams", "SELECT AVG(home_score) FROM games"),
    _q("home vs visitor points per game", "SELECT AVG(home_score), AVG(visitor_score) FROM games"),
    _q("games per season",
       "SELECT se.season_label, COUNT(*) FROM games g JOIN seasons se ON se.season_id = g.season_id GROUP BY 1"),
    _q("average total points per game by season",
       f"SELECT se.season_label, AVG({_PTS}) FROM {_G} JOIN seasons se ON se.season_id = g.season_id GROUP BY 1"),
    _q("home wins by team",
       *_teams(f"SELECT {{T}}, COUNT(*) FROM {_G} JOIN teams t ON t.team_id = g.home_team_id "
               "WHERE g.home_score > g.visitor_score GROUP BY 1")),
    _q("which team won the most games",
       *_teams(f"SELECT {{T}}, COUNT(*) FROM {_HSIDES} WHERE pf > pa GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")),
    _q("win percentage by team",
       *_teams(f"SELECT {{T}}, 100.0 * AVG(CASE WHEN pf > pa THEN 1 ELSE 0 END) FROM {_HSIDES} GROUP BY 1"),
       *_teams(f"SELECT {{T}}, AVG(CASE WHEN pf > pa THEN 1 ELSE 0 END) FROM {_HSIDES} GROUP BY 1")),
    _q("which team allowed the fewest points",
       *_teams(f"SELECT {{T}}, SUM(pa) FROM {_HSIDES} GROUP BY 1 ORDER BY 2 ASC, 1 LIMIT 1")),
    _q("points per game by team", *_teams(f"SELECT {{T}}, AVG(pf) FROM {_HSIDES} GROUP BY 1")),
    _q("how often does the home team win",
       "SELECT 100.0 * AVG(CASE WHEN home_score > visitor_score THEN 1 ELSE 0 END) FROM games",
       "SELECT COUNT(*) FROM games WHERE home_score > visitor_score"),
    _q("largest margin of victory",
       "SELECT MAX(ABS(home_score - visitor_score)) FROM games"),
    _q("how many games had more than 240 points", f"SELECT COUNT(*) FROM {_G} WHERE {_PTS} > 240"),
    _q("number of players by position", "SELECT position, COUNT(*) FROM players GROUP BY 1"),
    _q("players per team",
       *_teams("SELECT {T}, COUNT(*) FROM players p JOIN teams t ON t.team_id = p.team_id GROUP BY 1")),
    _q("average assists per game for guards", f"SELECT AVG(s.assists) FROM {_ST} WHERE p.position = 'G'"),
    _q("teams in the West conference", "SELECT city, nickname FROM teams WHERE conference = 'West'",
       "SELECT nickname FROM teams WHERE conference = 'West'", "SELECT city FROM teams WHERE conference = 'West'",
       f"SELECT {_TEAM} FROM teams t WHERE conference = 'West'"),
    _q("average attendance by home team",
       *_teams(f"SELECT {{T}}, AVG(g.attendance) FROM {_G} JOIN teams t ON t.team_id = g.home_team_id GROUP BY 1")),
    _q("how many games did the Kings win at home",
       f"SELECT COUNT(*) FROM {_G} JOIN teams t ON t.team_id = g.home_team_id WHERE t.nickname = 'Kings' "
       "AND g.home_score > g.visitor_score"),
]  # fmt: skip

QUESTIONS = {"soccer": SOCCER_QUESTIONS, "hoops": HOOPS_QUESTIONS}
