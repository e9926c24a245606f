"""Two catalogs written for the analyst's tests of "how much" asked with no measure named ("how much did we reimburse
in 2024?"), neither the demo nor an eval catalog: a snake_case expense desk whose claims carry one money column and a
filing and a reimbursement date, and a PascalCase charity whose gifts carry one money column, a pledge and a receipt
date."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def expense_desk() -> duckdb.DuckDBPyConnection:
    """400 expense claims (category, amount_eur, filed_on, reimbursed_on: empty on a third) over 2023-2024."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        "CREATE TABLE expense_claims(claim_id INTEGER PRIMARY KEY, category VARCHAR, amount_eur DECIMAL(10,2), "
        "filed_on DATE, reimbursed_on DATE)"
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 401):
        filed = dt.date(2023, 1, 2) + dt.timedelta(days=rnd.randrange(720))
        paid = filed + dt.timedelta(days=rnd.randint(5, 60)) if k % 3 else None
        rows.append((k, rnd.choice(["travel", "meals", "books"]), round(rnd.uniform(8, 900), 2), filed, paid))
    con.executemany("INSERT INTO expense_claims VALUES (?, ?, ?, ?, ?)", rows)
    return con


def charity() -> duckdb.DuckDBPyConnection:
    """300 gifts (DonorName, AmountUsd, PledgedOn, ReceivedOn: empty on a quarter) over 2022-2023."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        'CREATE TABLE "Gifts"("GiftID" INTEGER PRIMARY KEY, "DonorName" VARCHAR, "AmountUsd" DECIMAL(12,2), '
        '"PledgedOn" DATE, "ReceivedOn" DATE)'
    )
    rows: list[tuple[object, ...]] = []
    for k in range(1, 301):
        pledged = dt.date(2022, 1, 3) + dt.timedelta(days=rnd.randrange(700))
        received = pledged + dt.timedelta(days=rnd.randint(1, 120)) if k % 4 else None
        rows.append((k, f"Donor {k % 40}", round(rnd.uniform(20, 5000), 2), pledged, received))
    con.executemany('INSERT INTO "Gifts" VALUES (?, ?, ?, ?, ?)', rows)
    return con
