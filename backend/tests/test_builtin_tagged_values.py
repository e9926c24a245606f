"""Values written as a name and a bracketed tag ("renovate[bot]", "Acme (legacy)") are found by the name alone:
"renovate builds" filters on 'renovate[bot]'. On two catalogs written here: a snake_case shop whose suppliers carry a
parenthesised note, and a PascalCase build log whose triggering accounts carry a bracketed tag."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE purchase_orders(id INTEGER PRIMARY KEY, supplier VARCHAR, total_cents BIGINT,
        ordered_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO purchase_orders SELECT i, ['Acme (legacy)', 'Brightline', 'Corvo Trading', 'Dunmore Mills'][1 + i % 4],
        1000 + i * 37 % 9000, TIMESTAMP '2024-01-01' + INTERVAL (i * 2) DAY FROM range(1, 301) t(i)"""
    )
    return con


def build_log() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Builds"("BuildId" INTEGER PRIMARY KEY, "TriggeredBy" VARCHAR, "Outcome" VARCHAR,
        "StartedAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Builds" SELECT i, ['renovate[bot]', 'Mira Holt', 'Otto Brandt'][1 + i % 3],
        ['Passed', 'Failed'][1 + i % 5 % 2], TIMESTAMP '2024-02-01 09:00:00' + INTERVAL (i * 5) HOUR
        FROM range(1, 501) t(i)"""
    )
    return con


orders = catalog_fixture(shop)
builds = catalog_fixture(build_log)


def test_a_tagged_value_is_found_by_its_name(orders: Db, builds: Db) -> None:
    same(
        orders,
        "acme purchase orders per month",
        """SELECT date_trunc('month', ordered_at), count(*) FROM purchase_orders WHERE supplier = 'Acme (legacy)'
        GROUP BY 1""",
    )
    same(
        builds,
        "renovate builds per week",
        """SELECT date_trunc('week', "StartedAt"), count(*) FROM "Builds" WHERE "TriggeredBy" = 'renovate[bot]'
        GROUP BY 1""",
    )
    same(
        builds,
        "how many failed builds by renovate",
        """SELECT count(*) FROM "Builds" WHERE "TriggeredBy" = 'renovate[bot]' AND "Outcome" = 'Failed'""",
    )
