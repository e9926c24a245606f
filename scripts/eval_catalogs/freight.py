"""A freight-forwarding app's schema in the style of an ORM-generated database: PascalCase tables, camelCase columns.

Six tables with declared foreign keys (two of them from `Shipments` to `Depots`: origin and destination),
timestamps, booleans, categories, a peak season, a weekday rhythm and NULLs where a shipment is still on
its way. Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words, zipf_weights

SEED = 150_002
START, END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)

DDL = [
    """CREATE TABLE Carriers (
        carrierId INTEGER PRIMARY KEY, carrierName VARCHAR NOT NULL, transportMode VARCHAR NOT NULL,
        headquartersCountry VARCHAR NOT NULL, contractStart DATE NOT NULL)""",
    """CREATE TABLE Depots (
        depotId INTEGER PRIMARY KEY, depotName VARCHAR NOT NULL, city VARCHAR NOT NULL,
        countryCode VARCHAR(2) NOT NULL, regionName VARCHAR NOT NULL, dockCount INTEGER NOT NULL,
        openedOn DATE NOT NULL)""",
    """CREATE TABLE Clients (
        clientId INTEGER PRIMARY KEY, clientName VARCHAR NOT NULL, industry VARCHAR NOT NULL,
        accountTier VARCHAR NOT NULL, onboardedOn DATE NOT NULL)""",
    """CREATE TABLE Vehicles (
        vehicleId INTEGER PRIMARY KEY, carrierId INTEGER NOT NULL REFERENCES Carriers (carrierId),
        licensePlate VARCHAR NOT NULL, vehicleType VARCHAR NOT NULL, fuelType VARCHAR NOT NULL,
        capacityKg INTEGER NOT NULL, modelYear INTEGER NOT NULL)""",
    """CREATE TABLE Shipments (
        shipmentId INTEGER PRIMARY KEY, trackingCode VARCHAR NOT NULL,
        clientId INTEGER NOT NULL REFERENCES Clients (clientId),
        carrierId INTEGER NOT NULL REFERENCES Carriers (carrierId),
        vehicleId INTEGER REFERENCES Vehicles (vehicleId),
        originDepotId INTEGER NOT NULL REFERENCES Depots (depotId),
        destinationDepotId INTEGER NOT NULL REFERENCES Depots (depotId),
        bookedAt TIMESTAMP NOT NULL, shippedAt TIMESTAMP, deliveredAt TIMESTAMP, promisedDate DATE NOT NULL,
        serviceLevel VARCHAR NOT NULL, shipmentStatus VARCHAR NOT NULL, packageCount INTEGER NOT NULL,
        weightKg DOUBLE NOT NULL, volumeM3 DOUBLE, distanceKm DOUBLE NOT NULL,
        freightCharge DECIMAL(10, 2) NOT NULL, declaredValue DECIMAL(12, 2), isFragile BOOLEAN NOT NULL)""",
    """CREATE TABLE DeliveryIssues (
        issueId INTEGER PRIMARY KEY, shipmentId INTEGER NOT NULL REFERENCES Shipments (shipmentId),
        reportedAt TIMESTAMP NOT NULL, issueType VARCHAR NOT NULL, severity VARCHAR NOT NULL,
        compensationAmount DECIMAL(10, 2), resolvedAt TIMESTAMP)""",
]

CARRIERS = [  # id, name, mode, HQ, contract start, share, speed (km per day), lateness
    (1, "SwiftHaul", "Road", "Netherlands", dt.date(2019, 4, 1), 24, 650, 0.08),
    (2, "Nordic Freight", "Road", "Sweden", dt.date(2020, 1, 15), 14, 600, 0.06),
    (3, "Iberia Express", "Road", "Spain", dt.date(2021, 3, 1), 12, 620, 0.14),
    (4, "RailBridge", "Rail", "Germany", dt.date(2018, 9, 1), 10, 450, 0.1),
    (5, "AeroCargo", "Air", "France", dt.date(2022, 6, 1), 7, 2500, 0.05),
    (6, "Vistula Logistics", "Road", "Poland", dt.date(2022, 2, 1), 13, 580, 0.18),
    (7, "Alpine Transport", "Road", "Austria", dt.date(2020, 7, 1), 9, 560, 0.09),
    (8, "BlueLine Intermodal", "Rail", "Italy", dt.date(2023, 5, 1), 6, 420, 0.12),
    (9, "QuickDrop Couriers", "Road", "Belgium", dt.date(2023, 9, 1), 5, 500, 0.22),
]
DEPOTS = [  # id, name, city, country, region, docks, opened, (x, y) in km for distances, traffic weight
    (1, "Rotterdam Port Hub", "Rotterdam", "NL", "Benelux", 48, dt.date(2012, 5, 1), (0, 0), 20),
    (2, "Antwerp North", "Antwerp", "BE", "Benelux", 30, dt.date(2015, 2, 1), (20, -90), 10),
    (3, "Hamburg Elbe", "Hamburg", "DE", "DACH", 40, dt.date(2013, 8, 1), (370, 130), 14),
    (4, "Munich South", "Munich", "DE", "DACH", 22, dt.date(2017, 3, 1), (520, -520), 8),
    (5, "Vienna Danube", "Vienna", "AT", "DACH", 18, dt.date(2018, 6, 1), (880, -560), 5),
    (6, "Lyon Rhone", "Lyon", "FR", "France", 20, dt.date(2016, 10, 1), (-110, -820), 7),
    (7, "Paris Orly", "Paris", "FR", "France", 34, dt.date(2014, 1, 1), (-280, -400), 12),
    (8, "Milan Logistics Park", "Milan", "IT", "Italy", 26, dt.date(2016, 4, 1), (330, -900), 9),
    (9, "Madrid Coslada", "Madrid", "ES", "Iberia", 24, dt.date(2019, 9, 1), (-900, -1500), 6),
    (10, "Barcelona Zona Franca", "Barcelona", "ES", "Iberia", 21, dt.date(2020, 2, 1), (-300, -1300), 6),
    (11, "Warsaw East", "Warsaw", "PL", "CEE", 28, dt.date(2021, 5, 1), (1000, 30), 8),
    (12, "Prague Gateway", "Prague", "CZ", "CEE", 16, dt.date(2022, 3, 1), (700, -250), 4),
    (13, "Copenhagen Harbour", "Copenhagen", "DK", "Nordics", 14, dt.date(2019, 11, 1), (460, 420), 4),
    (14, "Gothenburg West", "Gothenburg", "SE", "Nordics", 15, dt.date(2020, 8, 1), (530, 700), 3),
]
INDUSTRIES = ["Retail", "Automotive", "Pharma", "Electronics", "Food & Beverage", "Chemicals", "Fashion"]
MONTH_FACTOR = [0.8, 0.85, 0.95, 0.95, 1.0, 0.95, 0.85, 0.8, 1.05, 1.15, 1.35, 1.3]
WEEKDAY_FACTOR = [1.2, 1.15, 1.1, 1.1, 1.05, 0.3, 0.05]
ISSUES = ["Delayed", "Damaged", "Lost", "Wrong address", "Refused by consignee"]


def _clients(rng: random.Random) -> list[Row]:
    stems = words("Vanta Lumo Brix Corvo Delmar Estra Fjord Gala Hexa Ivor Jorvik Kato Lindt Mosa Nexo Orla Peri")
    suffixes = ["GmbH", "BV", "SA", "AB", "Srl", "Ltd", "NV", "AG"]
    rows: list[Row] = []
    for client_id in range(1, 241):
        name = f"{stems[client_id % len(stems)]}{stems[(client_id * 7) % len(stems)].lower()} {rng.choice(suffixes)}"
        tier = weighted(rng, ["Gold", "Silver", "Bronze"], [15, 35, 50])
        onboarded = random_date(rng, dt.date(2018, 1, 1), dt.date(2025, 3, 31))
        rows.append((client_id, f"{name} {client_id:03d}", rng.choice(INDUSTRIES), tier, onboarded))
    return rows


def _vehicles(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for carrier in CARRIERS:
        kinds = {"Road": ["Van", "Box truck", "Semi-trailer"], "Rail": ["Wagon"], "Air": ["Freighter"]}[carrier[2]]
        for _ in range(carrier[5] * 2):
            kind = rng.choice(kinds)
            capacity = {"Van": 1_200, "Box truck": 7_500, "Semi-trailer": 24_000, "Wagon": 60_000}.get(kind, 100_000)
            fuel = "Electric" if kind == "Van" and rng.random() < 0.4 else ("Electric" if kind == "Wagon" else "Diesel")
            if kind == "Semi-trailer" and rng.random() < 0.15:
                fuel = "LNG"
            plate = f"{carrier[3][:2].upper()}-{rng.randint(100, 999)}-{rng.choice('ABCDEFGHJKLMNPRSTVXZ')}"
            rows.append((len(rows) + 1, carrier[0], plate, kind, fuel, capacity, rng.randint(2012, 2025)))
    return rows


def _shipments(rng: random.Random, clients: list[Row], vehicles: list[Row]) -> tuple[list[Row], list[Row]]:
    client_ids = [c[0] for c in clients]
    client_cum = list(accumulate(zipf_weights(len(client_ids), 1.0)))
    tiers = {c[0]: c[3] for c in clients}
    depot_ids, depot_cum = [d[0] for d in DEPOTS], list(accumulate(d[8] for d in DEPOTS))
    by_id = {d[0]: d for d in DEPOTS}
    fleet = {c[0]: [v for v in vehicles if v[1] == c[0]] for c in CARRIERS}
    shipments: list[Row] = []
    issues: list[Row] = []
    for day in days(START, END):
        years = (day - START).days / 365.25
        mean = 20 * 1.1**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        carriers = [c for c in CARRIERS if c[4] <= day]
        for _ in range(poisson(rng, mean)):
            sid = len(shipments) + 1
            client = rng.choices(client_ids, cum_weights=client_cum)[0]
            origin = rng.choices(depot_ids, cum_weights=depot_cum)[0]
            dest = origin
            while dest == origin:
                dest = rng.choices(depot_ids, cum_weights=depot_cum)[0]
            (ox, oy), (dx, dy) = by_id[origin][7], by_id[dest][7]
            distance = round(math.hypot(ox - dx, oy - dy) * rng.uniform(1.15, 1.35), 1)
            carrier = weighted(rng, carriers, [c[5] for c in carriers])
            level = weighted(rng, ["Express", "Standard", "Economy"], [2 if tiers[client] == "Gold" else 1, 5, 3])
            booked = dt.datetime.combine(day, dt.time(rng.randint(6, 19), rng.randint(0, 59)))
            shipped = booked + dt.timedelta(hours=rng.uniform(2, 30 if level == "Express" else 60))
            transit_days = distance / carrier[6] * {"Express": 0.7, "Standard": 1.0, "Economy": 1.5}[level]
            promised = (
                booked + dt.timedelta(days=math.ceil(transit_days) + {"Express": 1, "Standard": 2, "Economy": 4}[level])
            ).date()
            late = rng.random() < carrier[7] * (1.6 if day.month in (11, 12) else 1.0)
            hours = transit_days * 24 * rng.uniform(0.8, 1.1) + (rng.uniform(24, 120) if late else 0)
            delivered: dt.datetime | None = shipped + dt.timedelta(hours=hours + rng.uniform(1, 10))
            status = weighted(rng, ["Delivered", "Returned", "Lost"], [965, 30, 5])
            if status == "Lost" or (delivered is not None and delivered.date() > END):
                delivered = None
                status = "Lost" if status == "Lost" else "In transit"
            if (END - day).days < 2 and rng.random() < 0.5:
                shipped, delivered, status = None, None, "Booked"
            packages = max(1, round(rng.expovariate(1 / 4)))
            weight = round(packages * rng.lognormvariate(2.6, 0.8), 1)
            volume = None if rng.random() < 0.07 else round(weight / rng.uniform(120, 300), 2)
            rate = {"Road": 0.0009, "Rail": 0.0006, "Air": 0.004}[carrier[2]] * {
                "Express": 1.6,
                "Standard": 1.0,
                "Economy": 0.8,
            }[level]
            charge = money(35 + weight * distance * rate + rng.uniform(0, 20))
            declared = None if rng.random() < 0.2 else money(weight * rng.lognormvariate(3.5, 1.0))
            vehicle = rng.choice(fleet[carrier[0]])[0] if shipped and rng.random() < 0.85 else None
            code = f"FX{day:%y%m%d}{sid:06d}"
            shipments.append((sid, code, client, carrier[0], vehicle, origin, dest, booked, shipped, delivered, promised,
                              level, status, packages, weight, volume, distance, charge, declared, rng.random() < 0.12))  # fmt: skip
            if (late and rng.random() < 0.5) or status in ("Lost", "Returned") or rng.random() < 0.02:
                kind = (
                    "Lost"
                    if status == "Lost"
                    else "Delayed"
                    if late
                    else rng.choice([i for i in ISSUES if i != "Lost"])
                )
                reported = (shipped or booked) + dt.timedelta(hours=rng.uniform(12, 200))
                severity = "High" if kind == "Lost" else weighted(rng, ["Low", "Medium", "High"], [5, 3, 1])
                compensation = money(rng.uniform(20, 600)) if kind != "Delayed" and rng.random() < 0.7 else None
                resolved = reported + dt.timedelta(hours=rng.uniform(4, 400)) if rng.random() < 0.85 else None
                if resolved is not None and resolved.date() > END:
                    resolved = None
                if reported.date() <= END:
                    issues.append((len(issues) + 1, sid, reported, kind, severity, compensation, resolved))
    return shipments, issues


def build() -> Catalog:
    """The whole freight schema, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL))
    catalog.add("Carriers", [c[:5] for c in CARRIERS])
    catalog.add("Depots", [d[:7] for d in DEPOTS])
    clients, vehicles = _clients(rng), _vehicles(rng)
    catalog.add("Clients", clients)
    catalog.add("Vehicles", vehicles)
    shipments, issues = _shipments(rng, clients, vehicles)
    catalog.add("Shipments", shipments)
    catalog.add("DeliveryIssues", issues)
    return catalog
