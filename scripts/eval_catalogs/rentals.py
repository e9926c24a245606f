"""A property-management company's Django app, dumped table by table: `<app label>_<model name>` tables.

Django names every table after its app and its model's class name in lower case, run together
(`properties_rentalunit`, `leasing_leaseagreement`, `maintenance_workorder`, `inspections_inspectionvisit`),
gives each a BIGINT `id`, names a foreign key `<field>_id` (`building_id`, `primary_tenant_id`,
`assigned_to_id`), stores choices as short codes (explained here in column comments, as the model's `choices`
explain them), and adds `created_at`/`updated_at` timestamps beside DateFields. A many-to-many field gets its
own table (`leasing_leaseagreement_tenants`). Two keys from `maintenance_workorder` to `people_staffmember`
(who logged the request and the technician assigned to it), one more from `properties_building` (its manager),
`leasing_leaseagreement` (the agent who signed it) and `inspections_inspectionvisit` (the inspector).

Eight apartment buildings in Minnesota, four bought during the period (growth), July 2022 to the snapshot
on 30 September 2025: move-ins in summer, heating and frozen-pipe work orders in winter, pests in late summer,
portal requests in the evening and on Mondays, renewals with rent increases, late and partial rent payments,
early terminations, unpaid rent after a skip, leases signed for October 2025, move-in, move-out, annual and
safety inspections, a technician who left, NULL incomes, credit scores, costs and ratings.
Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, weighted, words

SEED = 150_021
START, END = dt.date(2022, 7, 1), dt.date(2025, 9, 30)

DDL = [
    """CREATE TABLE people_staffmember (
        id BIGINT PRIMARY KEY, first_name VARCHAR(150) NOT NULL, last_name VARCHAR(150) NOT NULL,
        email VARCHAR(254) NOT NULL, role VARCHAR(3) NOT NULL, hired_on DATE NOT NULL, terminated_on DATE,
        is_active BOOLEAN NOT NULL, pay_rate DECIMAL(6, 2), created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE properties_building (
        id BIGINT PRIMARY KEY, name VARCHAR(120) NOT NULL, street_address VARCHAR(200) NOT NULL,
        city VARCHAR(80) NOT NULL, postal_code VARCHAR(10) NOT NULL, year_built SMALLINT NOT NULL,
        num_floors SMALLINT NOT NULL, has_elevator BOOLEAN NOT NULL, heating_type VARCHAR(3) NOT NULL,
        acquired_on DATE NOT NULL, purchase_price DECIMAL(12, 2) NOT NULL,
        property_manager_id BIGINT REFERENCES people_staffmember (id), created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE properties_rentalunit (
        id BIGINT PRIMARY KEY, building_id BIGINT NOT NULL REFERENCES properties_building (id),
        unit_number VARCHAR(10) NOT NULL, floor_number SMALLINT NOT NULL, unit_type VARCHAR(3) NOT NULL,
        num_bedrooms SMALLINT NOT NULL, num_bathrooms DECIMAL(3, 1) NOT NULL, square_feet INTEGER NOT NULL,
        market_rent DECIMAL(8, 2) NOT NULL, is_furnished BOOLEAN NOT NULL, occupancy_status VARCHAR(3) NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE people_tenant (
        id BIGINT PRIMARY KEY, first_name VARCHAR(150) NOT NULL, last_name VARCHAR(150) NOT NULL,
        email VARCHAR(254) NOT NULL, phone VARCHAR(20), date_of_birth DATE, annual_income DECIMAL(10, 2),
        credit_score SMALLINT, has_pet BOOLEAN NOT NULL, preferred_contact VARCHAR(1) NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE leasing_leaseagreement (
        id BIGINT PRIMARY KEY, unit_id BIGINT NOT NULL REFERENCES properties_rentalunit (id),
        primary_tenant_id BIGINT NOT NULL REFERENCES people_tenant (id),
        signed_by_id BIGINT REFERENCES people_staffmember (id), start_date DATE NOT NULL, end_date DATE NOT NULL,
        term_months SMALLINT NOT NULL, monthly_rent DECIMAL(8, 2) NOT NULL, security_deposit DECIMAL(8, 2) NOT NULL,
        lease_status VARCHAR(3) NOT NULL, is_renewal BOOLEAN NOT NULL, autopay_enabled BOOLEAN NOT NULL,
        move_in_date DATE, move_out_date DATE, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE leasing_leaseagreement_tenants (
        id BIGINT PRIMARY KEY, leaseagreement_id BIGINT NOT NULL REFERENCES leasing_leaseagreement (id),
        tenant_id BIGINT NOT NULL REFERENCES people_tenant (id))""",
    """CREATE TABLE leasing_rentpayment (
        id BIGINT PRIMARY KEY, lease_id BIGINT NOT NULL REFERENCES leasing_leaseagreement (id),
        period_month DATE NOT NULL, due_on DATE NOT NULL, amount_due DECIMAL(8, 2) NOT NULL,
        paid_amount DECIMAL(8, 2) NOT NULL, paid_on DATE, late_fee DECIMAL(6, 2) NOT NULL,
        payment_method VARCHAR(3), created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE maintenance_vendor (
        id BIGINT PRIMARY KEY, company_name VARCHAR(120) NOT NULL, trade VARCHAR(3) NOT NULL,
        phone VARCHAR(20) NOT NULL, is_preferred BOOLEAN NOT NULL, labor_rate DECIMAL(6, 2) NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE maintenance_workorder (
        id BIGINT PRIMARY KEY, building_id BIGINT NOT NULL REFERENCES properties_building (id),
        unit_id BIGINT REFERENCES properties_rentalunit (id), tenant_id BIGINT REFERENCES people_tenant (id),
        logged_by_id BIGINT REFERENCES people_staffmember (id),
        assigned_to_id BIGINT REFERENCES people_staffmember (id),
        vendor_id BIGINT REFERENCES maintenance_vendor (id), summary VARCHAR(200) NOT NULL,
        category VARCHAR(3) NOT NULL, priority VARCHAR(1) NOT NULL, source VARCHAR(3) NOT NULL,
        wo_status VARCHAR(3) NOT NULL, entry_permitted BOOLEAN NOT NULL, scheduled_date DATE,
        completed_at TIMESTAMP, labor_hours DECIMAL(5, 2), labor_cost DECIMAL(8, 2), parts_cost DECIMAL(8, 2),
        tenant_chargeable BOOLEAN NOT NULL, tenant_rating SMALLINT, created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE inspections_inspectionvisit (
        id BIGINT PRIMARY KEY, unit_id BIGINT NOT NULL REFERENCES properties_rentalunit (id),
        lease_id BIGINT REFERENCES leasing_leaseagreement (id),
        inspector_id BIGINT REFERENCES people_staffmember (id), visit_type VARCHAR(2) NOT NULL,
        scheduled_date DATE NOT NULL, completed_on DATE, condition_score SMALLINT, passed BOOLEAN, issues_found SMALLINT,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN people_staffmember.role IS 'PM = property manager, LA = leasing agent, MT = maintenance technician, SUP = maintenance supervisor, ACC = accountant'",
    "COMMENT ON COLUMN people_staffmember.pay_rate IS 'USD per hour; NULL for salaried staff'",
    "COMMENT ON COLUMN properties_building.heating_type IS 'STM = steam or hot-water boiler, GAS = gas forced air, ELB = electric baseboard, HPM = heat pump'",
    "COMMENT ON COLUMN properties_building.property_manager_id IS 'the property manager in charge of the building'",
    "COMMENT ON COLUMN properties_rentalunit.unit_type IS 'STU = studio, APT = apartment, TWN = townhouse, LFT = loft'",
    "COMMENT ON COLUMN properties_rentalunit.occupancy_status IS 'OCC = occupied, VAC = vacant, REN = down for renovation (on the snapshot day)'",
    "COMMENT ON COLUMN properties_rentalunit.market_rent IS 'current asking rent per month, USD'",
    "COMMENT ON COLUMN people_tenant.preferred_contact IS 'E = email, S = text message, P = phone call'",
    "COMMENT ON COLUMN people_tenant.annual_income IS 'declared on the rental application, USD; NULL when not given'",
    "COMMENT ON COLUMN leasing_leaseagreement.lease_status IS 'ONG = ongoing (in force), EXP = expired (ended at term), TRM = terminated early, PND = signed, not started yet'",
    "COMMENT ON COLUMN leasing_leaseagreement.signed_by_id IS 'leasing agent who signed the lease'",
    "COMMENT ON COLUMN leasing_rentpayment.period_month IS 'first day of the month the rent is for'",
    "COMMENT ON COLUMN leasing_rentpayment.payment_method IS 'ACH = bank transfer, CHK = check, CRD = card, MOR = money order; NULL when nothing was paid'",
    "COMMENT ON COLUMN leasing_rentpayment.paid_on IS 'date of the (last) payment; NULL when unpaid'",
    "COMMENT ON COLUMN maintenance_vendor.trade IS 'PLB = plumbing, ELC = electrical, HVC = heating and cooling, PST = pest control, APL = appliance repair, GRD = grounds'",
    "COMMENT ON COLUMN maintenance_workorder.category IS 'PLB = plumbing, ELC = electrical, HVC = heating and cooling, APL = appliance, PST = pests, GEN = general repair, LCK = locks and keys, GRD = grounds and snow'",
    "COMMENT ON COLUMN maintenance_workorder.priority IS 'H = high, M = medium, L = low'",
    "COMMENT ON COLUMN maintenance_workorder.source IS 'PRT = tenant portal, PHN = phone, EML = email, STF = raised by staff'",
    "COMMENT ON COLUMN maintenance_workorder.wo_status IS 'OPN = open, INP = in progress, HLD = on hold, CLS = closed, CNL = cancelled'",
    "COMMENT ON COLUMN maintenance_workorder.logged_by_id IS 'staff member who entered the request; NULL for tenant portal requests'",
    "COMMENT ON COLUMN maintenance_workorder.assigned_to_id IS 'technician assigned; NULL when unassigned or sent to a vendor'",
    "COMMENT ON COLUMN maintenance_workorder.tenant_rating IS 'tenant survey after closing, 1 to 5; NULL when not answered'",
    "COMMENT ON COLUMN maintenance_workorder.tenant_chargeable IS 'damage caused by the tenant, billed to them'",
    "COMMENT ON COLUMN inspections_inspectionvisit.visit_type IS 'MI = move-in, MO = move-out, AN = annual, SF = fire and safety'",
    "COMMENT ON COLUMN inspections_inspectionvisit.condition_score IS '0 to 100; NULL until completed'",
]

FIRST = words(
    "Emma Olivia Ava Mia Sophia Harper Evelyn Abigail Chloe Grace Lily Zoe Nora Leah Hannah Maya Aaliyah"
    " Liam Noah Oliver Elijah James William Lucas Henry Mason Ethan Daniel Jack Owen Samuel Leo Ryan Omar"
    " Fatima Hodan Abdi Mohamed Nguyen Linh Mai Carlos Sofia Diego Ingrid Anders Kari Erik Tou Pa Yer"
)
LAST = words(
    "Anderson Johnson Nelson Olson Peterson Larson Carlson Hanson Swanson Lindqvist Berg Nguyen Vang Xiong"
    " Lee Moua Thao Yang Garcia Martinez Lopez Hassan Ali Warsame Smith Brown Miller Davis Wilson Moore"
    " Taylor Thomas Jackson White Harris Martin Thompson Clark Lewis Walker Young King Wright Scott Hill"
)

# role, first, last, hired, terminated, hourly rate
STAFF = [
    ("PM", "Karen", "Lindgren", dt.date(2015, 4, 1), None, None),
    ("PM", "Marcus", "Bell", dt.date(2018, 9, 17), None, None),
    ("PM", "Priya", "Raman", dt.date(2023, 9, 5), None, None),
    ("SUP", "Dale", "Kowalski", dt.date(2012, 6, 1), None, None),
    ("ACC", "Janet", "Osei", dt.date(2019, 2, 11), None, None),
    ("LA", "Tyler", "Brandt", dt.date(2020, 3, 2), None, 24.0),
    ("LA", "Ashley", "Moreno", dt.date(2021, 5, 10), dt.date(2024, 6, 28), 23.0),
    ("LA", "Jamal", "Price", dt.date(2022, 11, 14), None, 24.5),
    ("LA", "Sarah", "Vue", dt.date(2024, 7, 8), None, 25.0),
    ("MT", "Gary", "Novak", dt.date(2011, 8, 1), None, 38.5),
    ("MT", "Luis", "Ortega", dt.date(2016, 3, 14), None, 35.0),
    ("MT", "Brian", "Schultz", dt.date(2019, 10, 7), dt.date(2024, 2, 16), 33.0),
    ("MT", "Kevin", "Doyle", dt.date(2021, 1, 11), None, 32.5),
    ("MT", "Ahmed", "Farah", dt.date(2023, 4, 3), None, 31.0),
    ("MT", "Nate", "Sorensen", dt.date(2024, 1, 22), None, 30.0),
    ("MT", "Rosa", "Delgado", dt.date(2025, 2, 10), None, 31.0),
]

# name, street, city, zip, built, floors, elevator, heating, acquired, price, manager (staff id), units, mix, age factor
BUILDINGS = [
    ("Lakeview Commons", "3100 W Lake St", "Minneapolis", "55416", 1968, 6, True, "STM", dt.date(2016, 5, 2),
     8_400_000, 1, 48, "apt", 1.2),
    ("Cedar Terrace", "1815 Cedar Ave S", "Minneapolis", "55404", 1924, 3, False, "STM", dt.date(2018, 8, 20),
     2_150_000, 1, 18, "apt", 1.6),
    ("Summit Row Townhomes", "450 Summit Ave", "Saint Paul", "55102", 1998, 2, False, "GAS", dt.date(2019, 4, 15),
     4_300_000, 2, 16, "twn", 0.9),
    ("Grand Avenue Lofts", "1021 Grand Ave", "Saint Paul", "55105", 1911, 4, True, "GAS", dt.date(2020, 10, 1),
     5_600_000, 2, 24, "lft", 1.3),
    ("Nokomis Court", "5240 34th Ave S", "Minneapolis", "55417", 1962, 3, False, "ELB", dt.date(2023, 3, 15),
     3_050_000, 1, 21, "apt", 1.2),
    ("Harbor Point", "201 S Lake Ave", "Duluth", "55802", 1985, 5, True, "GAS", dt.date(2023, 10, 2),
     4_900_000, 3, 30, "apt", 1.0),
    ("Southdale Gardens", "6600 France Ave S", "Edina", "55435", 1974, 3, False, "ELB", dt.date(2024, 5, 20),
     4_450_000, 2, 27, "apt", 1.1),
    ("Mill District Flats", "700 S 2nd St", "Minneapolis", "55401", 2016, 7, True, "HPM", dt.date(2025, 2, 3),
     13_200_000, 3, 40, "new", 0.6),
]  # fmt: skip
CITY_RENT = {"Minneapolis": 1.0, "Saint Paul": 0.95, "Edina": 1.12, "Duluth": 0.8}

VENDORS = [  # company, trade, preferred, rate
    ("North Star Plumbing", "PLB", True, 115.0),
    ("Drain Kings of St. Paul", "PLB", False, 125.0),
    ("Twin Cities Electric Co.", "ELC", True, 120.0),
    ("Arrowhead Heating & Air", "HVC", True, 130.0),
    ("Metro Boiler Service", "HVC", False, 145.0),
    ("Bugout Pest Solutions", "PST", True, 95.0),
    ("Lakes Area Exterminators", "PST", False, 90.0),
    ("Appliance Doctor MN", "APL", True, 105.0),
    ("Green Acres Grounds & Snow", "GRD", True, 80.0),
    ("Lake Superior Snow Pros", "GRD", False, 85.0),
]

# category: (share, month factors Jan..Dec, common-area share, summaries, hours mean, parts mean)
CATEGORIES = {
    "PLB": (24, [1.6, 1.5, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.3], 0.05,
            ["Leaking faucet", "Clogged toilet", "Slow kitchen drain", "Frozen pipe", "Water heater leak",
             "Running toilet", "Leak under sink"], 1.8, 45),
    "ELC": (9, [1.1, 1.0, 1.0, 1.0, 0.9, 1.0, 1.1, 1.1, 0.9, 0.9, 1.0, 1.1], 0.15,
            ["Outlet not working", "Breaker keeps tripping", "Light fixture out", "Hallway lights out"], 1.5, 35),
    "HVC": (17, [2.7, 2.3, 1.3, 0.6, 0.5, 0.9, 1.4, 1.2, 0.5, 0.9, 1.7, 2.5], 0.05,
            ["No heat", "Radiator banging", "Thermostat not working", "AC not cooling", "Furnace noise",
             "Cold apartment"], 2.2, 80),
    "APL": (16, [1.0] * 12, 0.0,
            ["Dishwasher not draining", "Fridge not cooling", "Oven not heating", "Dryer not drying",
             "Garbage disposal jammed"], 1.4, 95),
    "PST": (6, [0.4, 0.4, 0.5, 0.8, 1.1, 1.4, 1.7, 1.9, 1.6, 1.0, 0.6, 0.4], 0.1,
            ["Mice in kitchen", "Cockroaches", "Ants", "Bed bugs", "Wasp nest"], 1.0, 20),
    "GEN": (17, [1.0] * 12, 0.2,
            ["Broken window blind", "Door sticking", "Drywall hole", "Cabinet hinge broken", "Loose handrail",
             "Carpet stain"], 1.6, 30),
    "LCK": (6, [1.0] * 12, 0.1, ["Locked out", "Key fob not working", "Deadbolt sticking", "Mailbox lock"], 0.6, 25),
    "GRD": (5, [2.8, 2.4, 1.2, 0.9, 1.0, 1.0, 0.9, 0.8, 0.7, 1.0, 1.3, 2.4], 1.0,
            ["Snow removal", "Icy sidewalk", "Lawn care", "Fallen tree branch", "Parking lot pothole"], 2.0, 15),
}  # fmt: skip
WEEKDAY_FACTOR = [1.4, 1.1, 1.0, 1.0, 0.95, 0.7, 0.75]
MOVE_IN_CHANCE = [0.12, 0.15, 0.3, 0.45, 0.65, 0.85, 0.9, 0.85, 0.55, 0.35, 0.18, 0.1]  # per month, summer peak


def _month_add(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _at(d: dt.date, rng: random.Random, lo: int = 8, hi: int = 18) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59)))


def _staff() -> list[Row]:
    rows: list[Row] = []
    for i, (role, first, last, hired, left, rate) in enumerate(STAFF, start=1):
        created = dt.datetime.combine(max(hired, dt.date(2019, 1, 7)), dt.time(9, 12))
        updated = dt.datetime.combine(left or dt.date(2025, 7, 1), dt.time(16, 40))
        email = f"{first[0].lower()}{last.lower()}@northlakeliving.com"
        rows.append((i, first, last, email, role, hired, left, left is None, rate, created, updated))
    return rows


def _active(staff: list[Row], role: str, day: dt.date) -> list[Row]:
    return [s for s in staff if s[4] == role and s[5] <= day and (s[6] is None or s[6] >= day)]


def _buildings() -> list[Row]:
    rows: list[Row] = []
    for i, b in enumerate(BUILDINGS, start=1):
        created = dt.datetime.combine(max(b[8], dt.date(2019, 1, 7)), dt.time(10, 5))
        rows.append((i, *b[:11], created, dt.datetime(2025, 8, 14, 11, 30)))
    return rows


def _units(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for bid, b in enumerate(BUILDINGS, start=1):
        floors, count, mix = b[5], b[11], b[12]
        per_floor = math.ceil(count / (1 if mix == "twn" else floors))
        for k in range(count):
            floor = 1 if mix == "twn" else k // per_floor + 1
            number = f"{k + 1:02d}" if mix == "twn" else f"{floor}{k % per_floor + 1:02d}"
            if mix == "twn":
                kind, beds = "TWN", weighted(rng, [2, 3], [60, 40])
            elif mix == "lft":
                kind, beds = "LFT", weighted(rng, [1, 2], [65, 35])
            else:
                kind = weighted(rng, ["STU", "APT"], [18, 82] if mix == "apt" else [25, 75])
                beds = 0 if kind == "STU" else weighted(rng, [1, 2, 3], [50, 38, 12])
            baths = 1.0 if beds <= 1 else weighted(rng, [1.0, 1.5, 2.0], [35, 30, 35])
            if kind == "TWN":
                baths = weighted(rng, [1.5, 2.0, 2.5], [30, 40, 30])
            sqft = round(
                rng.gauss({0: 470, 1: 690, 2: 960, 3: 1250}[beds], 60) * (1.2 if kind in ("TWN", "LFT") else 1)
            )
            base = {0: 1050, 1: 1300, 2: 1720, 3: 2150}[beds] * (
                1.25 if mix in ("lft", "new") else 1.15 if kind == "TWN" else 1
            )
            rent = base * CITY_RENT[b[2]] * rng.uniform(0.94, 1.06) * (1 + 0.01 * floor)
            rent = round(rent / 5) * 5
            created = dt.datetime.combine(max(b[8], dt.date(2019, 1, 7)), dt.time(10, 20))
            rows.append((len(rows) + 1, bid, number, floor, kind, beds, baths, sqft, float(rent),
                         rng.random() < (0.3 if mix == "new" else 0.04), "OCC", created, created))  # fmt: skip
    return rows


class _People:
    """The tenants made so far."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[Row] = []

    def new(self, applied: dt.date, rent: float) -> int:
        rng = self.rng
        first, last = rng.choice(FIRST), rng.choice(LAST)
        tid = len(self.rows) + 1
        email = (
            f"{first.lower()}.{last.lower()}{tid}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}"
        )
        phone = (
            None
            if rng.random() < 0.06
            else f"({rng.choice(['612', '651', '952', '218', '763'])}) 555-{rng.randint(0, 9999):04d}"
        )
        born = None if rng.random() < 0.12 else applied - dt.timedelta(days=round(365.25 * rng.uniform(19, 72)))
        income = None if rng.random() < 0.2 else money(rent * 12 * rng.uniform(2.6, 5.5))
        score = None if rng.random() < 0.15 else max(480, min(850, round(rng.gauss(695, 65))))
        contact = weighted(rng, ["E", "S", "P"], [55, 35, 10])
        created = _at(applied, rng, 7, 23)
        self.rows.append((tid, first, last, email, phone, born, income, score, rng.random() < 0.34, contact,
                          created, created + dt.timedelta(days=rng.randint(0, 400))))  # fmt: skip
        return tid


def _leases(
    rng: random.Random, units: list[Row], staff: list[Row], people: _People
) -> tuple[list[Row], list[Row], dict[int, float]]:
    """Leases unit by unit, renewals and turnovers; the M2M rows; each primary tenant's lateness."""
    acquired = {bid: b[8] for bid, b in enumerate(BUILDINGS, start=1)}
    leases: list[Row] = []
    members: list[Row] = []
    lateness: dict[int, float] = {}
    for unit in units:
        uid, bid, beds, market = unit[0], unit[1], unit[5], unit[8]
        since = max(START, acquired[bid])
        growth = 1.045

        def rent_at(day: dt.date, market: float = market, growth: float = growth) -> float:
            return (
                round(market / growth ** ((dt.date(2025, 7, 1) - day).days / 365.25) * rng.uniform(0.96, 1.03) / 5) * 5
            )

        # the lease in place when the building came in (or the app started)
        if rng.random() < 0.94:
            term = weighted(rng, [12, 6, 18], [80, 8, 12])
            back = list(range(1, term))
            start = _month_add(
                since, -weighted(rng, back, [MOVE_IN_CHANCE[_month_add(since, -k).month - 1] ** 2 for k in back])
            )
            carried = True
        else:
            start = _month_add(since, rng.randint(1, 3))
            term = 12
            carried = False
        tenant: int | None = None
        renewal = False
        deposit = 0.0
        while start <= dt.date(2025, 10, 1):
            rent = rent_at(start)
            applied = start - dt.timedelta(days=rng.randint(10, 45))
            if tenant is None:
                tenant = people.new(applied, rent)
                lateness[tenant] = weighted(rng, [0.03, 0.15, 0.45], [70, 22, 8])
                co = [
                    people.new(applied, rent)
                    for _ in range(weighted(rng, [0, 1, 2], [55, 38, 7] if beds >= 2 else [80, 20, 0]))
                ]
            else:
                co = []
            end = _month_add(start, term) - dt.timedelta(days=1)
            signed_day = max(start - dt.timedelta(days=rng.randint(20, 60)), dt.date(2019, 1, 7))
            agents = _active(staff, "LA", signed_day) or _active(staff, "LA", START)
            agent = None if carried and rng.random() < 0.5 else rng.choice(agents)[0]
            created = _at(max(signed_day, since - dt.timedelta(days=1)) if carried else signed_day, rng)
            terminated = rng.random() < 0.06 and term >= 12
            move_out: dt.date | None = None
            if terminated:
                move_out = _month_add(start, rng.randint(3, term - 2)) - dt.timedelta(days=rng.randint(1, 12))
                if move_out <= since:
                    terminated, move_out = False, None
            renews = not terminated and rng.random() < 0.55
            if not terminated and not renews:
                move_out = end
            if start > END:
                status = "PND"
            elif move_out is not None and move_out <= END:
                status = "TRM" if terminated else "EXP"
            elif end < END and renews:
                status = "EXP"
            else:
                status = "ONG"
            if move_out is not None and move_out > END:
                move_out = None if status != "EXP" else move_out
            move_in = None if renewal or status == "PND" else start
            autopay = rng.random() < 0.45
            if not renewal:
                deposit = float(rent if rng.random() < 0.8 else rent * 1.5)
            updated = created + dt.timedelta(days=rng.randint(0, 30))
            if status in ("EXP", "TRM") and move_out is not None:
                updated = _at(min(move_out + dt.timedelta(days=rng.randint(1, 20)), END), rng)
            lid = len(leases) + 1
            leases.append((lid, uid, tenant, agent, start, end, term, float(rent), deposit, status, renewal,
                           autopay, move_in, move_out, created, updated))  # fmt: skip
            for t in [tenant, *co]:
                members.append((len(members) + 1, lid, t))
            carried = False
            if renews and move_out is None:
                start = end + dt.timedelta(days=1)
                term = weighted(rng, [12, 6, 18, 24], [78, 6, 8, 8])
                renewal = True
                continue
            # turnover: vacant until a move-in month comes up
            if move_out is None:
                break
            nxt = _month_add(move_out, 1)
            while rng.random() > MOVE_IN_CHANCE[nxt.month - 1]:
                nxt = _month_add(nxt, 1)
            start, tenant, renewal = nxt, None, False
            term = weighted(rng, [12, 6, 18], [82, 6, 12])
            if nxt.month in (11, 12, 1, 2) and rng.random() < 0.5:
                term = (8 - nxt.month) % 12  # a short lease that ends in July, back in the moving season
    return leases, members, lateness


def _payments(rng: random.Random, leases: list[Row], units: list[Row], lateness: dict[int, float]) -> list[Row]:
    acquired: dict[int, dt.date] = {u[0]: BUILDINGS[u[1] - 1][8] for u in units}
    rows: list[Row] = []
    for lease in sorted(leases, key=lambda r: r[0]):
        lid, tenant, start, end, rent, status, autopay, move_out = (
            lease[0],
            lease[2],
            lease[4],
            lease[5],
            lease[7],
            lease[9],
            lease[11],
            lease[13],
        )
        if status == "PND":
            continue
        since = max(acquired[lease[1]], START)
        month = max(dt.date(start.year, start.month, 1), _month_add(since, 0 if since.day == 1 else 1))
        last = dt.date((move_out or END).year, (move_out or END).month, 1)
        last = min(last, dt.date(END.year, END.month, 1), dt.date(end.year, end.month, 1))
        late_p = lateness[tenant]
        skipped = status == "TRM" and rng.random() < 0.4
        while month <= last:
            due = month
            fee_rate = 50.0 if month < dt.date(2024, 1, 1) else 75.0
            method: str | None
            if autopay:
                paid_on: dt.date | None = due
                paid, method = rent, "ACH"
                if rng.random() < 0.015:
                    paid_on = due + dt.timedelta(days=rng.randint(3, 9))  # returned ACH, paid again
            else:
                if rng.random() < late_p:
                    paid_on = due + dt.timedelta(days=round(rng.expovariate(1 / 9)) + 2)
                else:
                    paid_on = due - dt.timedelta(days=rng.randint(0, 4)) + dt.timedelta(days=rng.randint(0, 3))
                paid = rent
                if rng.random() < late_p * 0.25:
                    paid = money(rent * rng.choice([0.5, 0.6, 0.75, 0.8]))
                method = weighted(rng, ["ACH", "CHK", "CRD", "MOR"], [45, 30, 18, 7])
            if skipped and month >= _month_add(last, -1):
                paid_on, paid, method = None, 0.0, None
            if (
                month >= dt.date(2025, 8, 1)
                and not autopay
                and rng.random() < late_p * (1.2 if month.month == 9 else 0.5)
            ):
                paid_on, paid, method = None, 0.0, None
            if paid_on is not None and paid_on > END:
                paid_on, paid, method = None, 0.0, None
            fee = (
                fee_rate
                if (paid_on is None and due + dt.timedelta(days=5) < END)
                or (paid_on is not None and (paid_on - due).days > 5)
                else 0.0
            )
            created = dt.datetime.combine(month - dt.timedelta(days=10), dt.time(2, 0))
            updated = (
                dt.datetime.combine(paid_on, dt.time(rng.randint(6, 21), rng.randint(0, 59))) if paid_on else created
            )
            rows.append(
                (len(rows) + 1, lid, month, due, float(rent), float(paid), paid_on, fee, method, created, updated)
            )
            month = _month_add(month, 1)
    return rows


def _occupant(leases_by_unit: dict[int, list[Row]], uid: int, day: dt.date) -> Row | None:
    for lease in leases_by_unit.get(uid, []):
        moved_out = lease[13] or lease[5]
        if lease[4] <= day <= moved_out and lease[9] != "PND":
            return lease
    return None


def _workorders(
    rng: random.Random, units: list[Row], staff: list[Row], leases: list[Row], vendors: list[Row]
) -> list[Row]:
    acquired = {bid: b[8] for bid, b in enumerate(BUILDINGS, start=1)}
    age = {bid: b[13] for bid, b in enumerate(BUILDINGS, start=1)}
    by_unit: dict[int, list[Row]] = {}
    for lease in leases:
        by_unit.setdefault(lease[1], []).append(lease)
    units_by_building: dict[int, list[Row]] = {}
    for u in units:
        units_by_building.setdefault(u[1], []).append(u)
    vendors_by_trade: dict[str, list[Row]] = {}
    for v in vendors:
        vendors_by_trade.setdefault(v[2], []).append(v)
    cats = list(CATEGORIES)
    rows: list[Row] = []
    for day in days(START, END):
        for bid, bunits in units_by_building.items():
            if acquired[bid] > day:
                continue
            for cat in cats:
                share, months, common, summaries, hours_mean, parts_mean = CATEGORIES[cat]
                mean = len(bunits) * 0.3 / 30 * share / 100 * months[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
                if cat in ("HVC", "PLB"):
                    mean *= age[bid]
                if cat == "GRD" and BUILDINGS[bid - 1][2] == "Duluth":
                    mean *= 1.8
                for _ in range(poisson(rng, mean)):
                    rows.append(_one_order(rng, day, bid, bunits, cat, common, summaries, hours_mean, parts_mean,
                                           staff, by_unit, vendors_by_trade))  # fmt: skip
    rows.sort(key=lambda r: r[-2])
    return [(i, *r) for i, r in enumerate(rows, start=1)]


def _one_order(
    rng: random.Random,
    day: dt.date,
    bid: int,
    bunits: list[Row],
    cat: str,
    common: float,
    summaries: list[str],
    hours_mean: float,
    parts_mean: float,
    staff: list[Row],
    by_unit: dict[int, list[Row]],
    vendors_by_trade: dict[str, list[Row]],
) -> Row:
    unit: Row | None = None if rng.random() < common else rng.choice(bunits)
    occupant = _occupant(by_unit, unit[0], day) if unit else None
    tenant = occupant[2] if occupant and rng.random() < 0.9 else None
    source = "STF" if tenant is None else weighted(rng, ["PRT", "PHN", "EML"], [62 if day.year >= 2023 else 45, 30, 8])
    if source == "PRT":
        created = dt.datetime.combine(day, dt.time(weighted(rng, list(range(24)), [1, 1, 1, 1, 1, 2, 4, 6, 7, 6, 5, 5, 5, 5, 5, 5, 6, 8, 10, 11, 10, 8, 5, 3]),
                                                   rng.randint(0, 59), rng.randint(0, 59)))  # fmt: skip
    else:
        created = _at(day, rng, 8, 18)
    office = _active(staff, "PM", day) + _active(staff, "LA", day) + _active(staff, "SUP", day)
    techs = _active(staff, "MT", day)
    logged = None if source == "PRT" else rng.choice(office + techs if source == "STF" else office)[0]
    summary = rng.choice(summaries)
    high = summary in (
        "No heat",
        "Frozen pipe",
        "Water heater leak",
        "Locked out",
        "Breaker keeps tripping",
        "Icy sidewalk",
        "Cold apartment",
    )
    if high and summary == "Cold apartment":
        high = rng.random() < 0.5
    priority = "H" if high else weighted(rng, ["H", "M", "L"], [8, 57, 35])
    trade = {"GEN": None, "LCK": None}.get(cat, cat)
    use_vendor = (
        trade is not None
        and trade in vendors_by_trade
        and rng.random() < (0.85 if cat == "GRD" else 0.5 if cat == "PST" else 0.12)
    )
    vendor = None
    if use_vendor and trade:
        choices = vendors_by_trade[trade]
        vendor = weighted(rng, choices, [3] + [1] * (len(choices) - 1))
    assigned = None if vendor else weighted(rng, techs, [1.6 if t[0] == 10 else 1.0 for t in techs])[0]
    # how long it takes
    hours_to_close = {"H": rng.expovariate(1 / 10), "M": rng.expovariate(1 / 70), "L": rng.expovariate(1 / 200)}[
        priority
    ]
    if vendor:
        hours_to_close *= 1.8
    if priority != "H" and rng.random() < 0.06:
        hours_to_close += rng.uniform(100, 1500)  # waiting for parts, a vendor or the tenant
    completed = created + dt.timedelta(hours=hours_to_close + 0.5)
    end_of_data = dt.datetime.combine(END, dt.time(23, 59))
    if completed > end_of_data:
        status = weighted(rng, ["OPN", "INP", "HLD"], [40, 45, 15])
        if assigned is None and vendor is None:
            status = "OPN"
        completed_at = None
    else:
        status = "CNL" if rng.random() < 0.04 else "CLS"
        completed_at = completed if status == "CLS" else None
    if status == "OPN" and rng.random() < 0.5:
        assigned = None
    scheduled = None
    if priority != "H" and status != "CNL":
        scheduled = (created + dt.timedelta(hours=max(hours_to_close - rng.uniform(0, 24), 0))).date()
    hours = labor = parts = None
    if status == "CLS":
        hours = round(max(0.25, rng.gammavariate(2.0, hours_mean / 2.0)) * 4) / 4
        rate = vendor[5] if vendor else 45.0
        labor = money(hours * rate + (rng.choice([0, 0, 75, 95]) if vendor else 0))
        parts = None if rng.random() < 0.1 else money(rng.expovariate(1 / parts_mean) if rng.random() < 0.8 else 0.0)
    chargeable = (
        status == "CLS" and unit is not None and rng.random() < (0.15 if cat in ("PLB", "LCK", "GEN") else 0.04)
    )
    rating = None
    if status == "CLS" and tenant is not None and rng.random() < 0.42:
        slow = hours_to_close > {"H": 24, "M": 120, "L": 336}[priority]
        rating = weighted(rng, [1, 2, 3, 4, 5], [18, 20, 27, 22, 13] if slow else [3, 5, 14, 38, 40])
    permitted = unit is not None and rng.random() < 0.8
    updated = completed_at or created + dt.timedelta(hours=rng.uniform(0.1, 48))
    if updated > end_of_data:
        updated = end_of_data - dt.timedelta(minutes=rng.randint(1, 300))
    return (bid, unit[0] if unit else None, tenant, logged, assigned, vendor[0] if vendor else None, summary, cat,
            priority, source, status, permitted, scheduled, completed_at, hours, labor, parts, chargeable, rating,
            created, updated)  # fmt: skip


def _inspections(rng: random.Random, units: list[Row], staff: list[Row], leases: list[Row]) -> list[Row]:
    acquired = {bid: b[8] for bid, b in enumerate(BUILDINGS, start=1)}
    age = {bid: b[13] for bid, b in enumerate(BUILDINGS, start=1)}
    bld = {u[0]: u[1] for u in units}
    visits: list[tuple[int, int | None, str, dt.date]] = []
    for lease in leases:
        if lease[12] is not None and lease[12] >= max(START, acquired[bld[lease[1]]]):
            visits.append((lease[1], lease[0], "MI", lease[12] - dt.timedelta(days=rng.randint(0, 2))))
        if lease[13] is not None and lease[13] >= START:
            visits.append((lease[1], lease[0], "MO", lease[13] + dt.timedelta(days=rng.randint(0, 3))))
    for unit in units:
        for year in (2023, 2024, 2025):
            on = dt.date(year, 4, 1) + dt.timedelta(days=rng.randint(0, 60))
            if acquired[unit[1]] < on:
                visits.append((unit[0], None, "AN", on))
            sf = dt.date(year, 10, 1) + dt.timedelta(days=rng.randint(0, 27))
            if year < 2025 and acquired[unit[1]] < sf:
                visits.append((unit[0], None, "SF", sf))
    rows: list[Row] = []
    for uid, lid, kind, on in sorted(visits, key=lambda v: (v[3], v[0], v[2])):
        while on.weekday() >= 5:
            on += dt.timedelta(days=1)
        inspectors = _active(staff, "PM", on) + _active(staff, "SUP", on)
        if kind == "SF":
            inspectors = _active(staff, "SUP", on) + _active(staff, "MT", on)
        inspector = None if rng.random() < 0.03 else rng.choice(inspectors)[0]
        done = on <= END and rng.random() > 0.02
        completed = min(on + dt.timedelta(days=weighted(rng, [0, 1, 3, 7], [80, 10, 6, 4])), END) if done else None
        score = passed = issues = None
        if completed is not None:
            mean = {"MI": 94, "MO": 74, "AN": 86, "SF": 90}[kind] - 8 * (age[bld[uid]] - 1)
            score = max(20, min(100, round(rng.gauss(mean, 9))))
            passed = score >= 70
            issues = max(0, round((100 - score) / 6 + rng.gauss(0, 1.2)))
        created = _at(on - dt.timedelta(days=rng.randint(3, 30)), rng)
        updated = _at(completed, rng) if completed else created
        rows.append((len(rows) + 1, uid, lid, inspector, kind, on, completed, score, passed, issues, created, updated))
    return rows


def _finish_units(units: list[Row], leases: list[Row], rng: random.Random) -> list[Row]:
    """The occupancy status on the snapshot day, from the leases."""
    occupied = {lease[1] for lease in leases if lease[9] == "ONG"}
    out: list[Row] = []
    for u in units:
        status = "OCC" if u[0] in occupied else "VAC"
        if status == "VAC" and (BUILDINGS[u[1] - 1][4] < 1930 or rng.random() < 0.3):  # old buildings redone
            status = "REN"
        updated = dt.datetime(2025, 9, rng.randint(1, 30), rng.randint(8, 17), rng.randint(0, 59))
        out.append((*u[:10], status, u[11], updated))
    return out


def build() -> Catalog:
    """The whole property-management schema, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    staff = _staff()
    catalog.add("people_staffmember", staff)
    catalog.add("properties_building", _buildings())
    units = _units(rng)
    people = _People(rng)
    leases, members, lateness = _leases(rng, units, staff, people)
    catalog.add("properties_rentalunit", _finish_units(units, leases, rng))
    catalog.add("people_tenant", people.rows)
    catalog.add("leasing_leaseagreement", leases)
    catalog.add("leasing_leaseagreement_tenants", members)
    catalog.add("leasing_rentpayment", _payments(rng, leases, units, lateness))
    vendors = [(i, v[0], v[1], f"(612) 555-{1000 + 37 * i:04d}", v[2], v[3],
                dt.datetime(2019, 3, 4 + i, 10, 0), dt.datetime(2024, 11, 2 + i, 15, 0))
               for i, v in enumerate(VENDORS, start=1)]  # fmt: skip
    catalog.add("maintenance_vendor", vendors)
    catalog.add("maintenance_workorder", _workorders(rng, units, staff, leases, vendors))
    catalog.add("inspections_inspectionvisit", _inspections(rng, units, staff, leases))
    return catalog
