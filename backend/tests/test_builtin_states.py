"""States of a row read from its own cells: a key the row leaves empty ("questions with no accepted answer"), an event
the row records or not ("how many order items were returned"), two columns of the row compared ("projects over
budget", "products that need reordering", "orders shipped late"), the current versions of a type 2 dimension. On the
catalogs of `state_catalogs.py`: a snake_case wholesaler and a PascalCase project office."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, same
from backend.tests.state_catalogs import project_office, wholesaler

shop = catalog_fixture(wholesaler)
office = catalog_fixture(project_office)


def test_a_key_of_the_row_left_empty_is_a_state_not_missing_child_rows(office: Db) -> None:
    covers(
        office, "questions with no accepted answer", 'SELECT "Title" FROM "Questions" WHERE "AcceptedAnswerId" IS NULL'
    )
    same(
        office,
        "how many questions don't have an accepted answer",
        'SELECT COUNT(*) FROM "Questions" WHERE "AcceptedAnswerId" IS NULL',
    )
    same(
        office,
        "how many questions have an accepted answer",
        'SELECT COUNT(*) FROM "Questions" WHERE "AcceptedAnswerId" IS NOT NULL',
    )


def test_child_rows_missing_are_still_an_anti_join(office: Db) -> None:
    covers(
        office,
        "questions with no answers",
        'SELECT "Title" FROM "Questions" q WHERE NOT EXISTS (SELECT 1 FROM "Answers" a WHERE a."QuestionId" = q."QuestionId")',
    )


def test_an_event_said_as_a_participle_counts_the_rows_it_happened_to(shop: Db, office: Db) -> None:
    same(shop, "how many order items were returned", "SELECT COUNT(*) FROM order_items WHERE returned_date IS NOT NULL")
    same(
        shop, "how many order items were never returned", "SELECT COUNT(*) FROM order_items WHERE returned_date IS NULL"
    )
    same(
        office,
        "how many equipment loans were returned",
        'SELECT COUNT(*) FROM "EquipmentLoans" WHERE "ReturnedDate" IS NOT NULL',
    )
    d = answer(shop, "total quantity returned by month")
    assert "returned_date" in d.sql  # a time axis on the date, read as before


def test_over_budget_compares_the_rows_actual_figure_with_its_budget(shop: Db, office: Db) -> None:
    d = covers(
        office,
        "which projects are over budget",
        'SELECT "ProjectName", "ActualCost", "Budget" FROM "Projects" WHERE "ActualCost" > "Budget"',
    )
    assert d.plan.kind == "rows"
    same(office, "how many projects went over budget", 'SELECT COUNT(*) FROM "Projects" WHERE "ActualCost" > "Budget"')
    covers(
        shop,
        "which departments are over budget",
        "SELECT department_name, actual_spend, budget FROM departments WHERE actual_spend > budget",
    )
    covers(
        shop,
        "departments under budget",
        "SELECT department_name, actual_spend, budget FROM departments WHERE actual_spend < budget",
    )


def test_rows_that_need_reordering_are_at_or_below_their_reorder_level(shop: Db, office: Db) -> None:
    d = covers(
        shop,
        "which products need reordering",
        "SELECT product_name, units_in_stock, reorder_level FROM products WHERE units_in_stock <= reorder_level",
    )
    assert any("at or below" in t for t in d.thoughts), d.thoughts
    covers(
        office,
        "which supplies need to be reordered",
        'SELECT "SupplyName", "QuantityOnHand", "ReorderPoint" FROM "OfficeSupplies" WHERE "QuantityOnHand" <= "ReorderPoint"',
    )
    same(
        office,
        "how many supplies need reordering",
        'SELECT COUNT(*) FROM "OfficeSupplies" WHERE "QuantityOnHand" <= "ReorderPoint"',
    )


def test_who_reports_to_whom_lists_everyone_beside_their_manager_top_boss_kept(shop: Db, office: Db) -> None:
    gold = """SELECT CONCAT_WS(' ', e.first_name, e.last_name), m.first_name || ' ' || m.last_name
        FROM employees e LEFT JOIN employees m ON m.employee_id = e.manager_id"""
    for q in ("who reports to whom", "show me the reporting lines", "list employees with their manager"):
        d = same(shop, q, gold)
        assert len(shop[0].execute(d.sql).fetchall()) == 12, q  # the managing director too
    d = same(
        office,
        "who reports to who?",
        'SELECT s."FullName", m."FullName" FROM "Staff" s LEFT JOIN "Staff" m ON m."StaffId" = s."ReportsTo"',
    )
    assert "top" in d.thoughts[1] or "top" in d.thoughts[0], d.thoughts


def test_rows_per_manager_still_group_by_the_managers_name(shop: Db) -> None:
    covers(
        shop,
        "number of employees per manager",
        """SELECT CONCAT_WS(' ', m.first_name, m.last_name), COUNT(*) FROM employees e
        JOIN employees m ON m.employee_id = e.manager_id GROUP BY 1""",
    )


def test_a_type_2_dimension_kept_by_dates_lists_and_counts_its_current_versions(shop: Db, office: Db) -> None:
    d = covers(
        office,
        "clients with a balance over 2000",
        'SELECT "ClientName", "Balance" FROM "ClientHistory" WHERE "Balance" > 2000 AND "ValidTo" IS NULL',
    )
    assert any("current version" in t for t in d.thoughts), d.thoughts
    same(office, "list all clients", 'SELECT "ClientName" FROM "ClientHistory" WHERE "ValidTo" IS NULL')
    covers(
        shop,
        "number of suppliers by country",
        "SELECT country, COUNT(*) FROM supplier_versions WHERE valid_until IS NULL GROUP BY 1",
    )
    covers(shop, "customers with a balance over 1000",
           "SELECT customer_name, balance FROM dim_customer WHERE balance > 1000 AND is_current")  # fmt: skip


def test_an_end_date_of_rows_that_do_not_repeat_filters_nothing(office: Db) -> None:
    same(office, "how many projects are there", 'SELECT COUNT(*) FROM "Projects"')


def test_shipped_late_is_shipped_after_the_required_date(shop: Db, office: Db) -> None:
    same(shop, "how many orders were shipped late", "SELECT COUNT(*) FROM orders WHERE shipped_date > required_date")
    covers(
        shop,
        "how many orders were shipped late by month",
        """SELECT date_trunc('month', order_date), COUNT(*) FROM orders WHERE shipped_date > required_date
        GROUP BY 1""",
    )
    covers(shop, "late orders", "SELECT order_id FROM orders WHERE shipped_date > required_date")
    same(office, "how many loans were returned late",
         'SELECT COUNT(*) FROM "EquipmentLoans" WHERE "ReturnedDate" > "DueDate"')  # fmt: skip


def test_other_wordings_of_the_same_states(shop: Db, office: Db) -> None:
    covers(shop, "which products should be reordered",
           "SELECT product_name FROM products WHERE units_in_stock <= reorder_level")  # fmt: skip
    covers(shop, "products due for reorder", "SELECT product_name FROM products WHERE units_in_stock <= reorder_level")
    covers(office, "projects whose actual cost exceeded the budget",
           'SELECT "ProjectName" FROM "Projects" WHERE "ActualCost" > "Budget"')  # fmt: skip
    covers(office, "questions without an accepted answer",
           'SELECT "Title" FROM "Questions" WHERE "AcceptedAnswerId" IS NULL')  # fmt: skip
