"""How one thing bears on another ("how does the plan affect churn", "impact of overtime on rejects", "does the fee
vary by plan", "relationship between tenure and churn"): the outcome measured for each value of the cause — a yes/no
outcome as its rate, a figure as its average, two figures of many values as a scatter of the rows. On two catalogs
written here: a snake_case subscription book and a PascalCase batch log."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def subscriptions() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE subscribers(subscriber_id INTEGER, plan_type VARCHAR, monthly_fee DECIMAL(8,2), "
        "tenure_months INTEGER, support_calls INTEGER, churned BOOLEAN, signup_date DATE)"
    )
    con.execute(
        """INSERT INTO subscribers SELECT i, ['Basic', 'Plus', 'Family'][1 + i % 3], 5 + (i % 3) * 7 + (i % 5) * 0.5,
        1 + (i * 7) % 60, i % 6, (i % 3 = 0 AND i % 2 = 0) OR i % 6 = 5, DATE '2022-01-01' + CAST(i AS INTEGER)
        FROM range(400) t(i)"""
    )
    return con


def batches() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Batches"("BatchId" INTEGER, "LineName" VARCHAR, "Overtime" VARCHAR, "Rejected" VARCHAR, '
        '"UnitsMade" INTEGER, "OvenTempC" DOUBLE, "CrewSize" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Batches" SELECT i, ['Alpha', 'Beta', 'Gamma', 'Delta'][1 + i % 4],
        CASE WHEN i % 5 < 2 THEN 'Y' ELSE 'N' END, CASE WHEN i % 7 = 0 OR (i % 5 < 2 AND i % 3 = 0) THEN 'Y' ELSE 'N' END,
        100 + (i * 13) % 90, 180 + (i * 3) % 41 + 0.5, 2 + i % 4 FROM range(300) t(i)"""
    )
    return con


subs = catalog_fixture(subscriptions)
log = catalog_fixture(batches)


def test_a_yes_no_outcome_is_its_rate_for_each_value_of_the_cause(subs: Db, log: Db) -> None:
    gold = "SELECT plan_type, 100.0 * AVG(CASE WHEN churned THEN 1 ELSE 0 END) FROM subscribers GROUP BY 1"
    for q in (
        "how does the plan type affect churned",
        "impact of plan type on churned",
        "is churned affected by plan type",
    ):
        same(subs, q, gold)
    same(
        log,
        "does overtime influence rejected",
        """SELECT "Overtime", 100.0 * AVG(CASE WHEN "Rejected" = 'Y' THEN 1 ELSE 0 END) FROM "Batches" GROUP BY 1""",
    )
    same(
        log,
        "how does rejected vary by line name",
        """SELECT "LineName", 100.0 * AVG(CASE WHEN "Rejected" = 'Y' THEN 1 ELSE 0 END) FROM "Batches" GROUP BY 1""",
    )


def test_a_rate_asked_by_a_whole_number_groups_by_its_values(subs: Db, log: Db) -> None:
    gold = "SELECT support_calls, 100.0 * AVG(CASE WHEN churned THEN 1 ELSE 0 END) FROM subscribers GROUP BY 1"
    same(subs, "churned rate by support calls", gold)
    same(subs, "relationship between support calls and churned", gold)
    same(
        log,
        "percentage of rejected by crew size",
        """SELECT "CrewSize", 100.0 * AVG(CASE WHEN "Rejected" = 'Y' THEN 1 ELSE 0 END) FROM "Batches" GROUP BY 1""",
    )


def test_a_figure_is_averaged_for_each_value_of_the_cause(subs: Db, log: Db) -> None:
    gold = "SELECT plan_type, AVG(monthly_fee) FROM subscribers GROUP BY 1"
    for q in ("does the monthly fee vary by plan type", "effect of plan type on monthly fee"):
        d = same(subs, q, gold)
        assert d.thoughts[0].startswith("I read how")
    same(
        log,
        "how do units made differ across line names",
        'SELECT "LineName", AVG("UnitsMade") FROM "Batches" GROUP BY 1',
    )


def test_two_figures_of_many_values_are_a_scatter_with_the_cause_across(subs: Db, log: Db) -> None:
    d = answer(log, "how does oven temp affect units made")
    cols = [c[0] for c in log[0].execute(d.sql).description]
    assert cols == ["OvenTempC", "UnitsMade"] and len(log[0].execute(d.sql).fetchall()) == 300
    d = answer(subs, "how does tenure relate to monthly fee")
    cols = [c[0] for c in subs[0].execute(d.sql).description]
    assert cols == ["tenure_months", "monthly_fee"]


def test_questions_without_a_cause_and_an_outcome_are_read_as_before(subs: Db) -> None:
    # Two kinds of thing: counted by both, not restated as a rate or an average.
    d = answer(subs, "number of subscribers by plan type")
    assert "I read how" not in " ".join(d.thoughts)
    d = answer(subs, "how has the monthly fee changed over time")
    assert "I read how" not in " ".join(d.thoughts)


def test_conditions_and_an_aggregate_the_user_said_stay(subs: Db, log: Db) -> None:
    same(
        subs,
        "does the monthly fee vary by plan type for signups in 2022",
        "SELECT plan_type, AVG(monthly_fee) FROM subscribers WHERE signup_date < DATE '2023-01-01' GROUP BY 1",
    )
    same(
        subs,
        "how does the total monthly fee vary by plan type",
        "SELECT plan_type, SUM(monthly_fee) FROM subscribers GROUP BY 1",
    )
    same(
        log,
        "how does rejected vary by line name when overtime",
        """SELECT "LineName", 100.0 * AVG(CASE WHEN "Rejected" = 'Y' THEN 1 ELSE 0 END) FROM "Batches"
        WHERE "Overtime" = 'Y' GROUP BY 1""",
    )
