"""Members counted by how often they did what another table records, said with the verb of its rows ("members who
visited more than 3 times", "how many guests booked more than once", "what share of members visited at least twice"):
the rows the verb names are counted per member and the condition kept (HAVING), or, asked as a number or a share of
the members, one figure over the members' own table. On two catalogs written here: a snake_case gym's members and
visits, and a PascalCase inn's guests and bookings.

Rankings and breakdowns said with an event verb or noun ("which tracks were listened to the most", "top 5 artists by
listens", "most commented tickets", "which weekday gets the most tickets", "which month had the most signups",
"subscription status breakdown"): the rows of the table of those events are counted per ranked thing (named through the
chain of keys), per cycle of the date, or per status, with no split the question did not ask for (catalogs in
event_catalogs.py: a snake_case music service with declared keys, a PascalCase help desk without)."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, rows, same
from backend.tests.event_catalogs import help_desk, music_service


def gym() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE members(member_id INTEGER PRIMARY KEY, member_name VARCHAR)")
    con.execute("INSERT INTO members SELECT i, 'Member ' || i FROM range(1, 31) t(i)")
    con.execute(
        "CREATE TABLE visits(visit_id INTEGER, member_id INTEGER REFERENCES members(member_id), visited_on DATE)"
    )
    # member i visits i % 6 times: 0 to 5 visits each
    con.execute(
        """INSERT INTO visits SELECT row_number() OVER (), m, DATE '2024-01-01' + CAST(k AS INTEGER)
        FROM range(1, 31) a(m), range(6) b(k) WHERE k < m % 6"""
    )
    return con


def inn() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Guests"("GuestId" INTEGER PRIMARY KEY, "GuestName" VARCHAR)')
    con.execute("""INSERT INTO "Guests" SELECT i, 'Guest ' || i FROM range(1, 21) t(i)""")
    con.execute(
        'CREATE TABLE "Bookings"("BookingId" INTEGER, "GuestId" INTEGER REFERENCES "Guests"("GuestId"), '
        '"BookedOn" DATE, "Nights" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Bookings" SELECT row_number() OVER (), g, DATE '2024-03-01' + CAST(k AS INTEGER), 1 + k
        FROM range(1, 21) a(g), range(4) b(k) WHERE k < g % 4"""
    )
    return con


members = catalog_fixture(gym)
guests = catalog_fixture(inn)


def test_members_are_kept_by_how_often_the_verb_happened(members: Db, guests: Db) -> None:
    same(
        members,
        "members who visited more than 3 times",
        "SELECT m.member_name, COUNT(*) FROM visits v JOIN members m ON v.member_id = m.member_id "
        "GROUP BY 1 HAVING COUNT(*) > 3",
    )
    same(
        guests,
        "guests who booked more than once",
        """SELECT g."GuestName", COUNT(*) FROM "Bookings" b JOIN "Guests" g ON b."GuestId" = g."GuestId"
        GROUP BY 1 HAVING COUNT(*) > 1""",
    )


def test_the_members_meeting_the_count_are_counted_or_shared(members: Db, guests: Db) -> None:
    same(
        members,
        "how many members visited more than once",
        "SELECT COUNT(*) FROM members WHERE member_id IN (SELECT member_id FROM visits GROUP BY 1 HAVING COUNT(*) > 1)",
    )
    same(
        members,
        "what share of members visited at least twice",
        "SELECT 100.0 * AVG(CASE WHEN member_id IN (SELECT member_id FROM visits GROUP BY 1 HAVING COUNT(*) >= 2) "
        "THEN 1 ELSE 0 END) FROM members",
    )
    same(
        guests,
        "how many guests booked more than 2 times",
        """SELECT COUNT(*) FROM "Guests" WHERE "GuestId" IN
        (SELECT "GuestId" FROM "Bookings" GROUP BY 1 HAVING COUNT(*) > 2)""",
    )


def test_a_count_said_in_words_with_more_conditions_is_not_read_alone(members: Db) -> None:
    d = answer(members, "members who visited more than once in 2024")
    assert "2024" in d.sql


music = catalog_fixture(music_service)
desk = catalog_fixture(help_desk)

_PLAYS_PER_TRACK = """SELECT t.track_title, COUNT(*) AS n FROM plays p JOIN tracks t ON p.track_id = t.track_id
    GROUP BY 1 ORDER BY n DESC, 1"""
_PLAYS_PER_ARTIST = """SELECT a.artist_name, COUNT(*) AS n FROM plays p JOIN tracks t ON p.track_id = t.track_id
    JOIN albums b ON t.album_id = b.album_id JOIN artists a ON b.artist_id = a.artist_id GROUP BY 1 ORDER BY n DESC, 1"""


def test_an_event_verb_counts_the_events_of_each_ranked_thing(music: Db, desk: Db) -> None:
    same(music, "which 10 tracks were played the most", f"{_PLAYS_PER_TRACK} LIMIT 10")
    same(music, "which 10 tracks were listened to the most", f"{_PLAYS_PER_TRACK} LIMIT 10")
    same(music, "most streamed tracks", f"{_PLAYS_PER_TRACK} LIMIT 10")
    d = answer(music, "which tracks were listened to the most")
    got = music[0].execute(d.sql).fetchall()
    assert got[0] == rows(music[0], f"{_PLAYS_PER_TRACK} LIMIT 1")[0], d.sql  # the leader first
    assert "listened" not in d.sql and "listened" not in d.title  # the rows are called plays, not "listeneds"
    covers(
        desk,
        "most commented tickets",
        """SELECT t."Subject", COUNT(*) AS n FROM "TicketComments" c JOIN "Tickets" t ON c."TicketId" = t."TicketId"
        GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10""",
    )
    same(
        desk,
        "which agents replied the most",
        """SELECT a."AgentName", COUNT(*) FROM "TicketComments" c JOIN "Agents" a ON c."AgentId" = a."AgentId"
        GROUP BY 1""",
    )


def test_a_parent_ranked_by_its_events_gets_no_other_split(music: Db, desk: Db) -> None:
    same(music, "top 5 artists by listens", f"{_PLAYS_PER_ARTIST} LIMIT 5")
    same(music, "top 5 artists by plays", f"{_PLAYS_PER_ARTIST} LIMIT 5")
    same(
        music,
        "top 3 albums by streams",
        """SELECT b.album_title, COUNT(*) AS n FROM plays p JOIN tracks t ON p.track_id = t.track_id
        JOIN albums b ON t.album_id = b.album_id GROUP BY 1 ORDER BY n DESC, 1 LIMIT 3""",
    )
    same(
        desk,
        "top 2 teams by tickets",
        """SELECT a."Team", COUNT(*) AS n FROM "Tickets" t JOIN "Agents" a ON t."AgentId" = a."AgentId"
        GROUP BY 1 ORDER BY n DESC, 1 LIMIT 2""",
    )
    same(
        desk,
        "top 3 agents by comments",
        """SELECT a."AgentName", COUNT(*) AS n FROM "TicketComments" c JOIN "Agents" a ON c."AgentId" = a."AgentId"
        GROUP BY 1 ORDER BY n DESC, 1 LIMIT 3""",
    )
    # a measure named after "by" still ranks by its total
    same(
        music,
        "top 3 artists by total seconds played",
        """SELECT a.artist_name, SUM(p.seconds_played) AS s FROM plays p JOIN tracks t ON p.track_id = t.track_id
        JOIN albums b ON t.album_id = b.album_id JOIN artists a ON b.artist_id = a.artist_id
        GROUP BY 1 ORDER BY s DESC, 1 LIMIT 3""",
    )


def _leader_first(db: Db, question: str, gold: str) -> None:
    """The answer's rows are gold's (all of them, or the leader alone), the most first."""
    d = answer(db, question)
    got = rows(db[0], d.sql)
    want = rows(db[0], gold)
    assert got and set(got) <= set(want), d.sql
    first = db[0].execute(d.sql).fetchall()[0]
    assert first[-1] == max(r[-1] for r in want), d.sql


def test_a_cycle_of_the_date_with_the_most_events(music: Db, desk: Db) -> None:
    weekday = "CAST(ISODOW({0}) AS TEXT) || ' ' || DAYNAME({0})"
    _leader_first(
        desk,
        "which weekday gets the most tickets",
        f'SELECT {weekday.format(chr(34) + "CreatedAt" + chr(34))}, COUNT(*) FROM "Tickets" GROUP BY 1',
    )
    _leader_first(
        music,
        "which weekday gets the most listens",
        f"SELECT {weekday.format('played_at')}, COUNT(*) FROM plays GROUP BY 1",
    )
    _leader_first(
        music,
        "which month had the most signups",
        "SELECT CAST(DATE_TRUNC('month', signed_up_on) AS DATE), COUNT(*) FROM listeners GROUP BY 1",
    )
    same(
        music,
        "number of signups by month",
        "SELECT CAST(DATE_TRUNC('month', signed_up_on) AS DATE), COUNT(*) FROM listeners GROUP BY 1",
    )


def test_a_status_breakdown_counts_the_rows(music: Db, desk: Db) -> None:
    for question in (
        "subscription status breakdown",
        "status split of subscriptions",
        "breakdown of subscriptions by status",
    ):
        same(music, question, "SELECT status, COUNT(*) FROM subscriptions GROUP BY 1")
    for question in ("ticket status breakdown", "breakdown of tickets by status"):
        same(desk, question, 'SELECT "Status", COUNT(*) FROM "Tickets" GROUP BY 1')
    # a measure named in the breakdown is still summed
    same(music, "breakdown of monthly fee by status", "SELECT status, SUM(monthly_fee) FROM subscriptions GROUP BY 1")


def test_an_event_word_of_no_table_in_the_catalog_is_not_counted_as_another(music: Db, desk: Db) -> None:
    d = understand("which agents were listened to the most", desk[1])
    assert isinstance(d, Clarification) or (isinstance(d, QueryDecision) and "TicketComments" not in d.sql), d
    # the rest of the question names another catalog's things: the word is left unexplained, nothing is counted
    assert isinstance(understand("what are the 10 most streamed audiobook chapters?", music[1]), Clarification)
