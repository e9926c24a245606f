"""Members counted by how often they did what another table records, said with the verb of its rows ("members who
visited more than 3 times", "how many guests booked more than once", "what share of members visited at least twice"):
the rows the verb names are counted per member and the condition kept (HAVING), or, asked as a number or a share of
the members, one figure over the members' own table. On two catalogs written here: a snake_case gym's members and
visits, and a PascalCase inn's guests and bookings."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


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
