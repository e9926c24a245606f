"""A share noun before two figures of one kind ("percent of planned hours spent", "share of quota achieved") is the
second as a percentage of the first, per group; on two catalogs written here: a snake_case crew roster and a
PascalCase sales ledger."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _crews() -> duckdb.DuckDBPyConnection:
    """Jobs by crew with the hours planned and the hours spent."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute("CREATE TABLE crew_jobs(job_no INTEGER, crew VARCHAR, planned_hrs DOUBLE, spent_hrs DOUBLE)")
    rows = []
    for i in range(250):
        planned = round(rnd.uniform(2, 40), 1)
        rows.append(
            (i, rnd.choice(["North", "South", "Night", "Relief"]), planned, round(planned * rnd.uniform(0.6, 1.5), 1))
        )
    con.executemany("INSERT INTO crew_jobs VALUES (?, ?, ?, ?)", rows)
    return con


def _targets() -> duckdb.DuckDBPyConnection:
    """Quarterly sales quotas and what was achieved, by region."""
    con = duckdb.connect()
    rnd = random.Random(62)
    con.execute(
        'CREATE TABLE "SalesTargets"("TargetId" INTEGER, "Region" VARCHAR, "Quarter" VARCHAR, '
        '"QuotaAmount" DECIMAL(10,2), "AchievedAmount" DECIMAL(10,2))'
    )
    rows = []
    for i in range(160):
        quota = round(rnd.uniform(20_000, 90_000), 2)
        rows.append((i, rnd.choice(["Coast", "Midlands", "Highlands"]), rnd.choice(["Q1", "Q2", "Q3", "Q4"]), quota,
                     round(quota * rnd.uniform(0.5, 1.4), 2)))  # fmt: skip
    con.executemany('INSERT INTO "SalesTargets" VALUES (?, ?, ?, ?, ?)', rows)
    return con


crews = catalog_fixture(_crews)
targets = catalog_fixture(_targets)


def test_a_share_of_a_planned_figure_is_the_other_figure_over_it(crews: Db, targets: Db) -> None:
    same(
        crews,
        "percent of planned hours spent by crew",
        "SELECT crew, 100.0 * SUM(spent_hrs) / SUM(planned_hrs) FROM crew_jobs GROUP BY crew",
    )
    d = same(
        targets,
        "share of quota achieved by region",
        'SELECT "Region", 100.0 * SUM("AchievedAmount") / SUM("QuotaAmount") FROM "SalesTargets" GROUP BY "Region"',
    )
    # Percentages of different wholes add up to no whole: bars, never a pie.
    assert d.chart.chart_type == "bar" and "pie" not in d.chart.alternatives, d.chart


# One figure after the share noun stays each group's share of the total.
def test_one_figure_stays_a_share_of_the_total(crews: Db) -> None:
    d = answer(crews, "percentage of planned hours by crew")
    assert "spent_hrs" not in d.sql and "OVER" in d.sql, d.sql
