"""A word that says a yes/no property is false names that flag: "late deliveries" are the ones not on time,
"unverified accounts" the ones not verified; "not late" turns it back. On two catalogs written here: a snake_case courier
with an on_time flag and a PascalCase subscription service with Active and Verified flags."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def courier() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR)")
    con.execute("INSERT INTO depots VALUES (1, 'Northgate'), (2, 'Riverside'), (3, 'Hilltop')")
    con.execute(
        "CREATE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id), "
        "delivered_at TIMESTAMP, on_time BOOLEAN, parcels INTEGER)"
    )
    con.execute(
        """INSERT INTO deliveries SELECT i, 1 + i % 3, TIMESTAMP '2024-01-01' + INTERVAL (i * 7) HOUR,
        (i * 31) % 10 < 7, 1 + i % 5 FROM range(1, 501) t(i)"""
    )
    return con


def subscriptions() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Accounts"("AccountId" INTEGER, "Plan" VARCHAR, "Active" BOOLEAN, "Verified" BOOLEAN)')
    con.execute(
        """INSERT INTO "Accounts" SELECT i, ['Free', 'Pro', 'Team'][1 + i % 3], i % 4 <> 0, i % 5 <> 0
        FROM range(1, 301) t(i)"""
    )
    return con


couriers = catalog_fixture(courier)
accounts = catalog_fixture(subscriptions)


def test_a_word_for_the_false_side_filters_the_flag(couriers: Db, accounts: Db) -> None:
    same(couriers, "how many deliveries were late", "SELECT COUNT(*) FROM deliveries WHERE NOT on_time")
    same(
        couriers,
        "late deliveries by depot",
        "SELECT d.depot_name, COUNT(*) FROM deliveries x JOIN depots d USING (depot_id) WHERE NOT x.on_time GROUP BY 1",
    )
    same(
        accounts,
        "number of unverified accounts per plan",
        'SELECT "Plan", COUNT(*) FROM "Accounts" WHERE NOT "Verified" GROUP BY 1',
    )
    same(accounts, "how many accounts are unverified", 'SELECT COUNT(*) FROM "Accounts" WHERE NOT "Verified"')


def test_a_denied_antonym_is_the_true_side(couriers: Db) -> None:
    same(couriers, "how many deliveries were not late", "SELECT COUNT(*) FROM deliveries WHERE on_time")
