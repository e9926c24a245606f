"""People ranked by an age in years, and tables with no name column ranked row by row.

"the 5 oldest employees" on a table with an Age column and no birth date: the highest ages first (an age turns the
adjective's date direction round), listed by the table's own key when no column names the rows. "which department
has the oldest employees" still ranks the departments.
"""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def staff_extract() -> duckdb.DuckDBPyConnection:
    """An HR extract in CamelCase: numbered employees with age, department and income; no name column."""
    rng = random.Random(51)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE StaffRecords (EmployeeNumber INTEGER, Age INTEGER, Department VARCHAR, MonthlyIncome INTEGER)"
    )
    rows = [
        (500 + i, 18 + (i * 7919) % 47, rng.choice(["Sales", "Research", "Support"]), 1500 + (i * 104729) % 17000)
        for i in range(300)
    ]
    con.executemany("INSERT INTO StaffRecords VALUES (?, ?, ?, ?)", rows)
    return con


def club_members() -> duckdb.DuckDBPyConnection:
    """A swimming club's members in snake_case: member number, age, joining date and monthly fee."""
    rng = random.Random(52)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE club_members (member_no INTEGER PRIMARY KEY, age INTEGER, squad VARCHAR, joined_on DATE, "
        "monthly_fee DECIMAL(8, 2))"
    )
    rows = [
        (
            i + 1,
            7 + (i * 31) % 70,
            rng.choice(["Juniors", "Masters", "Open"]),
            f"20{10 + rng.randint(0, 14)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            20 + (i * 37) % 60,
        )
        for i in range(250)
    ]
    con.executemany("INSERT INTO club_members VALUES (?, ?, ?, ?, ?)", rows)
    return con


staff = catalog_fixture(staff_extract)
club = catalog_fixture(club_members)


def test_the_oldest_employees_by_their_number(staff: Db) -> None:
    same(
        staff,
        "the 5 oldest employees",
        "SELECT EmployeeNumber, Age FROM StaffRecords ORDER BY Age DESC, EmployeeNumber LIMIT 5",
    )


def test_the_highest_paid_employees(staff: Db) -> None:
    same(
        staff,
        "top 3 employees by monthly income",
        "SELECT EmployeeNumber, MonthlyIncome FROM StaffRecords ORDER BY MonthlyIncome DESC LIMIT 3",
    )


def test_department_with_the_oldest_employees(staff: Db) -> None:
    same(
        staff,
        "which department has the oldest employees",
        "SELECT Department, AVG(Age) AS a FROM StaffRecords GROUP BY Department ORDER BY a DESC LIMIT 1",
    )


def test_the_youngest_members_by_age_not_by_joining_date(club: Db) -> None:
    same(club, "the 3 youngest members", "SELECT member_no, age FROM club_members ORDER BY age, member_no LIMIT 3")


def test_the_oldest_member(club: Db) -> None:
    same(club, "oldest member", "SELECT member_no, age FROM club_members ORDER BY age DESC, member_no LIMIT 1")
