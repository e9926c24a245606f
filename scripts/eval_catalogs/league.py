"""An amateur basketball league's stats database, named the way stats sites and box-score scrapers name things.

Nine lowercase tables (`arenas`, `teams`, `players`, `coaches`, `rosters`, `games`, `box_scores`, `attendance`,
`injuries`) whose stat columns are the short abbreviations of a box score: `gp`, `gs`, `min`, `pts`, `reb`,
`oreb`, `dreb`, `ast`, `stl`, `blk`, `tov`, `pf`, `fgm`, `fga`, `fg3m`, `fg3a`, `ftm`, `fta`, `plus_minus`, `att`.
Teams are keyed by a three-letter text code (`team_abbr`), a game has two keys to them (`home_team`,
`away_team`) beside `home_pts`/`away_pts`, a season is text ('2023-24'), `game_type` is a one-letter code
(R regular season, P playoffs) and `pos` a position code (G, F, C, G-F), both explained in column comments;
heights are text ('6-7'), weights in pounds, `draft_yr` is NULL for undrafted players, and a coach's
`reports_to` points to another coach. Eight teams play three seasons; after 2022-23 the Brookfield Knights
(BRK) moved to Dunmore (DUN), so `teams` has a row for each. Home teams win more often, a team's star lifts it
when he plays, the second night of a back-to-back is colder, the playoffs are in March and April, a winter
injury wave sends players to the bench (DNP rows: NULL minutes and stats), attendance grows season after
season and peaks at weekends and in the playoffs, and the current season (2024-25) is under way: games after
the last played date are scheduled with NULL scores, and some injured players are still out (NULL end date).
Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random

from scripts.eval_catalogs.common import Catalog, Row, words

SEED = 770_412
SEASONS = ["2022-23", "2023-24", "2024-25"]
LAST_PLAYED = dt.date(2025, 2, 16)  # the 2024-25 season is in progress: later games have no score yet
GAME_MINUTES = 40  # four ten-minute quarters

DDL = [
    """CREATE TABLE arenas (
        arena_id INTEGER PRIMARY KEY, arena_name VARCHAR NOT NULL, city VARCHAR NOT NULL,
        capacity INTEGER NOT NULL, opened INTEGER)""",
    """CREATE TABLE teams (
        team_abbr VARCHAR(3) PRIMARY KEY, team_name VARCHAR NOT NULL, city VARCHAR NOT NULL,
        arena_id INTEGER NOT NULL REFERENCES arenas (arena_id), conf VARCHAR NOT NULL,
        first_season VARCHAR NOT NULL, last_season VARCHAR)""",
    """CREATE TABLE players (
        player_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL,
        pos VARCHAR(3) NOT NULL, ht VARCHAR(5) NOT NULL, wt INTEGER NOT NULL, dob DATE NOT NULL,
        hometown VARCHAR, draft_yr INTEGER)""",
    """CREATE TABLE coaches (
        coach_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL,
        team_abbr VARCHAR(3) NOT NULL REFERENCES teams (team_abbr), role VARCHAR NOT NULL,
        reports_to INTEGER REFERENCES coaches (coach_id), hired DATE NOT NULL)""",
    """CREATE TABLE rosters (
        season VARCHAR(7) NOT NULL, team_abbr VARCHAR(3) NOT NULL REFERENCES teams (team_abbr),
        player_id INTEGER NOT NULL REFERENCES players (player_id), jersey INTEGER NOT NULL,
        salary INTEGER NOT NULL, gp INTEGER NOT NULL, gs INTEGER NOT NULL, PRIMARY KEY (season, player_id))""",
    """CREATE TABLE games (
        game_id INTEGER PRIMARY KEY, season VARCHAR(7) NOT NULL, game_date DATE NOT NULL,
        game_type VARCHAR(1) NOT NULL, home_team VARCHAR(3) NOT NULL REFERENCES teams (team_abbr),
        away_team VARCHAR(3) NOT NULL REFERENCES teams (team_abbr), home_pts INTEGER, away_pts INTEGER)""",
    """CREATE TABLE box_scores (
        game_id INTEGER NOT NULL REFERENCES games (game_id), player_id INTEGER NOT NULL REFERENCES players (player_id),
        team_abbr VARCHAR(3) NOT NULL REFERENCES teams (team_abbr), gs INTEGER NOT NULL, "min" INTEGER,
        pts INTEGER, reb INTEGER, oreb INTEGER, dreb INTEGER, ast INTEGER, stl INTEGER, blk INTEGER,
        tov INTEGER, pf INTEGER, fgm INTEGER, fga INTEGER, fg3m INTEGER, fg3a INTEGER, ftm INTEGER,
        fta INTEGER, plus_minus INTEGER, note VARCHAR, PRIMARY KEY (game_id, player_id))""",
    """CREATE TABLE attendance (
        game_id INTEGER PRIMARY KEY REFERENCES games (game_id), att INTEGER NOT NULL)""",
    """CREATE TABLE injuries (
        injury_id INTEGER PRIMARY KEY, player_id INTEGER NOT NULL REFERENCES players (player_id),
        team_abbr VARCHAR(3) NOT NULL REFERENCES teams (team_abbr), injury VARCHAR NOT NULL,
        start_date DATE NOT NULL, end_date DATE)""",
]
COMMENTS = [
    "COMMENT ON COLUMN games.game_type IS 'R = regular season, P = playoffs'",
    "COMMENT ON COLUMN games.home_pts IS 'NULL until the game is played'",
    "COMMENT ON COLUMN players.pos IS 'G = guard, F = forward, C = center, G-F = guard-forward'",
    "COMMENT ON COLUMN players.ht IS 'height in feet-inches'",
    "COMMENT ON COLUMN players.wt IS 'weight in lbs'",
    "COMMENT ON COLUMN players.draft_yr IS 'year of the league draft; NULL = undrafted'",
    "COMMENT ON COLUMN box_scores.gs IS '1 = started the game'",
    "COMMENT ON COLUMN box_scores.\"min\" IS 'minutes played; NULL = did not play (DNP)'",
    "COMMENT ON COLUMN box_scores.plus_minus IS 'point margin while on the floor'",
    "COMMENT ON COLUMN rosters.gp IS 'regular season games played'",
    "COMMENT ON COLUMN rosters.gs IS 'regular season games started'",
    "COMMENT ON COLUMN attendance.att IS 'paid attendance'",
    "COMMENT ON COLUMN injuries.end_date IS 'NULL = still out'",
]

ARENAS = [  # name, city, capacity, opened
    ("Bayfront Pavilion", "Harbor City", 3200, 1998),
    ("Ridgeview Fieldhouse", "Ridgeview", 2400, 1987),
    ("Lakeshore Community Arena", "Lakeshore", 2800, 2006),
    ("Mill Street Gym", "Millbrook", 1800, 1979),
    ("Capitol Heights Center", "Capitol Heights", 3600, 2012),
    ("Silverlake Dome", "Silverlake", 2600, 1995),
    ("Fairgrove Armory", "Fairgrove", 2100, 1964),
    ("Brookfield Civic Hall", "Brookfield", 1500, 1971),
    ("Dunmore Events Center", "Dunmore", 3400, 2021),
]
TEAMS = [  # code, name, city, arena index, conference, first season, last season, strength
    ("HRB", "Harbor City Herons", "Harbor City", 0, "East", "2022-23", None, 1.05),
    ("RDG", "Ridgeview Rams", "Ridgeview", 1, "West", "2022-23", None, 0.97),
    ("LKS", "Lakeshore Sharks", "Lakeshore", 2, "East", "2022-23", None, 1.02),
    ("MIL", "Millbrook Millers", "Millbrook", 3, "West", "2022-23", None, 0.93),
    ("CPT", "Capitol Heights Comets", "Capitol Heights", 4, "East", "2022-23", None, 1.08),
    ("SVL", "Silverlake Vipers", "Silverlake", 5, "West", "2022-23", None, 0.99),
    ("FRG", "Fairgrove Foxes", "Fairgrove", 6, "West", "2022-23", None, 0.95),
    ("BRK", "Brookfield Knights", "Brookfield", 7, "East", "2022-23", "2022-23", 0.96),
    ("DUN", "Dunmore Knights", "Dunmore", 8, "East", "2023-24", None, 1.0),
]
FIRST = words("Marcus Jalen Tyrese DeShawn Caleb Isaiah Malik Trent Darius Evan Jordan Kobe Andre Xavier Miles Julian")
FIRST += words("Noah Elijah Cole Devin Tariq Omar Lamar Reggie Grant Spencer Tyler Logan Brandon Cedric Nate Quinn")
FIRST += words("Dante Jamal Rashad Felix Luca Mateo Diego Ivan Tomas Kenji Ravi Samir Ben Owen Wes Corey Isaac")
LAST = words("Johnson Williams Brown Jones Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White Harris")
LAST += words("Martin Thompson Robinson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams")
LAST += words("Nelson Carter Mitchell Perez Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart")
LAST += words("Okafor Mensah Novak Petrov Kowalski Lindqvist Haddad Abara Delgado Fontaine Ibarra Whitfield")
TOWNS = words("Harbor_City Ridgeview Lakeshore Millbrook Capitol_Heights Silverlake Fairgrove Dunmore Brookfield")
TOWNS += words("Eastport Westbury Northfield Cedar_Falls Oak_Valley")
INJURIES = ["Sprained ankle", "Knee soreness", "Hamstring strain", "Back spasms", "Broken finger",
            "Concussion", "Groin strain", "Calf strain", "Illness", "Shoulder sprain"]  # fmt: skip
POSITIONS = ["G", "G", "G", "G-F", "F", "F", "F", "F", "C", "C", "G", "F"]  # a 12-man roster's shape
HEIGHT = {"G": (72, 77), "G-F": (76, 79), "F": (77, 81), "C": (80, 85)}  # inches
WEIGHT_PER_INCH = {"G": 2.55, "G-F": 2.6, "F": 2.7, "C": 2.85}


def season_start(season: str) -> int:
    """The calendar year a season starts in ('2023-24' → 2023)."""
    return int(season[:4])


def team_codes(season: str) -> list[str]:
    """The eight teams playing `season` (the Knights under their code of that season)."""
    return [t[0] for t in TEAMS if t[5] <= season and (t[6] is None or season <= t[6])]


class League:
    """Everything drawn while building: players, rosters, games and their box scores."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.players: list[Row] = []
        self.names: set[tuple[str, str]] = set()
        self.skill: dict[int, float] = {}
        self.pos: dict[int, str] = {}
        self.rosters: dict[tuple[str, str], list[int]] = {}
        self.salary: dict[tuple[str, int], int] = {}
        self.jersey: dict[tuple[str, int], int] = {}
        self.stars: dict[tuple[str, str], int] = {}
        self.out: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
        self.games: list[Row] = []
        self.box: list[Row] = []
        self.attendance: list[Row] = []
        self.injuries: list[Row] = []
        self.last_game: dict[str, dt.date] = {}

    def new_player(self, pos: str, season: str, star: bool = False) -> int:
        """Draw a player who joins the league in `season`."""
        rng, pid = self.rng, len(self.players) + 1
        lo, hi = HEIGHT[pos]
        inches = rng.randint(lo, hi)
        wt = round(inches * WEIGHT_PER_INCH[pos] + rng.gauss(0, 9))
        dob = dt.date(season_start(season) - rng.randint(21, 31), rng.randint(1, 12), rng.randint(1, 28))
        draft = None if rng.random() < 0.3 and not star else min(season_start(season), dob.year + rng.randint(21, 24))
        town = rng.choice(TOWNS).replace("_", " ") if rng.random() < 0.9 else None
        first, last = rng.choice(FIRST), rng.choice(LAST)
        while (first, last) in self.names:  # a player's full name is unique, as fans look players up by it
            first, last = rng.choice(FIRST), rng.choice(LAST)
        self.names.add((first, last))
        self.players.append((pid, first, last, pos, f"{inches // 12}-{inches % 12}", wt, dob, town, draft))
        self.skill[pid] = 1.55 + rng.random() * 0.25 if star else 0.6 + rng.random() * 0.6
        self.pos[pid] = pos
        return pid

    def build_rosters(self) -> None:
        """Twelve players a team a season; most return, the Knights keep theirs when they move."""
        rng = self.rng
        previous: dict[str, list[int]] = {}
        for season in SEASONS:
            for code in team_codes(season):
                franchise = "BRK" if code == "DUN" else code
                kept = [p for p in previous.get(franchise, []) if rng.random() < 0.78]
                star = next((p for p in previous.get(franchise, []) if self.skill[p] > 1.5), None)
                if star is not None and star not in kept:
                    kept.append(star)
                if star is None:
                    star = self.new_player(rng.choice(["G", "F", "G-F"]), season, star=True)
                    kept.append(star)
                shape = list(POSITIONS)
                for p in kept:
                    if self.pos[p] in shape:
                        shape.remove(self.pos[p])
                roster = kept + [self.new_player(pos, season) for pos in shape[: 12 - len(kept)]]
                self.rosters[(season, code)] = roster
                self.stars[(season, code)] = star
                numbers = rng.sample(range(0, 56), 12)
                for i, p in enumerate(roster):
                    raise_ = 1 + 0.06 * SEASONS.index(season)
                    base = 95_000 if p == star else 9_000 + 42_000 * (self.skill[p] - 0.6)
                    self.salary[(season, p)] = int(round(base * raise_ * (0.9 + 0.2 * rng.random()), -2))
                    self.jersey[(season, p)] = numbers[i]
                previous[franchise] = roster

    def draw_injuries(self) -> None:
        """Injuries through each season, most of them in a January and February wave."""
        rng = self.rng
        for season in SEASONS:
            year = season_start(season)
            for code in team_codes(season):
                for p in self.rosters[(season, code)]:
                    for _ in range(3):
                        if rng.random() > 0.12:
                            continue
                        if rng.random() < 0.55:  # the winter wave
                            start = dt.date(year + 1, 1, 1) + dt.timedelta(days=rng.randint(0, 58))
                        else:
                            start = dt.date(year, 11, 1) + dt.timedelta(days=rng.randint(0, 140))
                        if start > LAST_PLAYED:
                            continue
                        end: dt.date | None = start + dt.timedelta(days=rng.randint(5, 40))
                        if end is not None and end > LAST_PLAYED:
                            end = None  # still out
                        if any(s <= start and (e is None or start <= e) for s, e in self.out.get(p, [])):
                            continue
                        self.out.setdefault(p, []).append((start, end))
                        injury_id = len(self.injuries) + 1
                        self.injuries.append((injury_id, p, code, rng.choice(INJURIES), start, end))

    def is_out(self, p: int, day: dt.date) -> bool:
        """Whether `p` is injured on `day`."""
        return any(s <= day and (e is None or day <= e) for s, e in self.out.get(p, []))

    def schedule(self, season: str) -> list[tuple[dt.date, str, str]]:
        """A double round robin twice over (28 games a team) on weekends, some Sundays and Wednesdays."""
        codes = team_codes(season)
        year = season_start(season)
        n = len(codes)
        rounds: list[list[tuple[str, str]]] = []
        for cycle in range(4):
            order = codes[:1] + codes[1:][cycle:] + codes[1:][:cycle]
            for r in range(n - 1):
                rotated = order[:1] + order[1:][r:] + order[1:][:r]
                pairs = [(rotated[i], rotated[n - 1 - i]) for i in range(n // 2)]
                rounds.append([self.host(codes, a, b, cycle) for a, b in pairs])
        day = dt.date(year, 11, 1)
        while day.weekday() != 5:
            day += dt.timedelta(days=1)
        dates: list[dt.date] = []
        week = 0
        while len(dates) < len(rounds):
            saturday = day + dt.timedelta(weeks=week)
            week += 1
            if dt.date(year, 12, 22) <= saturday <= dt.date(year + 1, 1, 2):
                continue  # holiday break
            if week % 4 == 2:
                dates.append(saturday - dt.timedelta(days=3))  # a Wednesday round
            dates.append(saturday)
            if week % 3 == 0:
                dates.append(saturday + dt.timedelta(days=1))  # Sunday: a back-to-back for everyone
        games: list[tuple[dt.date, str, str]] = []
        for when, pairs in zip(sorted(dates[: len(rounds)]), rounds, strict=True):
            for i, (home, away) in enumerate(pairs):
                shifted = when - dt.timedelta(days=1) if when.weekday() == 5 and i == 0 else when
                games.append((shifted, home, away))
        return sorted(games)

    @staticmethod
    def host(codes: list[str], a: str, b: str, cycle: int) -> tuple[str, str]:
        """(home, away) of a pairing: each pair meets twice at each end, alternating cycle by cycle."""
        first, second = sorted((a, b), key=codes.index)
        return (first, second) if (cycle + codes.index(a) + codes.index(b)) % 2 == 0 else (second, first)

    def team_line(self, game_id: int, day: dt.date, code: str, season: str, edge: float) -> list[list[int | None]]:
        """The box score rows of one team in one game (points last but one, before plus-minus)."""
        rng = self.rng
        roster = self.rosters[(season, code)]
        tired = self.last_game.get(code) == day - dt.timedelta(days=1)
        available = [p for p in roster if not self.is_out(p, day)]
        ranked = sorted(available, key=lambda p: -self.skill[p] - rng.random() * 0.15)
        starters, bench = ranked[:5], ranked[5:]
        playing = starters + [p for i, p in enumerate(bench) if i < 4 or rng.random() < 0.55]
        shares = {p: (3.2 if p in starters else 1.0) + self.skill[p] for p in playing}
        total = sum(shares.values())
        minutes = {p: max(2, round(5 * GAME_MINUTES * s / total + rng.gauss(0, 2))) for p, s in shares.items()}
        star_in = self.stars[(season, code)] in playing
        make = 0.43 * edge * (1.04 if star_in else 0.97) * (0.95 if tired else 1.0)
        rows: list[list[int | None]] = []
        for p in roster:
            if p not in playing:
                note = "DNP - Injury" if self.is_out(p, day) else "DNP - Coach's Decision"
                rows.append([game_id, p, None, 0, *[None] * 16, note])  # type: ignore[list-item]
                continue
            m, s, pos = minutes[p], self.skill[p], self.pos[p]
            fga = max(0, round(m * (0.22 + 0.12 * s) + rng.gauss(0, 1.5)))
            three_rate = {"G": 0.42, "G-F": 0.36, "F": 0.28, "C": 0.06}[pos]
            fg3a = sum(rng.random() < three_rate for _ in range(fga))
            fg3m = sum(rng.random() < make * 0.8 * (0.85 + 0.15 * s) for _ in range(fg3a))
            fg2m = sum(rng.random() < make * 1.12 * (0.85 + 0.15 * s) for _ in range(fga - fg3a))
            fta = max(0, round(m * 0.09 * s + rng.gauss(0, 1)))
            ftm = sum(rng.random() < 0.58 + 0.12 * s for _ in range(fta))
            big = {"G": 0.1, "G-F": 0.16, "F": 0.22, "C": 0.3}[pos]
            oreb = max(0, round(m * big * 0.3 + rng.gauss(0, 0.8)))
            dreb = max(0, round(m * big * 0.75 + rng.gauss(0, 1.2)))
            ast = max(0, round(m * ({"G": 0.16, "G-F": 0.1, "F": 0.07, "C": 0.05}[pos]) * s + rng.gauss(0, 1)))
            stl = max(0, round(m * 0.03 + rng.gauss(0, 0.6)))
            blk = max(0, round(m * big * 0.12 + rng.gauss(0, 0.5)))
            tov = max(0, round(m * 0.05 + rng.gauss(0, 0.8)))
            pf = min(5, max(0, round(m * 0.07 + rng.gauss(0, 1))))
            fgm = fg2m + fg3m
            pts = 2 * fg2m + 3 * fg3m + ftm
            gs = int(p in starters)
            stats = [pts, oreb + dreb, oreb, dreb, ast, stl, blk, tov, pf, fgm, fga, fg3m, fg3a, ftm, fta]
            rows.append([game_id, p, m, gs, *stats, None, None])
        self.last_game[code] = day
        return rows

    def play_season(self, season: str, first_id: int, strength: dict[str, float]) -> int:
        """Play the regular season and, when it is over, the playoffs; return the next game id."""
        game_id, complete = first_id, True
        record: dict[str, list[int]] = {c: [0, 0] for c in team_codes(season)}
        for day, home, away in self.schedule(season):
            played = self.play(game_id, season, day, "R", home, away, strength)
            complete = complete and played is not None
            if played is not None:
                winner = home if played[0] > played[1] else away
                record[winner][0] += 1
                record[home][1] += played[0] - played[1]
                record[away][1] += played[1] - played[0]
            game_id += 1
        if not complete:
            return game_id
        seeds = sorted(record, key=lambda c: (-record[c][0], -record[c][1]))
        year = season_start(season) + 1
        finalists: list[str] = []
        first = dt.date(year, 3, 20) + dt.timedelta(days=(5 - dt.date(year, 3, 20).weekday()) % 7)  # a Saturday
        weekends = [first, first + dt.timedelta(days=1), first + dt.timedelta(days=7)]
        for high, low in ((seeds[0], seeds[3]), (seeds[1], seeds[2])):
            wins = {high: 0, low: 0}
            for g, day in enumerate(weekends):
                home, away = (low, high) if g == 1 else (high, low)
                played = self.play(game_id, season, day, "P", home, away, strength)
                assert played is not None
                wins[home if played[0] > played[1] else away] += 1
                game_id += 1
                if max(wins.values()) == 2:
                    break
            finalists.append(max(wins, key=lambda c: wins[c]))
        wins = dict.fromkeys(finalists, 0)
        high = min(finalists, key=seeds.index)
        low = next(c for c in finalists if c != high)
        for g, day in enumerate([first + dt.timedelta(days=d) for d in (14, 15, 21)]):
            home, away = (low, high) if g == 1 else (high, low)
            played = self.play(game_id, season, day, "P", home, away, strength)
            assert played is not None
            wins[home if played[0] > played[1] else away] += 1
            game_id += 1
            if max(wins.values()) == 2:
                break
        return game_id

    def play(
        self, game_id: int, season: str, day: dt.date, kind: str, home: str, away: str, strength: dict[str, float]
    ) -> tuple[int, int] | None:
        """One game: its row, both box scores and its attendance; None when it is still to be played."""
        rng = self.rng
        if day > LAST_PLAYED:
            self.games.append((game_id, season, day, kind, home, away, None, None))
            return None
        home_rows = self.team_line(game_id, day, home, season, strength[home] * 1.06)
        away_rows = self.team_line(game_id, day, away, season, strength[away])
        scores = [sum(r[4] or 0 for r in rows) for rows in (home_rows, away_rows)]
        if scores[0] == scores[1]:  # decided at the line in overtime
            side = rng.randrange(2)
            rows = (home_rows, away_rows)[side]
            shooter = next(r for r in rows if r[3] == 1)
            shooter[4], shooter[17], shooter[18] = shooter[4] + 1, shooter[17] + 1, shooter[18] + 1  # type: ignore[operator]
            scores[side] += 1
        for rows, margin in ((home_rows, scores[0] - scores[1]), (away_rows, scores[1] - scores[0])):
            for r in rows:
                if r[2] is not None:
                    r[19] = round(margin * r[2] / GAME_MINUTES + rng.gauss(0, 3))
                team = home if rows is home_rows else away
                self.box.append((r[0], r[1], team, *r[3:4], r[2], *r[4:]))
        self.games.append((game_id, season, day, kind, home, away, scores[0], scores[1]))
        capacity = ARENAS[next(t[3] for t in TEAMS if t[0] == home)][2]
        crowd = 900 * (1 + 0.14 * SEASONS.index(season)) * (1.3 if day.weekday() >= 4 else 1.0)
        crowd *= (1.9 if kind == "P" else 1.0) * (1.1 if day.month in (1, 2) else 1.0) * rng.uniform(0.8, 1.2)
        self.attendance.append((game_id, min(capacity, round(crowd))))
        return scores[0], scores[1]


def build() -> Catalog:
    """The league's catalog: DDL, rows and column comments."""
    league = League()
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("arenas", [(i + 1, *a) for i, a in enumerate(ARENAS)])
    catalog.add("teams", [(t[0], t[1], t[2], t[3] + 1, t[4], t[5], t[6]) for t in TEAMS])
    league.build_rosters()
    league.draw_injuries()
    strength = {t[0]: t[7] for t in TEAMS}
    for season in SEASONS:
        league.play_season(season, season_start(season) % 100 * 1000 + 1, strength)
    catalog.add("players", league.players)
    coaches: list[Row] = []
    assistants: list[Row] = []
    rng = league.rng
    for code in team_codes(SEASONS[-1]):
        head = len(coaches) + len(assistants) + 1
        hired = dt.date(rng.randint(2016, 2023), rng.randint(5, 9), rng.randint(1, 28))
        coaches.append((head, rng.choice(FIRST), rng.choice(LAST), code, "Head Coach", None, hired))
        for role in ("Assistant Coach", "Assistant Coach", "Player Development")[: 2 + (code in ("HRB", "CPT"))]:
            cid = len(coaches) + len(assistants) + 1
            since = min(
                hired + dt.timedelta(days=rng.randint(0, 900)), LAST_PLAYED - dt.timedelta(days=rng.randint(20, 90))
            )
            assistants.append((cid, rng.choice(FIRST), rng.choice(LAST), code, role, head, since))
    catalog.add("coaches", coaches)
    catalog.add("coaches", assistants)
    played: dict[tuple[str, int], list[int]] = {}
    season_of = {g[0]: g[1] for g in league.games}
    regular = {g[0] for g in league.games if g[3] == "R"}
    for row in league.box:
        if row[0] in regular:
            counts = played.setdefault((season_of[row[0]], row[1]), [0, 0])
            counts[0] += row[4] is not None
            counts[1] += row[3]
    roster_rows: list[Row] = []
    for (season, code), roster in league.rosters.items():
        for p in roster:
            gp, gs = played.get((season, p), [0, 0])
            roster_rows.append((season, code, p, league.jersey[(season, p)], league.salary[(season, p)], gp, gs))
    catalog.add("rosters", roster_rows)
    catalog.add("games", league.games)
    catalog.add("box_scores", league.box)
    catalog.add("attendance", league.attendance)
    catalog.add("injuries", league.injuries)
    return catalog
