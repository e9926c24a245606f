"""Rows listed with the columns named after them ("list loans with their member names", "the 3 latest visits with
the patient's name and city", "doctors and their supervisors' names"): each row shows what tells it apart (its name,
else its own key, and its date when the rows are ordered by it) and the named columns, read through the key to the
table that holds them. On two catalogs written here: a snake_case library (members, books, loans; keys implied by
their names) and a PascalCase clinic (Patients, Doctors with a supervisor among them, Visits; keys declared)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same


def library() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE members(member_id INTEGER, member_name VARCHAR, city VARCHAR, joined_on DATE)")
    con.execute(
        "INSERT INTO members SELECT i, 'Member ' || i, ['Oakton', 'Pinevale', 'Elmfold'][1 + i % 3], "
        "DATE '2020-01-01' + CAST(i * 9 AS INTEGER) FROM range(1, 41) t(i)"
    )
    con.execute("CREATE TABLE books(book_id INTEGER, title VARCHAR, author VARCHAR, pages INTEGER)")
    con.execute("INSERT INTO books SELECT i, 'Book ' || i, 'Author ' || (i % 7), 100 + i * 3 FROM range(1, 31) t(i)")
    con.execute("CREATE TABLE loans(loan_id INTEGER, member_id INTEGER, book_id INTEGER, loaned_on DATE)")
    con.execute(
        "INSERT INTO loans SELECT i, 1 + i % 40, 1 + (i * 7) % 30, DATE '2024-01-01' + CAST(i * 2 AS INTEGER) "
        "FROM range(1, 91) t(i)"
    )
    return con


def clinic() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Doctors"("DoctorId" INTEGER PRIMARY KEY, "DoctorName" VARCHAR, "Specialty" VARCHAR, '
        '"SupervisorId" INTEGER REFERENCES "Doctors"("DoctorId"))'
    )
    for first, last in ((1, 4), (4, 13)):  # the supervisors (1 to 3) first, then the doctors they supervise
        con.execute(
            f"""INSERT INTO "Doctors" SELECT i, 'Dr ' || i, ['Cardiology', 'Dermatology', 'Oncology'][1 + i % 3],
            CASE WHEN i > 3 THEN 1 + i % 3 END FROM range({first}, {last}) t(i)"""
        )
    con.execute('CREATE TABLE "Patients"("PatientId" INTEGER PRIMARY KEY, "PatientName" VARCHAR, "City" VARCHAR)')
    con.execute(
        """INSERT INTO "Patients" SELECT i, 'Patient ' || i, ['Ashby', 'Brill', 'Corran', 'Dunmore'][1 + i % 4]
        FROM range(1, 51) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Visits"("VisitId" INTEGER PRIMARY KEY, "PatientId" INTEGER REFERENCES "Patients"("PatientId"), '
        '"DoctorId" INTEGER REFERENCES "Doctors"("DoctorId"), "VisitDate" DATE, "Fee" DECIMAL(8, 2))'
    )
    con.execute(
        """INSERT INTO "Visits" SELECT i, 1 + (i * 3) % 50, 1 + i % 12, DATE '2024-02-01' + CAST(i * 3 AS INTEGER),
        40 + i % 9 * 5 FROM range(1, 101) t(i)"""
    )
    return con


books = catalog_fixture(library)
patients = catalog_fixture(clinic)


def test_rows_listed_with_a_parents_name_show_their_own_key_and_that_name(books: Db, patients: Db) -> None:
    same(
        books,
        "list loans with their member names",
        "SELECT l.loan_id, m.member_name FROM loans l JOIN members m ON l.member_id = m.member_id",
    )
    same(
        patients,
        "list visits with their patient names",
        'SELECT v."VisitId", p."PatientName" FROM "Visits" v JOIN "Patients" p ON v."PatientId" = p."PatientId"',
    )


def test_the_latest_rows_listed_with_a_parents_columns_show_their_date(books: Db, patients: Db) -> None:
    same(
        books,
        "show the 5 most recent loans with member name",
        "SELECT l.loan_id, l.loaned_on, m.member_name FROM loans l JOIN members m ON l.member_id = m.member_id "
        "ORDER BY l.loaned_on DESC LIMIT 5",
    )
    same(
        patients,
        "show the 4 latest visits with the patient's name and city",
        'SELECT v."VisitId", v."VisitDate", p."PatientName", p."City" FROM "Visits" v '
        'JOIN "Patients" p ON v."PatientId" = p."PatientId" ORDER BY v."VisitDate" DESC LIMIT 4',
    )


def test_several_columns_of_a_parent_are_all_shown(books: Db, patients: Db) -> None:
    same(
        books,
        "loans with the book's title and author",
        "SELECT l.loan_id, b.title, b.author FROM loans l JOIN books b ON l.book_id = b.book_id",
    )
    same(
        patients,
        "visits with the doctor's name and specialty",
        'SELECT v."VisitId", d."DoctorName", d."Specialty" FROM "Visits" v '
        'JOIN "Doctors" d ON v."DoctorId" = d."DoctorId"',
    )


def test_a_key_to_the_rows_own_table_is_read_as_its_role(patients: Db) -> None:
    same(
        patients,
        "doctors and their supervisors' names",
        'SELECT d."DoctorName", s."DoctorName" FROM "Doctors" d LEFT JOIN "Doctors" s ON d."SupervisorId" = s."DoctorId"',
    )


def test_a_value_after_with_stays_a_condition(books: Db) -> None:
    covers(
        books,
        "members with city Oakton",
        "SELECT member_name FROM members WHERE city = 'Oakton'",
    )
