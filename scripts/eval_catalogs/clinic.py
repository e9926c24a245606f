"""A chain of outpatient clinics in the style of a Rails app: lowercase singular tables, full-word columns, `id` keys.

Six tables with declared foreign keys (two of them from `appointment` to `doctor`: the treating doctor and
the referring one), a one-letter urgency code and sex, a few column comments, a growing patient base, a
winter flu season, a weekday rhythm, no-shows and cancellations with NULL durations and ratings.
Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words

SEED = 150_005
START, END = dt.date(2022, 1, 1), dt.date(2025, 3, 31)

DDL = [
    """CREATE TABLE clinic (
        id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, city VARCHAR NOT NULL, state VARCHAR(2) NOT NULL,
        opened_on DATE NOT NULL, exam_rooms INTEGER NOT NULL)""",
    """CREATE TABLE doctor (
        id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, specialty VARCHAR NOT NULL,
        clinic_id INTEGER NOT NULL REFERENCES clinic (id), hired_on DATE NOT NULL,
        years_of_experience INTEGER NOT NULL, accepts_new_patients BOOLEAN NOT NULL)""",
    """CREATE TABLE patient (
        id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, birth_date DATE NOT NULL,
        sex VARCHAR(1), city VARCHAR, insurance_type VARCHAR NOT NULL, registered_on DATE NOT NULL,
        primary_doctor_id INTEGER REFERENCES doctor (id))""",
    """CREATE TABLE appointment (
        id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient (id),
        doctor_id INTEGER NOT NULL REFERENCES doctor (id), referring_doctor_id INTEGER REFERENCES doctor (id),
        clinic_id INTEGER NOT NULL REFERENCES clinic (id), scheduled_at TIMESTAMP NOT NULL,
        visit_type VARCHAR NOT NULL, urgency VARCHAR(1) NOT NULL, status VARCHAR NOT NULL,
        wait_minutes INTEGER, duration_minutes INTEGER, fee DECIMAL(8, 2) NOT NULL,
        insurance_paid DECIMAL(8, 2), satisfaction_score INTEGER)""",
    """CREATE TABLE medication (
        id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, drug_class VARCHAR NOT NULL, is_generic BOOLEAN NOT NULL,
        unit_price DECIMAL(8, 2) NOT NULL)""",
    """CREATE TABLE prescription (
        id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointment (id),
        medication_id INTEGER NOT NULL REFERENCES medication (id), quantity INTEGER NOT NULL,
        refills INTEGER NOT NULL, days_supply INTEGER NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN appointment.urgency IS 'R = routine, S = same day, U = urgent'",
    "COMMENT ON COLUMN patient.sex IS 'F = female, M = male, X = unspecified'",
    "COMMENT ON COLUMN appointment.satisfaction_score IS 'post-visit survey, 1 (poor) to 5 (excellent); NULL when not answered'",
    "COMMENT ON COLUMN appointment.insurance_paid IS 'amount the insurer paid; NULL for self-pay'",
]

CLINICS = [  # id, name, city, state, opened, exam rooms, weight
    (1, "Downtown Health Center", "Denver", "CO", dt.date(2009, 5, 1), 18, 30),
    (2, "Cherry Creek Clinic", "Denver", "CO", dt.date(2014, 3, 1), 10, 16),
    (3, "Boulder Family Practice", "Boulder", "CO", dt.date(2012, 8, 1), 12, 18),
    (4, "Aurora Medical Group", "Aurora", "CO", dt.date(2017, 1, 15), 9, 14),
    (5, "Fort Collins Care", "Fort Collins", "CO", dt.date(2019, 6, 1), 8, 12),
    (6, "Cheyenne Valley Clinic", "Cheyenne", "WY", dt.date(2023, 4, 1), 6, 10),
]
SPECIALTIES = {  # name: (doctors, fee, minutes)
    "Family Medicine": (14, 140, 20),
    "Pediatrics": (7, 130, 20),
    "Internal Medicine": (6, 170, 25),
    "Cardiology": (3, 320, 35),
    "Dermatology": (3, 240, 20),
    "Orthopedics": (3, 290, 30),
    "Psychiatry": (3, 260, 50),
    "Obstetrics": (3, 230, 30),
}
MEDICATIONS = [  # name, class, generic, unit price
    ("Amoxicillin", "Antibiotic", True, 0.45),
    ("Azithromycin", "Antibiotic", True, 1.9),
    ("Cephalexin", "Antibiotic", True, 0.6),
    ("Augmentin", "Antibiotic", False, 4.8),
    ("Lisinopril", "Antihypertensive", True, 0.2),
    ("Amlodipine", "Antihypertensive", True, 0.25),
    ("Losartan", "Antihypertensive", True, 0.35),
    ("Atorvastatin", "Statin", True, 0.3),
    ("Rosuvastatin", "Statin", True, 0.55),
    ("Crestor", "Statin", False, 9.8),
    ("Metformin", "Antidiabetic", True, 0.15),
    ("Jardiance", "Antidiabetic", False, 19.5),
    ("Ozempic", "Antidiabetic", False, 235.0),
    ("Sertraline", "Antidepressant", True, 0.4),
    ("Escitalopram", "Antidepressant", True, 0.5),
    ("Bupropion", "Antidepressant", True, 0.9),
    ("Ibuprofen", "Analgesic", True, 0.08),
    ("Naproxen", "Analgesic", True, 0.12),
    ("Tramadol", "Analgesic", True, 0.7),
    ("Albuterol", "Bronchodilator", True, 28.0),
    ("Fluticasone", "Corticosteroid", True, 1.1),
    ("Prednisone", "Corticosteroid", True, 0.18),
    ("Oseltamivir", "Antiviral", True, 6.5),
    ("Paxlovid", "Antiviral", False, 95.0),
    ("Tretinoin", "Retinoid", True, 3.2),
    ("Levothyroxine", "Thyroid", True, 0.22),
]
FIRST_F = words("Emma Olivia Ava Mia Sophia Isabella Amelia Harper Evelyn Abigail Chloe Grace Lily Zoe Nora Leah")
FIRST_M = words("Liam Noah Oliver Elijah James William Lucas Henry Mason Ethan Daniel Jack Owen Samuel Leo Ryan")
LAST = words("Smith Johnson Brown Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Thomas Taylor")
LAST += words("Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker")
CITIES = ["Denver", "Boulder", "Aurora", "Fort Collins", "Lakewood", "Littleton", "Cheyenne", "Golden"]
MONTH_FACTOR = [1.35, 1.3, 1.1, 0.95, 0.9, 0.85, 0.8, 0.95, 1.05, 1.0, 1.05, 1.2]  # flu season in winter
WEEKDAY_FACTOR = [1.25, 1.1, 1.05, 1.1, 0.95, 0.35, 0.0]
VISIT_TYPES = ["Checkup", "Follow-up", "Consultation", "Telehealth", "Procedure"]


def _doctors(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for specialty, (count, _, _) in SPECIALTIES.items():
        for i in range(count):
            clinic = (
                CLINICS[(i * 5 + len(rows)) % len(CLINICS)] if count > len(CLINICS) // 2 else rng.choice(CLINICS[:4])
            )
            name = f"Dr. {rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
            while any(r[1] == name for r in rows):  # names stay unique: a doctor is asked about by name
                name = f"Dr. {rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
            hired = random_date(rng, max(clinic[4], dt.date(2008, 1, 1)), dt.date(2024, 9, 30))
            years = (END - hired).days // 365 + rng.randint(2, 15)
            rows.append((len(rows) + 1, name, specialty, clinic[0], hired, years,
                         rng.random() < 0.7))  # fmt: skip
    return rows


def _patients(rng: random.Random, doctors: list[Row]) -> list[Row]:
    family = [d[0] for d in doctors if d[2] in ("Family Medicine", "Internal Medicine", "Pediatrics")]
    rows: list[Row] = []
    for pid in range(1, 5001):
        sex = weighted(rng, ["F", "M", "X", None], [52, 45, 1, 2])
        first = rng.choice(FIRST_F if sex == "F" else FIRST_M if sex == "M" else FIRST_F + FIRST_M)
        birth = random_date(rng, dt.date(1935, 1, 1), dt.date(2024, 6, 30))
        if rng.random() < 0.3:
            birth = random_date(rng, dt.date(1950, 1, 1), dt.date(1965, 12, 31))
        insurance = weighted(rng, ["Private", "Medicare", "Medicaid", "Self-pay"], [55, 20, 17, 8])
        if birth.year < 1958:
            insurance = "Medicare"
        registered = dt.date(2015, 1, 1) + dt.timedelta(
            days=round((END - dt.date(2015, 1, 1)).days * rng.random() ** 0.7)
        )
        city = None if rng.random() < 0.05 else rng.choice(CITIES)
        primary = None if rng.random() < 0.15 else rng.choice(family)
        rows.append((pid, first, rng.choice(LAST), birth, sex, city, insurance, registered, primary))
    return rows


def _appointments(rng: random.Random, patients: list[Row], doctors: list[Row]) -> list[Row]:
    by_clinic = {c[0]: [d for d in doctors if d[3] == c[0]] for c in CLINICS}
    primary_care = [d[0] for d in doctors if d[2] in ("Family Medicine", "Internal Medicine", "Pediatrics")]
    by_registration = sorted(patients, key=lambda p: p[7])
    registered_on = [p[7] for p in by_registration]
    rows: list[Row] = []
    for day in days(START, END):
        years = (day - START).days / 365.25
        open_clinics = [c for c in CLINICS if c[4] <= day]
        clinic_cum = list(accumulate(c[6] for c in open_clinics))
        registered = by_registration[: bisect.bisect_right(registered_on, day)]
        mean = 32 * 1.14**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        for _ in range(poisson(rng, mean)):
            clinic = rng.choices(open_clinics, cum_weights=clinic_cum)[0]
            doctor = rng.choice(by_clinic[clinic[0]] or doctors)
            patient = rng.choice(registered)
            _, base_fee, minutes = SPECIALTIES[doctor[2]]
            specialist = doctor[0] not in primary_care
            referring = rng.choice(primary_care) if specialist and rng.random() < 0.75 else None
            kind = weighted(rng, VISIT_TYPES, [30, 25, 15 if specialist else 5, 10 + 8 * years, 8 if specialist else 2])
            urgency = weighted(rng, ["R", "S", "U"], [75, 18, 7 if not specialist else 2])
            at = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
            status = weighted(rng, ["Completed", "Cancelled", "No-show"], [84, 10, 6 if kind != "Telehealth" else 3])
            if day > END - dt.timedelta(days=14) and rng.random() < 0.6:
                status = "Scheduled"
            done = status == "Completed"
            wait = round(rng.expovariate(1 / (14 if urgency == "R" else 28))) if done and kind != "Telehealth" else None
            duration = max(5, round(rng.gauss(minutes, minutes / 4))) if done else None
            fee = money(base_fee * (1.6 if kind == "Procedure" else 0.8 if kind == "Telehealth" else 1.0) * 1.04**years)
            insured = patient[6] != "Self-pay"
            paid = money(float(fee) * rng.uniform(0.55, 0.9)) if done and insured else None
            score = None
            if done and rng.random() < 0.4:
                score = weighted(rng, [1, 2, 3, 4, 5], [4, 6, 15, 35, 40] if (wait or 0) < 30 else [15, 20, 30, 25, 10])
            rows.append((len(rows) + 1, patient[0], doctor[0], referring, clinic[0], at, kind, urgency, status, wait,
                         duration, fee, paid, score))  # fmt: skip
    return rows


def _prescriptions(rng: random.Random, appointments: list[Row]) -> list[Row]:
    rows: list[Row] = []
    med_weights = [8 if m[0] in ("Amoxicillin", "Lisinopril", "Atorvastatin", "Metformin", "Ibuprofen") else 3
                   for m in MEDICATIONS]  # fmt: skip
    antivirals = [i + 1 for i, m in enumerate(MEDICATIONS) if m[1] == "Antiviral"]
    for appt in appointments:
        if appt[8] != "Completed" or rng.random() < 0.45:
            continue
        for _ in range(weighted(rng, [1, 2, 3], [70, 22, 8])):
            med = rng.choices(range(1, len(MEDICATIONS) + 1), weights=med_weights)[0]
            if appt[5].month in (12, 1, 2) and rng.random() < 0.15:
                med = rng.choice(antivirals)
            supply = weighted(rng, [7, 10, 30, 90], [20, 15, 45, 20])
            rows.append(
                (len(rows) + 1, appt[0], med, supply * rng.choice([1, 1, 2]), rng.choice([0, 0, 1, 2, 3, 5]), supply)
            )
    return rows


def build() -> Catalog:
    """The whole clinic schema, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("clinic", [c[:6] for c in CLINICS])
    doctors = _doctors(rng)
    catalog.add("doctor", doctors)
    patients = _patients(rng, doctors)
    catalog.add("patient", patients)
    catalog.add("medication", [(i + 1, *m) for i, m in enumerate(MEDICATIONS)])
    appointments = _appointments(rng, patients, doctors)
    catalog.add("appointment", appointments)
    catalog.add("prescription", _prescriptions(rng, appointments))
    return catalog
