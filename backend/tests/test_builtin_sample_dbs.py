"""Questions new users ask first, on the sample databases they try first (`sample_db_catalogs.py`): a music store
with its PascalCase original naming and its snake_case Postgres port, a trading company with its snake_case Postgres
naming and its PascalCase original. Answers' rows are compared with gold SQL written once per store and renamed for
its other naming."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sample_db_catalogs import chinook, chinook_snake, northwind, northwind_pascal, pascal_sql, snake_sql

music = catalog_fixture(chinook)
music_snake = catalog_fixture(chinook_snake)
trade = catalog_fixture(northwind)
trade_pascal = catalog_fixture(northwind_pascal)

Store = tuple[Db, Callable[[str], str]]


def _same_text(sql: str) -> str:
    return sql


@pytest.fixture(params=["original", "renamed"])
def store(request: pytest.FixtureRequest) -> Store:
    """The music store in either naming, with the function that renames its gold SQL."""
    if request.param == "original":
        return request.getfixturevalue("music"), _same_text
    return request.getfixturevalue("music_snake"), snake_sql


@pytest.fixture(params=["original", "renamed"])
def shop(request: pytest.FixtureRequest) -> Store:
    """The trading company in either naming, with the function that renames its gold SQL."""
    if request.param == "original":
        return request.getfixturevalue("trade"), _same_text
    return request.getfixturevalue("trade_pascal"), pascal_sql


_REP = (
    '"Invoice" i JOIN "Customer" c ON c."CustomerId" = i."CustomerId" '
    'JOIN "Employee" e ON e."EmployeeId" = c."SupportRepId"'
)


def test_a_copied_postal_code_is_no_second_key_beside_a_declared_one(store: Store) -> None:
    """Invoices declare their key to customers and copy the customer's postal code as the billing one: the copy, whose
    values are all among the customers' codes, must not join the two tables in place of the declared key."""
    db, gold = store
    same(db, "total sales by country", gold('SELECT "BillingCountry", SUM("Total") FROM "Invoice" GROUP BY 1'))
    same(
        db, "average invoice total by country", gold('SELECT "BillingCountry", AVG("Total") FROM "Invoice" GROUP BY 1')
    )
    same(
        db,
        "sales by support rep",
        gold(
            f'SELECT e."FirstName" || \' \' || e."LastName", e."EmployeeId", e."FirstName", e."LastName", '
            f'SUM(i."Total") FROM {_REP} GROUP BY 1, 2, 3, 4'
        ),
    )


def _reports_to(db: Db, gold: Callable[[str], str], employees: str, first: str, last: str, boss: str, key: str) -> None:
    pairs = (
        f"SELECT e.{first} || ' ' || e.{last}, m.{first} || ' ' || m.{last} FROM {employees} e "
        f"LEFT JOIN {employees} m ON m.{key} = e.{boss}"
    )  # every employee, the one at the top too (with no one named)
    same(db, "Who does each employee report to?", gold(pairs))
    same(db, "whom does every employee report to", gold(pairs))
    per_boss = (
        f"SELECT m.{first} || ' ' || m.{last}, m.{key}, m.{first}, m.{last}, COUNT(*) FROM {employees} e "
        f"JOIN {employees} m ON m.{key} = e.{boss} GROUP BY 1, 2, 3, 4"
    )
    same(db, "how many employees report to each manager", gold(per_boss))


def test_whom_each_row_reports_to_lists_the_pairs(store: Store) -> None:
    """ "Who does each employee report to?" names every employee with their superior (a key of the table to itself),
    it does not count the employees under each superior, which "how many employees report to each manager" still
    does."""
    _reports_to(*store, '"Employee"', '"FirstName"', '"LastName"', '"ReportsTo"', '"EmployeeId"')


def test_whom_each_row_reports_to_on_the_trading_company(shop: Store) -> None:
    """The same on the trading company's employees."""
    _reports_to(*shop, "employees", "first_name", "last_name", "reports_to", "employee_id")


def test_an_adjective_after_top_n_says_what_ranks(store: Store) -> None:
    """ "top 5 longest tracks", "top 3 cheapest products": the superlative after the count ranks the rows by its
    measure (a duration, a price); the rows are not counted per name."""
    db, gold = store
    same(db, "top 5 longest tracks", gold('SELECT "Name", "Milliseconds" FROM "Track" ORDER BY 2 DESC LIMIT 5'))
    same(db, "bottom 3 longest tracks", gold('SELECT "Name", "Milliseconds" FROM "Track" ORDER BY 2 LIMIT 3'))


def test_an_adjective_after_top_n_on_the_trading_company(shop: Store) -> None:
    """The same on the trading company's products."""
    db, gold = shop
    same(db, "top 3 cheapest products", gold("SELECT product_name, unit_price FROM products ORDER BY 2 LIMIT 3"))
    same(
        db,
        "top 5 most expensive products",
        gold("SELECT product_name, unit_price FROM products ORDER BY 2 DESC LIMIT 5"),
    )
