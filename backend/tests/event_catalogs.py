"""Catalogs whose rows are events on other rows, asked about with other words than the tables' names: a snake_case
music service with declared keys (plays of tracks of albums of artists, listeners' signups, subscriptions) and a
PascalCase help desk without declared keys (tickets, their comments, agents in teams)."""

from __future__ import annotations

import duckdb


def music_service() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR, country VARCHAR)")
    con.execute(
        "INSERT INTO artists VALUES (1, 'Nova Lights', 'Sweden'), (2, 'Dust Choir', 'Chile'), (3, 'Marrow', 'Kenya'),"
        " (4, 'Low Tide', 'Japan'), (5, 'Glass Fern', 'Peru'), (6, 'Quiet Engines', 'Malta')"
    )
    con.execute(
        "CREATE TABLE albums(album_id INTEGER PRIMARY KEY, album_title VARCHAR,"
        " artist_id INTEGER REFERENCES artists(artist_id), released_on DATE)"
    )
    con.execute(
        "INSERT INTO albums SELECT i, 'Album ' || i, 1 + i % 6, DATE '2015-01-01' + CAST(i * 97 AS INTEGER)"
        " FROM range(1, 10) t(i)"
    )
    con.execute(
        "CREATE TABLE tracks(track_id INTEGER PRIMARY KEY, track_title VARCHAR,"
        " album_id INTEGER REFERENCES albums(album_id), duration_seconds INTEGER)"
    )
    con.execute("INSERT INTO tracks SELECT i, 'Track ' || i, 1 + i % 9, 120 + (i * 37) % 200 FROM range(1, 31) t(i)")
    con.execute(
        "CREATE TABLE listeners(listener_id INTEGER PRIMARY KEY, listener_name VARCHAR, plan VARCHAR,"
        " signed_up_on DATE)"
    )
    con.execute(
        """INSERT INTO listeners SELECT i, 'Listener ' || i, ['free', 'premium', 'family'][1 + i % 3],
        DATE '2023-01-03' + CAST((i * i * 7) % 360 AS INTEGER) FROM range(1, 41) t(i)"""
    )
    # Track t is played (t * 7) % 31 times: thirty different counts, so every ranking has one answer.
    con.execute(
        "CREATE TABLE plays(play_id INTEGER PRIMARY KEY, track_id INTEGER REFERENCES tracks(track_id),"
        " listener_id INTEGER REFERENCES listeners(listener_id), played_at TIMESTAMP, device VARCHAR,"
        " seconds_played INTEGER)"
    )
    con.execute(
        """INSERT INTO plays SELECT row_number() OVER (), t, 1 + (t * k) % 40,
        TIMESTAMP '2024-01-01 08:00' + INTERVAL (t * 397 + k * 1451) MINUTE, ['phone', 'desktop', 'speaker'][1 + k % 3],
        30 + (t * k * 13) % 200 FROM range(1, 31) x(t), range(1, 31) y(k) WHERE k <= (t * 7) % 31"""
    )
    con.execute(
        "CREATE TABLE subscriptions(subscription_id INTEGER PRIMARY KEY,"
        " listener_id INTEGER REFERENCES listeners(listener_id), status VARCHAR, started_on DATE,"
        " monthly_fee DECIMAL(6,2))"
    )
    con.execute(
        """INSERT INTO subscriptions SELECT i, i, ['active', 'cancelled', 'paused', 'active', 'active'][1 + i % 5],
        DATE '2023-02-01' + CAST(i * 9 AS INTEGER), 4.99 + (i % 3) * 5 FROM range(1, 41) t(i)"""
    )
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Agents"("AgentId" INTEGER, "AgentName" VARCHAR, "Team" VARCHAR, "HiredOn" DATE)')
    con.execute(
        """INSERT INTO "Agents" SELECT i, 'Agent ' || i, ['Tier1', 'Tier2', 'Billing'][1 + i % 3],
        DATE '2020-01-01' + CAST(i * 50 AS INTEGER) FROM range(1, 10) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Tickets"("TicketId" INTEGER, "Subject" VARCHAR, "Status" VARCHAR, "Priority" VARCHAR,'
        ' "CreatedAt" TIMESTAMP, "AgentId" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Tickets" SELECT i, 'Issue ' || i, ['Open', 'Closed', 'Pending', 'Closed', 'Closed'][1 + (i * 3) % 5],
        ['Low', 'High', 'Normal'][1 + i % 3], TIMESTAMP '2024-03-04 09:00' + INTERVAL (i * 31 + (i % 4) * 24) HOUR,
        1 + (i * i) % 9 FROM range(1, 201) t(i)"""
    )
    # Ticket i (of the first 40) gets (i * 13) % 47 comments: forty different counts.
    con.execute(
        'CREATE TABLE "TicketComments"("CommentId" INTEGER, "TicketId" INTEGER, "AgentId" INTEGER, "Body" VARCHAR,'
        ' "PostedAt" TIMESTAMP)'
    )
    con.execute(
        """INSERT INTO "TicketComments" SELECT row_number() OVER (), i, 1 + (i * 5 + k) % 9, 'Note ' || i || '.' || k,
        TIMESTAMP '2024-03-05 10:00' + INTERVAL (i * 17 + k) HOUR FROM range(1, 41) x(i), range(1, 47) y(k)
        WHERE k <= (i * 13) % 47"""
    )
    return con
