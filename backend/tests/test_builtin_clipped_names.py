"""Names said the short ways people say them, over catalogs as tools land them: a two-word table by its initials
("MRs", "POs"), a word clipped to its start ("repo", "temp"), "opened" as the rows' first event rather than the
state 'open' some are still in, a table's first-event date before a closing date listed first and before its
bookkeeping dates, and web addresses that name no group ('…/projects/12' is no value "projects" says). On two
catalogs written here: a snake_case code-review export and a PascalCase purchasing ledger."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def review_export() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute(
        "CREATE TABLE merge_requests(id BIGINT PRIMARY KEY, iid BIGINT, repository VARCHAR, state VARCHAR, "
        "web_url VARCHAR, closed_at TIMESTAMP, created_at TIMESTAMP, updated_at TIMESTAMP)"
    )
    rows = []
    for k in range(1, 601):
        made = f"2024-{1 + k % 12:02d}-{1 + k % 27:02d} 10:00:00"
        state = rnd.choice(["open", "closed", "merged", "merged"])
        closed = None if state == "open" else f"2025-{1 + k % 12:02d}-{1 + k % 27:02d} 12:00:00"
        project = rnd.choice(["billing-api", "web-app", "infra"])
        url = f"https://git.example.com/group/projects/{k % 40}/merge_requests/{k}"
        rows.append((k, k, project, state, url, closed, made, "2025-06-30 00:00:00"))
    con.executemany("INSERT INTO merge_requests VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE pipelines(id BIGINT PRIMARY KEY, repository VARCHAR, status VARCHAR, created_at TIMESTAMP)"
    )
    con.executemany(
        "INSERT INTO pipelines VALUES (?, ?, ?, TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (?) HOUR)",
        [(k, rnd.choice(["billing-api", "web-app", "infra"]), rnd.choice(["success", "failed"]), k * 5)
         for k in range(1, 1500)],
    )  # fmt: skip
    return con


def purchasing() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(12)
    con.execute(
        'CREATE TABLE "PurchaseOrders"("PurchaseOrderId" INTEGER PRIMARY KEY, "Vendor" VARCHAR, "Status" VARCHAR, '
        '"ClosedOn" DATE, "CreatedOn" DATE, "LastModifiedOn" DATE, "StorageTemperatureC" DOUBLE, "TotalUsd" DOUBLE)'
    )
    rows = []
    for k in range(1, 401):
        status = rnd.choice(["Open", "Received", "Received"])
        closed = None if status == "Open" else f"2025-{1 + k % 12:02d}-15"
        rows.append((k, rnd.choice(["Acme", "Borealis", "Cobalt"]), status, closed, f"2024-{1 + k % 12:02d}-03",
                     "2025-07-01", round(rnd.uniform(-20, 8), 1), round(rnd.uniform(100, 9000), 2)))  # fmt: skip
    con.executemany('INSERT INTO "PurchaseOrders" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rows)
    con.execute('CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "Vendor" VARCHAR, "ShippedOn" DATE)')
    con.executemany(
        "INSERT INTO \"Shipments\" VALUES (?, ?, DATE '2024-01-01' + CAST(? AS INTEGER))",
        [(k, rnd.choice(["Acme", "Borealis", "Cobalt"]), k % 500) for k in range(1, 900)],
    )
    return con


export = catalog_fixture(review_export)
ledger = catalog_fixture(purchasing)


def test_a_two_word_table_by_its_initials(export: Db, ledger: Db) -> None:
    same(export, "how many MRs", "SELECT COUNT(*) FROM merge_requests")
    same(ledger, "how many POs", 'SELECT COUNT(*) FROM "PurchaseOrders"')
    same(export, "MRs by repository", "SELECT repository, COUNT(*) FROM merge_requests GROUP BY 1")
    same(ledger, "how many POs per vendor", 'SELECT "Vendor", COUNT(*) FROM "PurchaseOrders" GROUP BY 1')


def test_a_clipped_word_names_the_one_name_it_begins(export: Db, ledger: Db) -> None:
    same(export, "merge requests per repo", "SELECT repository, COUNT(*) FROM merge_requests GROUP BY 1")
    same(
        ledger,
        "average temp by vendor",
        'SELECT "Vendor", AVG("StorageTemperatureC") FROM "PurchaseOrders" GROUP BY 1',
    )


def test_opened_is_the_first_event_not_the_open_state(export: Db, ledger: Db) -> None:
    d = same(
        export,
        "how many MRs get opened each month",
        "SELECT DATE_TRUNC('month', created_at), COUNT(*) FROM merge_requests GROUP BY 1",
    )
    assert "'open'" not in d.sql, d.sql
    same(
        ledger,
        "how many POs were opened in 2024",
        """SELECT COUNT(*) FROM "PurchaseOrders" WHERE "CreatedOn" >= DATE '2024-01-01' AND "CreatedOn" < DATE '2025-01-01'""",
    )
    d = answer(export, "open MRs by repo")
    assert "state = 'open'" in d.sql, d.sql


def test_the_first_event_dates_the_rows_before_a_closing_or_bookkeeping_date(export: Db) -> None:
    same(
        export,
        "merge requests per month",
        "SELECT DATE_TRUNC('month', created_at), COUNT(*) FROM merge_requests GROUP BY 1",
    )
