"""A cold-storage operator's IoT telemetry platform: hourly sensor readings with units in the column names.

Five refrigerated warehouses (a sixth, Warsaw, is planned: no zones, no devices) split into zones (freezer,
blast freezer, chiller, ambient loading bay; one-letter codes in a column comment). Every zone has a LoRaWAN
climate sensor keyed by its 16-hex-digit EUI (`device_eui`, text), every site a main energy meter. Telemetry is
one row per device per hour, stamped in UTC (`ts`), with the unit in each measure's name: `env_readings.temp_c`,
`rh_pct`, `door_open_s`, `batt_v`, `rssi_dbm`; `energy_readings.energy_kwh`, `kw_peak`. Keys are only partly
declared: devices to sites and zones and alarms to devices are; readings reach their device by EUI only
(`energy_readings.meter_eui` under another name), work orders their site and technician by name only.
`alarms` has two keys to `technicians` (`acked_by`, `cleared_by`). Patterns: freezers defrost every six
hours, doors open in working hours (busier before Christmas and in summer), loading bays warm up in summer and
energy use with them, Madrid opened in March 2025, a compressor failure in Düsseldorf in July 2024, a gateway
outage in Lyon in February 2025, battery voltage sagging until a replacement, sensors dropping offline,
alarms still active at the extract (NULL `cleared_at`), unacknowledged warnings, open work orders, a sensor
installed after the extract that never reported and a technician hired for the planned site with no alarms.
Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from scripts.eval_catalogs.common import Catalog, Row, money, weighted

SEED = 241_031
START, END = dt.datetime(2024, 1, 1), dt.datetime(2025, 9, 30, 23)

DDL = [
    """CREATE TABLE sites (
        site_id INTEGER PRIMARY KEY, site_code VARCHAR NOT NULL, site_name VARCHAR NOT NULL, city VARCHAR NOT NULL,
        country_code VARCHAR(2) NOT NULL, region VARCHAR NOT NULL, floor_area_m2 INTEGER NOT NULL,
        commissioned_on DATE, tariff_eur_kwh DOUBLE NOT NULL)""",
    """CREATE TABLE zones (
        zone_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id), zone_name VARCHAR NOT NULL,
        zone_type VARCHAR(1) NOT NULL, setpoint_c DOUBLE NOT NULL, capacity_m3 INTEGER NOT NULL)""",
    """CREATE TABLE technicians (
        tech_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, home_site_id INTEGER NOT NULL,
        shift VARCHAR(1) NOT NULL, hired_on DATE NOT NULL, hourly_rate_eur DOUBLE NOT NULL)""",
    """CREATE TABLE devices (
        device_eui VARCHAR PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
        zone_id INTEGER REFERENCES zones (zone_id), device_type VARCHAR NOT NULL, hw_model VARCHAR NOT NULL,
        fw_version VARCHAR NOT NULL, installed_on DATE NOT NULL, is_active BOOLEAN NOT NULL)""",
    """CREATE TABLE env_readings (
        ts TIMESTAMP NOT NULL, device_eui VARCHAR NOT NULL, temp_c DOUBLE, rh_pct DOUBLE, door_open_s INTEGER,
        batt_v DOUBLE NOT NULL, rssi_dbm INTEGER NOT NULL)""",
    """CREATE TABLE energy_readings (
        ts TIMESTAMP NOT NULL, meter_eui VARCHAR NOT NULL, energy_kwh DOUBLE NOT NULL, kw_peak DOUBLE NOT NULL)""",
    """CREATE TABLE alarms (
        alarm_id INTEGER PRIMARY KEY, device_eui VARCHAR NOT NULL REFERENCES devices (device_eui),
        alarm_type VARCHAR NOT NULL, severity VARCHAR(1) NOT NULL, raised_at TIMESTAMP NOT NULL, acked_at TIMESTAMP,
        acked_by INTEGER REFERENCES technicians (tech_id), cleared_at TIMESTAMP,
        cleared_by INTEGER REFERENCES technicians (tech_id), peak_temp_c DOUBLE)""",
    """CREATE TABLE work_orders (
        wo_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, device_eui VARCHAR, wo_type VARCHAR NOT NULL,
        opened_at TIMESTAMP NOT NULL, closed_at TIMESTAMP, assigned_tech_id INTEGER, labour_h DOUBLE,
        parts_eur DECIMAL(10, 2))""",
]
COMMENTS = [
    "COMMENT ON TABLE env_readings IS 'one row per climate sensor per hour (UTC); a missing hour means the sensor was offline'",
    "COMMENT ON TABLE energy_readings IS 'one row per main energy meter per hour (UTC)'",
    "COMMENT ON COLUMN zones.zone_type IS 'F = freezer, B = blast freezer, C = chiller, A = ambient loading bay'",
    "COMMENT ON COLUMN zones.setpoint_c IS 'target air temperature in degrees Celsius'",
    "COMMENT ON COLUMN technicians.shift IS 'D = day shift (06:00-18:00), N = night shift (18:00-06:00)'",
    "COMMENT ON COLUMN devices.device_eui IS 'LoRaWAN device EUI, 16 hex digits'",
    "COMMENT ON COLUMN env_readings.temp_c IS 'air temperature, degrees Celsius; NULL on a probe error'",
    "COMMENT ON COLUMN env_readings.rh_pct IS 'relative humidity in percent'",
    "COMMENT ON COLUMN env_readings.door_open_s IS 'seconds the zone door stood open during the hour'",
    "COMMENT ON COLUMN env_readings.batt_v IS 'sensor battery voltage; replaced below 3.05 V'",
    "COMMENT ON COLUMN energy_readings.meter_eui IS 'device EUI of the site main meter'",
    "COMMENT ON COLUMN energy_readings.energy_kwh IS 'energy used during the hour, kWh'",
    "COMMENT ON COLUMN energy_readings.kw_peak IS 'highest 1-minute demand during the hour, kW'",
    "COMMENT ON COLUMN alarms.severity IS 'C = critical, M = major, W = warning'",
    "COMMENT ON COLUMN alarms.alarm_type IS 'HIGH_TEMP, DOOR_OPEN, LOW_BATT or COMMS_LOST'",
    "COMMENT ON COLUMN alarms.cleared_at IS 'NULL while the alarm is still active'",
    "COMMENT ON COLUMN alarms.cleared_by IS 'NULL when the platform cleared the alarm by itself'",
    "COMMENT ON COLUMN work_orders.wo_type IS 'PM = preventive maintenance, CM = corrective repair, BAT = battery swap, CAL = probe calibration'",
    "COMMENT ON COLUMN work_orders.closed_at IS 'NULL while the work order is open'",
]

SITES = [  # id, code, name, city, country, region, m2, commissioned, tariff, zones (name, type, setpoint, m3)
    (1, "RTM", "Rotterdam Maasvlakte", "Rotterdam", "NL", "Benelux", 18_500, dt.date(2018, 6, 1), 0.19,
     [("Freezer A", "F", -22.0, 21_000), ("Freezer B", "F", -22.0, 18_500), ("Blast Freezer", "B", -35.0, 2_400),
      ("Chiller 1", "C", 2.0, 9_800), ("Chiller 2", "C", 4.0, 7_600), ("Loading Bay North", "A", 12.0, 5_200)]),
    (2, "ANR", "Antwerp Port", "Antwerp", "BE", "Benelux", 12_400, dt.date(2019, 9, 15), 0.21,
     [("Freezer A", "F", -24.0, 16_000), ("Freezer B", "F", -22.0, 11_000), ("Chiller 1", "C", 2.0, 8_200),
      ("Chiller 2", "C", 4.0, 6_400), ("Loading Bay", "A", 12.0, 4_100)]),
    (3, "DUS", "Düsseldorf Nord", "Düsseldorf", "DE", "DACH", 9_800, dt.date(2020, 3, 1), 0.24,
     [("Freezer A", "F", -22.0, 13_500), ("Blast Freezer", "B", -35.0, 1_800), ("Chiller 1", "C", 3.0, 6_900),
      ("Loading Bay", "A", 12.0, 3_300)]),
    (4, "LYS", "Lyon Saint-Exupéry", "Lyon", "FR", "France", 8_200, dt.date(2021, 5, 10), 0.17,
     [("Freezer A", "F", -22.0, 10_400), ("Chiller 1", "C", 2.0, 6_100), ("Chiller 2", "C", 5.0, 5_000),
      ("Loading Bay", "A", 12.0, 2_900)]),
    (5, "MAD", "Madrid Coslada", "Madrid", "ES", "Iberia", 10_600, dt.date(2025, 3, 3), 0.16,
     [("Freezer A", "F", -22.0, 12_800), ("Freezer B", "F", -25.0, 9_600), ("Chiller 1", "C", 2.0, 7_300),
      ("Chiller 2", "C", 4.0, 5_900), ("Loading Bay", "A", 14.0, 3_800)]),
    (6, "WAW", "Warsaw Okęcie", "Warsaw", "PL", "CEE", 9_000, None, 0.15, []),
]  # fmt: skip
TECHNICIANS = [  # name, home site, shift, hired, rate
    ("Daan de Vries", 1, "D", dt.date(2018, 5, 14), 38.5),
    ("Sanne Bakker", 1, "D", dt.date(2020, 2, 3), 36.0),
    ("Ruben Janssen", 1, "N", dt.date(2019, 9, 9), 41.0),
    ("Lotte Peeters", 2, "D", dt.date(2019, 8, 26), 37.5),
    ("Jonas Claes", 2, "N", dt.date(2021, 1, 11), 39.0),
    ("Katrin Schulz", 3, "D", dt.date(2020, 2, 17), 42.0),
    ("Tobias Wagner", 3, "N", dt.date(2022, 6, 1), 40.5),
    ("Camille Moreau", 4, "D", dt.date(2021, 4, 19), 35.0),
    ("Hugo Lefèvre", 4, "N", dt.date(2023, 10, 2), 36.5),
    ("Lucía Fernández", 5, "D", dt.date(2025, 1, 20), 31.0),
    ("Javier Ortega", 5, "N", dt.date(2025, 2, 10), 32.5),
    ("Marta Nowak", 6, "D", dt.date(2025, 9, 22), 29.0),
]
LIMITS = {"F": 5.0, "B": 8.0, "C": 3.0, "A": 13.0}  # degrees above setpoint that raise a HIGH_TEMP alarm
DOOR_TRAFFIC = {"F": 1.0, "B": 0.4, "C": 1.3, "A": 3.2}
FAILURE = (3, "Freezer A", dt.datetime(2024, 7, 16, 9), dt.datetime(2024, 7, 17, 7))  # DUS compressor trip
OUTAGE = (4, dt.datetime(2025, 2, 11, 3), dt.datetime(2025, 2, 11, 19))  # LYS gateway down
DRIFTS = [  # site, zone, start, end: a slowly failing valve or fan, degrees added per day
    (2, "Chiller 2", dt.datetime(2025, 8, 4), dt.datetime(2025, 8, 9)),  # ANR expansion valve
    (5, "Chiller 2", dt.datetime(2025, 9, 28, 14), END + dt.timedelta(hours=1)),  # MAD evaporator fan, unresolved
]


@dataclass
class Sensor:
    eui: str
    site: int
    zone: int
    zone_name: str
    kind: str
    setpoint: float
    start: dt.datetime


def _eui(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.getrandbits(40):010X}"


def _season(ts: dt.datetime) -> float:
    """-1 in mid-January, +1 in mid-July."""
    return -math.cos((ts.timetuple().tm_yday - 15) / 365.25 * 2 * math.pi)


def _activity(ts: dt.datetime) -> float:
    """Warehouse activity: working hours Monday to Saturday, busier before Christmas and in summer."""
    local = ts.hour + 1
    if ts.weekday() == 6 or not 5 <= local <= 22:
        return 0.05
    peak = 1.5 if (ts.month == 12 and ts.day < 22) or ts.month == 11 else 1.2 if ts.month in (6, 7, 8) else 1.0
    return peak * (0.6 if ts.weekday() == 5 else 1.0) * (1.3 if 7 <= local <= 15 else 0.8)


def _sites_zones_devices(rng: random.Random) -> tuple[list[Row], list[Row], list[Sensor], list[tuple[int, str]]]:
    zones: list[Row] = []
    devices: list[Row] = []
    sensors: list[Sensor] = []
    meters: list[tuple[int, str]] = []
    for site_id, _, _, _, _, _, _, commissioned, _, site_zones in SITES:
        if commissioned is None:
            continue
        start = max(START, dt.datetime.combine(commissioned, dt.time()))
        installed = max(commissioned, dt.date(2023, 9, 1) if site_id < 5 else commissioned)
        meter = _eui(rng, "24E124")
        meters.append((site_id, meter))
        devices.append((meter, site_id, None, "energy_meter", "EM400-MUD", "v1.3", installed, True))
        for name, kind, setpoint, m3 in site_zones:
            zone_id = len(zones) + 1
            zones.append((zone_id, site_id, name, kind, setpoint, m3))
            eui = _eui(rng, "A84041")
            fw = weighted(rng, ["v1.4.2", "v1.5.0", "v1.6.1"], [2, 3, 5])
            devices.append((eui, site_id, zone_id, "climate_sensor", "LHT65N", fw, installed, True))
            sensors.append(Sensor(eui, site_id, zone_id, name, kind, setpoint, start))
    # Lyon's new freezer probe, installed after the extract: on the books, never reported
    lyon_freezer = next(z[0] for z in zones if z[1] == 4 and z[2] == "Freezer A")
    devices.append(
        (_eui(rng, "A84041"), 4, lyon_freezer, "climate_sensor", "LHT65N", "v1.6.1", dt.date(2025, 10, 6), True)
    )
    # a door contact retired in 2024: kept in the register, inactive
    devices.append((_eui(rng, "A84041"), 1, 6, "door_contact", "LDS02", "v1.2.0", dt.date(2021, 3, 1), False))
    return zones, devices, sensors, meters


@dataclass
class Open:
    kind: str
    raised: dt.datetime
    severity: str
    peak: float | None = None


def _on_shift(rng: random.Random, site: int, at: dt.datetime) -> int:
    local = (at.hour + 1) % 24
    shift = "D" if 6 <= local < 18 else "N"
    staff = [i + 1 for i, t in enumerate(TECHNICIANS) if t[1] == site and t[2] == shift and t[3] <= at.date()]
    staff = staff or [i + 1 for i, t in enumerate(TECHNICIANS) if t[1] == site and t[3] <= at.date()]
    return rng.choice(staff)


def _telemetry(rng: random.Random, sensors: list[Sensor]) -> tuple[list[Row], list[Row], list[Row]]:
    """Hourly climate readings, the alarms they raised and the battery swaps they called for."""
    readings: list[Row] = []
    raised: list[tuple[Sensor, Open, dt.datetime | None]] = []
    swaps: list[tuple[Sensor, dt.datetime]] = []
    hours = int((END - START).total_seconds() // 3600) + 1
    stamps = [START + dt.timedelta(hours=h) for h in range(hours)]
    seasons = [_season(ts) for ts in stamps]
    activities = [_activity(ts) for ts in stamps]
    for s in sensors:
        batt = rng.uniform(3.35, 3.6)
        drain = rng.uniform(0.000026, 0.000042) * (1.3 if s.kind in "FB" else 1.0)
        offline_until: dt.datetime | None = None
        swap_due: dt.datetime | None = None
        temp = s.setpoint
        open_alarms: dict[str, Open] = {}
        last_seen: dt.datetime | None = None
        rssi_base = rng.randint(-105, -78)
        excursion, excursion_c = 0, 0.0
        for h, ts in enumerate(stamps):
            if ts < s.start:
                continue
            in_outage = s.site == OUTAGE[0] and OUTAGE[1] <= ts < OUTAGE[2]
            if offline_until is None and rng.random() < 0.0007:
                offline_until = ts + dt.timedelta(hours=round(rng.expovariate(1 / 9)) + 1)
            if offline_until is not None and ts >= offline_until:
                offline_until = None
            if in_outage or offline_until is not None:
                if (
                    last_seen is not None
                    and "COMMS_LOST" not in open_alarms
                    and ts - last_seen >= dt.timedelta(hours=3)
                ):
                    open_alarms["COMMS_LOST"] = Open("COMMS_LOST", ts, "M")
                continue
            if "COMMS_LOST" in open_alarms:
                raised.append((s, open_alarms.pop("COMMS_LOST"), ts))
            last_seen = ts
            activity = activities[h]
            door: int | None = 0 if s.kind != "B" else None
            if activity > 0.1 and door is not None:
                door = min(3600, round(rng.expovariate(1 / (110 * DOOR_TRAFFIC[s.kind] * activity))))
            season = seasons[h]
            if s.kind == "A":
                target = 11.0 + 6.5 * season + 2.5 * math.sin((ts.hour - 8) / 24 * 2 * math.pi) + (door or 0) / 400
                if s.site == 5:
                    target += 3.5
            else:
                target = s.setpoint + (door or 0) / (500 if s.kind == "C" else 420) + 0.4 * max(season, 0)
                if s.kind in "FB" and ts.hour % 6 == 2:
                    target += rng.uniform(2.0, 3.2)  # defrost cycle
            if s.site == FAILURE[0] and s.zone_name == FAILURE[1] and FAILURE[2] <= ts < FAILURE[3]:
                target = min(-4.0, s.setpoint + 1.1 * (ts - FAILURE[2]).total_seconds() / 3600 * 1.9)
            for site, zone, begin, end in DRIFTS:
                if s.site == site and s.zone_name == zone and begin <= ts < end:
                    target += 2.2 + 1.9 * (ts - begin).total_seconds() / 86_400
            if excursion > 0:  # a warm pallet or a door left ajar
                target += excursion_c
                excursion -= 1
            elif s.kind in "FC" and activity > 0.1 and rng.random() < 0.0009:
                excursion, excursion_c = rng.randint(1, 4), LIMITS[s.kind] + rng.uniform(0.5, 4.5)
            temp = 0.55 * temp + 0.45 * target + rng.gauss(0, 0.25)
            value: float | None = round(temp, 1)
            if rng.random() < 0.002:
                value = None
            rh = 88 - 10 * (s.kind in "FB") + rng.gauss(0, 3) if s.kind != "A" else 62 + 10 * season + rng.gauss(0, 6)
            batt -= drain * (1 + 0.8 * (s.kind in "FB") * (season < 0))
            if swap_due is not None and ts >= swap_due:
                batt, swap_due = rng.uniform(3.55, 3.62), None
                swaps.append((s, ts))
            reading = (ts, s.eui, value, round(min(99.0, max(5.0, rh)), 1), door,
                       round(batt + rng.gauss(0, 0.005), 2), rssi_base + rng.randint(-6, 6))  # fmt: skip
            readings.append(reading)
            # alarms
            limit = s.setpoint + LIMITS[s.kind] if s.kind != "A" else 25.0
            high = open_alarms.get("HIGH_TEMP")
            if value is not None and value > limit:
                if high is None:
                    severity = "C" if value > limit + 5 else "M" if s.kind != "A" else "W"
                    open_alarms["HIGH_TEMP"] = Open("HIGH_TEMP", ts, severity, value)
                else:
                    high.peak = max(high.peak or value, value)
                    if high.severity == "M" and value > limit + 5:
                        high.severity = "C"
            elif high is not None and value is not None and value < limit - 1:
                raised.append((s, open_alarms.pop("HIGH_TEMP"), ts))
            door_alarm = open_alarms.get("DOOR_OPEN")
            if door is not None and door > 1800 and door_alarm is None:
                open_alarms["DOOR_OPEN"] = Open("DOOR_OPEN", ts + dt.timedelta(minutes=rng.randint(25, 59)), "W")
            elif door_alarm is not None and (door is None or door < 900):
                raised.append((s, open_alarms.pop("DOOR_OPEN"), ts + dt.timedelta(minutes=rng.randint(1, 40))))
            if batt < 3.05 and "LOW_BATT" not in open_alarms:
                open_alarms["LOW_BATT"] = Open("LOW_BATT", ts, "W")
                swap_due = ts + dt.timedelta(hours=rng.randint(20, 400))
            elif batt > 3.3 and "LOW_BATT" in open_alarms:
                raised.append((s, open_alarms.pop("LOW_BATT"), ts))
        for alarm in open_alarms.values():
            raised.append((s, alarm, None))
    alarms: list[Row] = []
    raised.sort(key=lambda r: (r[1].raised, r[0].eui, r[1].kind))
    for s, alarm, cleared in raised:
        acked_at = acked_by = None
        wait = {"C": 12, "M": 35, "W": 140}[alarm.severity]
        if alarm.severity != "W" or rng.random() < 0.75:
            acked_at = alarm.raised + dt.timedelta(minutes=round(rng.expovariate(1 / wait)) + 1)
            if cleared is not None and acked_at > cleared:
                acked_at = cleared if alarm.severity != "W" else None
            if acked_at is not None and acked_at > END + dt.timedelta(hours=1):
                acked_at = None
            acked_by = _on_shift(rng, s.site, acked_at) if acked_at is not None else None
        cleared_by = None
        if cleared is not None and alarm.kind in ("HIGH_TEMP", "LOW_BATT"):
            cleared_by = _on_shift(rng, s.site, cleared)
        peak = round(alarm.peak, 1) if alarm.peak is not None else None
        alarms.append((len(alarms) + 1, s.eui, alarm.kind, alarm.severity, alarm.raised.replace(second=0),
                       acked_at, acked_by, cleared, cleared_by, peak))  # fmt: skip
    return readings, alarms, [(s.site, s.eui, at) for s, at in swaps]


def _energy(rng: random.Random, meters: list[tuple[int, str]]) -> list[Row]:
    area = {s[0]: s[6] for s in SITES}
    starts = {s[0]: max(START, dt.datetime.combine(s[7], dt.time())) for s in SITES if s[7] is not None}
    rows: list[Row] = []
    hours = int((END - START).total_seconds() // 3600) + 1
    for site, meter in meters:
        base = area[site] * 0.021 * (1.18 if site == 5 else 1.0)
        for h in range(hours):
            ts = START + dt.timedelta(hours=h)
            if ts < starts[site]:
                continue
            growth = 1.0 + 0.05 * (ts - START).days / 365.25
            load = base * growth * (1 + 0.32 * _season(ts)) * (0.8 + 0.22 * _activity(ts)) * rng.uniform(0.93, 1.07)
            if site == FAILURE[0] and FAILURE[2] <= ts < FAILURE[3]:
                load *= 0.72
            if site == 3 and ts.year == 2025:
                load *= 0.9  # LED retrofit and new compressor controls
            rows.append((ts, meter, round(load, 3), round(load * rng.uniform(1.12, 1.45), 2)))
    return rows


def _work_orders(rng: random.Random, alarms: list[Row], swaps: list[Row], sensors: list[Sensor]) -> list[Row]:
    orders: list[tuple[int, str | None, str, dt.datetime, float, float]] = []
    for site, _, _, _, _, _, _, commissioned, _, _ in SITES:
        if commissioned is None:
            continue
        month = dt.date(max(2024, commissioned.year), 1 if commissioned.year < 2025 else commissioned.month, 1)
        while month <= END.date():
            day = month + dt.timedelta(days=rng.randint(2, 20))
            opened = dt.datetime.combine(day, dt.time(rng.randint(6, 10), rng.choice([0, 15, 30, 45])))
            orders.append((site, None, "PM", opened, rng.uniform(3, 9), rng.uniform(0, 420)))
            month = (month.replace(day=28) + dt.timedelta(days=5)).replace(day=1)
    sensor_site = {s.eui: s.site for s in sensors}
    for alarm in alarms:
        if alarm[2] == "HIGH_TEMP" and (alarm[3] == "C" or (alarm[3] == "M" and rng.random() < 0.35)):
            opened = alarm[4] + dt.timedelta(minutes=rng.randint(20, 90))
            labour = rng.uniform(4, 16)
            orders.append((sensor_site[alarm[1]], alarm[1], "CM", opened, labour, rng.uniform(600, 4800)))
    for site, eui, at in swaps:
        opened = at - dt.timedelta(hours=rng.randint(1, 6))
        orders.append((site, eui, "BAT", opened, rng.uniform(0.3, 0.8), 14.9))
    for s in sensors:
        day = dt.date(2024, rng.randint(2, 11), rng.randint(1, 28))
        for year in (2024, 2025):
            at = dt.datetime.combine(day.replace(year=year), dt.time(rng.randint(7, 14)))
            if s.start <= at <= END:
                orders.append((s.site, s.eui, "CAL", at, rng.uniform(0.5, 1.5), 0.0))
    orders.sort(key=lambda o: (o[3], o[0], o[2]))
    rows: list[Row] = []
    for site, eui, kind, opened, labour, parts in orders:
        hours = {"PM": 30, "CM": 20, "BAT": 6, "CAL": 4}[kind] * rng.uniform(0.4, 2.0)
        closed: dt.datetime | None = opened + dt.timedelta(hours=hours)
        late_pm = kind in ("PM", "CM") and (END - opened).days < 60 and rng.random() < 0.5
        if closed > END or late_pm:
            closed = None
        tech = _on_shift(rng, site, opened) if rng.random() > 0.03 else None
        done = closed is not None
        rows.append((len(rows) + 1, site, eui, kind, opened, closed, tech,
                     round(labour, 1) if done else None, money(parts) if done else None))  # fmt: skip
    return rows


def build() -> Catalog:
    """The whole telemetry platform, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("sites", [s[:9] for s in SITES])
    zones, devices, sensors, meters = _sites_zones_devices(rng)
    catalog.add("zones", zones)
    catalog.add("technicians", [(i + 1, *t) for i, t in enumerate(TECHNICIANS)])
    catalog.add("devices", devices)
    readings, alarms, swaps = _telemetry(rng, sensors)
    catalog.add("env_readings", readings)
    catalog.add("energy_readings", _energy(rng, meters))
    catalog.add("alarms", alarms)
    catalog.add("work_orders", _work_orders(rng, alarms, swaps, sensors))
    return catalog
