"""Two catalogs written for the tests of answers in the unit asked, durations between two dates, hourly readings,
acronym column names and cost as quantity times rate (neither the demo nor an eval catalog): a snake_case cycle hire
scheme with declared keys (rides with a start and an end and no duration column, charging sessions metered in kWh at a
price per kWh and timed in seconds, a station's weather log with abbreviated columns a comment explains) and a
PascalCase field-service firm without declared keys (work orders raised and closed, parts weighed in grams, technicians'
timesheets in hours at an hourly rate, a device log whose abbreviated columns no comment explains)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_START = dt.datetime(2025, 1, 6)


def cycle_hire() -> duckdb.DuckDBPyConnection:
    """Stations; rides from a station (started_at, ended_at, rider type); charging sessions of e-bikes at a station
    (energy in kWh, tariff per kWh, length in seconds, bytes of telemetry uploaded); weather readings every hour at a
    station (temp, rh and rssi, explained by comments)."""
    con = duckdb.connect()
    rnd = random.Random(21)
    con.execute("CREATE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR)")
    con.executemany("INSERT INTO stations VALUES (?, ?)", [(1, "Quayside"), (2, "Parkgate"), (3, "Millbank")])
    con.execute(
        "CREATE TABLE rides(ride_id INTEGER PRIMARY KEY, station_id INTEGER REFERENCES stations(station_id), "
        "started_at TIMESTAMP, ended_at TIMESTAMP, rider_type VARCHAR)"
    )
    rides: list[tuple[Any, ...]] = []
    for k in range(1, 241):
        start = _START + dt.timedelta(minutes=rnd.randrange(60 * 24 * 80))
        minutes = rnd.choice([rnd.randrange(4, 110), rnd.randrange(130, 400)])
        rides.append((k, 1 + k % 3, start, start + dt.timedelta(minutes=minutes), rnd.choice(["member", "casual"])))
    con.executemany("INSERT INTO rides VALUES (?, ?, ?, ?, ?)", rides)
    con.execute(
        "CREATE TABLE charging_sessions(session_id INTEGER PRIMARY KEY, "
        "station_id INTEGER REFERENCES stations(station_id), plugged_at TIMESTAMP, kwh DOUBLE, rate_per_kwh DOUBLE, "
        "duration_s INTEGER, telemetry_bytes BIGINT)"
    )
    sessions = [
        (
            k,
            1 + k % 3,
            _START + dt.timedelta(minutes=rnd.randrange(60 * 24 * 80)),
            round(rnd.uniform(0.2, 1.6), 2),
            rnd.choice([0.22, 0.31, 0.4]),
            rnd.randrange(900, 14000),
            rnd.randrange(50_000, 900_000_000),
        )
        for k in range(1, 181)
    ]
    con.executemany("INSERT INTO charging_sessions VALUES (?, ?, ?, ?, ?, ?, ?)", sessions)
    con.execute(
        "CREATE TABLE weather_readings(reading_id INTEGER PRIMARY KEY, "
        "station_id INTEGER REFERENCES stations(station_id), read_at TIMESTAMP, temp DOUBLE, rh DOUBLE, rssi INTEGER)"
    )
    con.execute("COMMENT ON COLUMN weather_readings.temp IS 'air temperature, degrees Celsius'")
    con.execute("COMMENT ON COLUMN weather_readings.rh IS 'relative humidity, percent'")
    con.execute("COMMENT ON COLUMN weather_readings.rssi IS 'received signal strength indicator of the logger, dBm'")
    weather = [
        (
            k,
            1 + k % 3,
            _START + dt.timedelta(hours=k // 3),
            round(rnd.uniform(-2, 24), 1),
            round(rnd.uniform(35, 98), 1),
            rnd.randrange(-95, -45),
        )
        for k in range(1, 721)
    ]
    con.executemany("INSERT INTO weather_readings VALUES (?, ?, ?, ?, ?, ?)", weather)
    return con


def field_service() -> duckdb.DuckDBPyConnection:
    """Technicians; work orders a technician takes (RaisedOn, ClosedOn, a priority); parts fitted on a work order
    (WeightGrams); timesheets (Hours at an HourlyRate); a device log every 30 minutes (Temp, Hum, RSSI) with no
    comment. No key is declared."""
    con = duckdb.connect()
    rnd = random.Random(34)
    con.execute('CREATE TABLE "Technicians"("TechnicianId" INTEGER, "TechnicianName" VARCHAR, "Region" VARCHAR)')
    techs = [(1, "Ines Ford", "North"), (2, "Omar Hale", "South"), (3, "Yuki Bram", "North"), (4, "Lea Stott", "West")]
    con.executemany('INSERT INTO "Technicians" VALUES (?, ?, ?)', techs)
    con.execute(
        'CREATE TABLE "WorkOrders"("WorkOrderId" INTEGER, "TechnicianId" INTEGER, "RaisedOn" TIMESTAMP, '
        '"ClosedOn" TIMESTAMP, "Priority" VARCHAR)'
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 201):
        raised = _START + dt.timedelta(hours=rnd.randrange(24 * 150))
        hours = rnd.choice([rnd.randrange(2, 40), rnd.randrange(60, 24 * 14)])
        orders.append((k, 1 + k % 4, raised, raised + dt.timedelta(hours=hours), rnd.choice(["High", "Normal"])))
    con.executemany('INSERT INTO "WorkOrders" VALUES (?, ?, ?, ?, ?)', orders)
    con.execute(
        'CREATE TABLE "Parts"("PartId" INTEGER, "WorkOrderId" INTEGER, "PartName" VARCHAR, "WeightGrams" INTEGER)'
    )
    parts = [(k, 1 + k % 200, f"Part {k % 17}", rnd.randrange(40, 6000)) for k in range(1, 401)]
    con.executemany('INSERT INTO "Parts" VALUES (?, ?, ?, ?)', parts)
    con.execute(
        'CREATE TABLE "Timesheets"("TimesheetId" INTEGER, "TechnicianId" INTEGER, "WorkDate" DATE, "Hours" DOUBLE, '
        '"HourlyRate" DOUBLE)'
    )
    rates = {1: 38.0, 2: 42.5, 3: 35.0, 4: 47.0}
    sheets = [
        (k, 1 + k % 4, (_START + dt.timedelta(days=k % 120)).date(), rnd.choice([3.5, 6.0, 7.5, 8.0]), rates[1 + k % 4])
        for k in range(1, 301)
    ]
    con.executemany('INSERT INTO "Timesheets" VALUES (?, ?, ?, ?, ?)', sheets)
    con.execute(
        'CREATE TABLE "DeviceLog"("LogId" INTEGER, "TechnicianId" INTEGER, "LoggedAt" TIMESTAMP, "Temp" DOUBLE, '
        '"Hum" DOUBLE, "RSSI" INTEGER)'
    )
    log = [
        (
            k,
            1 + k % 4,
            _START + dt.timedelta(minutes=30 * k),
            round(rnd.uniform(12, 31), 1),
            round(rnd.uniform(20, 80), 1),
            rnd.randrange(-100, -40),
        )
        for k in range(1, 601)
    ]
    con.executemany('INSERT INTO "DeviceLog" VALUES (?, ?, ?, ?, ?, ?)', log)
    return con
