"""Catalogs for the real-rows tests: rows a system keeps beside the real ones (test-mode and soft-deleted rows)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def pledge_drive() -> duckdb.DuckDBPyConnection:
    """A charity's pledge platform in snake_case: pledges made in test mode (`is_test`) beside live ones, and donors
    deleted in place (`deleted_at`)."""
    rng = random.Random(11)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, full_name VARCHAR, region VARCHAR, "
        "joined_on DATE, deleted_at TIMESTAMP)"
    )
    con.execute(
        "CREATE TABLE pledges (pledge_id INTEGER PRIMARY KEY, donor_id INTEGER REFERENCES donors(donor_id), "
        "pledged_at TIMESTAMP, pledge_amount DECIMAL(10,2), campaign VARCHAR, is_test BOOLEAN)"
    )
    regions = ["Northfold", "Eastmere", "Westvale"]
    for i in range(1, 301):
        joined = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
        gone = dt.datetime(2025, 1, 5) + dt.timedelta(days=rng.randrange(60)) if i % 9 == 0 else None
        con.execute("INSERT INTO donors VALUES (?, ?, ?, ?, ?)", [i, f"Donor {i}", rng.choice(regions), joined, gone])
    for i in range(1, 2001):
        at = dt.datetime(2023, 1, 1) + dt.timedelta(hours=rng.randrange(24 * 730))
        con.execute(
            "INSERT INTO pledges VALUES (?, ?, ?, ?, ?, ?)",
            [
                i,
                rng.randrange(1, 301),
                at,
                round(rng.uniform(5, 500), 2),
                rng.choice(["Spring", "Winter"]),
                i % 13 == 0,
            ],
        )
    return con


def auction_house() -> duckdb.DuckDBPyConnection:
    """An online auction replicated by a loader, in PascalCase: lots deleted in place (`IsDeleted` 'Y'/'N') and bids
    the loader marks deleted at the source (`_relay_deleted`), sellers beside them."""
    rng = random.Random(23)
    con = duckdb.connect()
    con.execute('CREATE TABLE "Seller" ("SellerId" INTEGER PRIMARY KEY, "SellerName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        'CREATE TABLE "Lot" ("LotId" INTEGER PRIMARY KEY, "SellerId" INTEGER REFERENCES "Seller"("SellerId"), '
        '"Title" VARCHAR, "ListedDate" DATE, "ReservePrice" DECIMAL(10,2), "Genre" VARCHAR, "IsDeleted" VARCHAR)'
    )
    con.execute(
        'CREATE TABLE "Bid" ("BidId" INTEGER PRIMARY KEY, "LotId" INTEGER REFERENCES "Lot"("LotId"), '
        '"BidAmount" DECIMAL(10,2), "PlacedAt" TIMESTAMP, "_relay_deleted" BOOLEAN)'
    )
    for i in range(1, 41):
        con.execute(
            'INSERT INTO "Seller" VALUES (?, ?, ?)', [i, f"Seller {i}", rng.choice(["Norway", "Chile", "Japan"])]
        )
    for i in range(1, 601):
        listed = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
        con.execute(
            'INSERT INTO "Lot" VALUES (?, ?, ?, ?, ?, ?, ?)',
            [i, rng.randrange(1, 41), f"Lot {i}", listed, round(rng.uniform(20, 900), 2),
             rng.choice(["Maps", "Clocks", "Prints"]), "Y" if i % 7 == 0 else "N"],
        )  # fmt: skip
    for i in range(1, 3001):
        at = dt.datetime(2024, 1, 1) + dt.timedelta(hours=rng.randrange(24 * 365))
        con.execute(
            'INSERT INTO "Bid" VALUES (?, ?, ?, ?, ?)',
            [i, rng.randrange(1, 601), round(rng.uniform(20, 1500), 2), at, i % 17 == 0],
        )
    return con
