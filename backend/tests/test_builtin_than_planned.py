"""A participle after "than" with no number ("spent more than planned", "more than budgeted") names the row's planned
figure; the groups whose totals pass it are kept (HAVING). Two catalogs written here: a snake_case works department
with a declared key and a PascalCase marketing ledger without any."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _works() -> duckdb.DuckDBPyConnection:
    """Departments and their projects' planned and actual costs by year."""
    con = duckdb.connect()
    rnd = random.Random(51)
    con.execute("CREATE TABLE depts(dept_id INTEGER PRIMARY KEY, dept_title VARCHAR)")
    con.executemany("INSERT INTO depts VALUES (?, ?)", [(1, "Roads"), (2, "Parks"), (3, "Drainage"), (4, "Lighting")])
    con.execute(
        "CREATE TABLE project_costs(project_id INTEGER, dept_id INTEGER REFERENCES depts(dept_id), fiscal_year INTEGER, "
        "planned_cost DECIMAL(10,2), actual_cost DECIMAL(10,2))"
    )
    rows = []
    for i in range(120):
        planned = round(rnd.uniform(10_000, 90_000), 2)
        rows.append(
            (i, rnd.randint(1, 4), rnd.choice([2023, 2024]), planned, round(planned * rnd.uniform(0.7, 1.3), 2))
        )
    con.executemany("INSERT INTO project_costs VALUES (?, ?, ?, ?, ?)", rows)
    return con


def _ledger() -> duckdb.DuckDBPyConnection:
    """Campaigns by channel with their budgeted and actual spend."""
    con = duckdb.connect()
    rnd = random.Random(52)
    con.execute(
        'CREATE TABLE "Campaigns"("CampaignId" INTEGER, "Channel" VARCHAR, "BudgetedSpend" DOUBLE, "ActualSpend" DOUBLE)'
    )
    lean = {"Radio": 0.8, "Print": 1.2, "Social": 1.05, "Outdoor": 0.9}
    rows = []
    for i in range(200):
        ch = rnd.choice(list(lean))
        budget = round(rnd.uniform(1_000, 20_000), 2)
        rows.append((i, ch, budget, round(budget * lean[ch] * rnd.uniform(0.9, 1.1), 2)))
    con.executemany('INSERT INTO "Campaigns" VALUES (?, ?, ?, ?)', rows)
    return con


works = catalog_fixture(_works)
ledger = catalog_fixture(_ledger)


def test_groups_that_spent_more_than_planned(works: Db, ledger: Db) -> None:
    same(
        works,
        "Which departments spent more than planned in 2024?",
        "SELECT d.dept_title, SUM(p.actual_cost), SUM(p.planned_cost) FROM project_costs p JOIN depts d "
        "ON d.dept_id = p.dept_id WHERE p.fiscal_year = 2024 GROUP BY d.dept_title HAVING SUM(p.actual_cost) > SUM(p.planned_cost)",
    )
    same(
        ledger,
        "which channels spent more than budgeted",
        'SELECT "Channel", SUM("ActualSpend"), SUM("BudgetedSpend") FROM "Campaigns" GROUP BY "Channel" '
        'HAVING SUM("ActualSpend") > SUM("BudgetedSpend")',
    )
    same(
        ledger,
        "channels that spent less than budgeted",
        'SELECT "Channel", SUM("ActualSpend"), SUM("BudgetedSpend") FROM "Campaigns" GROUP BY "Channel" '
        'HAVING SUM("ActualSpend") < SUM("BudgetedSpend")',
    )


# A participle that names no figure of the rows adds no condition.
def test_a_participle_naming_nothing_adds_no_condition(ledger: Db) -> None:
    same(
        ledger,
        "total actual spend by channel, more than expected",
        'SELECT "Channel", SUM("ActualSpend") FROM "Campaigns" GROUP BY "Channel"',
    )
