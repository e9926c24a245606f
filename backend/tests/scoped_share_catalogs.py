"""Two catalogs written for the tests of shares split by groups within one place (neither the demo nor an eval
catalog): a snake_case bike rental scheme in three cities and a camelCase library network's loans by branch."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def bike_rentals() -> duckdb.DuckDBPyConnection:
    """Rentals (an id, when started, the city, the kind of bike, the fare)."""
    con = duckdb.connect()
    rnd = random.Random(51)
    con.execute(
        "CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, started_at TIMESTAMP, city VARCHAR, bike_type VARCHAR, "
        "fare_eur DECIMAL(6, 2))"
    )
    start = dt.datetime(2024, 4, 1, 7)
    rows = [
        (k, start + dt.timedelta(minutes=rnd.randrange(60 * 24 * 150)), rnd.choice(["Lyon", "Porto", "Graz"]),
         rnd.choice(["E-bike", "Classic", "Classic", "Cargo"]), round(rnd.uniform(1, 12), 2))
        for k in range(1, 901)
    ]  # fmt: skip
    con.executemany("INSERT INTO rentals VALUES (?, ?, ?, ?, ?)", rows)
    return con


def library_loans() -> duckdb.DuckDBPyConnection:
    """Loans (an id, the branch, the kind of media lent, when lent)."""
    con = duckdb.connect()
    rnd = random.Random(52)
    con.execute(
        'CREATE TABLE "mediaLoans"("loanId" INTEGER PRIMARY KEY, "branchName" VARCHAR, "mediaKind" VARCHAR, '
        '"loanedAt" TIMESTAMP)'
    )
    start = dt.datetime(2024, 1, 2, 10)
    rows = [
        (k, rnd.choice(["Riverside", "Hilltop", "Old Mill"]), rnd.choice(["Novel", "DVD", "Audiobook", "Comic"]),
         start + dt.timedelta(hours=rnd.randrange(24 * 200)))
        for k in range(1, 701)
    ]  # fmt: skip
    con.executemany('INSERT INTO "mediaLoans" VALUES (?, ?, ?, ?)', rows)
    return con
