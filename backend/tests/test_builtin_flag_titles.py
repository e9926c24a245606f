"""A yes/no column used as a filter is named in the title and the analyst's thoughts by the property it stands for
("— not returned", "— with tow hitch"), never as "— true" / "— not true". Two catalogs written here: web orders
(is_/plain flags) and a fleet (has_/is_ flags in PascalCase)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _orders() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE web_orders (order_id INTEGER PRIMARY KEY, ordered_on DATE, region VARCHAR, amount DOUBLE,
        is_returned BOOLEAN, gift_wrapped BOOLEAN)"""
    )
    con.execute(
        """INSERT INTO web_orders SELECT i, DATE '2024-01-01' + CAST(i AS INTEGER), ['North', 'South'][1 + i % 2],
        10 + i % 50, i % 7 = 0, i % 3 = 0 FROM range(200) t(i)"""
    )
    return con


def _fleet() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE Vehicle (VehicleID INTEGER PRIMARY KEY, Depot VARCHAR, Odometer INTEGER,
        HasTowHitch BOOLEAN, IsElectric BOOLEAN)"""
    )
    con.execute(
        """INSERT INTO Vehicle SELECT i, ['Docks', 'Airport', 'Ring'][1 + i % 3], 1000 * i, i % 4 = 0, i % 5 = 0
        FROM range(90) t(i)"""
    )
    return con


orders = catalog_fixture(_orders)
fleet = catalog_fixture(_fleet)


def test_order_flags_are_named_by_their_property(orders: Db) -> None:
    d = same(
        orders,
        "orders not returned by region",
        "SELECT region, COUNT(*) FROM web_orders WHERE NOT is_returned GROUP BY region",
    )
    assert d.title.endswith("— not returned"), d.title
    assert "Filtered to rows that are not returned." in d.thoughts, d.thoughts
    d = same(orders, "total amount of gift wrapped orders", "SELECT SUM(amount) FROM web_orders WHERE gift_wrapped")
    assert d.title.endswith("— gift wrapped"), d.title


def test_fleet_flags_are_named_by_their_property(fleet: Db) -> None:
    d = same(
        fleet,
        "number of vehicles with a tow hitch by depot",
        "SELECT Depot, COUNT(*) FROM Vehicle WHERE HasTowHitch GROUP BY Depot",
    )
    assert d.title.endswith("— with tow hitch"), d.title
    d = same(fleet, "how many vehicles are not electric", "SELECT COUNT(*) FROM Vehicle WHERE NOT IsElectric")
    assert d.title.endswith("— not electric"), d.title
    assert "true" not in d.title.lower(), d.title
