"""Catalogs written for the tests of listed rows that no column names (neither the demo nor an eval catalog): a
snake_case lighthouse board's fault log with a declared key to its beacons, and a PascalCase toll road's receipts whose
plaza code points at the plazas by name only, with a street named on many receipts."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def fault_log() -> duckdb.DuckDBPyConnection:
    """8 beacons and 200 faults of 4 kinds, each raised at a moment and of low, high or grave urgency."""
    con = duckdb.connect()
    rnd = random.Random(61)
    con.execute("CREATE TABLE beacons(beacon_id INTEGER PRIMARY KEY, beacon_name VARCHAR, coast VARCHAR)")
    con.executemany(
        "INSERT INTO beacons VALUES (?, ?, ?)",
        [(k, f"Beacon {name}", rnd.choice(["North", "West"])) for k, name in enumerate("ABCDEFGH", start=1)],
    )
    con.execute(
        "CREATE TABLE faults(fault_id INTEGER PRIMARY KEY, beacon_id INTEGER REFERENCES beacons(beacon_id), "
        "fault_kind VARCHAR, urgency VARCHAR, raised_at TIMESTAMP, mended_at TIMESTAMP, lamp_hours INTEGER)"
    )
    rows = []
    for k in range(1, 201):
        raised = dt.datetime(2031, 1, 1) + dt.timedelta(hours=rnd.randint(0, 8000))
        rows.append(
            (
                k,
                rnd.randint(1, 8),
                rnd.choice(["Lamp", "Lens", "Battery", "Horn"]),
                rnd.choice(["low", "low", "high", "grave"]),
                raised,
                raised + dt.timedelta(hours=rnd.randint(1, 90)),
                rnd.randint(100, 9000),
            )
        )
    con.executemany("INSERT INTO faults VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def toll_receipts() -> duckdb.DuckDBPyConnection:
    """5 Plazas and 300 TollReceipts paid in cash or by tag, each on a street named on many receipts."""
    con = duckdb.connect()
    rnd = random.Random(62)
    con.execute('CREATE TABLE "Plazas"("PlazaCode" VARCHAR, "PlazaName" VARCHAR, "Region" VARCHAR)')
    plazas = [
        ("PQ1", "Quarry Gate"),
        ("PQ2", "Mill Bridge"),
        ("PQ3", "Owl Hill"),
        ("PQ4", "Fen End"),
        ("PQ5", "Sow Lane"),
    ]
    con.executemany(
        'INSERT INTO "Plazas" VALUES (?, ?, ?)', [(c, n, rnd.choice(["Inland", "Coastal"])) for c, n in plazas]
    )
    con.execute(
        'CREATE TABLE "TollReceipts"("ReceiptNo" VARCHAR, "PlazaCode" VARCHAR, "StreetName" VARCHAR, '
        '"PayMethod" VARCHAR, "AmountPaid" DECIMAL(8, 2), "PaidOn" DATE)'
    )
    rows = []
    for k in range(1, 301):
        rows.append(
            (
                f"R-{5000 + k}",
                rnd.choice(plazas)[0],
                rnd.choice(["Harrow Road", "Kiln Street", "Tanner Way"]),
                rnd.choice(["Cash", "Tag"]),
                round(rnd.uniform(2, 40), 2),
                dt.date(2031, 1, 1) + dt.timedelta(days=rnd.randint(0, 364)),
            )
        )
    con.executemany('INSERT INTO "TollReceipts" VALUES (?, ?, ?, ?, ?, ?)', rows)
    return con
