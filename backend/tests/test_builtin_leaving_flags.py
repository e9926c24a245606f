"""A yes/no column named for leaving (Attrition, exited, churn) answers questions that say it with a verb: "employees
who left", "customers who churned", "members who quit" keep the rows where it says yes."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def hr_attrition() -> duckdb.DuckDBPyConnection:
    """An HR attrition extract in CamelCase with a Yes/No Attrition column."""
    rng = random.Random(61)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE WorkforceData (EmployeeNumber INTEGER, Department VARCHAR, MonthlyIncome INTEGER, "
        "Attrition VARCHAR)"
    )
    rows = [
        (
            100 + i,
            rng.choice(["Sales", "Research", "Support"]),
            rng.randint(1500, 19000),
            rng.choice(["Yes", "No", "No", "No"]),
        )
        for i in range(300)
    ]
    con.executemany("INSERT INTO WorkforceData VALUES (?, ?, ?, ?)", rows)
    return con


def bank_customers() -> duckdb.DuckDBPyConnection:
    """A retail bank's customers in snake_case with a 0/1 exited flag."""
    rng = random.Random(62)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE bank_customers (customer_id INTEGER PRIMARY KEY, surname VARCHAR, country VARCHAR, "
        "balance DECIMAL(12, 2), exited INTEGER)"
    )
    rows = [
        (
            i + 1,
            f"Surname{i}",
            rng.choice(["France", "Spain", "Germany"]),
            round(rng.uniform(0, 200000), 2),
            rng.choice([0, 0, 0, 1]),
        )
        for i in range(400)
    ]
    con.executemany("INSERT INTO bank_customers VALUES (?, ?, ?, ?, ?)", rows)
    return con


hr = catalog_fixture(hr_attrition)
bank = catalog_fixture(bank_customers)


def test_how_many_employees_left(hr: Db) -> None:
    same(hr, "how many employees left", "SELECT COUNT(*) FROM WorkforceData WHERE Attrition = 'Yes'")


def test_employees_who_left_by_department(hr: Db) -> None:
    same(
        hr,
        "employees who left by department",
        "SELECT Department, COUNT(*) FROM WorkforceData WHERE Attrition = 'Yes' GROUP BY Department",
    )


def test_customers_who_left_per_country(bank: Db) -> None:
    same(
        bank,
        "number of customers who left per country",
        "SELECT country, COUNT(*) FROM bank_customers WHERE exited = 1 GROUP BY country",
    )


def test_average_balance_of_customers_who_churned(bank: Db) -> None:
    same(bank, "average balance of customers who churned", "SELECT AVG(balance) FROM bank_customers WHERE exited = 1")
