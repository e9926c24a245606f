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
            f'SELECT e."FirstName" || \' \' || e."LastName", e."EmployeeId", SUM(i."Total") FROM {_REP} GROUP BY 1, 2'
        ),
    )
