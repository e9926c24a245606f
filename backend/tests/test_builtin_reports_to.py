""" "list staff and who they report to": each row beside the name of the row its key to its own table points at (a
superior), whether the key is named after reporting (ReportsTo) or after the superior (supervisor_id, manager_id). On
two catalogs written for the test (`store_catalogs.py`): a PascalCase agency's staff without declared keys and a
snake_case courier's drivers with the key declared; and the service desk of `people_catalogs.py`."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.people_catalogs import service_desk
from backend.tests.store_catalogs import agency, courier

firm = catalog_fixture(agency)
post = catalog_fixture(courier)
desk = catalog_fixture(service_desk)


def test_each_row_and_who_it_reports_to(firm: Db, post: Db, desk: Db) -> None:
    same(firm, "list staff and who they report to",
         """SELECT s."FullName", m."FullName" FROM "Staff" s LEFT JOIN "Staff" m ON s."ReportsTo" = m."StaffId" """)  # fmt: skip
    same(post, "list drivers and who they report to",
         "SELECT d.driver_name, s.driver_name FROM drivers d LEFT JOIN drivers s ON d.supervisor_id = s.driver_id")  # fmt: skip
    same(desk, "list agents and whom they report to",
         "SELECT a.agent_name, m.agent_name FROM agents a LEFT JOIN agents m ON a.manager_id = m.agent_id")  # fmt: skip
