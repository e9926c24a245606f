""" "negative" and "positive" before a figure compare it with zero: "customers with a negative balance" are the rows
below zero, "how many products have a positive margin" counts those above it. Two catalogs written here: a ledger of
accounts (snake_case) and a product range (PascalCase)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _ledger() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE accounts (account_no INTEGER, holder VARCHAR, branch VARCHAR, balance DOUBLE)")
    con.execute(
        """INSERT INTO accounts SELECT i, 'Holder ' || i, ['Oslo', 'Bergen', 'Tromso'][1 + i % 3],
        (i * 37) % 500 - 180 FROM range(60) t(i)"""
    )
    return con


def _range() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE Product (ProductID INTEGER, ProductName VARCHAR, Family VARCHAR, UnitMargin DOUBLE)")
    con.execute(
        """INSERT INTO Product SELECT i, 'Item ' || i, ['Garden', 'Kitchen'][1 + i % 2], (i * 7) % 30 - 9.5
        FROM range(40) t(i)"""
    )
    return con


ledger = catalog_fixture(_ledger)
products = catalog_fixture(_range)


def test_negative_balances_are_below_zero(ledger: Db) -> None:
    same(
        ledger,
        "accounts with a negative balance by branch",
        "SELECT branch, COUNT(*) FROM accounts WHERE balance < 0 GROUP BY branch",
    )
    same(ledger, "how many accounts have a positive balance", "SELECT COUNT(*) FROM accounts WHERE balance > 0")


def test_positive_margins_are_above_zero(products: Db) -> None:
    same(products, "how many products have a positive unit margin", "SELECT COUNT(*) FROM Product WHERE UnitMargin > 0")
    same(
        products,
        "number of products with negative unit margin per family",
        "SELECT Family, COUNT(*) FROM Product WHERE UnitMargin < 0 GROUP BY Family",
    )
