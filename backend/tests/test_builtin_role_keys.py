"""A key named after the role a person plays for a row (loanOfficerId, approvedBy, handled_by, reviewer_id) points at
the catalog's table of people even where no key is declared and no name of a table is in it: "loans by approver",
"average cost by handler" group by that person's name through that key, not through another key to the same people.
On catalogs written for the test (`people_catalogs.py`): a camelCase lender and a snake_case service desk without keys,
and a snake_case boatyard whose declared keys already name their roles."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.people_catalogs import boatyard, lender, service_desk

bank = catalog_fixture(lender)
desk = catalog_fixture(service_desk)
yard = catalog_fixture(boatyard)


def test_rows_counted_per_person_in_the_named_role(bank: Db, desk: Db) -> None:
    same(bank, "loans by approver",
         """SELECT e."employeeName", count(*) FROM "Loans" l JOIN "Employees" e ON l."approvedBy" = e."employeeId"
         GROUP BY 1""")  # fmt: skip
    same(bank, "loans per loan officer",
         """SELECT e."employeeName", count(*) FROM "Loans" l JOIN "Employees" e ON l."loanOfficerId" = e."employeeId"
         GROUP BY 1""")  # fmt: skip
    same(desk, "tickets by reviewer",
         "SELECT a.agent_name, count(*) FROM tickets t JOIN agents a ON t.reviewer_id = a.agent_id GROUP BY 1")  # fmt: skip


def test_a_measure_per_person_in_the_named_role(bank: Db, desk: Db) -> None:
    same(bank, "total amount by approver",
         """SELECT e."employeeName", sum(l."amountUsd") FROM "Loans" l JOIN "Employees" e
         ON l."approvedBy" = e."employeeId" GROUP BY 1""")  # fmt: skip
    same(desk, "average cost by handler",
         "SELECT a.agent_name, avg(t.cost) FROM tickets t JOIN agents a ON t.handled_by = a.agent_id GROUP BY 1")  # fmt: skip


def test_declared_keys_to_staff_follow_the_role_named(yard: Db) -> None:
    same(yard, "charters per sales rep",
         "SELECT s.full_name, count(*) FROM charters c JOIN staff s ON c.sales_rep_id = s.staff_id GROUP BY 1")  # fmt: skip
    same(yard, "total fare by skipper",
         "SELECT s.full_name, sum(c.fare) FROM charters c JOIN staff s ON c.skipper_id = s.staff_id GROUP BY 1")  # fmt: skip


def test_each_row_listed_with_the_person_in_a_role(bank: Db) -> None:
    # An unconditioned listing is a preview of its first 100 rows, each beside its approver's name.
    d = answer(bank, "list loans with their approver's name")
    got = set(rows(bank[0], d.sql))
    gold = set(rows(bank[0], """SELECT l."borrowerName", e."employeeName" FROM "Loans" l JOIN "Employees" e
                                ON l."approvedBy" = e."employeeId" """))  # fmt: skip
    assert len(got) == 100 and got <= gold, d.sql
