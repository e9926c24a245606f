"""Rates over a figure of each group's own row ("reports per 1,000 residents by ward", "takings per employee by
branch", "takings per square metre by branch"), on two catalogs written here: a snake_case parish council with a
declared key and a PascalCase chain of bakeries without any."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _parish() -> duckdb.DuckDBPyConnection:
    """Wards with their residents and households; litter reports and the fines they led to, by ward."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute(
        "CREATE TABLE wards(ward_no INTEGER PRIMARY KEY, ward_title VARCHAR, residents INTEGER, elevation_m INTEGER)"
    )
    wards = [
        (1, "Mill End", 4200, 40),
        (2, "Church Hill", 9100, 85),
        (3, "Fen Side", 2300, 3),
        (4, "Upper Green", 6800, 60),
    ]
    con.executemany("INSERT INTO wards VALUES (?, ?, ?, ?)", wards)
    con.execute(
        "CREATE TABLE litter_reports(report_id INTEGER, ward_no INTEGER REFERENCES wards(ward_no), "
        "reported_on DATE, fine_due DECIMAL(8,2), litter_kind VARCHAR)"
    )
    con.executemany(
        "INSERT INTO litter_reports VALUES (?, ?, DATE '2024-01-01' + CAST(? AS INTEGER), ?, ?)",
        [
            (i, rnd.choice([1, 1, 2, 3, 4, 4, 4]), rnd.randrange(300), round(rnd.uniform(0, 150), 2),
             rnd.choice(["Fly-tipping", "Dog fouling", "Cigarette ends"]))
            for i in range(700)
        ],
    )  # fmt: skip
    return con


def _bakeries() -> duckdb.DuckDBPyConnection:
    """Bakery branches with their headcount and shop floor; sales with their takings, by branch (no keys declared)."""
    con = duckdb.connect()
    rnd = random.Random(12)
    con.execute(
        'CREATE TABLE "Branches"("BranchId" INTEGER, "BranchName" VARCHAR, "NumEmployees" INTEGER, '
        '"FloorAreaM2" INTEGER, "OpenedYear" INTEGER)'
    )
    branches = [(1, "Quayside", 14, 120, 2009), (2, "Market Cross", 9, 80, 2015), (3, "Station Road", 21, 210, 2001),
                (4, "Abbey Lane", 6, 45, 2020), (5, "Northfield", 11, 95, 2012)]  # fmt: skip
    con.executemany('INSERT INTO "Branches" VALUES (?, ?, ?, ?, ?)', branches)
    con.execute(
        'CREATE TABLE "Sales"("SaleId" INTEGER, "BranchId" INTEGER, "SoldAt" TIMESTAMP, "Takings" DECIMAL(9,2), '
        '"Loaves" INTEGER)'
    )
    con.executemany(
        "INSERT INTO \"Sales\" VALUES (?, ?, TIMESTAMP '2024-03-01 07:00' + to_minutes(CAST(? AS BIGINT)), ?, ?)",
        [
            (i, rnd.randint(1, 5), rnd.randrange(200_000), round(rnd.uniform(2, 60), 2), rnd.randint(0, 6))
            for i in range(1500)
        ],
    )
    return con


parish = catalog_fixture(_parish)
bakeries = catalog_fixture(_bakeries)

BY_WARD = "FROM litter_reports r JOIN wards w ON w.ward_no = r.ward_no GROUP BY w.ward_title, w.residents"
BY_BRANCH = 'FROM "Sales" s JOIN "Branches" b ON b."BranchId" = s."BranchId" GROUP BY b."BranchName"'


# "per 1,000 residents", "per resident", "per capita": the group's count or total over its ward's population.
def test_a_rate_per_resident_divides_by_the_groups_population(parish: Db) -> None:
    d = same(
        parish,
        "Litter reports per 1,000 residents by ward",
        f"SELECT w.ward_title, 1000.0 * COUNT(*) / w.residents {BY_WARD}",
    )
    assert "residents" in d.sql and "GROUP BY" in d.sql, d.sql
    same(parish, "fines due per resident by ward", f"SELECT w.ward_title, SUM(r.fine_due) / w.residents {BY_WARD}")
    same(parish, "reports per capita for each ward", f"SELECT w.ward_title, COUNT(*) / w.residents {BY_WARD}")
    # Within a period, the rows of that period only, over the same population.
    same(
        parish,
        "litter reports per 1000 residents by ward in March 2024",
        "SELECT w.ward_title, 1000.0 * COUNT(*) / w.residents FROM litter_reports r JOIN wards w "
        "ON w.ward_no = r.ward_no WHERE r.reported_on >= DATE '2024-03-01' AND r.reported_on < DATE '2024-04-01' "
        "GROUP BY w.ward_title, w.residents",
    )


# A column counting what the noun names (NumEmployees for "employee"), or the figure of area for "square metre".
def test_a_rate_per_employee_or_per_square_metre_divides_by_the_branchs_own_figure(bakeries: Db) -> None:
    same(
        bakeries,
        "takings per employee by branch",
        f'SELECT b."BranchName", SUM(s."Takings") / MAX(b."NumEmployees") {BY_BRANCH}',
    )
    same(
        bakeries,
        "takings per square metre by branch",
        f'SELECT b."BranchName", SUM(s."Takings") / MAX(b."FloorAreaM2") {BY_BRANCH}',
    )
    same(
        bakeries,
        "loaves sold per employee for each branch",
        f'SELECT b."BranchName", SUM(s."Loaves") / MAX(b."NumEmployees") {BY_BRANCH}',
    )


# Without a figure of the group's row the words keep their old readings: a grouping, or an average per entity.
def test_without_a_figure_of_the_group_per_stays_a_grouping(parish: Db, bakeries: Db) -> None:
    d = same(
        parish,
        "number of litter reports per ward",
        "SELECT w.ward_title, COUNT(*) FROM litter_reports r JOIN wards w ON w.ward_no = r.ward_no GROUP BY 1",
    )
    assert "residents" not in d.sql, d.sql
    d = answer(bakeries, "total takings per branch")
    assert "NumEmployees" not in d.sql and "FloorAreaM2" not in d.sql, d.sql
    # Square feet of a floor kept in square metres: the metres converted (10.76 square feet to the square metre).
    told = same(
        bakeries,
        "takings per square foot by branch",
        f'SELECT b."BranchName", SUM(s."Takings") / (MAX(b."FloorAreaM2") / 0.09290304) {BY_BRANCH}',
    )
    assert any("0.092903" in t for t in told.thoughts), told.thoughts
