""" "On pause", "on loan": a state said as "on" and a noun is the value its participle names ("paused", "loaned") —
on two catalogs of our own."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _subscriptions() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE subscription (id INTEGER PRIMARY KEY, tier VARCHAR, state VARCHAR, started DATE)")
    states = ["active", "paused", "cancelled", "active", "paused"]
    rows = [(i, ["basic", "plus", "team"][i % 3], states[i % 5], f"2024-01-{1 + i % 28:02d}") for i in range(40)]
    con.executemany("INSERT INTO subscription VALUES (?, ?, ?, ?)", rows)
    return con


def _library() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Branch" ("BranchId" INTEGER PRIMARY KEY, "BranchName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Copy" ("CopyId" INTEGER PRIMARY KEY, "BranchId" INTEGER REFERENCES "Branch"("BranchId"),'
        ' "Status" VARCHAR, "Barcode" VARCHAR)'
    )
    con.executemany('INSERT INTO "Branch" VALUES (?, ?)', [(1, "Harbour"), (2, "Hilltop"), (3, "Old Town")])
    statuses = ["Loaned", "Available", "Lost", "Loaned"]
    rows = [(i, 1 + i % 3, statuses[i % 4], f"B{i:04d}") for i in range(30)]
    con.executemany('INSERT INTO "Copy" VALUES (?, ?, ?, ?)', rows)
    return con


subscriptions = catalog_fixture(_subscriptions)
library = catalog_fixture(_library)


def test_a_state_said_as_on_and_its_noun_filters_to_the_participle(subscriptions: Db) -> None:
    same(
        subscriptions,
        "How many subscriptions are on pause, by tier?",
        "SELECT tier, COUNT(*) FROM subscription WHERE state = 'paused' GROUP BY 1",
    )


def test_copies_on_loan_are_the_loaned_ones(library: Db) -> None:
    same(
        library,
        "number of copies on loan per branch",
        'SELECT b."BranchName", COUNT(*) FROM "Copy" c JOIN "Branch" b ON b."BranchId" = c."BranchId" '
        "WHERE c.\"Status\" = 'Loaned' GROUP BY 1",
    )
