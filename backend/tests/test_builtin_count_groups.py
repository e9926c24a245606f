""" "number of customers by number of orders", "how many customers placed one order, how many two, …": each member's
count of rows, and how many members have each count — one bar per count, not bins of several. On the sample
databases of `sample_db_catalogs.py`: a music store in PascalCase and a trading company in snake_case."""

from __future__ import annotations

import pytest

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.sample_db_catalogs import chinook, northwind

music = catalog_fixture(chinook)
trade = catalog_fixture(northwind)

_ORDERS = "SELECT n, COUNT(*) FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY 1) GROUP BY 1"
_INVOICES = 'SELECT n, COUNT(*) FROM (SELECT "CustomerId", COUNT(*) AS n FROM "Invoice" GROUP BY 1) GROUP BY 1'


@pytest.mark.parametrize(
    ("which", "question", "gold"),
    [
        ("trade", "number of customers by number of orders", _ORDERS),
        ("trade", "how many customers placed one order, how many two, three and so on?", _ORDERS),
        ("music", "number of customers by number of invoices", _INVOICES),
        ("music", "How many customers have one invoice, how many 2, how many 3…", _INVOICES),
    ],
)
def test_members_counted_per_their_number_of_rows(
    which: str, question: str, gold: str, request: pytest.FixtureRequest
) -> None:
    db: Db = request.getfixturevalue(which)
    d = same(db, question, gold)
    assert d.chart.chart_type == "histogram"
    assert "counted the customers that have each" in " ".join(d.thoughts)


def test_a_count_by_a_grouping_is_read_as_before(trade: Db) -> None:
    d = answer(trade, "number of orders by country")
    assert "COUNT(*)" in d.sql and "per_group" not in d.sql, d.sql
