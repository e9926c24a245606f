"""A whole-number column named whole right after "by" or "per", once the question has asked for its figure, is a
grouping with one group per value ("employee count by age", "number of employees by years at company"), not a
second figure summed or averaged beside the first."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.row_number_catalogs import hr_extract


def study_records() -> duckdb.DuckDBPyConnection:
    """A college's students: age, credits completed, weekly study hours and grade point average."""
    rng = random.Random(31)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE student_records (student_ref VARCHAR, age INTEGER, credits_completed INTEGER, "
        "study_hours_per_week INTEGER, gpa DOUBLE)"
    )
    rows = [
        (f"S{i:04d}", rng.randint(17, 29), rng.randint(0, 60), rng.randint(2, 30), round(rng.uniform(1.5, 4.0), 2))
        for i in range(400)
    ]
    con.executemany("INSERT INTO student_records VALUES (?, ?, ?, ?, ?)", rows)
    return con


def hr_with_tenure() -> duckdb.DuckDBPyConnection:
    """The HR extract with each employee's age and years at the company."""
    con = hr_extract()
    con.execute("ALTER TABLE hr_employees ADD COLUMN Age INTEGER")
    con.execute("ALTER TABLE hr_employees ADD COLUMN YearsAtCompany INTEGER")
    con.execute(
        "UPDATE hr_employees SET Age = 20 + (EmployeeNumber * 7) % 41, YearsAtCompany = (EmployeeNumber * 13) % 37"
    )
    return con


hr = catalog_fixture(hr_with_tenure)
students = catalog_fixture(study_records)


def test_employee_count_by_age(hr: Db) -> None:
    same(hr, "employee count by age", "SELECT Age, COUNT(*) FROM hr_employees GROUP BY Age")


def test_number_of_employees_by_years_at_company(hr: Db) -> None:
    same(
        hr,
        "number of employees by years at company",
        "SELECT YearsAtCompany, COUNT(*) FROM hr_employees GROUP BY YearsAtCompany",
    )


def test_average_gpa_by_credits_completed(students: Db) -> None:
    same(
        students,
        "average gpa by credits completed",
        "SELECT credits_completed, AVG(gpa) FROM student_records GROUP BY credits_completed",
    )


def test_students_per_age(students: Db) -> None:
    same(students, "how many students per age", "SELECT age, COUNT(*) FROM student_records GROUP BY age")
