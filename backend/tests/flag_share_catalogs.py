"""Two catalogs with yes/no columns named by a participle (won, sold) next to a category column holding the same state
word as one of its values, written for the analyst's flag tests (neither the demo nor an eval catalog): a snake_case
bid book (bids.is_closed and is_won beside a status whose 'Closed' marks only some closed bids) and a PascalCase
listing board (Listings.IsExpired, IsSold, IsLost and IsReduced beside a Stage whose 'Expired' marks only some)."""

from __future__ import annotations

import random

import duckdb


def bid_book() -> duckdb.DuckDBPyConnection:
    """Bids in regions, each open or closed, the closed ones won or lost; the status says 'Closed' or 'Archived'."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute(
        "CREATE TABLE bids(bid_id INTEGER PRIMARY KEY, region VARCHAR, status VARCHAR, is_closed BOOLEAN, "
        "is_won BOOLEAN, amount DOUBLE)"
    )
    rows = []
    for k in range(1, 301):
        closed = rnd.random() < 0.6
        won = closed and rnd.random() < 0.45
        status = rnd.choice(["Closed", "Archived"]) if closed else rnd.choice(["Open", "Draft"])
        rows.append((k, rnd.choice(["North", "South", "West"]), status, closed, won, round(rnd.uniform(100, 9000), 2)))
    con.executemany("INSERT INTO bids VALUES (?, ?, ?, ?, ?, ?)", rows)
    return con


def listing_board() -> duckdb.DuckDBPyConnection:
    """Listings in cities, some expired, reduced, sold or lost to another agency; the stage says 'Expired' for only some of the expired."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute(
        'CREATE TABLE "Listings"("ListingId" INTEGER PRIMARY KEY, "City" VARCHAR, "Stage" VARCHAR, '
        '"IsExpired" BOOLEAN, "IsReduced" BOOLEAN, "IsSold" BOOLEAN, "IsLost" BOOLEAN, "AskingPrice" DOUBLE)'
    )
    rows = []
    for k in range(1, 301):
        expired = rnd.random() < 0.3
        sold = not expired and rnd.random() < 0.5
        stage = rnd.choice(["Expired", "Withdrawn"]) if expired else ("Closed" if sold else "Active")
        lost = not sold and rnd.random() < 0.3  # taken to another agency
        rows.append((k, rnd.choice(["Leeds", "York", "Hull"]), stage, expired, rnd.random() < 0.4, sold, lost,
                     round(rnd.uniform(1e5, 5e5), 0)))  # fmt: skip
    con.executemany('INSERT INTO "Listings" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rows)
    return con
