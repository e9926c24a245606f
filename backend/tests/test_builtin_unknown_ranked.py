"""A ranking of something the catalog does not hold: "which customers spent the most" over sales rows with no
customer is asked back, naming the noun it could not find, never answered with the largest single sale; the same
question over a catalog that has the customers ranks them. Two catalogs written here: till receipts without
customers (snake_case) and a repair shop with its technicians (PascalCase)."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.tests.builtin_checks import Db, catalog_fixture, same


def till_receipts() -> duckdb.DuckDBPyConnection:
    """Till receipts with no customer: a till area, items and the amount paid (also read by test_builtin_short_forms)."""
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE receipts (receipt_no INTEGER PRIMARY KEY, sold_on DATE, till_area VARCHAR,
        items INTEGER, paid DECIMAL(10,2))"""
    )
    con.execute(
        """INSERT INTO receipts SELECT i, DATE '2024-01-01' + CAST(i AS INTEGER), ['Front', 'Garden', 'Cafe'][1 + i % 3],
        1 + i % 6, 5 + (i * 37) % 200 FROM range(300) t(i)"""
    )
    return con


def _repairs() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE Technician (TechnicianID INTEGER PRIMARY KEY, FullName VARCHAR, Depot VARCHAR)")
    con.execute(
        """INSERT INTO Technician VALUES (1, 'Ines Alvarez', 'North'), (2, 'Tom Becker', 'South'),
        (3, 'Mia Chen', 'North'), (4, 'Olu Ade', 'East')"""
    )
    con.execute(
        """CREATE TABLE RepairJob (RepairJobID INTEGER PRIMARY KEY, OpenedOn DATE,
        TechnicianID INTEGER REFERENCES Technician(TechnicianID), LabourHours DOUBLE, Charged DECIMAL(10,2))"""
    )
    con.execute(
        """INSERT INTO RepairJob SELECT i, DATE '2024-03-01' + CAST(i AS INTEGER), 1 + (i * 3) % 4, 0.5 + i % 7,
        40 + (i * 53) % 400 FROM range(200) t(i)"""
    )
    return con


till = catalog_fixture(till_receipts)
repairs = catalog_fixture(_repairs)


def _asked_back(db: Db, question: str, noun: str) -> Clarification:
    d = understand(question, db[1])
    assert isinstance(d, Clarification), f"{question!r} answered with {getattr(d, 'sql', d)}"
    assert f"“{noun}”" in d.needs, d.needs
    assert d.suggestions, "a clarification offers questions it can answer"
    return d


def test_ranking_customers_the_till_does_not_record_is_asked_back(till: Db) -> None:
    _asked_back(till, "which customers spent the most", "customers")
    _asked_back(till, "top customers by spend", "customers")
    _asked_back(till, "top 5 customers by total spend", "customers")
    _asked_back(till, "which 3 cashiers sold the most items", "cashiers")


def test_ranking_technicians_the_shop_does_not_have_as_customers_is_asked_back(repairs: Db) -> None:
    _asked_back(repairs, "which customers were charged the most", "customers")
    _asked_back(repairs, "top 3 suppliers by charged amount", "suppliers")


def test_a_ranking_of_what_the_catalog_holds_is_still_answered(till: Db, repairs: Db) -> None:
    same(
        till,
        "which till area had the highest total paid",
        "SELECT till_area, SUM(paid) FROM receipts GROUP BY till_area ORDER BY 2 DESC LIMIT 1",
    )
    d = understand("which technicians logged the most labour hours", repairs[1])
    assert isinstance(d, QueryDecision), d
    assert "FullName" in d.sql and "SUM" in d.sql.upper(), d.sql
    # a ranked time bucket is a grouping of the rows' dates, not an unknown noun
    d = understand("which month had the most repair jobs", repairs[1])
    assert isinstance(d, QueryDecision), d
