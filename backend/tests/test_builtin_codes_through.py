"""A group reached through another table shows the code people write beside its name: "scans per depot" over a log of
parcel scans, the parcels pointing at their depot by a written code ('NRT'), is each depot's name with the code the
parcels carry, as a group one step away already shows its code. On two catalogs written here: a snake_case parcel
depot with declared keys and a PascalCase market hall whose keys are implied by their names."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def parcel_depots() -> duckdb.DuckDBPyConnection:
    """4 depots known by a three-letter code, 90 parcels, 300 scans of those parcels."""
    con = duckdb.connect()
    rnd = random.Random(81)
    con.execute("CREATE TABLE depots(depot_code VARCHAR PRIMARY KEY, depot_name VARCHAR, opened_on DATE)")
    con.execute(
        "CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, depot_code VARCHAR REFERENCES depots(depot_code), "
        "weight_kg DOUBLE)"
    )
    con.execute(
        "CREATE TABLE parcel_scans(scan_id INTEGER PRIMARY KEY, parcel_id INTEGER REFERENCES parcels(parcel_id), "
        "scanned_at TIMESTAMP, scan_kind VARCHAR)"
    )
    depots = [("NRT", "Northfield", dt.date(2020, 1, 1)), ("STH", "Southmoor", dt.date(2021, 3, 1)),
              ("EST", "Eastbrook", dt.date(2019, 5, 1)), ("WST", "Westvale", dt.date(2022, 7, 1))]  # fmt: skip
    con.executemany("INSERT INTO depots VALUES (?, ?, ?)", depots)
    con.executemany(
        "INSERT INTO parcels VALUES (?, ?, ?)",
        [(p, rnd.choice(depots)[0], round(rnd.uniform(0.2, 30), 1)) for p in range(1, 91)],
    )
    scans = [
        (s, rnd.randint(1, 90), dt.datetime(2031, 1, 1) + dt.timedelta(hours=rnd.randint(0, 8000)),
         rnd.choice(["Arrived", "Sorted", "Loaded"]))
        for s in range(1, 301)
    ]  # fmt: skip
    con.executemany("INSERT INTO parcel_scans VALUES (?, ?, ?, ?)", scans)
    return con


def market_hall() -> duckdb.DuckDBPyConnection:
    """5 Stalls known by a code, 20 Traders at those stalls, 400 Sales by the traders; no keys declared."""
    con = duckdb.connect()
    rnd = random.Random(82)
    con.execute('CREATE TABLE "Stalls"("StallCode" VARCHAR, "StallName" VARCHAR, "Aisle" INTEGER)')
    con.execute('CREATE TABLE "Traders"("TraderId" INTEGER, "StallCode" VARCHAR, "TraderName" VARCHAR)')
    con.execute('CREATE TABLE "Sales"("SaleId" INTEGER, "TraderId" INTEGER, "SoldAt" TIMESTAMP, "Amount" DOUBLE)')
    stalls = [("FV", "Fruit and Veg", 1), ("BK", "Bakery", 1), ("FS", "Fishmonger", 2), ("CH", "Cheese", 2),
              ("FL", "Florist", 3)]  # fmt: skip
    con.executemany('INSERT INTO "Stalls" VALUES (?, ?, ?)', stalls)
    names = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Finn", "Gus", "Hana", "Ivo", "Jun", "Kit", "Lior", "Mira", "Ned",
             "Oona", "Pim", "Quin", "Rhea", "Sol", "Tova"]  # fmt: skip
    con.executemany(
        'INSERT INTO "Traders" VALUES (?, ?, ?)', [(t, rnd.choice(stalls)[0], names[t - 1]) for t in range(1, 21)]
    )
    sales = [
        (s, rnd.randint(1, 20), dt.datetime(2031, 2, 1) + dt.timedelta(minutes=rnd.randint(0, 90000)),
         round(rnd.uniform(2, 60), 2))
        for s in range(1, 401)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Sales" VALUES (?, ?, ?, ?)', sales)
    return con


depot = catalog_fixture(parcel_depots)
hall = catalog_fixture(market_hall)


def test_a_group_two_steps_away_shows_its_code(depot: Db, hall: Db) -> None:
    same(
        depot,
        "number of scans per depot",
        """SELECT d.depot_name, p.depot_code, COUNT(*) FROM parcel_scans s JOIN parcels p USING (parcel_id)
           JOIN depots d USING (depot_code) GROUP BY 1, 2""",
    )
    same(
        hall,
        "total sales amount by stall",
        """SELECT st."StallName", t."StallCode", SUM(s."Amount") FROM "Sales" s JOIN "Traders" t USING ("TraderId")
           JOIN "Stalls" st USING ("StallCode") GROUP BY 1, 2""",
    )


def test_which_groups_have_the_most(depot: Db) -> None:
    same(
        depot,
        "which depots have the most Loaded scans?",
        """SELECT d.depot_name, p.depot_code, COUNT(*) FROM parcel_scans s JOIN parcels p USING (parcel_id)
           JOIN depots d USING (depot_code) WHERE s.scan_kind = 'Loaded' GROUP BY 1, 2""",
    )
