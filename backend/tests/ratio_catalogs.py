"""Two catalogs written for the tests of measures that are ratios of other measures and of shares of parents that have
something (neither is the demo nor an eval catalog): a farm contractor's job book in prefixed snake_case with declared
keys, figures stored in units named at the end of their columns (hours, litres, kilograms, miles), and a canal-boat
hire desk in camelCase with no declared keys, figures in metres, kilograms and nights."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def contractor() -> duckdb.DuckDBPyConnection:
    """Farms in regions, machines of a few kinds, jobs done by a machine for a farm (a fee, the hours run, the fuel
    burnt in litres, the load hauled in kilograms, the road miles, the bales made, road tolls paid), and breakdowns during some jobs."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute("CREATE TABLE frm_farm(frm_id INTEGER PRIMARY KEY, frm_name VARCHAR, frm_region VARCHAR)")
    regions = ["Fenland", "Wolds", "Marches", "Downs"]
    con.executemany(
        "INSERT INTO frm_farm VALUES (?, ?, ?)", [(i, f"Farm {i:02d}", regions[i % 4]) for i in range(1, 41)]
    )
    con.execute("CREATE TABLE mch_machine(mch_id INTEGER PRIMARY KEY, mch_name VARCHAR, mch_kind VARCHAR)")
    kinds = ["Combine", "Baler", "Sprayer"]
    con.executemany(
        "INSERT INTO mch_machine VALUES (?, ?, ?)", [(i, f"Unit {i:02d}", kinds[i % 3]) for i in range(1, 13)]
    )
    con.execute(
        "CREATE TABLE job_book(job_id INTEGER PRIMARY KEY, frm_id INTEGER REFERENCES frm_farm(frm_id), "
        "mch_id INTEGER REFERENCES mch_machine(mch_id), job_date DATE, svc_level VARCHAR, fee_amt DECIMAL(9,2), "
        "run_hrs DOUBLE, fuel_l DOUBLE, load_kg DOUBLE, road_mi DOUBLE, bales INTEGER, "
        "toll_amt DECIMAL(8,2))"
    )
    jobs: list[tuple[Any, ...]] = []
    for k in range(1, 1201):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        jobs.append(
            (k, rnd.randint(1, 40), rnd.randint(1, 12), day, rnd.choice(["Standard", "Priority"]),
             round(rnd.uniform(80, 2400), 2), round(rnd.uniform(0.5, 14), 1), round(rnd.uniform(5, 400), 1),
             round(rnd.uniform(200, 30000), 0), round(rnd.uniform(1, 60), 1), rnd.randint(1, 18),
             rnd.choice([0, 0, 0, 25, 50, 120]))
        )  # fmt: skip
    con.executemany("INSERT INTO job_book VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", jobs)
    con.execute(
        "CREATE TABLE brk_breakdown(brk_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES job_book(job_id), "
        "brk_cause VARCHAR, repair_amt DECIMAL(8,2))"
    )
    hit = sorted(rnd.sample(range(1, 1201), 260))
    rows = [(i + 1, j, rnd.choice(["Hydraulics", "Tyre", "Engine"]), round(rnd.uniform(20, 900), 2)) for i, j in
            enumerate(hit + hit[:40])]  # fmt: skip
    con.executemany("INSERT INTO brk_breakdown VALUES (?, ?, ?, ?)", rows)
    return con


def boat_hire() -> duckdb.DuckDBPyConnection:
    """Boats of a few classes at bases, and hires of a boat (a fee, a tip, nights aboard, fuel used in kilograms, the
    cruise length in metres, the engine's hours, a payment method), complaints about some hires; keys shared by name only."""
    con = duckdb.connect()
    rnd = random.Random(47)
    con.execute('CREATE TABLE "Boats"("boatId" INTEGER, "boatName" VARCHAR, "boatClass" VARCHAR, "homeBase" VARCHAR)')
    classes = ["Narrowboat", "Cruiser", "Widebeam"]
    bases = ["Lockside", "Millpond", "Wharfend"]
    con.executemany(
        'INSERT INTO "Boats" VALUES (?, ?, ?, ?)',
        [(i, f"Boat {i:02d}", classes[i % 3], rnd.choice(bases)) for i in range(1, 31)],
    )
    con.execute(
        'CREATE TABLE "Hires"("hireId" INTEGER, "boatId" INTEGER, "startDate" DATE, "hireFee" DOUBLE, '
        '"tipAmount" DOUBLE, nights INTEGER, "fuelKg" DOUBLE, "cruiseMetres" DOUBLE, "engineHours" DOUBLE, '
        '"paymentMethod" VARCHAR)'
    )
    hires: list[tuple[Any, ...]] = []
    for k in range(1, 901):
        day = dt.date(2022, 4, 1) + dt.timedelta(days=rnd.randrange(800))
        fee = round(rnd.uniform(150, 2200), 2)
        hires.append(
            (k, rnd.randint(1, 30), day, fee, round(fee * rnd.uniform(0, 0.2), 2), rnd.randint(2, 14),
             round(rnd.uniform(3, 90), 1), round(rnd.uniform(4000, 160000), 0), round(rnd.uniform(3, 70), 1),
             rnd.choice(["Card", "Cash", "Voucher"]))
        )  # fmt: skip
    con.executemany('INSERT INTO "Hires" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', hires)
    con.execute('CREATE TABLE "Complaints"("complaintId" INTEGER, "hireId" INTEGER, "complaintTopic" VARCHAR)')
    hit = sorted(rnd.sample(range(1, 901), 150))
    con.executemany(
        'INSERT INTO "Complaints" VALUES (?, ?, ?)',
        [(i + 1, h, rnd.choice(["Cleanliness", "Engine", "Handover"])) for i, h in enumerate(hit + hit[:25])],
    )
    return con
