"""A key named after the role its row plays, sharing no word with the table it references ("Consultant ID" holding
doctors' codes, trainer_code holding instructors'), is found by its values: the one table whose own key lists them all.
A noun in -ee ("trainees" of a trainer) counts the rows holding the key, not the distinct keys. Two catalogs written
here: a ward's spreadsheet in Title Case and a training centre in snake_case, no keys declared."""

from __future__ import annotations

import random

import duckdb

from backend.agents.builtin.catalog_index import build_index
from backend.tests.builtin_checks import Db, catalog_fixture, covers, same


def _ward() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute('CREATE TABLE "Doctors"("Doctor Code" VARCHAR, "Doctor Name" VARCHAR, "Specialty" VARCHAR)')
    specialties = ["Cardiology", "Neurology", "Oncology"]
    con.executemany(
        'INSERT INTO "Doctors" VALUES (?, ?, ?)',
        [(f"C{i:02d}", f"Dr {i:02d}", specialties[i % 3]) for i in range(1, 16)],
    )
    con.execute(
        'CREATE TABLE "Patients"("Patient No" INTEGER, "Name" VARCHAR, "Ward" VARCHAR, "Consultant ID" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Patients" VALUES (?, ?, ?, ?)',
        [(k, f"Patient {k}", rnd.choice(["North", "South"]), f"C{rnd.randint(1, 12):02d}") for k in range(1, 401)],
    )
    return con


def _training() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute("CREATE TABLE instructor(instructor_code VARCHAR, instructor_nm VARCHAR, trade VARCHAR)")
    trades = ["Plumbing", "Joinery", "Welding", "Electrical"]
    con.executemany(
        "INSERT INTO instructor VALUES (?, ?, ?)", [(f"I-{i:02d}", f"Tutor {i}", trades[i % 4]) for i in range(1, 13)]
    )
    con.execute("CREATE TABLE apprentice(apprentice_id INTEGER, full_name VARCHAR, trainer_code VARCHAR)")
    con.executemany(
        "INSERT INTO apprentice VALUES (?, ?, ?)",
        [(k, f"Learner {k}", f"I-{rnd.randint(1, 10):02d}") for k in range(1, 301)],
    )
    # Courses are taught by an instructor named by the key's own name: a second way from an assessment to instructors.
    con.execute("CREATE TABLE course(course_code VARCHAR, title VARCHAR, instructor_code VARCHAR)")
    con.executemany(
        "INSERT INTO course VALUES (?, ?, ?)", [(f"K{i}", f"Module {i}", f"I-{1 + i % 12:02d}") for i in range(1, 9)]
    )
    con.execute("CREATE TABLE assessment(apprentice_id INTEGER, course_code VARCHAR, score DOUBLE)")
    con.executemany(
        "INSERT INTO assessment VALUES (?, ?, ?)",
        [(rnd.randint(1, 300), f"K{rnd.randint(1, 8)}", rnd.uniform(40, 100)) for _ in range(900)],
    )
    return con


ward = catalog_fixture(_ward)
training = catalog_fixture(_training)


def test_a_role_key_is_found_by_its_values(ward: Db, training: Db) -> None:
    keys = {(fk.table, fk.column, fk.ref_table) for fk in build_index(ward[1]).foreign_keys}
    assert ("Patients", "Consultant ID", "Doctors") in keys
    keys = {(fk.table, fk.column, fk.ref_table) for fk in build_index(training[1]).foreign_keys}
    assert ("apprentice", "trainer_code", "instructor") in keys


def test_the_referenced_rows_group_through_a_role_key(ward: Db, training: Db) -> None:
    same(
        ward,
        "patients by their consultant's specialty",
        'SELECT d."Specialty", COUNT(*) FROM "Patients" p JOIN "Doctors" d ON d."Doctor Code" = p."Consultant ID" '
        "GROUP BY 1",
    )
    same(
        training,
        "apprentices by their trainer's trade",
        "SELECT i.trade, COUNT(*) FROM apprentice a JOIN instructor i ON i.instructor_code = a.trainer_code GROUP BY 1",
    )


def test_a_noun_in_ee_counts_the_rows_of_its_agent(training: Db) -> None:
    covers(
        training,
        "How many trainees does each instructor have?",
        "SELECT i.instructor_nm, COUNT(*) FROM apprentice a JOIN instructor i ON i.instructor_code = a.trainer_code "
        "GROUP BY 1",
    )


def test_a_path_through_an_unnamed_role_gives_way_to_a_plain_one(training: Db) -> None:
    # An assessment reaches instructors through its course (instructor_code) and through its apprentice's trainer:
    # "by instructor" names no trainer, so the course's instructor it is; "by trainer" takes the other way.
    same(
        training,
        "average score by instructor",
        "SELECT i.instructor_nm, AVG(a.score) FROM assessment a JOIN course c ON c.course_code = a.course_code "
        "JOIN instructor i ON i.instructor_code = c.instructor_code GROUP BY 1",
    )
    same(
        training,
        "average score by trainer",
        "SELECT i.instructor_nm, AVG(a.score) FROM assessment a JOIN apprentice p ON p.apprentice_id = a.apprentice_id "
        "JOIN instructor i ON i.instructor_code = p.trainer_code GROUP BY 1",
    )
