"""Two catalogs of hourly sensor logs, written for the tests of keys declared once, units in names and codes in comments
(neither the demo nor an eval catalog): a brewery in snake_case (tanks by a text tag in halls; an hourly tank log and a
pump log keyed by tank tags the catalog does not declare; cleanings declared against the tank) and a camelCase fleet
(vehicles by their VIN at depots; telemetry and charging logs keyed by VINs the catalog does not declare; services
declared against the vehicle)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_HALLS = [(1, "North Hall"), (2, "South Hall"), (3, "Cellar")]
_TANKS = [("TK-A1", 1, "L", 2.0), ("TK-A2", 1, "A", 12.0), ("TK-B1", 2, "L", 1.0), ("TK-B2", 2, "S", 14.0),
          ("TK-C1", 3, "A", 11.0), ("TK-C2", 3, "S", 13.0)]  # fmt: skip
_START = dt.datetime(2024, 11, 20)


def brewery() -> duckdb.DuckDBPyConnection:
    """Halls and their electricity meters; tanks by tag in a hall with a coded beer kind, a target temperature and a
    capacity in cubic metres; cleanings (detergent in percent) and quality checks (alcohol in percent) declared against
    the tank, some cleanings still running; an hourly tank log (temperature, pressure, seconds the lid stood open, fill
    level in percent) and an hourly pump log (energy used, peak power) keyed by tank tags the catalog does not declare.
    TK-C2 never logs a reading."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE halls(hall_id INTEGER PRIMARY KEY, hall_name VARCHAR)")
    con.executemany("INSERT INTO halls VALUES (?, ?)", _HALLS)
    con.execute(
        "CREATE TABLE tanks(tank_tag VARCHAR PRIMARY KEY, hall_id INTEGER REFERENCES halls(hall_id), "
        "tank_kind VARCHAR, target_c DOUBLE, capacity_m3 INTEGER)"
    )
    con.execute("COMMENT ON COLUMN tanks.tank_kind IS 'L = lager, A = ale, S = stout'")
    con.execute("COMMENT ON COLUMN tanks.target_c IS 'target temperature of the beer in degrees Celsius'")
    con.executemany("INSERT INTO tanks VALUES (?, ?, ?, ?, ?)", [(*t, 40 + 10 * k) for k, t in enumerate(_TANKS)])
    con.execute("CREATE TABLE meters(meter_tag VARCHAR PRIMARY KEY, hall_id INTEGER REFERENCES halls(hall_id))")
    con.executemany("INSERT INTO meters VALUES (?, ?)", [("M-1", 1), ("M-2", 2), ("M-3", 3), ("M-4", 3)])
    con.execute(
        "CREATE TABLE cleanings(cleaning_id INTEGER PRIMARY KEY, tank_tag VARCHAR REFERENCES tanks(tank_tag), "
        "started_at TIMESTAMP, finished_at TIMESTAMP, detergent_pct DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN cleanings.detergent_pct IS 'detergent strength in percent'")
    con.execute("COMMENT ON COLUMN cleanings.finished_at IS 'NULL while the cleaning is still running'")
    cleanings: list[tuple[Any, ...]] = []
    for k in range(1, 41):
        start = _START + dt.timedelta(hours=rnd.randrange(24 * 30))
        end = None if k % 7 == 0 else start + dt.timedelta(minutes=rnd.randrange(30, 300))
        cleanings.append((k, rnd.choice(_TANKS)[0], start, end, round(rnd.uniform(1, 4), 1)))
    con.executemany("INSERT INTO cleanings VALUES (?, ?, ?, ?, ?)", cleanings)
    con.execute(
        "CREATE TABLE quality_checks(check_id INTEGER PRIMARY KEY, tank_tag VARCHAR REFERENCES tanks(tank_tag), "
        "checked_on DATE, passed BOOLEAN, abv_pct DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN quality_checks.abv_pct IS 'alcohol by volume, in percent'")
    checks = [
        (k, _TANKS[k % 5][0], (_START + dt.timedelta(days=k % 30)).date(), k % 4 > 0, round(rnd.uniform(4, 7), 2))
        for k in range(1, 61)
    ]
    con.executemany("INSERT INTO quality_checks VALUES (?, ?, ?, ?, ?)", checks)
    con.execute(
        "CREATE TABLE tank_log(logged_at TIMESTAMP, tank_tag VARCHAR, temp_c DOUBLE, pressure_bar DOUBLE, "
        "lid_open_s INTEGER, fill_pct DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN tank_log.temp_c IS 'beer temperature in degrees Celsius'")
    con.execute("COMMENT ON COLUMN tank_log.lid_open_s IS 'seconds the lid stood open during the hour'")
    con.execute("COMMENT ON COLUMN tank_log.fill_pct IS 'fill level in percent'")
    logs: list[tuple[Any, ...]] = []
    for h in range(24 * 30):
        at = _START + dt.timedelta(hours=h)
        for tag, _, _, target in _TANKS[:-1]:
            temp = None if rnd.random() < 0.02 else round(target + rnd.gauss(0, 1.5), 2)
            lid = rnd.choice([0, 0, 0, rnd.randrange(1, 900)])
            logs.append((at, tag, temp, round(rnd.uniform(0.8, 2.2), 3), lid, round(rnd.uniform(5, 95), 1)))
    con.executemany("INSERT INTO tank_log VALUES (?, ?, ?, ?, ?, ?)", logs)
    con.execute("CREATE TABLE pump_log(logged_at TIMESTAMP, feed_tag VARCHAR, power_kwh DOUBLE, peak_kw DOUBLE)")
    con.execute("COMMENT ON COLUMN pump_log.power_kwh IS 'energy the pump used during the hour, kWh'")
    pumps = [
        (_START + dt.timedelta(hours=h), tag, round(rnd.uniform(0.5, 4.0), 3), round(rnd.uniform(2, 9), 2))
        for h in range(24 * 30)
        for tag in ("TK-A1", "TK-B1", "TK-C1")
    ]
    con.executemany("INSERT INTO pump_log VALUES (?, ?, ?, ?)", pumps)
    return con


_DEPOTS = [(1, "Harbour"), (2, "Airport"), (3, "Ring Road"), (4, "Old Town")]


def water_board() -> duckdb.DuckDBPyConnection:
    """Districts; water meters by number in a district; quarterly readings declared against the meter with the volume
    used in cubic metres; leak repairs on a meter with the water lost in percent; reservoirs of a district with their capacity."""
    con = duckdb.connect()
    rnd = random.Random(55)
    con.execute("CREATE TABLE districts(district_id INTEGER PRIMARY KEY, district_name VARCHAR)")
    con.executemany("INSERT INTO districts VALUES (?, ?)", [(1, "Upper Vale"), (2, "Lowmoor"), (3, "Kingsmead")])
    con.execute(
        "CREATE TABLE meters(meter_no VARCHAR PRIMARY KEY, district_id INTEGER REFERENCES districts(district_id), "
        "fitted_on DATE)"
    )
    meters = [(f"WM{k:04d}", 1 + k % 3, dt.date(2015, 1, 1) + dt.timedelta(days=40 * k)) for k in range(1, 41)]
    con.executemany("INSERT INTO meters VALUES (?, ?, ?)", meters)
    con.execute("CREATE TABLE readings(meter_no VARCHAR REFERENCES meters(meter_no), read_on DATE, volume_m3 DOUBLE)")
    con.executemany(
        "INSERT INTO readings VALUES (?, ?, ?)",
        [(m[0], dt.date(2024, 3 * q + 1, 1), round(rnd.uniform(10, 90), 1)) for m in meters for q in range(4)],
    )
    con.execute(
        "CREATE TABLE leak_repairs(repair_id INTEGER PRIMARY KEY, meter_no VARCHAR REFERENCES meters(meter_no), "
        "repaired_on DATE, loss_pct DOUBLE)"
    )
    con.execute("COMMENT ON COLUMN leak_repairs.loss_pct IS 'water lost before the repair, in percent'")
    con.executemany(
        "INSERT INTO leak_repairs VALUES (?, ?, ?, ?)",
        [(k, meters[k % 40][0], dt.date(2024, 1 + k % 12, 1), round(rnd.uniform(0, 30), 1)) for k in range(1, 31)],
    )
    con.execute(
        "CREATE TABLE reservoirs(reservoir_id INTEGER PRIMARY KEY, district_id INTEGER REFERENCES "
        "districts(district_id), reservoir_name VARCHAR, capacity_m3 INTEGER)"
    )
    con.executemany(
        "INSERT INTO reservoirs VALUES (?, ?, ?, ?)",
        [(k, 1 + k % 3, f"Reservoir {k}", 1000 * rnd.randint(20, 90)) for k in range(1, 10)],
    )
    return con


def fleet() -> duckdb.DuckDBPyConnection:
    """Depots; vehicles by VIN at a depot with a coded body style and a battery's temperature limit; services declared against the vehicle, some still
    open; hourly telemetry (speed, cabin temperature, seconds idling, charge in percent) and charging sessions (energy charged, peak power)
    keyed by VINs the catalog does not declare, the charger's under another role's name. Old Town has no vehicle, and
    one vehicle never sends telemetry."""
    con = duckdb.connect()
    rnd = random.Random(34)
    con.execute('CREATE TABLE "Depots"("depotId" INTEGER PRIMARY KEY, "depotName" VARCHAR)')
    con.executemany('INSERT INTO "Depots" VALUES (?, ?)', _DEPOTS)
    con.execute(
        'CREATE TABLE "Vehicles"("vehicleVin" VARCHAR PRIMARY KEY, "depotId" INTEGER REFERENCES "Depots"("depotId"), '
        '"bodyStyle" VARCHAR, "batteryKwh" DOUBLE, "battLimitC" DOUBLE)'
    )
    con.execute('COMMENT ON COLUMN "Vehicles"."bodyStyle" IS \'V = van, T = truck, C = car\'')
    con.execute('COMMENT ON COLUMN "Vehicles"."battLimitC" IS \'highest battery temperature allowed, degrees Celsius\'')
    vins = [f"5YJ3E1EA{k:09X}" for k in range(101, 113)]
    con.executemany(
        'INSERT INTO "Vehicles" VALUES (?, ?, ?, ?, ?)',
        [(v, 1 + k % 3, "VTC"[k % 3], 60.0 + 5 * k, 45.0 + k % 4) for k, v in enumerate(vins)],
    )
    con.execute(
        'CREATE TABLE "Services"("serviceId" INTEGER PRIMARY KEY, "vehicleVin" VARCHAR REFERENCES '
        '"Vehicles"("vehicleVin"), "openedAt" TIMESTAMP, "closedAt" TIMESTAMP)'
    )
    con.execute('COMMENT ON COLUMN "Services"."closedAt" IS \'NULL while the service is still open\'')
    services: list[tuple[Any, ...]] = []
    for k in range(1, 31):
        start = _START + dt.timedelta(hours=rnd.randrange(24 * 30))
        services.append((k, rnd.choice(vins), start, None if k % 5 == 0 else start + dt.timedelta(hours=20)))
    con.executemany('INSERT INTO "Services" VALUES (?, ?, ?, ?)', services)
    con.execute(
        'CREATE TABLE "Telemetry"("recordedAt" TIMESTAMP, "vehicleVin" VARCHAR, "speedKmh" DOUBLE, '
        '"cabinTempC" DOUBLE, "idleS" INTEGER, "socPct" DOUBLE)'
    )
    con.execute('COMMENT ON COLUMN "Telemetry"."cabinTempC" IS \'cabin air temperature, degrees Celsius\'')
    con.execute('COMMENT ON COLUMN "Telemetry"."socPct" IS \'battery state of charge in percent\'')
    rows: list[tuple[Any, ...]] = []
    for h in range(24 * 20):
        at = _START + dt.timedelta(hours=h)
        for v in vins[:-1]:
            speed, cabin = round(rnd.uniform(0, 90), 1), round(rnd.uniform(15, 28), 1)
            rows.append((at, v, speed, cabin, rnd.randrange(0, 1200), round(rnd.uniform(10, 100), 1)))
    con.executemany('INSERT INTO "Telemetry" VALUES (?, ?, ?, ?, ?, ?)', rows)
    con.execute(
        'CREATE TABLE "ChargeLog"("chargedAt" TIMESTAMP, "chargerVin" VARCHAR, "chargedKwh" DOUBLE, "peakKw" DOUBLE)'
    )
    con.execute('COMMENT ON COLUMN "ChargeLog"."chargerVin" IS \'VIN of the vehicle on the charger\'')
    charges = [
        (_START + dt.timedelta(hours=rnd.randrange(24 * 30)), rnd.choice(vins), round(rnd.uniform(5, 60), 2),
         round(rnd.uniform(7, 150), 1))
        for _ in range(400)
    ]  # fmt: skip
    con.executemany('INSERT INTO "ChargeLog" VALUES (?, ?, ?, ?)', charges)
    return con
