"""A table's own number column, one value per row and named after the table's noun (EmployeeNumber of employees,
member_no of members), is the row's identifier: never averaged or summed as a figure, "number of employees" counts
the rows, and "top 10 employees by income" ranks the rows."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.row_number_catalogs import club_register, hr_extract

hr = catalog_fixture(hr_extract)
club = catalog_fixture(club_register)


def test_number_of_employees_per_department_counts_rows(hr: Db) -> None:
    d = same(
        hr,
        "number of employees per department",
        "SELECT Department, COUNT(*) FROM hr_employees GROUP BY Department",
    )
    assert "employee_count" in d.sql, d.sql  # titled by what is counted, not "number_count"


def test_an_average_names_no_row_number(hr: Db) -> None:
    d = same(
        hr,
        "average monthly income of employees in Sales",
        "SELECT AVG(MonthlyIncome) FROM hr_employees WHERE Department = 'Sales'",
    )
    assert "EmployeeNumber" not in d.sql


def test_top_employees_by_income_are_rows(hr: Db) -> None:
    covers(
        hr,
        "top 10 employees by monthly income",
        "SELECT EmployeeNumber, MonthlyIncome FROM hr_employees ORDER BY MonthlyIncome DESC LIMIT 10",
    )


def test_members_per_squad_are_counted(club: Db) -> None:
    same(club, "how many members are in each squad", "SELECT squad, COUNT(*) FROM members GROUP BY squad")


def test_member_number_is_never_a_figure(club: Db) -> None:
    d = same(
        club, "average annual dues of members by squad", "SELECT squad, AVG(annual_dues) FROM members GROUP BY squad"
    )
    assert "member_no" not in d.sql
