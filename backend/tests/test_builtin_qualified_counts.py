"""A count condition whose rows are qualified by a value of theirs: "members with 3+ missed visits", "authors with
more than 2 rejected submissions" keep the groups with that many rows of that value (HAVING over the rows the value
keeps), and "3+" says "at least 3". On two catalogs written here: a gym's visits (snake_case, lower-case states) and a
PascalCase journal's submissions (capitalised verdicts)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def gym_visits() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE gym_members(id INTEGER PRIMARY KEY, member_name VARCHAR, joined_at TIMESTAMP)")
    con.execute(
        """INSERT INTO gym_members SELECT i, 'Member ' || i, TIMESTAMP '2023-01-01' + INTERVAL (i * 5) DAY
        FROM range(1, 81) t(i)"""
    )
    con.execute(
        """CREATE TABLE gym_visits(id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES gym_members(id),
        status VARCHAR, visited_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO gym_visits SELECT i, 1 + (i * i) % 80, CASE WHEN i % 5 = 0 OR i % 13 = 0 THEN 'missed'
        ELSE 'attended' END, TIMESTAMP '2024-01-01 07:00:00' + INTERVAL (i % 300) DAY FROM range(1, 1201) t(i)"""
    )
    return con


def journal_desk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Authors"("AuthorId" INTEGER PRIMARY KEY, "AuthorName" VARCHAR)')
    con.execute("""INSERT INTO "Authors" SELECT i, 'Author ' || i FROM range(1, 51) t(i)""")
    con.execute(
        """CREATE TABLE "Submissions"("SubmissionId" INTEGER PRIMARY KEY,
        "AuthorId" INTEGER REFERENCES "Authors"("AuthorId"), "Verdict" VARCHAR, "SubmittedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Submissions" SELECT i, 1 + (i * 7 + i * i) % 50,
        ['Accepted', 'Rejected', 'Rejected'][1 + i % 3],
        TIMESTAMP '2022-05-01' + INTERVAL (i * 2) DAY FROM range(1, 301) t(i)"""
    )
    return con


gym = catalog_fixture(gym_visits)
journal = catalog_fixture(journal_desk)


def test_a_count_of_rows_qualified_by_a_value_keeps_those_groups(gym: Db, journal: Db) -> None:
    same(
        gym,
        "members with 3+ missed visits",
        """SELECT m.member_name, count(*) FROM gym_visits v JOIN gym_members m ON m.id = v.member_id
        WHERE v.status = 'missed' GROUP BY 1 HAVING count(*) >= 3""",
    )
    same(
        journal,
        "authors with more than 2 rejected submissions",
        """SELECT a."AuthorName", count(*) FROM "Submissions" s JOIN "Authors" a ON a."AuthorId" = s."AuthorId"
        WHERE s."Verdict" = 'Rejected' GROUP BY 1 HAVING count(*) > 2""",
    )


def test_a_number_with_a_plus_is_at_least_that_many(journal: Db) -> None:
    same(
        journal,
        "authors with 7+ submissions",
        """SELECT a."AuthorName", count(*) FROM "Submissions" s JOIN "Authors" a ON a."AuthorId" = s."AuthorId"
        GROUP BY 1 HAVING count(*) >= 7""",
    )
