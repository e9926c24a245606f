"""Measures worded around their columns, on catalogs written for the tests (`line_catalogs.py`, `access_catalogs.py`):
a product of two columns ("quantity times unit price") and a money noun restating the measure before it ("delivery
charge", "late fee amount"), which names no other table's charge or amount column; two measures of each group set
against each other ("versus") drawn as a scatter of the groups."""

from __future__ import annotations

import pytest

from backend.tests.access_catalogs import lending_library
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.line_catalogs import garden_centre, parts_counter

garden = catalog_fixture(garden_centre)
parts = catalog_fixture(parts_counter)
library = catalog_fixture(lending_library)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "total of qty times unit price by item category",
            "SELECT t.item_cat, SUM(l.qty * l.unit_price) FROM sale_line l JOIN item t ON t.item_id = l.item_id "
            "GROUP BY 1",
        ),
        (
            "average qty multiplied by unit price by customer segment",
            "SELECT c.cust_seg, AVG(l.qty * l.unit_price) FROM sale_line l JOIN sale s ON s.sale_id = l.sale_id "
            "JOIN customer c ON c.customer_id = s.customer_id GROUP BY 1",
        ),
    ],
)
def test_a_product_of_two_columns_in_a_garden_centre(garden: Db, question: str, gold: str) -> None:
    same(garden, question, gold)


def test_a_product_of_two_columns_in_a_parts_counter(parts: Db) -> None:
    same(
        parts,
        "monthly quantity times unit price",
        'SELECT DATE_TRUNC(\'month\', i."invoicedAt"), SUM(l.quantity * l."unitPrice") FROM "InvoiceLines" l '
        'JOIN "Invoices" i ON i."invoiceId" = l."invoiceId" GROUP BY 1',
    )


def test_a_money_noun_restates_the_measure_before_it(garden: Db, library: Db) -> None:
    same(garden, "average delivery charge by till", "SELECT till, AVG(delivery) FROM sale GROUP BY 1")
    same(
        library,
        "average late fee amount by branch",
        "SELECT b.str_branch_name, AVG(l.cur_late_fee) FROM tbl_loan l JOIN lkp_branch b "
        "ON b.lng_branch_id = l.lng_branch_id GROUP BY 1",
    )


# Two measures of each group set against each other ("A versus B for each customer") are one point per group.
def test_two_measures_of_each_group_against_each_other_are_a_scatter(garden: Db, library: Db) -> None:
    d = answer(garden, "account charge versus number of sales for each customer")
    assert d.chart.chart_type == "scatter" and d.chart.x and d.chart.y, d.chart
    assert len(d.plan.measures) == 2 and [x.column.table for x in d.plan.dimensions] == ["customer"], d.sql
    d = answer(library, "number of loans versus total late fees for each member")
    assert d.chart.chart_type == "scatter", d.chart
    d = answer(library, "number of loans and total late fees for each member")
    assert d.chart.chart_type == "bar", d.chart  # no "versus": the two measures are compared per member


# A difference "for each" entity is computed per entity (one value each), not listed as its two columns.
def test_a_difference_for_each_entity(garden: Db, parts: Db) -> None:
    same(
        garden,
        "unit price minus unit cost for each item in Bulbs",
        "SELECT item_nm, unit_price - unit_cost FROM item WHERE item_cat = 'Bulbs'",
    )
    same(parts, "list price minus unit cost for each part", 'SELECT "partName", "listPrice" - "unitCost" FROM "Parts"')
