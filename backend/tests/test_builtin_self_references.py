"""A key from a table to its own rows (a person's manager among the same staff), declared or named after the role
(manager_id, supervisorId): "staff per manager" groups by the manager's name through the table joined to itself under
the role's name, and "staff with their manager's name" lists each row beside it. On three catalogs written for the test
(`people_catalogs.py`): a snake_case boatyard with the key declared, a camelCase lender and a snake_case service desk
without keys."""

from __future__ import annotations

from backend.agents.builtin.sql_builder import build_sql
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.people_catalogs import boatyard, lender, service_desk

yard = catalog_fixture(boatyard)
bank = catalog_fixture(lender)
desk = catalog_fixture(service_desk)


def test_rows_per_manager_are_grouped_by_the_managers_name(yard: Db, bank: Db, desk: Db) -> None:
    d = same(yard, "employees per manager",
             "SELECT m.full_name, count(*) FROM staff e JOIN staff m ON e.manager_id = m.staff_id GROUP BY 1")  # fmt: skip
    assert "Ada Quill" in {r[0] for r in yard[0].execute(d.sql).fetchall()}  # names, not ids
    same(bank, "number of employees for each supervisor",
         """SELECT s."employeeName", count(*) FROM "Employees" e JOIN "Employees" s ON e."supervisorId" = s."employeeId"
         GROUP BY 1""")  # fmt: skip
    same(desk, "how many agents does each manager have",
         "SELECT m.agent_name, count(*) FROM agents a JOIN agents m ON a.manager_id = m.agent_id GROUP BY 1")  # fmt: skip


def test_a_measure_per_manager(yard: Db) -> None:
    same(yard, "average salary by manager",
         "SELECT m.full_name, avg(e.salary) FROM staff e JOIN staff m ON e.manager_id = m.staff_id GROUP BY 1")  # fmt: skip


def test_each_row_listed_with_its_managers_name(yard: Db, bank: Db, desk: Db) -> None:
    same(yard, "list staff with their manager's name",
         "SELECT e.full_name, m.full_name FROM staff e LEFT JOIN staff m ON e.manager_id = m.staff_id")  # fmt: skip
    same(bank, "list employees with their supervisor's name",
         """SELECT e."employeeName", s."employeeName" FROM "Employees" e LEFT JOIN "Employees" s
         ON e."supervisorId" = s."employeeId" """)  # fmt: skip
    same(desk, "agents and their managers",
         "SELECT a.agent_name, m.agent_name FROM agents a LEFT JOIN agents m ON a.manager_id = m.agent_id")  # fmt: skip


def test_the_self_join_is_written_for_every_dialect(yard: Db) -> None:
    d = answer(yard, "employees per manager")
    spark = build_sql(d.plan, yard[1], "spark")
    assert "JOIN staff AS manager ON staff.manager_id = manager.staff_id" in " ".join(spark.split()), spark
