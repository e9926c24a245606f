"""A mid-size city's open-data portal, loaded as its legacy municipal system names things: squashed lowercase names.

Seven tables whose names and columns are lowercase words run together with no separator
(`servicerequests.complainttype`, `createddate`, `councildistrict`, `buildingpermits.estcost`,
`parkingcitations.violationcode`, `fineamt`). Some columns keep the portal's text types: a citation's date
is ISO text ('2024-03-05') and its time 'HH:MM' text, a permit's application date is ISO text. Codes
(channel, work class, payment status, numeric violation codes) are explained in column comments. Keys are
only partly declared: a request's agency and a citation's violation code are; council districts are shared
by name only. 311 requests grow year on year, potholes peak in late winter and spring, noise complaints on
summer nights and weekends, heating complaints in winter; open and pending requests have NULL closed dates.
Citations follow a weekday working-hours rhythm; one violation code is never cited; one district issued no
permits in 2025 (a moratorium); the budget has planned and actual amounts per agency, fiscal year and
category. Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, weighted, words

SEED = 190_311
START, END = dt.date(2023, 1, 1), dt.date(2025, 9, 30)

DDL = [
    """CREATE TABLE agencies (
        agencycode VARCHAR PRIMARY KEY, agencyname VARCHAR NOT NULL, departmenthead VARCHAR NOT NULL,
        phone VARCHAR NOT NULL, employees INTEGER NOT NULL)""",
    """CREATE TABLE districts (
        councildistrict INTEGER PRIMARY KEY, districtname VARCHAR NOT NULL, councilmember VARCHAR NOT NULL,
        population INTEGER NOT NULL, areasqmi DOUBLE NOT NULL, medianincome INTEGER NOT NULL)""",
    """CREATE TABLE servicerequests (
        uniquekey INTEGER PRIMARY KEY, createddate TIMESTAMP NOT NULL, closeddate TIMESTAMP,
        agency VARCHAR NOT NULL REFERENCES agencies (agencycode), agencyname VARCHAR NOT NULL,
        complainttype VARCHAR NOT NULL, descriptor VARCHAR, status VARCHAR NOT NULL, incidentzip VARCHAR,
        streetname VARCHAR, councildistrict INTEGER, channeltype VARCHAR(1) NOT NULL, responsedays INTEGER)""",
    """CREATE TABLE buildingpermits (
        permitnum VARCHAR PRIMARY KEY, permittype VARCHAR NOT NULL, workclass VARCHAR(1) NOT NULL,
        applieddate VARCHAR NOT NULL, issuedate DATE NOT NULL, status VARCHAR NOT NULL,
        estcost DECIMAL(12, 2) NOT NULL, sqft INTEGER, units INTEGER, contractorname VARCHAR,
        councildistrict INTEGER NOT NULL)""",
    """CREATE TABLE violationcodes (
        violationcode INTEGER PRIMARY KEY, violationdesc VARCHAR NOT NULL, category VARCHAR NOT NULL,
        basefine DECIMAL(7, 2) NOT NULL)""",
    """CREATE TABLE parkingcitations (
        citationnum BIGINT PRIMARY KEY, issuedate VARCHAR NOT NULL, issuetime VARCHAR NOT NULL,
        violationcode INTEGER NOT NULL REFERENCES violationcodes (violationcode), fineamt DECIMAL(7, 2) NOT NULL,
        platestate VARCHAR(2), vehmake VARCHAR, streetname VARCHAR NOT NULL, councildistrict INTEGER NOT NULL,
        paystatus VARCHAR(1) NOT NULL)""",
    """CREATE TABLE budget (
        fiscalyear INTEGER NOT NULL, agencycode VARCHAR NOT NULL, expensecategory VARCHAR NOT NULL,
        plannedamt DECIMAL(14, 2) NOT NULL, actualamt DECIMAL(14, 2) NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON TABLE servicerequests IS '311 service requests from residents'",
    "COMMENT ON COLUMN servicerequests.channeltype IS 'P = phone, O = online portal, M = mobile app, W = walk-in'",
    "COMMENT ON COLUMN servicerequests.responsedays IS 'days from created to closed; NULL while open or pending'",
    "COMMENT ON COLUMN servicerequests.closeddate IS 'NULL while the request is Open or Pending'",
    "COMMENT ON COLUMN buildingpermits.workclass IS 'R = residential, C = commercial, M = mixed use, I = institutional'",
    "COMMENT ON COLUMN buildingpermits.applieddate IS 'application date, ISO text yyyy-mm-dd'",
    "COMMENT ON COLUMN buildingpermits.estcost IS 'estimated cost of the work in dollars'",
    "COMMENT ON COLUMN buildingpermits.sqft IS 'floor area in square feet; NULL for trade permits'",
    "COMMENT ON COLUMN parkingcitations.issuedate IS 'ISO text yyyy-mm-dd'",
    "COMMENT ON COLUMN parkingcitations.issuetime IS '24-hour time as text HH:MM'",
    "COMMENT ON COLUMN parkingcitations.violationcode IS 'numeric municipal code, see violationcodes'",
    "COMMENT ON COLUMN parkingcitations.paystatus IS 'P = paid, U = unpaid, D = dismissed on appeal'",
    "COMMENT ON COLUMN budget.fiscalyear IS 'fiscal year, July to June, named by the year it ends'",
]

AGENCIES = [  # code, name, head, employees
    ("PW", "Public Works", "Dana Whitfield", 412),
    ("PD", "Police Department", "Marcus Ortega", 960),
    ("SAN", "Sanitation", "Priya Raman", 305),
    ("EH", "Environmental Health", "Helen Cho", 74),
    ("TRN", "Transportation", "Victor Lindqvist", 188),
    ("PRK", "Parks and Recreation", "Sofia Mendes", 236),
    ("BLD", "Buildings and Inspections", "Gregory Adebayo", 121),
]
DISTRICTS = [  # number, name, council member, population, area, median income, zips, weight, permit weight
    (1, "Northgate", "Alicia Brandt", 48_200, 6.1, 61_500, ["55401", "55402"], 1.0, 1.0),
    (2, "Riverside", "Tomas Keller", 61_900, 4.8, 54_300, ["55403", "55404"], 1.3, 1.2),
    (3, "Downtown", "Naomi Fischer", 39_400, 2.2, 72_800, ["55405"], 1.5, 1.6),
    (4, "Eastwood", "Raymond Osei", 55_700, 7.4, 47_900, ["55406", "55407"], 1.2, 0.8),
    (5, "Hillcrest", "Grace Lindgren", 44_100, 8.9, 93_200, ["55408"], 0.7, 1.1),
    (6, "Southport", "Jamal Whitaker", 66_300, 9.6, 43_600, ["55409", "55410"], 1.4, 0.9),
    (7, "Old Harbor", "Elena Rossi", 28_600, 1.9, 58_100, ["55411"], 0.8, 0.6),
    (8, "Westfield", "Peter Nakamura", 52_800, 11.3, 81_400, ["55412", "55413"], 0.8, 1.4),
    (9, "Lakeview", "Yvonne Carter", 36_900, 5.5, 66_700, ["55414"], 0.6, 0.7),
]
STREETS = words(
    "Main Oak Maple Cedar Elm Pine Lake Hill River Park Washington Lincoln Franklin Jackson Church"
) + words("Market Union Spring Ridge Highland Mill Center Grand Prospect Broadway Chestnut Walnut Harbor")
SUFFIXES = ["St", "Ave", "Blvd", "Rd"]

# complaint type: agency, weight, month factors (Jan..Dec), hour weights (24), weekend factor, mean days, descriptors
COMPLAINTS: dict[str, tuple[str, float, list[float], str, float, float, list[str]]] = {
    "Pothole": ("PW", 14, [1.4, 2.0, 2.4, 2.2, 1.6, 0.9, 0.6, 0.5, 0.5, 0.6, 0.7, 0.9], "day", 0.6, 9, []),
    "Noise - Residential": (
        "PD",
        13,
        [0.6, 0.6, 0.7, 0.9, 1.1, 1.6, 1.9, 1.8, 1.2, 0.8, 0.7, 0.9],
        "night",
        1.9,
        0.4,
        ["Loud Music/Party", "Banging/Pounding", "Loud Talking"],
    ),
    "Noise - Street": (
        "PD",
        6,
        [0.5, 0.5, 0.6, 0.9, 1.2, 1.7, 2.0, 1.9, 1.2, 0.8, 0.6, 0.7],
        "night",
        2.0,
        0.3,
        ["Loud Music/Party", "Car/Truck Music", "Loud Talking"],
    ),
    "Illegal Parking": ("PD", 10, [1.0] * 12, "day", 0.7, 0.6, ["Blocked Driveway", "Double Parked", "Hydrant"]),
    "Abandoned Vehicle": ("PD", 4, [1.0] * 12, "day", 0.9, 6, []),
    "Missed Collection": (
        "SAN",
        8,
        [1.1, 0.9, 0.9, 1.0, 1.0, 1.0, 1.1, 1.0, 0.9, 1.0, 1.1, 1.3],
        "day",
        0.5,
        2,
        ["Trash", "Recycling", "Yard Waste"],
    ),
    "Illegal Dumping": ("SAN", 5, [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.8], "day", 1.1, 5, []),
    "Graffiti": ("PW", 4, [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.8], "day", 1.0, 11, []),
    "Rodent": ("EH", 4, [0.5, 0.5, 0.6, 0.8, 1.1, 1.5, 1.8, 1.7, 1.3, 0.9, 0.7, 0.6], "day", 0.6, 14, []),
    "Street Light Out": ("TRN", 6, [1.5, 1.3, 1.1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1.1, 1.3, 1.6], "evening", 0.9, 7, []),
    "Traffic Signal": ("TRN", 3, [1.0] * 12, "day", 0.9, 1, []),
    "Tree Maintenance": (
        "PRK",
        4,
        [0.6, 0.6, 0.8, 1.1, 1.3, 1.4, 1.5, 1.3, 1.1, 1.0, 0.8, 0.6],
        "day",
        0.8,
        21,
        ["Dead Tree", "Fallen Branch", "Root Damage"],
    ),
    "No Heat": ("BLD", 5, [2.8, 2.4, 1.4, 0.5, 0.05, 0.0, 0.0, 0.0, 0.05, 0.6, 1.9, 2.6], "evening", 1.0, 3, []),
    "Sidewalk Damage": ("PW", 3, [0.8, 0.9, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8], "day", 0.5, 32, []),
    "Snow Removal": ("PW", 3, [3.0, 2.6, 0.8, 0.05, 0, 0, 0, 0, 0, 0.05, 0.6, 2.5], "day", 1.0, 2, []),
}
HOURS = {
    "day": [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 2, 3, 3.5, 3.5, 3.2, 3, 3, 3, 3, 2.8, 2.4, 1.8, 1.3, 1, 0.7, 0.5, 0.3],
    "night": [2.6, 2.2, 1.4, 0.8, 0.3, 0.2, 0.2, 0.3, 0.4, 0.4, 0.5, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 1, 1.3, 1.8, 2.4,
              3.2, 3.6, 3.2],
    "evening": [0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.2, 1.6, 1.6, 1.4, 1.2, 1.1, 1.0, 1.0, 1.1, 1.3, 1.6, 2.0, 2.4, 2.5, 2.3,
                1.8, 1.3, 0.9],
}  # fmt: skip
PERMIT_TYPES = {  # type: weight, median cost, sqft range or None, processing days, work classes
    "New Construction": (8, 650_000, (1_200, 24_000), 55, "RRRCCMI"),
    "Addition": (10, 120_000, (200, 2_500), 30, "RRRRC"),
    "Alteration": (22, 60_000, (150, 6_000), 18, "RRRCCCM"),
    "Demolition": (4, 35_000, None, 12, "RRCC"),
    "Roofing": (14, 14_000, None, 3, "RRRRC"),
    "Electrical": (18, 6_500, None, 2, "RRRCC"),
    "Plumbing": (15, 5_200, None, 2, "RRRCC"),
    "Mechanical": (10, 9_000, None, 4, "RRCC"),
    "Solar": (6, 24_000, None, 6, "RRRRC"),
}
CONTRACTORS = ["Apex Builders", "Northstar Construction", "Riverbend Roofing", "Brightline Electric",
               "Summit Plumbing & Heating", "Keystone Renovation", "SunPath Solar", "Harbor Demolition Co",
               "Granite Peak Homes", "Metro Mechanical", "Oakridge Contracting", "BlueLine Electric"]  # fmt: skip
VIOLATIONS = [  # code, description, category, base fine, weight (0: on the books, never cited)
    (14, "No Standing", "Standing", 115, 6),
    (20, "No Parking Zone", "Restriction", 65, 12),
    (21, "Street Cleaning", "Restriction", 45, 18),
    (27, "Disabled Space", "Safety", 180, 2),
    (31, "Commercial Meter Zone", "Meter", 65, 5),
    (37, "Expired Meter", "Meter", 35, 24),
    (38, "Failure to Display Receipt", "Meter", 35, 9),
    (40, "Fire Hydrant", "Safety", 115, 7),
    (46, "Double Parking", "Standing", 115, 6),
    (50, "Crosswalk", "Safety", 115, 3),
    (55, "Oversize Vehicle Overnight", "Restriction", 100, 0),
    (69, "Snow Emergency Route", "Restriction", 150, 3),
    (71, "Expired Registration", "Registration", 65, 5),
    (98, "Blocking Driveway", "Safety", 95, 4),
]
BUDGET_CATEGORIES = {"Personnel": 0.62, "Equipment": 0.1, "Contracts": 0.18, "Operations": 0.1}
PLATES = ["MN", "WI", "IA", "ND", "SD", "IL", "TX", "CA", "FL", "ON"]
MAKES = ["Toyota", "Honda", "Ford", "Chevrolet", "Nissan", "Subaru", "Hyundai", "Kia", "Jeep", "Tesla", "BMW"]


def _street(rng: random.Random) -> str:
    return f"{rng.randint(1, 99) * 100 + rng.randint(0, 99)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"


def _requests(rng: random.Random) -> list[Row]:
    names = {a[0]: a[1] for a in AGENCIES}
    types = list(COMPLAINTS)
    district_weights = [d[7] for d in DISTRICTS]
    rows: list[Row] = []
    for day in days(START, END):
        years = (day - START).days / 365.25
        weekend = day.weekday() >= 5
        weights = [
            c[1] * c[2][day.month - 1] * (c[4] if weekend else 1.0) * (1.25 if name == "Pothole" and years > 2 else 1.0)
            for name, c in COMPLAINTS.items()
        ]
        mean = 11 * 1.12**years * sum(weights) / 100
        for _ in range(poisson(rng, mean)):
            kind = rng.choices(types, weights=weights)[0]
            agency, _, _, hours, _, mean_days, descriptors = COMPLAINTS[kind]
            hour = rng.choices(range(24), weights=HOURS[hours])[0]
            created = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))
            district = rng.choices(DISTRICTS, weights=district_weights)[0]
            if kind.startswith("Noise") and rng.random() < 0.3:
                district = DISTRICTS[2]  # downtown nightlife
            age = (END - day).days
            duration = rng.expovariate(1 / mean_days) if mean_days >= 1 else rng.expovariate(1 / (mean_days * 24)) / 24
            if district[0] in (4, 6) and mean_days >= 5:
                duration *= 1.4
            closed_at = created + dt.timedelta(days=duration)
            if closed_at.date() > END or (age < 60 and rng.random() < 0.25) or rng.random() < 0.015:
                status = "Pending" if rng.random() < 0.35 else "Open"
                closed, response = None, None
            else:
                status, closed = "Closed", closed_at.replace(microsecond=0)
                response = (closed.date() - created.date()).days
            channel = weighted(rng, ["P", "O", "M", "W"], [50 - 10 * years, 25, 15 + 14 * years, 4])
            zipcode = None if rng.random() < 0.03 else rng.choice(district[6])
            rows.append((len(rows) + 1, created, closed, agency, names[agency], kind,
                         rng.choice(descriptors) if descriptors else None, status, zipcode,
                         None if rng.random() < 0.05 else _street(rng),
                         None if rng.random() < 0.02 else district[0], channel, response))  # fmt: skip
    return rows


def _permits(rng: random.Random) -> list[Row]:
    types = list(PERMIT_TYPES)
    rows: list[Row] = []
    for day in days(START, END):
        if day.weekday() >= 5:
            continue
        years = (day - START).days / 365.25
        season = 1 + 0.35 * math.sin((day.timetuple().tm_yday - 80) / 365.25 * 2 * math.pi)
        type_weights = [PERMIT_TYPES[t][0] * (1 + 0.6 * years if t == "Solar" else 1.0) for t in types]
        for _ in range(poisson(rng, 4.2 * 1.06**years * season)):
            kind = rng.choices(types, weights=type_weights)[0]
            _, median, sqft_range, processing, classes = PERMIT_TYPES[kind]
            district_weights = [d[8] * (0 if d[0] == 7 and day.year == 2025 else 1) for d in DISTRICTS]
            district = rng.choices(DISTRICTS, weights=district_weights)[0]
            work = rng.choice(classes)
            sqft = None
            cost = median * math.exp(rng.gauss(0, 0.6)) * (1.8 if work in "CMI" else 1.0)
            if sqft_range:
                sqft = round(math.exp(rng.uniform(math.log(sqft_range[0]), math.log(sqft_range[1]))) / 10) * 10
                cost = sqft * (median / math.sqrt(sqft_range[0] * sqft_range[1])) * math.exp(rng.gauss(0, 0.3))
                cost *= 1.4 if work in "CMI" else 1.0
            applied = day - dt.timedelta(days=max(0, round(rng.expovariate(1 / processing))))
            age = (END - day).days
            status = "Issued" if age < 120 else weighted(rng, ["Finaled", "Issued", "Expired"], [75, 15, 10])
            units = (1 if work == "R" else rng.randint(4, 120)) if kind == "New Construction" else None
            contractor = None if rng.random() < 0.12 else rng.choice(CONTRACTORS)
            rows.append((f"BP{day.year}-{len(rows) + 1:05d}", kind, work, applied.isoformat(), day, status,
                         money(cost), sqft, units, contractor, district[0]))  # fmt: skip
    return rows


def _citations(rng: random.Random) -> list[Row]:
    cited = [v for v in VIOLATIONS if v[4] > 0]
    weekday_factor = [1.1, 1.1, 1.05, 1.1, 1.15, 0.55, 0.2]
    hour_weights = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.6, 1.8, 3, 3.4, 3.4, 3.2, 3.0, 3.0, 3.1, 3.0, 2.6, 2.0, 1.2,
                    0.8, 0.5, 0.4, 0.3, 0.2]  # fmt: skip
    district_weights = [1.0, 1.1, 3.0, 0.9, 0.6, 0.8, 1.5, 0.6, 0.7]
    rows: list[Row] = []
    number = 7_400_000_000
    for day in days(START, END):
        years = (day - START).days / 365.25
        winter = day.month in (12, 1, 2)
        weights = [v[4] * (0 if v[0] == 69 and not winter else 3 if v[0] == 69 else 1) for v in cited]
        weights = [
            w * (0.1 if v[0] == 21 and (winter or day.weekday() >= 5) else 1)
            for w, v in zip(weights, cited, strict=True)
        ]
        for _ in range(poisson(rng, 15 * 1.05**years * weekday_factor[day.weekday()])):
            code, _, _, base, _ = rng.choices(cited, weights=weights)[0]
            hour = rng.choices(range(24), weights=hour_weights)[0]
            fine = money(base * (1.1 if day >= dt.date(2025, 1, 1) else 1.0))
            age = (END - day).days
            paid = weighted(rng, ["P", "U", "D"], [78, 14, 8] if age > 90 else [45, 52, 3])
            number += rng.randint(1, 40)
            rows.append((number, day.isoformat(), f"{hour:02d}:{rng.randint(0, 59):02d}", code, fine,
                         None if rng.random() < 0.02 else weighted(rng, PLATES, [80, 5, 3, 2, 2, 2, 1, 1, 1, 1]),
                         None if rng.random() < 0.04 else rng.choice(MAKES),
                         f"{rng.choice(STREETS)} {rng.choice(SUFFIXES)}",
                         rng.choices(range(1, 10), weights=district_weights)[0], paid))  # fmt: skip
    return rows


def _budget(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for year in range(2022, 2026):
        for code, _, _, employees in AGENCIES:
            total = employees * 118_000 * 1.035 ** (year - 2022)
            for category, share in BUDGET_CATEGORIES.items():
                planned = round(total * share * rng.uniform(0.9, 1.1), -3)
                drift = rng.gauss(0.02 if category in ("Contracts", "Equipment") else -0.01, 0.06)
                if code == "PW" and category == "Operations" and year == 2025:
                    drift = 0.31  # a hard winter: salt and overtime
                rows.append((year, code, category, money(planned), money(planned * (1 + drift))))
    return rows


def build() -> Catalog:
    """The whole city portal, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("agencies", [(c, n, h, f"612-555-{i:04d}", e) for i, (c, n, h, e) in enumerate(AGENCIES, 101)])
    catalog.add("districts", [d[:6] for d in DISTRICTS])
    catalog.add("servicerequests", _requests(rng))
    catalog.add("buildingpermits", _permits(rng))
    catalog.add("violationcodes", [v[:4] for v in VIOLATIONS])
    catalog.add("parkingcitations", _citations(rng))
    catalog.add("budget", _budget(rng))
    return catalog
