"""Column names that start with an aggregate word or whose first words qualify another noun.

"average income by total working years" groups by TotalWorkingYears: after "by", the word "total" starts the column's
name and asks for no second aggregate, and a total counted in years is no sum of money. "employees by age" counts the
employees per age, in the order of the ages; "which age has the most employees" ranks the ages. "number of sales" beside a sale_condition column counts the sales (the rows), not the kinds of
condition, while "how many customers" beside customer_email still counts distinct emails.
"""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def staff_survey() -> duckdb.DuckDBPyConnection:
    """An HR survey extract in CamelCase: one row per employee with working years and income."""
    rng = random.Random(41)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE Employees (EmployeeNumber INTEGER, Age INTEGER, Department VARCHAR, MonthlyIncome INTEGER, "
        "TotalWorkingYears INTEGER, YearsAtCompany INTEGER)"
    )
    rows = [
        (
            1000 + i,
            rng.randint(19, 60),
            rng.choice(["Sales", "Research", "Support"]),
            rng.randint(1500, 19000),
            rng.randint(0, 38),
            rng.randint(0, 20),
        )
        for i in range(500)
    ]
    con.executemany("INSERT INTO Employees VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def crew_roster() -> duckdb.DuckDBPyConnection:
    """An airline's crew roster in snake_case: rank, base salary and total service years."""
    rng = random.Random(42)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE crew_members (crew_id INTEGER PRIMARY KEY, crew_rank VARCHAR, home_base VARCHAR, "
        "base_salary DECIMAL(10, 2), total_service_years INTEGER)"
    )
    rows = [
        (
            i + 1,
            rng.choice(["Captain", "First Officer", "Purser", "Attendant"]),
            rng.choice(["AMS", "LIS", "OSL"]),
            round(rng.uniform(30000, 150000), 2),
            rng.randint(0, 30),
        )
        for i in range(400)
    ]
    con.executemany("INSERT INTO crew_members VALUES (?, ?, ?, ?, ?)", rows)
    return con


def property_sales() -> duckdb.DuckDBPyConnection:
    """Home sales in snake_case: each sale's neighbourhood, sale condition, price and buyer's email."""
    rng = random.Random(43)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE home_sales (sale_ref VARCHAR, neighbourhood VARCHAR, sale_condition VARCHAR, "
        "sale_price INTEGER, buyer_email VARCHAR, sold_on DATE)"
    )
    buyers = [f"buyer{k}@example.org" for k in range(120)]
    rows = [
        (
            f"H{i:05d}",
            rng.choice(["Old Town", "Riverside", "Hillcrest", "Docklands"]),
            rng.choice(["Normal", "Partial", "Abnormal", "Family"]),
            rng.randint(90000, 900000),
            rng.choice(buyers),
            f"202{rng.randint(1, 4)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        )
        for i in range(600)
    ]
    con.executemany("INSERT INTO home_sales VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


staff = catalog_fixture(staff_survey)
crew = catalog_fixture(crew_roster)
homes = catalog_fixture(property_sales)


def test_average_income_by_total_working_years(staff: Db) -> None:
    same(
        staff,
        "average monthly income by total working years",
        "SELECT TotalWorkingYears, AVG(MonthlyIncome) FROM Employees GROUP BY TotalWorkingYears",
    )


def test_employees_by_total_working_years(staff: Db) -> None:
    same(
        staff,
        "employees by total working years",
        "SELECT TotalWorkingYears, COUNT(*) FROM Employees GROUP BY TotalWorkingYears",
    )


def test_employees_by_age(staff: Db) -> None:
    same(staff, "employees by age", "SELECT Age, COUNT(*) FROM Employees GROUP BY Age")


def test_total_working_years_is_still_averaged(staff: Db) -> None:
    same(
        staff,
        "average total working years by department",
        "SELECT Department, AVG(TotalWorkingYears) FROM Employees GROUP BY Department",
    )


def test_average_salary_by_total_service_years(crew: Db) -> None:
    same(
        crew,
        "average base salary by total service years",
        "SELECT total_service_years, AVG(base_salary) FROM crew_members GROUP BY total_service_years",
    )


def test_crew_members_per_total_service_years(crew: Db) -> None:
    same(
        crew,
        "number of crew members per total service years",
        "SELECT total_service_years, COUNT(*) FROM crew_members GROUP BY total_service_years",
    )


def test_number_of_sales_counts_the_rows(homes: Db) -> None:
    same(
        homes,
        "number of sales per neighbourhood",
        "SELECT neighbourhood, COUNT(*) FROM home_sales GROUP BY neighbourhood",
    )


def test_number_of_sale_conditions_counts_the_kinds(homes: Db) -> None:
    same(homes, "how many sale conditions are there", "SELECT COUNT(DISTINCT sale_condition) FROM home_sales")


def test_buyers_are_counted_by_their_email(homes: Db) -> None:
    same(
        homes,
        "how many buyers in each neighbourhood",
        "SELECT neighbourhood, COUNT(DISTINCT buyer_email) FROM home_sales GROUP BY neighbourhood",
    )


def _first_column(db: Db, question: str) -> list[object]:
    return [row[0] for row in db[0].execute(answer(db, question).sql).fetchall()]


def test_groups_of_a_number_read_in_its_order(staff: Db, crew: Db) -> None:
    ages = _first_column(staff, "employees by age")
    assert ages == sorted(ages)
    years = _first_column(crew, "average base salary by total service years")
    assert years == sorted(years)


def test_which_age_has_the_most_employees(staff: Db) -> None:
    same(
        staff,
        "which age has the most employees",
        "SELECT Age, COUNT(*) AS n FROM Employees GROUP BY Age ORDER BY n DESC, Age LIMIT 1",
    )
