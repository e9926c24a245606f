"""Two catalogs written for the tests of how the analyst reads measures (neither the demo nor an eval catalog): money
charged per row beside weights and counts, two columns that add up within a row, and a daily snapshot table whose
figures are levels, not flows.

A ferry line in abbreviated snake_case with declared keys (routes with an agent's commission rate, sailings with fares, surcharges, commissions and
passengers, and a daily berth snapshot of vessels moored and fuel in stock), and a dog-grooming chain in camelCase
whose keys are implied by their names only (salons, groomers with the share of fees they keep, appointments with a grooming charge, a product fee, a
tip and the dog's weight, and a nightly kennel count)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def ferry_line() -> duckdb.DuckDBPyConnection:
    """6 routes in two regions, 900 sailings over 2023–2024 and a daily berth snapshot per port."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute(
        "CREATE TABLE route(route_id INTEGER PRIMARY KEY, route_nm VARCHAR, region VARCHAR, dist_km INTEGER, "
        "commission_pct DECIMAL(5,2))"
    )
    con.executemany(
        "INSERT INTO route VALUES (?, ?, ?, ?, ?)",
        [(i, f"Sound {i}", ["Inner", "Outer"][i % 2], 10 + 7 * i, 2.5 * i) for i in range(1, 7)],
    )
    con.execute(
        "CREATE TABLE sailing(sailing_id INTEGER PRIMARY KEY, route_id INTEGER REFERENCES route(route_id), "
        "sailed_on DATE, base_fare_amt DECIMAL(10,2), port_surcharge DECIMAL(10,2), agent_commission DECIMAL(10,2), "
        "passengers_qty INTEGER, cargo_tonnes DECIMAL(8,1), vessel_class VARCHAR)"
    )
    con.executemany(
        "INSERT INTO sailing VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                k,
                (r := rnd.randint(1, 6)),
                dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(730)),
                round(200 + 40 * r + rnd.random() * 300, 2),
                rnd.choice([0, 12.5, 25, 40]),
                round(rnd.random() * 30, 2),
                rnd.randint(20, 300),
                round(rnd.random() * 80, 1),
                rnd.choice(["Ro-Ro", "Catamaran", "Barge"]),
            )
            for k in range(1, 901)
        ],
    )
    con.execute("CREATE TABLE port(port_id INTEGER PRIMARY KEY, port_nm VARCHAR, berths INTEGER)")
    con.executemany("INSERT INTO port VALUES (?, ?, ?)", [(i, f"Harbour {c}", 4 + i) for i, c in enumerate("ABCD", 1)])
    con.execute(
        "CREATE TABLE berth_snapshot(snap_dt DATE, port_id INTEGER REFERENCES port(port_id), vessels_moored INTEGER, "
        "fuel_stock_tonnes DECIMAL(8,1))"
    )
    snaps = [
        (
            dt.date(2024, 1, 1) + dt.timedelta(days=d),
            p,
            rnd.randint(0, 3 + p),
            round(100 + 20 * p + rnd.random() * 50, 1),
        )
        for d in range(120)
        for p in range(1, 5)
    ]
    con.executemany("INSERT INTO berth_snapshot VALUES (?, ?, ?, ?)", snaps)
    return con


def grooming_chain() -> duckdb.DuckDBPyConnection:
    """3 salons, 12 groomers, 1,200 appointments over 2024 and a nightly kennel count per salon; keys by name only."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute('CREATE TABLE "Salons"("salonId" INTEGER, "salonName" VARCHAR, "town" VARCHAR)')
    con.executemany(
        'INSERT INTO "Salons" VALUES (?, ?, ?)', [(1, "Wag Street", "Lowtown"), (2, "Fluff Hall", "Midvale"),
                                                  (3, "Shampaws", "Lowtown")]
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Groomers"("groomerId" INTEGER, "groomerName" VARCHAR, "salonId" INTEGER, "feePct" DOUBLE)'
    )
    con.executemany(
        'INSERT INTO "Groomers" VALUES (?, ?, ?, ?)',
        [(g, f"Groomer {chr(64 + g)}", 1 + g % 3, 10.0 + g) for g in range(1, 13)],
    )
    con.execute(
        'CREATE TABLE "Appointments"("appointmentId" INTEGER, "groomerId" INTEGER, "bookedFor" TIMESTAMP, '
        '"groomingCharge" DOUBLE, "productFee" DOUBLE, "tipPaid" DOUBLE, "dogWeightKg" DOUBLE, "coatType" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Appointments" VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (
                k,
                (g := rnd.randint(1, 12)),
                dt.datetime(2024, 1, 1, 9) + dt.timedelta(hours=rnd.randrange(24 * 360)),
                round(30 + 2 * g + rnd.random() * 40, 2),
                rnd.choice([0.0, 5.0, 8.5]),
                rnd.choice([0.0, 0.0, 3.0, 5.0, 10.0]),
                round(3 + rnd.random() * 40, 1),
                rnd.choice(["Curly", "Wiry", "Smooth", "Double"]),
            )
            for k in range(1, 1201)
        ],
    )
    con.execute('CREATE TABLE "KennelNights"("nightOf" DATE, "salonId" INTEGER, "dogsBoarded" INTEGER)')
    con.executemany(
        'INSERT INTO "KennelNights" VALUES (?, ?, ?)',
        [
            (dt.date(2024, 3, 1) + dt.timedelta(days=d), s, rnd.randint(0, 6 + 2 * s))
            for d in range(90)
            for s in (1, 2, 3)
        ],
    )
    return con
