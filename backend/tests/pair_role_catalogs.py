"""Catalogs written for the tests of an entity that each row of a table references twice, under two roles (neither the
demo nor an eval catalog): a snake_case football league with declared keys (matches between a home and an away club,
with each side's goals) and a snake_case messaging app (messages from a sender to a recipient); a PascalCase basketball
league without declared keys (Games between a home and an away team, with each side's points) and a PascalCase
ledger (Transfers from one account to another)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def football() -> duckdb.DuckDBPyConnection:
    """Eight clubs; 120 matches, each with a home club, an away club and the goals of each side (draws happen)."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE clubs(club_id INTEGER PRIMARY KEY, club_name VARCHAR, town VARCHAR, founded INTEGER)")
    towns = ["Ashby", "Brent", "Corby", "Dalton"]
    con.executemany(
        "INSERT INTO clubs VALUES (?, ?, ?, ?)",
        [(i, f"{towns[i % 4]} {'Rovers' if i < 5 else 'United'}", towns[i % 4], 1880 + 7 * i) for i in range(1, 9)],
    )
    con.execute(
        "CREATE TABLE matches(match_id INTEGER PRIMARY KEY, match_date DATE, season INTEGER, "
        "home_club_id INTEGER REFERENCES clubs(club_id), away_club_id INTEGER REFERENCES clubs(club_id), "
        "home_goals INTEGER, away_goals INTEGER, attendance INTEGER)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 121):
        home, away = rnd.sample(range(1, 9), 2)
        day = dt.date(2022, 8, 1) + dt.timedelta(days=rnd.randrange(600))
        goals = (rnd.choice([0, 0, 1, 1, 1, 2, 2, 3, 4]), rnd.choice([0, 0, 1, 1, 2, 2, 3]))
        rows.append((k, day, day.year if day.month >= 8 else day.year - 1, home, away, *goals, rnd.randint(800, 9000)))
    con.executemany("INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def messaging() -> duckdb.DuckDBPyConnection:
    """Twelve users; 300 messages, each sent by one user to another."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute("CREATE TABLE users(user_id INTEGER PRIMARY KEY, username VARCHAR, country VARCHAR)")
    con.executemany(
        "INSERT INTO users VALUES (?, ?, ?)",
        [(i, f"user_{chr(96 + i)}{i}", ["Peru", "Oman", "Fiji"][i % 3]) for i in range(1, 13)],
    )
    con.execute(
        "CREATE TABLE messages(message_id INTEGER PRIMARY KEY, sender_id INTEGER REFERENCES users(user_id), "
        "recipient_id INTEGER REFERENCES users(user_id), sent_at TIMESTAMP, char_count INTEGER)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 301):
        sender, recipient = rnd.sample([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2)
        if sender == recipient:
            recipient = sender % 12 + 1
        at = dt.datetime(2024, 3, 1) + dt.timedelta(minutes=rnd.randrange(60 * 24 * 90))
        rows.append((k, sender, recipient, at, rnd.randint(1, 400)))
    con.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?)", rows)
    return con


def basketball() -> duckdb.DuckDBPyConnection:
    """Six teams; 90 games, each with a home team, an away team and each side's points; no keys declared."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "Teams"("TeamID" INTEGER, "TeamName" VARCHAR, "Conference" VARCHAR)')
    names = ["Hawks", "Owls", "Comets", "Bison", "Otters", "Lynx"]
    con.executemany(
        'INSERT INTO "Teams" VALUES (?, ?, ?)', [(i, names[i - 1], "East" if i <= 3 else "West") for i in range(1, 7)]
    )
    con.execute(
        'CREATE TABLE "Games"("GameID" INTEGER, "GameDate" DATE, "HomeTeamID" INTEGER, "AwayTeamID" INTEGER, '
        '"HomePoints" INTEGER, "AwayPoints" INTEGER)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 91):
        home, away = rnd.sample(range(1, 7), 2)
        pts = rnd.randint(80, 125), rnd.randint(78, 120)
        if pts[0] == pts[1]:
            pts = pts[0] + 3, pts[1]
        rows.append((k, dt.date(2024, 10, 20) + dt.timedelta(days=rnd.randrange(170)), home, away, *pts))
    con.executemany('INSERT INTO "Games" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con


def ledger() -> duckdb.DuckDBPyConnection:
    """Ten accounts; 250 transfers, each from one account to another; no keys declared."""
    con = duckdb.connect()
    rnd = random.Random(13)
    con.execute('CREATE TABLE "Accounts"("AccountID" INTEGER, "AccountName" VARCHAR, "Branch" VARCHAR)')
    con.executemany(
        'INSERT INTO "Accounts" VALUES (?, ?, ?)',
        [(i, f"Acct {chr(64 + i)}", ["Quay", "Mill"][i % 2]) for i in range(1, 11)],
    )
    con.execute(
        'CREATE TABLE "Transfers"("TransferID" INTEGER, "FromAccountID" INTEGER, "ToAccountID" INTEGER, '
        '"Amount" DECIMAL(10, 2), "TransferDate" DATE)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 251):
        src, dst = rnd.sample([1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2)
        if src == dst:
            dst = src % 10 + 1
        rows.append(
            (k, src, dst, round(rnd.uniform(5, 5000), 2), dt.date(2024, 1, 1) + dt.timedelta(rnd.randrange(365)))
        )
    con.executemany('INSERT INTO "Transfers" VALUES (?, ?, ?, ?, ?)', rows)
    return con


def cricket() -> duckdb.DuckDBPyConnection:
    """Village cricket: 80 fixtures naming the home and the away side in the row itself (no table of sides)."""
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute(
        "CREATE TABLE fixtures(fixture_id INTEGER, played_on DATE, home_side VARCHAR, away_side VARCHAR, "
        "home_runs INTEGER, away_runs INTEGER)"
    )
    sides = ["Elmstead", "Fenwick", "Gorsey", "Hatchley", "Ivybridge"]
    rows: list[tuple[object, ...]] = []
    for k in range(1, 81):
        home, away = rnd.sample(sides, 2)
        runs = rnd.randint(90, 260), rnd.randint(90, 260)
        rows.append((k, dt.date(2024, 5, 1) + dt.timedelta(days=rnd.randrange(120)), home, away, *runs))
    con.executemany("INSERT INTO fixtures VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def volleyball() -> duckdb.DuckDBPyConnection:
    """A volleyball league's 70 fixtures naming the host and the guest team in the row, with each side's sets."""
    con = duckdb.connect()
    rnd = random.Random(19)
    con.execute(
        'CREATE TABLE "Fixtures"("FixtureDate" DATE, "HostTeam" VARCHAR, "GuestTeam" VARCHAR, "HostSets" INTEGER, '
        '"GuestSets" INTEGER)'
    )
    teams = ["Tidewater", "Quarry", "Saltmarsh", "Underhill", "Vantage", "Westgate"]
    rows: list[tuple[object, ...]] = []
    for _ in range(70):
        host, guest = rnd.sample(teams, 2)
        sets = (3, rnd.randint(0, 2)) if rnd.random() < 0.55 else (rnd.randint(0, 2), 3)
        rows.append((dt.date(2024, 9, 1) + dt.timedelta(days=rnd.randrange(200)), host, guest, *sets))
    con.executemany('INSERT INTO "Fixtures" VALUES (?, ?, ?, ?, ?)', rows)
    return con


def tennis() -> duckdb.DuckDBPyConnection:
    """Ten players; 200 matches, each naming its winner and its loser (declared keys)."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute("CREATE TABLE players(player_id INTEGER PRIMARY KEY, player_name VARCHAR, country VARCHAR)")
    con.executemany(
        "INSERT INTO players VALUES (?, ?, ?)",
        [(i, f"Player {chr(64 + i)}", ["ESP", "USA", "SRB"][i % 3]) for i in range(1, 11)],
    )
    con.execute(
        "CREATE TABLE matches(match_id INTEGER PRIMARY KEY, match_date DATE, winner_id INTEGER REFERENCES "
        "players(player_id), loser_id INTEGER REFERENCES players(player_id), minutes INTEGER)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 201):
        winner, loser = rnd.sample(range(1, 11), 2)
        rows.append((k, dt.date(2024, 1, 1) + dt.timedelta(rnd.randrange(300)), winner, loser, rnd.randint(60, 240)))
    con.executemany("INSERT INTO matches VALUES (?, ?, ?, ?, ?)", rows)
    return con


def fencing() -> duckdb.DuckDBPyConnection:
    """Eight fencers; 150 bouts naming the winning and the losing fencer; no keys declared."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute('CREATE TABLE "Fencers"("FencerID" INTEGER, "FencerName" VARCHAR)')
    con.executemany('INSERT INTO "Fencers" VALUES (?, ?)', [(i, f"Fencer {i:02d}") for i in range(1, 9)])
    con.execute(
        'CREATE TABLE "Bouts"("BoutID" INTEGER, "WinnerFencerID" INTEGER, "LoserFencerID" INTEGER, "Touches" INTEGER)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 151):
        winner, loser = rnd.sample([1, 1, 2, 3, 4, 5, 6, 7, 8], 2)
        if winner == loser:
            loser = winner % 8 + 1
        rows.append((k, winner, loser, rnd.randint(5, 15)))
    con.executemany('INSERT INTO "Bouts" VALUES (?, ?, ?, ?)', rows)
    return con
