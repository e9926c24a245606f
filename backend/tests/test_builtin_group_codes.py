"""Groups as a user reads them: a pie or a share of the whole keeps the rows with no value as a part of the whole
(a ranking or a plain breakdown leaves them out), and a group named through a short code people write (a department
code, a variety code) shows that code beside the name — on two catalogs, one snake_case with declared keys, one
camelCase without."""

from __future__ import annotations

import random

import duckdb

from backend.agents.builtin import understand
from backend.agents.builtin.charts import choose_chart
from backend.models.catalog import ColumnKind
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, rows


def workshop() -> duckdb.DuckDBPyConnection:
    """Departments known by a short code; jobs of a department, some without a colour or a crew size."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute("CREATE TABLE dept(dept_cd VARCHAR PRIMARY KEY, dept_title VARCHAR)")
    depts = [("FAB", "Fabrication"), ("PNT-2", "Paint Shop"), ("ASSY", "Assembly"), ("QA", "Quality")]
    con.executemany("INSERT INTO dept VALUES (?, ?)", depts)
    con.execute(
        "CREATE TABLE job(job_id INTEGER PRIMARY KEY, dept_cd VARCHAR REFERENCES dept(dept_cd), hours DOUBLE, "
        "colour VARCHAR, crew_size INTEGER)"
    )
    jobs = [
        (i, depts[i % 4][0], round(rnd.uniform(1, 40), 1), rnd.choice(["Red", "Blue", "Green", None, None]),
         rnd.choice([1, 2, 3, None]))
        for i in range(1, 301)
    ]  # fmt: skip
    con.executemany("INSERT INTO job VALUES (?, ?, ?, ?, ?)", jobs)
    return con


def orchard() -> duckdb.DuckDBPyConnection:
    """Varieties known by a code; harvests of a variety (no declared keys), some without a grader."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "Variety"("varietyCode" VARCHAR, "varietyName" VARCHAR, "ripensIn" VARCHAR)')
    kinds = [("GALA", "Royal Gala", "Sep"), ("BRAE-1", "Braeburn", "Oct"), ("PINK", "Pink Lady", "Nov")]
    con.executemany('INSERT INTO "Variety" VALUES (?, ?, ?)', kinds)
    con.execute(
        'CREATE TABLE "Harvest"("harvestId" INTEGER, "varietyCode" VARCHAR, "weightKg" DOUBLE, "grader" VARCHAR, '
        '"pickedOn" DATE)'
    )
    picks = [
        (i, kinds[i % 3][0], round(rnd.uniform(50, 400), 1), rnd.choice(["Ana", "Ben", "Cleo", None]),
         f"2024-0{rnd.randint(7, 9)}-1{rnd.randint(0, 9)}")
        for i in range(1, 241)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Harvest" VALUES (?, ?, ?, ?, ?)', picks)
    return con


shop = catalog_fixture(workshop)
trees = catalog_fixture(orchard)


def test_a_pie_or_a_share_of_the_whole_keeps_the_rows_with_no_value_as_a_part(shop: Db, trees: Db) -> None:
    d = answer(shop, "pie chart of jobs by colour")
    assert rows(shop[0], d.sql) == rows(shop[0], "SELECT colour, COUNT(*) FROM job GROUP BY colour")
    d = answer(shop, "pie chart of hours by crew size")
    assert rows(shop[0], d.sql) == rows(shop[0], "SELECT crew_size, SUM(hours) FROM job GROUP BY crew_size")
    covers(
        trees,
        "share of total weight by grader",
        'SELECT grader, 100.0 * SUM("weightKg") / SUM(SUM("weightKg")) OVER () FROM "Harvest" GROUP BY grader',
    )


def test_a_ranking_or_a_plain_breakdown_leaves_the_rows_with_no_value_out(shop: Db, trees: Db) -> None:
    for db, question in (
        (shop, "top 2 colours by number of jobs"),
        (shop, "average hours by colour"),
        (trees, "top 2 graders by total weight"),
        (trees, "number of harvests per grader"),
    ):
        d = answer(db, question)
        assert None not in [r[0] for r in db[0].execute(d.sql).fetchall()], question


def test_a_group_named_through_a_written_code_shows_the_code_beside_the_name(shop: Db, trees: Db) -> None:
    covers(
        shop,
        "total hours by department",
        "SELECT d.dept_title, j.dept_cd, SUM(j.hours) FROM job j JOIN dept d ON d.dept_cd = j.dept_cd GROUP BY 1, 2",
    )
    covers(
        trees,
        "average weight per variety",
        'SELECT v."varietyName", h."varietyCode", AVG(h."weightKg") FROM "Harvest" h '
        'JOIN "Variety" v ON v."varietyCode" = h."varietyCode" GROUP BY 1, 2',
    )


def _kinds(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[str, ColumnKind]]:
    def kind(t: str) -> ColumnKind:
        return "numeric" if any(w in t for w in ("INT", "DOUBLE", "DECIMAL", "FLOAT")) else "text"

    return [(c[0], kind(str(c[1]))) for c in con.execute(sql).description]


def test_the_chart_draws_the_name_and_the_code_rides_along(shop: Db, trees: Db) -> None:
    for db, question in (
        (shop, "bubble chart of departments: average hours vs average crew size, sized by number of jobs"),
        (trees, "scatter plot of varieties: average weight vs number of harvests"),
    ):
        d = understand(question, db[1])
        assert not isinstance(d, str) and hasattr(d, "plan"), d
        plan = d.plan
        n = len(db[0].execute(d.sql).fetchall())
        assert choose_chart(_kinds(db[0], d.sql), n, plan).chart_type == "scatter"
    d = answer(shop, "total hours by department")
    chart = choose_chart(_kinds(shop[0], d.sql), 4, d.plan)
    assert chart.chart_type == "bar" and chart.x is not None and "cd" not in chart.x
