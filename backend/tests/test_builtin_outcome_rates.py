"""An outcome noun said alone over a yes/no column names a rate, as "attrition rate" does: "which team has the highest
attrition", "which plan has the most churn", "churn by plan" compare the percentage of each group's rows where the
outcome happened (groups of different sizes compare fairly; a thought says so). Counted ("number of", "how many") or
said with the rows that had the outcome ("leavers", "churned subscribers") it stays a count. On two catalogs written
here: a snake_case phone company's plans and subscribers (a BOOLEAN churned), and a PascalCase firm's teams and staff
(a 'Yes'/'No' Attrition column)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def phones() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE plans(plan_id INTEGER PRIMARY KEY, plan_name VARCHAR)")
    con.execute("INSERT INTO plans VALUES (1, 'Basic'), (2, 'Plus'), (3, 'Max')")
    con.execute(
        "CREATE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, plan_id INTEGER REFERENCES plans(plan_id), "
        "monthly_fee DOUBLE, churned BOOLEAN)"
    )
    # Basic: 60 subscribers, 12 churned (20 %); Plus: 20, 8 churned (40 %); Max: 10, 1 churned (10 %)
    con.execute(
        """INSERT INTO subscribers SELECT i, 1, 10, i < 12 FROM range(60) t(i)
        UNION ALL SELECT 100 + i, 2, 20, i < 8 FROM range(20) t(i)
        UNION ALL SELECT 200 + i, 3, 40, i < 1 FROM range(10) t(i)"""
    )
    return con


def firm() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Teams"("TeamId" INTEGER PRIMARY KEY, "TeamName" VARCHAR)')
    con.execute("""INSERT INTO "Teams" VALUES (1, 'Ops'), (2, 'Design'), (3, 'Legal')""")
    con.execute(
        'CREATE TABLE "Staff"("StaffId" INTEGER PRIMARY KEY, "TeamId" INTEGER REFERENCES "Teams"("TeamId"), '
        '"Salary" DOUBLE, "Attrition" VARCHAR)'
    )
    # Ops: 50 staff, 10 left (20 %); Design: 10, 5 left (50 %); Legal: 20, 1 left (5 %)
    con.execute(
        """INSERT INTO "Staff" SELECT i, 1, 1000, CASE WHEN i < 10 THEN 'Yes' ELSE 'No' END FROM range(50) t(i)
        UNION ALL SELECT 100 + i, 2, 2000, CASE WHEN i < 5 THEN 'Yes' ELSE 'No' END FROM range(10) t(i)
        UNION ALL SELECT 200 + i, 3, 3000, CASE WHEN i < 1 THEN 'Yes' ELSE 'No' END FROM range(20) t(i)"""
    )
    return con


subscribers = catalog_fixture(phones)
staff = catalog_fixture(firm)

_PLAN_RATE = """SELECT p.plan_name, 100.0 * AVG(CASE WHEN s.churned THEN 1 ELSE 0 END) FROM subscribers s
JOIN plans p ON s.plan_id = p.plan_id GROUP BY 1"""
_TEAM_RATE = """SELECT t."TeamName", 100.0 * AVG(CASE WHEN s."Attrition" = 'Yes' THEN 1 ELSE 0 END) FROM "Staff" s
JOIN "Teams" t ON s."TeamId" = t."TeamId" GROUP BY 1"""


def test_an_outcome_noun_ranks_the_groups_by_its_rate(subscribers: Db, staff: Db) -> None:
    d = same(subscribers, "which plan has the highest churn", f"{_PLAN_RATE} ORDER BY 2 DESC LIMIT 1")
    assert any("rate" in t for t in d.thoughts), d.thoughts
    same(subscribers, "which plan has the most churn", f"{_PLAN_RATE} ORDER BY 2 DESC LIMIT 1")
    same(staff, "which team has the highest attrition", f"{_TEAM_RATE} ORDER BY 2 DESC LIMIT 1")
    same(staff, "which team has the lowest attrition", f"{_TEAM_RATE} ORDER BY 2 LIMIT 1")


def test_an_outcome_noun_by_a_group_is_its_rate(subscribers: Db, staff: Db) -> None:
    same(subscribers, "churn by plan", _PLAN_RATE)
    same(staff, "attrition for each team", _TEAM_RATE)


def test_the_outcome_counted_stays_a_count(subscribers: Db, staff: Db) -> None:
    counted = """SELECT p.plan_name, COUNT(*) FROM subscribers s JOIN plans p ON s.plan_id = p.plan_id
    WHERE s.churned GROUP BY 1"""
    same(subscribers, "which plan has the most churned subscribers", f"{counted} ORDER BY 2 DESC LIMIT 1")
    same(subscribers, "number of churned subscribers by plan", counted)
    d = answer(staff, "how many staff left by team")
    assert "AVG" not in d.sql, d.sql
