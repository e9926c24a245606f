"""A key a row may leave empty, named by its verb as something that happened to the rows ("how many accounts were
invited", "share of tickets that were escalated", "came through a referral"), counts the rows whose key is filled
in; "by another account" after the verb says who did it, no grouping — on two catalogs of our own."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _accounts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE account (id INTEGER PRIMARY KEY, handle VARCHAR, plan VARCHAR,"
        " invited_by_id INTEGER REFERENCES account(id), opened_on DATE)"
    )
    rows = [
        (i, f"user{i}", "pro" if i % 3 == 0 else "free", (i // 2) if i % 4 == 1 and i > 2 else None, f"2024-01-{i:02d}")
        for i in range(1, 25)
    ]
    con.executemany("INSERT INTO account VALUES (?, ?, ?, ?, ?)", rows)
    return con


def _helpdesk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Agent" ("AgentId" INTEGER PRIMARY KEY, "AgentName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Ticket" ("TicketId" INTEGER PRIMARY KEY, "Subject" VARCHAR, "Priority" VARCHAR,'
        ' "EscalatedToId" INTEGER REFERENCES "Agent"("AgentId"), "OpenedAt" TIMESTAMP,'
        ' "ReviewerId" INTEGER REFERENCES "Agent"("AgentId"))'
    )
    con.executemany('INSERT INTO "Agent" VALUES (?, ?)', [(1, "Kim"), (2, "Lou"), (3, "Max")])
    tickets = [
        (
            i,
            f"Issue {i}",
            "high" if i % 2 else "low",
            1 + i % 3 if i % 5 == 0 else None,
            f"2024-02-{1 + i % 27:02d}",
            1 + i % 2 if i % 3 == 0 else None,
        )
        for i in range(1, 31)
    ]
    con.executemany('INSERT INTO "Ticket" VALUES (?, ?, ?, ?, ?, ?)', tickets)
    return con


accounts = catalog_fixture(_accounts)
helpdesk = catalog_fixture(_helpdesk)


def test_rows_a_verb_happened_to_through_a_key_to_their_own_table(accounts: Db) -> None:
    gold = "SELECT COUNT(*) FROM account WHERE invited_by_id IS NOT NULL"
    same(accounts, "How many accounts were invited?", gold)
    same(accounts, "How many accounts were invited by another account?", gold)
    same(
        accounts,
        "What percentage of accounts were invited?",
        "SELECT 100.0 * COUNT(invited_by_id) / COUNT(*) FROM account",
    )


def test_rows_a_verb_happened_to_through_a_key_to_another_table(helpdesk: Db) -> None:
    same(helpdesk, "how many tickets were escalated", 'SELECT COUNT(*) FROM "Ticket" WHERE "EscalatedToId" IS NOT NULL')
    same(
        helpdesk,
        "number of tickets that were escalated by priority",
        'SELECT "Priority", COUNT(*) FROM "Ticket" WHERE "EscalatedToId" IS NOT NULL GROUP BY 1',
    )


def test_a_role_named_after_by_a_says_who_did_it_not_a_grouping(helpdesk: Db) -> None:
    same(
        helpdesk,
        "For each priority, how many tickets were checked by a reviewer?",
        'SELECT "Priority", COUNT(*) FROM "Ticket" WHERE "ReviewerId" IS NOT NULL GROUP BY 1',
    )
