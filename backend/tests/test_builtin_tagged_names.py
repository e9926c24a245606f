"""Catalogs whose every column starts with its table's tag and runs its words together after it (c_custkey,
o_orderdate, l_extendedprice: the benchmark-warehouse convention). The rest of each name is read as words, the keys
between tables are found from those words (o_custkey → c_custkey), money named as a whole ("total price", "extended
price") answers "revenue", a column's longer name beats a value inside it ("by ship mode" where SHIP is a mode), and a
free-text comment never names a table's rows. Two catalogs written here: wholesale purchases and staff timesheets."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import understand
from backend.agents.builtin.catalog_index import build_index
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _purchases() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE client (c_clientkey INTEGER, c_name VARCHAR, c_marketsegment VARCHAR, c_comment VARCHAR)"""
    )
    con.execute(
        """INSERT INTO client SELECT i, 'Client#' || lpad(i::VARCHAR, 4, '0'),
        ['RETAIL', 'HOSPITALITY', 'HEALTH'][1 + i % 3], 'note ' || md5(i::VARCHAR) FROM range(1, 41) t(i)"""
    )
    con.execute(
        """CREATE TABLE purchase (p_purchasekey INTEGER, p_clientkey INTEGER, p_purchasedate DATE,
        p_totalprice DECIMAL(12,2), p_purchasepriority VARCHAR, p_comment VARCHAR)"""
    )
    con.execute(
        """INSERT INTO purchase SELECT i, 1 + (i * 7) % 40, DATE '2023-01-01' + CAST(i * 2 AS INTEGER),
        100 + (i * 37) % 900, ['1-URGENT', '2-HIGH', '3-LOW'][1 + i % 3], 'text ' || md5(i::VARCHAR)
        FROM range(1, 301) t(i)"""
    )
    con.execute(
        """CREATE TABLE purchaseline (pl_purchasekey INTEGER, pl_linenumber INTEGER, pl_quantity INTEGER,
        pl_extendedprice DECIMAL(12,2), pl_discount DECIMAL(4,2), pl_shipmode VARCHAR)"""
    )
    con.execute(
        """INSERT INTO purchaseline SELECT 1 + i % 300, i, 1 + i % 9, 20 + (i * 13) % 400, (i % 5) / 100.0,
        ['SHIP', 'AIR', 'TRUCK', 'RAIL'][1 + i % 4] FROM range(900) t(i)"""
    )
    return con


def _timesheets() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE dept (d_deptkey INTEGER, d_name VARCHAR, d_floornumber INTEGER)")
    con.execute("INSERT INTO dept VALUES (1, 'Kitchen', 0), (2, 'Front desk', 1), (3, 'Housekeeping', 2)")
    con.execute(
        """CREATE TABLE staff (s_staffkey INTEGER, s_name VARCHAR, s_deptkey INTEGER, s_hiredate DATE,
        s_basesalary DECIMAL(10,2))"""
    )
    con.execute(
        """INSERT INTO staff SELECT i, 'Person ' || i, 1 + i % 3, DATE '2015-01-01' + CAST(i * 40 AS INTEGER),
        30000 + i * 500 FROM range(1, 31) t(i)"""
    )
    con.execute(
        """CREATE TABLE timesheet (t_staffkey INTEGER, t_workdate DATE, t_workhours DOUBLE, t_shiftmode VARCHAR)"""
    )
    con.execute(
        """INSERT INTO timesheet SELECT 1 + i % 30, DATE '2024-01-01' + CAST(i % 180 AS INTEGER), 4 + i % 6,
        ['DAY', 'NIGHT'][1 + i % 2] FROM range(1200) t(i)"""
    )
    return con


purchases = catalog_fixture(_purchases)
timesheets = catalog_fixture(_timesheets)


def test_keys_between_tagged_tables_are_found_from_their_words(purchases: Db, timesheets: Db) -> None:
    keys = {(fk.table, fk.column, fk.ref_table) for fk in build_index(purchases[1]).foreign_keys}
    assert ("purchase", "p_clientkey", "client") in keys, keys
    assert ("purchaseline", "pl_purchasekey", "purchase") in keys, keys
    keys = {(fk.table, fk.column, fk.ref_table) for fk in build_index(timesheets[1]).foreign_keys}
    assert {("staff", "s_deptkey", "dept"), ("timesheet", "t_staffkey", "staff")} <= keys, keys


def test_purchases_by_the_words_run_together_in_their_names(purchases: Db) -> None:
    same(
        purchases,
        "number of purchases by priority",
        "SELECT p_purchasepriority, COUNT(*) FROM purchase GROUP BY 1",
    )
    same(
        purchases,
        "average total price by market segment",
        """SELECT c.c_marketsegment, AVG(p.p_totalprice) FROM purchase p JOIN client c ON p.p_clientkey = c.c_clientkey
        GROUP BY 1""",
    )
    d = same(
        purchases,
        "monthly revenue",
        # the lines carry a discount: revenue is theirs, net of it (money_rates), dated by their purchase
        "SELECT DATE_TRUNC('month', p_purchasedate), SUM(pl_extendedprice * (1 - pl_discount)) FROM purchaseline"
        " JOIN purchase ON pl_purchasekey = p_purchasekey GROUP BY 1",
    )
    assert "total total" not in d.title.lower(), d.title
    same(
        purchases,
        "total quantity shipped by ship mode",
        "SELECT pl_shipmode, SUM(pl_quantity) FROM purchaseline GROUP BY 1",
    )
    d = answer(purchases, "total price of purchases by priority")
    assert "comment" not in d.sql, d.sql


def test_staff_hours_by_department_through_the_found_keys(timesheets: Db) -> None:
    same(
        timesheets,
        "number of staff per department",
        "SELECT d.d_name, COUNT(*) FROM staff s JOIN dept d ON s.s_deptkey = d.d_deptkey GROUP BY 1",
    )
    same(
        timesheets,
        "total work hours by department",
        """SELECT d.d_name, SUM(t.t_workhours) FROM timesheet t JOIN staff s ON t.t_staffkey = s.s_staffkey
        JOIN dept d ON s.s_deptkey = d.d_deptkey GROUP BY 1""",
    )
    same(
        timesheets,
        "average base salary by department",
        "SELECT d.d_name, AVG(s.s_basesalary) FROM staff s JOIN dept d ON s.s_deptkey = d.d_deptkey GROUP BY 1",
    )
    d = understand("hours worked by shift mode", timesheets[1])
    assert "t_shiftmode =" not in getattr(d, "sql", ""), d


def _named_prefix() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE Product (ProductId INTEGER, ProductName VARCHAR, ProductPrice DOUBLE)")
    con.execute("INSERT INTO Product SELECT i, 'P' || i, 5 + i FROM range(1, 21) t(i)")
    con.execute("CREATE TABLE Sale (SaleId INTEGER, ProductId INTEGER, SaleQty INTEGER)")
    con.execute("INSERT INTO Sale SELECT i, 1 + i % 20, 1 + i % 4 FROM range(200) t(i)")
    return con


named_prefix = catalog_fixture(_named_prefix)


def test_a_prefix_that_is_the_tables_own_name_keeps_its_key(named_prefix: Db) -> None:
    keys = {(fk.table, fk.column, fk.ref_table) for fk in build_index(named_prefix[1]).foreign_keys}
    assert ("Sale", "ProductId", "Product") in keys, keys
