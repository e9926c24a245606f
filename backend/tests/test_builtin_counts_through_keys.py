"""Counts across a chain of keys: "how many different books did each member borrow", "number of different genres
each member borrowed from" count the other entity's distinct members per member, through the rows that pair them
(a loan → its book → its genre); "for each city, the number of members and their total fine amount" is one row per city
with both figures, the members counted once each however many rows lie between them and the money. On two catalogs
written here: a snake_case library (keys implied by their names) and a PascalCase clinic (keys declared)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def library() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE members(member_id INTEGER, member_name VARCHAR, city VARCHAR)")
    con.execute(
        "INSERT INTO members SELECT i, 'Member ' || i, ['Oakton', 'Pinevale', 'Elmfold'][1 + i % 3] "
        "FROM range(1, 31) t(i)"
    )
    con.execute("CREATE TABLE genres(genre_id INTEGER, genre_name VARCHAR)")
    con.execute("INSERT INTO genres VALUES (1, 'Mystery'), (2, 'Poetry'), (3, 'History'), (4, 'Travel')")
    con.execute("CREATE TABLE books(book_id INTEGER, title VARCHAR, genre_id INTEGER, pages INTEGER)")
    con.execute("INSERT INTO books SELECT i, 'Book ' || i, 1 + i % 4, 100 + i * 3 FROM range(1, 25) t(i)")
    con.execute("CREATE TABLE loans(loan_id INTEGER, member_id INTEGER, book_id INTEGER, loaned_on DATE)")
    con.execute(
        "INSERT INTO loans SELECT i, 1 + i % 30, 1 + (i * 7) % 24, DATE '2024-01-01' + CAST(i AS INTEGER) "
        "FROM range(1, 151) t(i)"
    )
    con.execute("CREATE TABLE fines(fine_id INTEGER, loan_id INTEGER, amount DECIMAL(6, 2))")
    con.execute("INSERT INTO fines SELECT i, 1 + (i * 5) % 150, 1 + i % 7 FROM range(1, 61) t(i)")
    return con


def clinic() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Doctors"("DoctorId" INTEGER PRIMARY KEY, "DoctorName" VARCHAR, "Specialty" VARCHAR)')
    con.execute(
        """INSERT INTO "Doctors" SELECT i, 'Dr ' || i, ['Cardiology', 'Dermatology', 'Oncology'][1 + i % 3]
        FROM range(1, 10) t(i)"""
    )
    con.execute('CREATE TABLE "Patients"("PatientId" INTEGER PRIMARY KEY, "PatientName" VARCHAR, "City" VARCHAR)')
    con.execute(
        """INSERT INTO "Patients" SELECT i, 'Patient ' || i, ['Ashby', 'Brill', 'Corran', 'Dunmore'][1 + i % 4]
        FROM range(1, 41) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Visits"("VisitId" INTEGER PRIMARY KEY, "PatientId" INTEGER REFERENCES "Patients"("PatientId"), '
        '"DoctorId" INTEGER REFERENCES "Doctors"("DoctorId"), "VisitDate" DATE)'
    )
    con.execute(
        """INSERT INTO "Visits" SELECT i, 1 + (i * 3) % 40, 1 + (i * 5) % 9, DATE '2024-02-01' + CAST(i AS INTEGER)
        FROM range(1, 121) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Invoices"("InvoiceId" INTEGER PRIMARY KEY, "VisitId" INTEGER REFERENCES "Visits"("VisitId"), '
        '"Amount" DECIMAL(8, 2))'
    )
    con.execute("""INSERT INTO "Invoices" SELECT i, 1 + (i * 7) % 120, 20 + i % 11 * 5 FROM range(1, 201) t(i)""")
    return con


books = catalog_fixture(library)
patients = catalog_fixture(clinic)


def test_distinct_members_of_another_entity_are_counted_for_each_member(books: Db, patients: Db) -> None:
    same(
        books,
        "how many distinct books did each member borrow",
        "SELECT m.member_name, COUNT(DISTINCT l.book_id) FROM loans l JOIN members m ON l.member_id = m.member_id "
        "GROUP BY 1",
    )
    same(
        patients,
        "how many different doctors did each patient see",
        'SELECT p."PatientName", COUNT(DISTINCT v."DoctorId") FROM "Visits" v '
        'JOIN "Patients" p ON v."PatientId" = p."PatientId" GROUP BY 1',
    )


def test_distinct_members_further_up_the_keys_are_counted_for_each_member(books: Db, patients: Db) -> None:
    same(
        books,
        "number of different genres each member borrowed from",
        "SELECT m.member_name, COUNT(DISTINCT b.genre_id) FROM loans l JOIN members m ON l.member_id = m.member_id "
        "JOIN books b ON l.book_id = b.book_id GROUP BY 1",
    )
    same(
        patients,
        "how many different specialties did each patient see",
        'SELECT p."PatientName", COUNT(DISTINCT d."Specialty") FROM "Visits" v '
        'JOIN "Patients" p ON v."PatientId" = p."PatientId" JOIN "Doctors" d ON v."DoctorId" = d."DoctorId" '
        "GROUP BY 1",
    )


def test_a_count_of_members_and_a_total_two_keys_away_are_one_row_per_group(books: Db, patients: Db) -> None:
    same(
        books,
        "for each city, the number of members and their total fine amount",
        "SELECT m.city, COUNT(DISTINCT l.member_id), SUM(f.amount) FROM fines f JOIN loans l ON f.loan_id = l.loan_id "
        "JOIN members m ON l.member_id = m.member_id GROUP BY 1",
    )
    same(
        patients,
        "for each city, the number of patients and their total invoice amount",
        'SELECT p."City", COUNT(DISTINCT v."PatientId"), SUM(i."Amount") FROM "Invoices" i '
        'JOIN "Visits" v ON i."VisitId" = v."VisitId" JOIN "Patients" p ON v."PatientId" = p."PatientId" GROUP BY 1',
    )
