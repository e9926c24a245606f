"""Catalogs written for the tests of keys people write (neither the demo nor an eval catalog): a snake_case freight
yard whose sites are keyed by a word of capitals ('NORTH'), with declared keys, and a PascalCase chess federation
whose clubs are keyed by a short capital code ('OXF'), without declared keys."""

from __future__ import annotations

import random

import duckdb


def freight_yard() -> duckdb.DuckDBPyConnection:
    """4 sites, 60 shipments among them, 200 pallets on the shipments."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute("CREATE TABLE sites(site_key VARCHAR PRIMARY KEY, site_name VARCHAR)")
    con.execute(
        "CREATE TABLE shipments(shipment_id INTEGER PRIMARY KEY, site_key VARCHAR REFERENCES sites(site_key), "
        "carrier VARCHAR)"
    )
    con.execute(
        "CREATE TABLE pallets(pallet_id INTEGER PRIMARY KEY, shipment_id INTEGER REFERENCES shipments(shipment_id), "
        "weight_kg DOUBLE)"
    )
    sites = [("NORTH", "Northgate Depot"), ("EAST", "Eastfield Hub"), ("QUAY", "Harbour Quay"), ("MILL", "Old Mill")]
    con.executemany("INSERT INTO sites VALUES (?, ?)", sites)
    con.executemany(
        "INSERT INTO shipments VALUES (?, ?, ?)",
        [(k, rnd.choice(sites)[0], rnd.choice(["Swift", "Atlas"])) for k in range(1, 61)],
    )
    con.executemany(
        "INSERT INTO pallets VALUES (?, ?, ?)",
        [(k, rnd.randint(1, 60), round(rnd.uniform(80, 900), 1)) for k in range(1, 201)],
    )
    return con


def chess_federation() -> duckdb.DuckDBPyConnection:
    """5 Clubs, 40 Players among them, 300 Games played by the players."""
    con = duckdb.connect()
    rnd = random.Random(42)
    con.execute('CREATE TABLE "Clubs"("ClubKey" VARCHAR, "ClubName" VARCHAR, "Town" VARCHAR)')
    con.execute('CREATE TABLE "Players"("PlayerId" INTEGER, "ClubKey" VARCHAR, "PlayerName" VARCHAR)')
    con.execute('CREATE TABLE "Games"("GameId" INTEGER, "PlayerId" INTEGER, "Moves" INTEGER)')
    clubs = [("OXF", "Oxford Knights", "Oxford"), ("CAM", "Cambridge Rooks", "Cambridge"),
             ("YRK", "York Bishops", "York"), ("BTH", "Bath Pawns", "Bath"), ("LDS", "Leeds Queens", "Leeds")]  # fmt: skip
    con.executemany('INSERT INTO "Clubs" VALUES (?, ?, ?)', clubs)
    con.executemany(
        'INSERT INTO "Players" VALUES (?, ?, ?)',
        [(k, rnd.choice(clubs)[0], f"Player {k}") for k in range(1, 41)],
    )
    con.executemany(
        'INSERT INTO "Games" VALUES (?, ?, ?)', [(k, rnd.randint(1, 40), rnd.randint(20, 90)) for k in range(1, 301)]
    )
    return con
