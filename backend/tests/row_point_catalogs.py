"""Two catalogs whose main rows have no name column, only a key, figures and a category, written for the
analyst's one-point-per-row tests (neither the demo nor an eval catalog): a snake_case parcel log (shipment with
weight_kg, cost and a carrier_type) and a PascalCase salon book (Visit with Fee, Tip and a VisitKind)."""

from __future__ import annotations

import random

import duckdb


def parcels() -> duckdb.DuckDBPyConnection:
    """Shipments: a key, two figures and a handful of carrier types; no name."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute(
        "CREATE TABLE shipment(shipment_id INTEGER PRIMARY KEY, carrier_type VARCHAR, weight_kg DOUBLE, cost DOUBLE)"
    )
    con.executemany(
        "INSERT INTO shipment VALUES (?, ?, ?, ?)",
        [(k, rnd.choice(["Road", "Air", "Sea"]), round(rnd.uniform(0.5, 40), 1), round(rnd.uniform(5, 300), 2))
         for k in range(1, 301)],
    )  # fmt: skip
    return con


def salon() -> duckdb.DuckDBPyConnection:
    """Visits: a key, a fee, a tip and a few visit kinds; no name."""
    con = duckdb.connect()
    rnd = random.Random(67)
    con.execute('CREATE TABLE "Visit"("VisitId" INTEGER PRIMARY KEY, "VisitKind" VARCHAR, "Fee" DOUBLE, "Tip" DOUBLE)')
    con.executemany(
        'INSERT INTO "Visit" VALUES (?, ?, ?, ?)',
        [(k, rnd.choice(["Cut", "Colour", "Shave", "Style"]), round(rnd.uniform(20, 180), 2),
          round(rnd.uniform(0, 30), 2)) for k in range(1, 251)],
    )  # fmt: skip
    return con
