"""Voided lines are no sales: a till's line with a void reason, a void time or a yes/no saying it was voided was rung
up and taken back, so totals and rankings of what was sold keep the lines never voided."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def taproom_till() -> duckdb.DuckDBPyConnection:
    """A taproom's tabs in snake_case: each tab's lines, some voided with a reason."""
    con = duckdb.connect()
    con.execute("CREATE TABLE bar_tabs(id INTEGER PRIMARY KEY, opened_at TIMESTAMP, server_code VARCHAR)")
    con.execute(
        """INSERT INTO bar_tabs SELECT i, TIMESTAMP '2024-01-03 17:00:00' + INTERVAL (i * 11) HOUR,
        ['K1', 'K2', 'K3'][1 + i % 3] FROM range(1, 201) t(i)"""
    )
    con.execute(
        """CREATE TABLE tab_lines(id INTEGER PRIMARY KEY, tab_id INTEGER REFERENCES bar_tabs(id), pour VARCHAR,
        quantity INTEGER, line_amount DECIMAL(10, 2), void_reason VARCHAR)"""
    )
    con.execute(
        """INSERT INTO tab_lines SELECT i, 1 + i % 200, ['Stout', 'Porter', 'Saison', 'Lager'][1 + i % 4],
        1 + i % 3, CASE WHEN i % 9 = 0 THEN 0 ELSE 6.5 * (1 + i % 3) END,
        CASE WHEN i % 9 = 0 THEN ['Wrong pour', 'Walked out'][1 + i % 2] END FROM range(1, 801) t(i)"""
    )
    return con


def diner_pos() -> duckdb.DuckDBPyConnection:
    """A diner's tickets in PascalCase: lines with a yes/no saying each was voided and the time it was."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "Tickets"("TicketId" INTEGER PRIMARY KEY, "RungAt" TIMESTAMP)')
    con.execute(
        """INSERT INTO "Tickets" SELECT i, TIMESTAMP '2023-06-01 07:00:00' + INTERVAL (i * 5) HOUR
        FROM range(1, 301) t(i)"""
    )
    con.execute(
        """CREATE TABLE "TicketLines"("LineId" INTEGER PRIMARY KEY, "TicketId" INTEGER REFERENCES "Tickets"("TicketId"),
        "Dish" VARCHAR, "Units" INTEGER, "IsVoided" BOOLEAN)"""
    )
    con.execute(
        """INSERT INTO "TicketLines" SELECT i, 1 + i % 300, ['Omelette', 'Pancakes', 'Hash', 'Toast', 'Grits'][1 + i % 5],
        1 + i % 4, i % 7 = 0 FROM range(1, 1201) t(i)"""
    )
    return con


tabs = catalog_fixture(taproom_till)
diner = catalog_fixture(diner_pos)


def test_units_sold_leave_the_voided_lines_out(tabs: Db, diner: Db) -> None:
    same(tabs, "total quantity sold in 2024",
         """SELECT sum(l.quantity) FROM tab_lines l JOIN bar_tabs t ON t.id = l.tab_id
         WHERE l.void_reason IS NULL AND year(t.opened_at) = 2024""")  # fmt: skip
    same(diner, "total units by dish",
         'SELECT "Dish", sum("Units") FROM "TicketLines" WHERE NOT "IsVoided" GROUP BY 1')  # fmt: skip


def test_a_count_of_lines_by_pour_counts_the_lines_kept(tabs: Db) -> None:
    same(tabs, "number of tab lines by pour",
         "SELECT pour, count(*) FROM tab_lines WHERE void_reason IS NULL GROUP BY 1")  # fmt: skip
