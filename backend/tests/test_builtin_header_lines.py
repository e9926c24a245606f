"""Header-and-lines catalogs (`line_catalogs.py`: a snake_case garden centre with declared keys, a camelCase parts
counter without) and the Access-style vet practice: lines are dated by their header, "units"/"items" count the
quantity sold, a column abbreviating a table's noun is named by it (cust_seg ↔ customer segment), and "compare" is a
request, not a company column; a name looked up in the data ends before the verb that follows it."""

from __future__ import annotations

import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.core.value_index import build_value_index
from backend.tests.access_catalogs import lending_library, vet_practice
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.line_catalogs import garden_centre, parts_counter

garden = catalog_fixture(garden_centre)
parts = catalog_fixture(parts_counter)
vet = catalog_fixture(vet_practice)


LINES = "sale_line l JOIN sale s ON s.sale_id = l.sale_id"
INVOICED = '"InvoiceLines" l JOIN "Invoices" i ON i."invoiceId" = l."invoiceId"'


# Lines without a date of their own are dated by their header (the sale), never by the item's launch date.
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("units sold per month", f"SELECT DATE_TRUNC('month', s.sale_dt), SUM(l.qty) FROM {LINES} GROUP BY 1"),
        (
            "which 3 items sold the fewest units in 2024",
            f"SELECT t.item_nm, SUM(l.qty) FROM {LINES} JOIN item t ON t.item_id = l.item_id "
            "WHERE YEAR(s.sale_dt) = 2024 GROUP BY 1 ORDER BY 2 LIMIT 3",
        ),
        (
            "top 5 items by units sold",
            "SELECT t.item_nm, SUM(l.qty) FROM sale_line l JOIN item t ON t.item_id = l.item_id GROUP BY 1 "
            "ORDER BY 2 DESC LIMIT 5",
        ),
        (
            "total units in stock by item category",
            "SELECT item_cat, SUM(units_in_stock) FROM item GROUP BY 1",
        ),
    ],
)
def test_lines_of_a_garden_centre(garden: Db, question: str, gold: str) -> None:
    same(garden, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("monthly units", f"SELECT DATE_TRUNC('month', i.\"invoicedAt\"), SUM(l.quantity) FROM {INVOICED} GROUP BY 1"),
        (
            "how many items were sold in 2024",
            f'SELECT SUM(l.quantity) FROM {INVOICED} WHERE YEAR(i."invoicedAt") = 2024',
        ),
        (
            "top 5 parts by units sold",
            'SELECT p."partName", SUM(l.quantity) FROM "InvoiceLines" l JOIN "Parts" p ON p."partId" = l."partId" '
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
        ),
        ("total units on hand", 'SELECT SUM("unitsOnHand") FROM "Parts"'),
    ],
)
def test_lines_of_a_parts_counter(parts: Db, question: str, gold: str) -> None:
    same(parts, question, gold)


def test_a_column_abbreviating_a_table_noun_is_named_by_it(garden: Db, vet: Db) -> None:
    # "customer segment" is cust_seg whole: the customers are counted by it, not listed by name.
    same(garden, "customers by customer segment", "SELECT cust_seg, COUNT(*) FROM customer GROUP BY 1")
    same(garden, "how many customers of each customer segment", "SELECT cust_seg, COUNT(*) FROM customer GROUP BY 1")
    same(vet, "owners by owner type", "SELECT chrOwnrType, COUNT(*) FROM tblOwner GROUP BY 1")


def test_compare_is_a_request_not_a_company(garden: Db, vet: Db) -> None:
    d = same(
        garden,
        "compare the number of sales in 2023 and 2024",
        "SELECT DATE_TRUNC('year', sale_dt), COUNT(*) FROM sale WHERE YEAR(sale_dt) IN (2023, 2024) GROUP BY 1",
    )
    assert all(dim.column.table == "sale" for dim in d.plan.dimensions), d.sql
    d = answer(vet, "compare the number of visits in 2023 and 2024")
    assert [dim.column.column for dim in d.plan.dimensions] == ["dtmVisitDate"], d.sql


# A name the catalog does not list (too many values) is looked up in the data; the verb after it is no part of it.
@pytest.mark.parametrize(
    ("which", "question", "gold"),
    [
        (
            "garden",
            "How many sales did Rowan Brook Nursery make in 2024?",
            "SELECT COUNT(*) FROM sale s JOIN customer c ON c.customer_id = s.customer_id "
            "WHERE c.customer_nm = 'Rowan Brook Nursery' AND YEAR(s.sale_dt) = 2024",
        ),
        (
            "library",
            "How many loans did Ada Finch take out in 2024?",
            "SELECT COUNT(*) FROM tbl_loan l JOIN tbl_member m ON m.lng_member_id = l.lng_member_id "
            "WHERE m.str_full_name = 'Ada Finch' AND YEAR(l.dtm_loaned) = 2024",
        ),
    ],
)
def test_a_looked_up_name_followed_by_its_verb(which: str, question: str, gold: str) -> None:
    con = garden_centre() if which == "garden" else lending_library()
    catalog = build_catalog(con)
    d = understand(question, catalog, lookup=build_value_index(con, catalog).lookup)
    assert isinstance(d, QueryDecision), d
    assert rows(con, d.sql) == rows(con, gold), d.sql
