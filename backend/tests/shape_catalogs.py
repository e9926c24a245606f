"""Two catalogs of records and the things they point at, written for the analyst's listing and anti-join tests
(neither the demo nor an eval catalog): a snake_case repair shop (workshops, fault codes and repair jobs, with a
squashed table of service visits) and a PascalCase parcel depot (depots, damage types, parcels, a squashed table of
audits and sensor readings)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def repairs() -> duckdb.DuckDBPyConnection:
    """Workshops; fault codes, two never diagnosed, each with a guide; staff by role (one apprentice never sent out);
    service visits numbered, each at a workshop (one workshop has none) by a member of staff, with a fault, a state
    (rarely 'No Show'), an urgency, a street, a cost and the time it was reported."""
    con = duckdb.connect()
    rnd = random.Random(51)
    con.execute("CREATE TABLE workshops(workshop_id INTEGER PRIMARY KEY, workshop_name VARCHAR, town VARCHAR)")
    towns = ["Leeds", "York", "Hull", "Ripon", "Selby"]
    con.executemany("INSERT INTO workshops VALUES (?, ?, ?)", [(i, f"Bay {i}", towns[i - 1]) for i in range(1, 6)])
    con.execute("CREATE TABLE fault_codes(fault_code VARCHAR PRIMARY KEY, fault_text VARCHAR)")
    faults = [("F10", "Brake wear"), ("F20", "Battery flat"), ("F30", "Oil leak"), ("F40", "Gearbox noise"),
              ("F50", "Cracked mirror"), ("F60", "Seat belt jam")]  # fmt: skip
    con.executemany("INSERT INTO fault_codes VALUES (?, ?)", faults)
    con.execute(
        "CREATE TABLE fault_guides(guide_id INTEGER PRIMARY KEY, fault_code VARCHAR REFERENCES fault_codes(fault_code), "
        "guide_title VARCHAR)"
    )
    con.executemany("INSERT INTO fault_guides VALUES (?, ?, ?)", [(i, f"F{i}0", f"Guide {i}") for i in range(1, 7)])
    con.execute("CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, staff_name VARCHAR, staff_role VARCHAR)")
    roles = ["mechanic"] * 5 + ["apprentice"] * 3 + ["clerk"] * 2
    con.executemany("INSERT INTO staff VALUES (?, ?, ?)", [(i, f"Worker {i}", r) for i, r in enumerate(roles, 1)])
    con.execute(
        "CREATE TABLE servicevisits(visit_no INTEGER PRIMARY KEY, workshop_id INTEGER REFERENCES "
        "workshops(workshop_id), fault_code VARCHAR REFERENCES fault_codes(fault_code), mechanic_id INTEGER "
        "REFERENCES staff(staff_id), visit_state VARCHAR, urgency VARCHAR, street VARCHAR, labour_cost DOUBLE, "
        "reported_at TIMESTAMP)"
    )
    streets = [f"{n} Road" for n in ("Mill", "Park", "Church", "Station", "High", "Bridge", "Manor", "Hill")]
    visits = []
    for k in range(1, 301):
        when = dt.datetime(2024, 1, 1, 8) + dt.timedelta(hours=rnd.randrange(12000))
        shop = rnd.randint(1, 4)
        state = "No Show" if shop == 1 and k % 9 == 0 else rnd.choice(["open", "closed", "closed", "diagnosed"])
        visits.append((1000 + k, shop, rnd.choice(["F10", "F20", "F30", "F40"]), rnd.choice([1, 2, 3, 6, 7]),
                       state, rnd.choice(["high", "low", "normal"]),
                       rnd.choice(streets), round(rnd.uniform(40, 900), 2), when))  # fmt: skip
    con.executemany("INSERT INTO servicevisits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", visits)
    return con


def depot() -> duckdb.DuckDBPyConnection:
    """Depots; couriers; damage types, one never recorded, each with a refund policy; parcels with a tracking number
    (one depot holds none), a courier (two never dispatched), a kind, a state, an outcome ('Registered' until
    delivered, rarely 'No Answer') and a weight; audits of three depots (a squashed table name); sensors of two
    kinds and their weight and image readings."""
    con = duckdb.connect()
    rnd = random.Random(53)
    con.execute('CREATE TABLE "Depot"("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR, "Region" VARCHAR)')
    names = ["Northgate", "Southmere", "Eastwick", "Westholm", "Midvale"]
    con.executemany('INSERT INTO "Depot" VALUES (?, ?, ?)', [(i, n, rnd.choice(["N", "S"])) for i, n in
                                                              enumerate(names, 1)])  # fmt: skip
    con.execute('CREATE TABLE "DamageType"("DamageCode" VARCHAR PRIMARY KEY, "DamageLabel" VARCHAR)')
    damage = [("CR", "Crushed box"), ("WT", "Water stain"), ("TR", "Torn wrapping"), ("LB", "Label missing")]
    con.executemany('INSERT INTO "DamageType" VALUES (?, ?)', damage)
    con.execute('CREATE TABLE "Courier"("CourierId" INTEGER PRIMARY KEY, "CourierName" VARCHAR)')
    con.executemany('INSERT INTO "Courier" VALUES (?, ?)', [(i, f"Rider {chr(64 + i)}") for i in range(1, 7)])
    con.execute(
        'CREATE TABLE "Parcel"("ParcelId" INTEGER PRIMARY KEY, "TrackingNo" VARCHAR, "DepotId" INTEGER REFERENCES '
        '"Depot"("DepotId"), "CourierId" INTEGER REFERENCES "Courier"("CourierId"), "DamageCode" VARCHAR REFERENCES "DamageType"("DamageCode"), "ParcelKind" VARCHAR, '
        '"IsDelivered" BOOLEAN, "Service" VARCHAR, "Outcome" VARCHAR, "WeightKg" DOUBLE, "ReceivedAt" TIMESTAMP)'
    )
    parcels = []
    for k in range(1, 401):
        when = dt.datetime(2024, 3, 1, 6) + dt.timedelta(minutes=rnd.randrange(400000))
        parcels.append((k, f"{700000 + k * 7}", rnd.randint(1, 4), rnd.randint(1, 4), rnd.choice(["CR", "WT", "TR", None, None, None]),
                        rnd.choice(["Box", "Envelope", "Tube"]), rnd.random() < 0.7, rnd.choice(["Express", "Economy"]),
                        None, round(rnd.uniform(0.2, 30), 2), when))  # fmt: skip
    for k, p in enumerate(parcels):
        outcome = "No Answer" if p[2] == 1 and k % 7 == 0 else ("Signed" if p[6] else "Registered")
        parcels[k] = (*p[:8], outcome, *p[9:])
    con.executemany('INSERT INTO "Parcel" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', parcels)
    con.execute(
        'CREATE TABLE "RefundPolicy"("PolicyId" INTEGER PRIMARY KEY, "DamageCode" VARCHAR REFERENCES '
        '"DamageType"("DamageCode"), "PayoutPct" DOUBLE)'
    )
    con.executemany('INSERT INTO "RefundPolicy" VALUES (?, ?, ?)', [(i, d[0], 50.0) for i, d in enumerate(damage, 1)])
    con.execute(
        'CREATE TABLE "Auditentry"("AuditId" INTEGER PRIMARY KEY, "DepotId" INTEGER REFERENCES "Depot"("DepotId"), '
        '"Score" INTEGER, "AuditedOn" DATE)'
    )
    audited = [(k, 1 + k % 3, rnd.randint(1, 5), dt.date(2024, 1, 1) + dt.timedelta(days=k * 9)) for k in range(30)]
    con.executemany('INSERT INTO "Auditentry" VALUES (?, ?, ?, ?)', audited)
    con.execute('CREATE TABLE "Sensor"("SensorTag" VARCHAR PRIMARY KEY, "SensorKind" VARCHAR, "Site" VARCHAR)')
    sensors = [(f"S-{i:03d}", "scale_unit" if i <= 6 else "door_camera", f"Hall {1 + i % 4}") for i in range(1, 13)]
    con.executemany('INSERT INTO "Sensor" VALUES (?, ?, ?)', sensors)
    con.execute(
        'CREATE TABLE "WeightReading"("ReadingId" INTEGER PRIMARY KEY, "SensorTag" VARCHAR REFERENCES '
        '"Sensor"("SensorTag"), "Grams" DOUBLE, "ReadAt" TIMESTAMP)'
    )
    con.execute(
        'CREATE TABLE "ImageReading"("ReadingId" INTEGER PRIMARY KEY, "SensorTag" VARCHAR REFERENCES '
        '"Sensor"("SensorTag"), "Frames" INTEGER, "ReadAt" TIMESTAMP)'
    )
    start = dt.datetime(2024, 3, 1)
    scales = [(k, f"S-{rnd.randint(1, 4):03d}", round(rnd.uniform(100, 9000), 1), start + dt.timedelta(hours=k))
              for k in range(1, 201)]  # fmt: skip
    cameras = [(k, f"S-{rnd.randint(7, 12):03d}", rnd.randint(1, 40), start + dt.timedelta(hours=k))
               for k in range(1, 201)]  # fmt: skip
    con.executemany('INSERT INTO "WeightReading" VALUES (?, ?, ?, ?)', scales)
    con.executemany('INSERT INTO "ImageReading" VALUES (?, ?, ?, ?)', cameras)
    return con
