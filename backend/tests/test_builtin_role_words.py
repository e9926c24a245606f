"""Role words said precisely. A short form keeps whole vowel sounds of its word (tech ↔ technician, qty ↔ quantity), so
"by teacher" reaches no tech key and asks back; "rep", "sales rep", "agent" name the person a salesperson's key points
at (SalesPersonID, salesperson_id); "shipped to <place>", "delivered to", "sent to", "billed to" name where the orders
went (a ship-to column, or the address a ship-to or bill-to key points at), never a 'shipped' status. On catalogs
written for the test (`role_word_catalogs.py`): a snake_case mail-order shop and a PascalCase trading house."""

from __future__ import annotations

import pytest

from backend.agents.builtin import Clarification, understand
from backend.agents.builtin import lexicon as lx
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.role_word_catalogs import mail_order, trading_house

shop = catalog_fixture(mail_order)
house = catalog_fixture(trading_house)

_LINES = "FROM order_lines l JOIN orders o ON l.order_id = o.order_id"
_REVENUE = "sum(l.quantity * l.unit_price)"
_DETAILS = 'FROM "SalesOrderDetails" d JOIN "SalesOrders" o ON d."SalesOrderID" = o."SalesOrderID"'
_SALES = 'sum(d."OrderQty" * d."UnitPrice")'


@pytest.mark.parametrize(
    ("short", "word"),
    [("qty", "quantity"), ("dept", "department"), ("amt", "amount"), ("mgr", "manager"), ("emp", "employee"),
     ("cust", "customer"), ("tech", "technician"), ("acct", "account"), ("recv", "receive"), ("tchr", "teacher"),
     ("bldg", "building"), ("govt", "government"), ("yr", "year"), ("txn", "transaction")],
)  # fmt: skip
def test_short_forms_that_abbreviate(short: str, word: str) -> None:
    assert lx.abbreviates(short, word)


@pytest.mark.parametrize(
    ("short", "word"),
    [("tech", "teacher"), ("tech", "teach"), ("stem", "steam"), ("bet", "beat"), ("cont", "count"),
     ("best", "breast"), ("till", "total")],
)  # fmt: skip
def test_words_that_keep_half_a_vowel_sound_abbreviate_nothing(short: str, word: str) -> None:
    assert not lx.abbreviates(short, word)


def _asks_back(db: Db, question: str) -> Clarification:
    d = understand(question, db[1])
    assert isinstance(d, Clarification), f"{question!r} → {getattr(d, 'sql', d)}"
    return d


def test_a_role_word_reaches_no_key_it_only_resembles(shop: Db, house: Db) -> None:
    # "teacher" is no tech: with no teacher anywhere, the analyst asks back.
    d = _asks_back(shop, "average hours by teacher")
    assert "teacher" in d.needs or d.suggestions, d
    _asks_back(house, "average call minutes by teacher")
    _asks_back(shop, "revenue by teacher")
    _asks_back(house, "revenue by teacher")
    # The key's own short form still names it.
    same(shop, "average hours by technician",
         "SELECT t.tech_name, avg(i.hours) FROM installs i JOIN technicians t ON i.assigned_tech_id = t.tech_id "
         "GROUP BY 1")  # fmt: skip
    same(house, "average call minutes by tech",
         'SELECT t."TechName", avg(c."CallMinutes") FROM "ServiceCalls" c JOIN "Technicians" t '
         'ON c."AssignedTechID" = t."TechID" GROUP BY 1')  # fmt: skip


@pytest.mark.parametrize(
    "question", ["sales by rep", "revenue per sales rep", "revenue by agent", "revenue by salesperson"]
)
def test_the_salesperson_named_in_everyday_words_snake(shop: Db, question: str) -> None:
    d = same(shop, question,
             f"SELECT e.full_name, {_REVENUE} {_LINES} JOIN employees e ON o.salesperson_id = e.employee_id GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type == "bar"
    assert not any("job title" in t.lower() for t in d.thoughts), d.thoughts  # 'Sales Rep' as a title filters no one


@pytest.mark.parametrize(
    "question", ["sales by rep", "revenue per sales rep", "revenue by agent", "revenue by sales representative"]
)
def test_the_salesperson_named_in_everyday_words_pascal(house: Db, question: str) -> None:
    d = same(house, question,
             f'SELECT e."EmployeeName", {_SALES} {_DETAILS} JOIN "Employees" e ON o."SalesPersonID" = e."EmployeeID" '
             "GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type == "bar"
    assert not any("job title" in t.lower() for t in d.thoughts), d.thoughts


def test_orders_counted_by_rep(shop: Db, house: Db) -> None:
    same(shop, "orders by sales rep",
         "SELECT e.full_name, count(*) FROM orders o JOIN employees e ON o.salesperson_id = e.employee_id GROUP BY 1")  # fmt: skip
    same(house, "orders by sales rep",
         'SELECT e."EmployeeName", count(*) FROM "SalesOrders" o JOIN "Employees" e '
         'ON o."SalesPersonID" = e."EmployeeID" GROUP BY 1')  # fmt: skip


def test_shipped_to_a_place_is_the_ship_to_column_not_a_status(shop: Db) -> None:
    d = same(shop, "revenue for orders shipped to France",
             f"SELECT {_REVENUE} {_LINES} WHERE o.ship_country = 'France'")  # fmt: skip
    assert not any("status" in t for t in d.thoughts), d.thoughts
    same(shop, "number of orders delivered to Germany", "SELECT count(*) FROM orders WHERE ship_country = 'Germany'")
    same(shop, "revenue for orders sent to Spain", f"SELECT {_REVENUE} {_LINES} WHERE o.ship_country = 'Spain'")
    # Nothing ship-to is said of a bill: the customer billed is the order's customer.
    same(shop, "revenue for orders billed to France",
         f"SELECT {_REVENUE} {_LINES} JOIN customers c ON o.customer_id = c.customer_id WHERE c.country = 'France'")  # fmt: skip


def test_shipped_to_a_place_follows_the_ship_to_key(house: Db) -> None:
    d = same(house, "revenue for orders shipped to France",
             f'SELECT {_SALES} {_DETAILS} JOIN "Addresses" a ON o."ShipToAddressID" = a."AddressID" '
             "WHERE a.\"CountryName\" = 'France'")  # fmt: skip
    assert not any("Order status" in t for t in d.thoughts), d.thoughts
    same(house, "revenue for orders sent to Spain",
         f'SELECT {_SALES} {_DETAILS} JOIN "Addresses" a ON o."ShipToAddressID" = a."AddressID" '
         "WHERE a.\"CountryName\" = 'Spain'")  # fmt: skip
    same(house, "revenue for orders billed to France",
         f'SELECT {_SALES} {_DETAILS} JOIN "Addresses" a ON o."BillToAddressID" = a."AddressID" '
         "WHERE a.\"CountryName\" = 'France'")  # fmt: skip


def test_a_shipped_state_without_a_place_stays_a_filter(shop: Db, house: Db) -> None:
    same(shop, "revenue for shipped orders", f"SELECT {_REVENUE} {_LINES} WHERE o.status = 'shipped'")
    same(house, "revenue for shipped orders", f"SELECT {_SALES} {_DETAILS} WHERE o.\"OrderStatus\" = 'Shipped'")
    same(shop, "number of orders shipped in 2024",
         "SELECT count(*) FROM orders WHERE status = 'shipped' AND order_date >= DATE '2024-01-01' "
         "AND order_date < DATE '2025-01-01'")  # fmt: skip
