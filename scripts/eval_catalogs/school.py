"""A high school's workbook imported sheet by sheet: Title Case names with spaces, units and punctuation.

Seven tables named after their sheets (`Students`, `Grades`, `Attendance Log`, `Library Loans`, `Fee Payments`)
whose columns keep the spreadsheet headers as typed (`"Student ID"`, `"Score (%)"`, `"Amount ($)"`,
`"Bus Route #"`, `"Free/Reduced Lunch"`). As with any workbook there are no declared keys: sheets share key
columns by name (`"Student ID"`, `"Course Code"`, `"Teacher ID"`), and `Students."Advisor ID"` holds a teacher's
id under another name. One-letter codes (house, status, attendance code, payment method) explained in a few
column comments. Four school years (2021-22 to 2024-25, the last one in progress) with growing cohorts, a
school calendar (no weekends, summer, winter and spring breaks), a winter absence peak, a lunch-time library
rush, NULL scores for courses in progress, NULL return dates for books still out. Deterministic: one seeded
`random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random

from scripts.eval_catalogs.common import Catalog, Row, money, poisson, weighted, words

SEED = 170_011
YEARS = [2021, 2022, 2023, 2024]  # school year starting in August of this year
END = dt.date(2025, 3, 28)  # the workbook was exported on the last school day of March 2025

DDL = [
    """CREATE TABLE "Teachers" (
        "Teacher ID" VARCHAR NOT NULL, "Full Name" VARCHAR NOT NULL, "Department" VARCHAR NOT NULL,
        "Hire Date" DATE NOT NULL, "Annual Salary ($)" INTEGER NOT NULL, "FTE" DOUBLE NOT NULL, "Room" VARCHAR)""",
    """CREATE TABLE "Courses" (
        "Course Code" VARCHAR NOT NULL, "Course Title" VARCHAR NOT NULL, "Department" VARCHAR NOT NULL,
        "Credits" DOUBLE NOT NULL, "Level" VARCHAR NOT NULL, "Teacher ID" VARCHAR NOT NULL,
        "Max Seats" INTEGER NOT NULL)""",
    """CREATE TABLE "Students" (
        "Student ID" INTEGER NOT NULL, "First Name" VARCHAR NOT NULL, "Last Name" VARCHAR NOT NULL,
        "Gender" VARCHAR, "DOB" DATE NOT NULL, "Class Of" INTEGER NOT NULL, "House" VARCHAR NOT NULL,
        "Enrolled" DATE NOT NULL, "Status" VARCHAR NOT NULL, "Exit Date" DATE,
        "Free/Reduced Lunch" VARCHAR NOT NULL, "Advisor ID" VARCHAR, "Bus Route #" INTEGER, "Home ZIP" VARCHAR)""",
    """CREATE TABLE "Grades" (
        "School Year" VARCHAR NOT NULL, "Term" VARCHAR NOT NULL, "Student ID" INTEGER NOT NULL,
        "Course Code" VARCHAR NOT NULL, "Score (%)" DOUBLE, "Letter" VARCHAR, "Days Absent" INTEGER)""",
    """CREATE TABLE "Attendance Log" (
        "Date" DATE NOT NULL, "Student ID" INTEGER NOT NULL, "Period" INTEGER, "Code" VARCHAR NOT NULL,
        "Minutes Late" INTEGER, "Entered At" TIMESTAMP NOT NULL)""",
    """CREATE TABLE "Library Loans" (
        "Loan #" INTEGER NOT NULL, "Student ID" INTEGER NOT NULL, "Book Title" VARCHAR NOT NULL,
        "Category" VARCHAR NOT NULL, "Checked Out" TIMESTAMP NOT NULL, "Due" DATE NOT NULL, "Returned" DATE,
        "Late Fee ($)" DOUBLE)""",
    """CREATE TABLE "Fee Payments" (
        "Receipt No." VARCHAR NOT NULL, "Student ID" INTEGER NOT NULL, "Paid On" DATE NOT NULL,
        "Fee Type" VARCHAR NOT NULL, "Amount ($)" DECIMAL(8, 2) NOT NULL, "Method" VARCHAR NOT NULL, "Notes" VARCHAR)""",
]
COMMENTS = [
    """COMMENT ON COLUMN "Students"."House" IS 'R = Red, B = Blue, G = Green, Y = Yellow'""",
    """COMMENT ON COLUMN "Students"."Status" IS 'A = active, G = graduated, W = withdrawn'""",
    """COMMENT ON COLUMN "Attendance Log"."Code" IS 'A = unexcused absence, E = excused absence, T = tardy'""",
    """COMMENT ON COLUMN "Fee Payments"."Method" IS 'C = cash, K = check, O = online'""",
    """COMMENT ON COLUMN "Courses"."Level" IS 'CP = college prep, H = honors, AP = advanced placement'""",
]

DEPARTMENTS = {  # department: teachers, salary base
    "English": 9, "Mathematics": 10, "Science": 10, "Social Studies": 8, "World Languages": 6,
    "Arts": 5, "Physical Education": 5, "Computer Science": 3,
}  # fmt: skip
# course code, title, department, credits, level, grade levels it is taken in
COURSES = [
    ("ENG-09", "English 9", "English", 1.0, "CP", (9,)),
    ("ENG-10", "English 10", "English", 1.0, "CP", (10,)),
    ("ENG-11", "American Literature", "English", 1.0, "CP", (11,)),
    ("ENG-12", "British Literature", "English", 1.0, "CP", (12,)),
    ("ENG-10H", "English 10 Honors", "English", 1.0, "H", (10,)),
    ("ENG-AP", "AP English Language", "English", 1.0, "AP", (11, 12)),
    ("MTH-ALG1", "Algebra I", "Mathematics", 1.0, "CP", (9,)),
    ("MTH-GEO", "Geometry", "Mathematics", 1.0, "CP", (9, 10)),
    ("MTH-ALG2", "Algebra II", "Mathematics", 1.0, "CP", (10, 11)),
    ("MTH-PRE", "Precalculus", "Mathematics", 1.0, "H", (11, 12)),
    ("MTH-STAT", "Statistics", "Mathematics", 1.0, "CP", (12,)),
    ("MTH-APC", "AP Calculus AB", "Mathematics", 1.0, "AP", (12,)),
    ("SCI-BIO", "Biology", "Science", 1.0, "CP", (9,)),
    ("SCI-CHEM", "Chemistry", "Science", 1.0, "CP", (10,)),
    ("SCI-PHYS", "Physics", "Science", 1.0, "CP", (11,)),
    ("SCI-ENV", "Environmental Science", "Science", 1.0, "CP", (11, 12)),
    ("SCI-APBIO", "AP Biology", "Science", 1.0, "AP", (11, 12)),
    ("SCI-APCHM", "AP Chemistry", "Science", 1.0, "AP", (12,)),
    ("SOC-WH", "World History", "Social Studies", 1.0, "CP", (9,)),
    ("SOC-USH", "US History", "Social Studies", 1.0, "CP", (10, 11)),
    ("SOC-GOV", "Government & Economics", "Social Studies", 1.0, "CP", (12,)),
    ("SOC-APUSH", "AP US History", "Social Studies", 1.0, "AP", (11,)),
    ("SOC-PSY", "Psychology", "Social Studies", 0.5, "CP", (11, 12)),
    ("LAN-SPA1", "Spanish I", "World Languages", 1.0, "CP", (9, 10)),
    ("LAN-SPA2", "Spanish II", "World Languages", 1.0, "CP", (10, 11)),
    ("LAN-SPA3", "Spanish III Honors", "World Languages", 1.0, "H", (11, 12)),
    ("LAN-FRE1", "French I", "World Languages", 1.0, "CP", (9, 10)),
    ("LAN-FRE2", "French II", "World Languages", 1.0, "CP", (10, 11, 12)),
    ("LAN-CHI1", "Mandarin I", "World Languages", 1.0, "CP", (9, 10, 11)),
    ("ART-STU", "Studio Art", "Arts", 0.5, "CP", (9, 10, 11, 12)),
    ("ART-PHO", "Photography", "Arts", 0.5, "CP", (10, 11, 12)),
    ("ART-BAND", "Concert Band", "Arts", 1.0, "CP", (9, 10, 11, 12)),
    ("ART-CHOIR", "Choir", "Arts", 0.5, "CP", (9, 10, 11, 12)),
    ("PE-9", "Physical Education 9", "Physical Education", 0.5, "CP", (9,)),
    ("PE-FIT", "Fitness & Wellness", "Physical Education", 0.5, "CP", (10, 11, 12)),
    ("PE-HLTH", "Health", "Physical Education", 0.5, "CP", (10,)),
    ("CS-INTRO", "Intro to Programming", "Computer Science", 0.5, "CP", (9, 10, 11)),
    ("CS-WEB", "Web Design", "Computer Science", 0.5, "CP", (10, 11, 12)),
    ("CS-APCSP", "AP Computer Science Principles", "Computer Science", 1.0, "AP", (10, 11, 12)),
]
DIFFICULTY = {"CP": 0.0, "H": -3.0, "AP": -5.5}
FIRST_F = words("Ava Mia Zoe Emma Nora Lily Chloe Maya Sofia Aria Layla Hannah Grace Ella Ruby Priya Aisha Mei")
FIRST_M = words("Liam Noah Eli Owen Leo Jack Luca Ryan Adam Omar Mateo Ethan Caleb Isaac Dylan Arjun Kai Theo")
LAST = words("Nguyen Patel Kim Garcia Smith Johnson Brown Lopez Clark Wright Hughes Rossi Cohen Okafor Silva Novak")
LAST += words("Murphy Reyes Fischer Tanaka Ali Bennett Foster Grant Hayes Jensen Khan Morales Ortiz Price Ward Young")
ZIPS = ["02140", "02138", "02139", "02141", "02142", "02143", "02144", "02145"]
BOOKS = {  # category: titles
    "Fiction": words("Wonder Holes Legend Divergent Matched Crossover Scythe Refugee Ghost Booked Restart"),
    "Classic": ["1984", "Beloved", "Hamlet", "Macbeth", "Frankenstein", "Dracula", "Emma", "Persuasion"],
    "Graphic Novel": ["Maus", "Persepolis", "New Kid", "Smile", "Nimona", "Bone", "March"],
    "Non-fiction": ["Educated", "Outliers", "Quiet", "Sapiens", "Freakonomics", "Unbroken", "Hidden Figures"],
    "Science": ["Cosmos", "The Gene", "Brief Answers", "Spillover", "The Martian Way", "Silent Spring"],
    "Test Prep": ["SAT Practice", "ACT Prep", "AP Biology Review", "AP Calculus Review", "AP US History Review"],
}
CATEGORY_WEIGHTS = [35, 15, 20, 12, 8, 10]
HOUR_WEIGHTS = {7: 4, 8: 6, 9: 7, 10: 9, 11: 16, 12: 22, 13: 10, 14: 9, 15: 12, 16: 5}  # lunch-time rush


def school_days(year: int) -> list[dt.date]:
    """The teaching days of the school year starting in August `year` (no weekends, no breaks)."""
    start, stop = dt.date(year, 8, 28), min(dt.date(year + 1, 6, 13), END)
    thanksgiving = max(d for d in (dt.date(year, 11, 22 + i) for i in range(7)) if d.weekday() == 3)
    breaks = [
        (thanksgiving - dt.timedelta(days=1), thanksgiving + dt.timedelta(days=1)),
        (dt.date(year, 12, 22), dt.date(year + 1, 1, 2)),
        (dt.date(year + 1, 2, 17), dt.date(year + 1, 2, 21)),
        (dt.date(year + 1, 4, 14), dt.date(year + 1, 4, 18)),
    ]
    out = []
    day = start
    while day <= stop:
        if day.weekday() < 5 and not any(a <= day <= b for a, b in breaks):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _teacher_name(rng: random.Random) -> str:
    first = rng.choice(FIRST_F + FIRST_M)
    title = rng.choice(["Ms.", "Mrs.", "Dr."] if first in FIRST_F else ["Mr.", "Mr.", "Dr."])
    return f"{title} {first} {rng.choice(LAST)}"


def _teachers(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for department, count in DEPARTMENTS.items():
        for _ in range(count):
            name = _teacher_name(rng)
            while any(r[1] == name for r in rows):
                name = _teacher_name(rng)
            hired = dt.date(rng.randint(1995, 2024), rng.choice([7, 8, 8, 8, 1]), rng.randint(1, 28))
            years = 2025 - hired.year
            fte = weighted(rng, [1.0, 0.8, 0.6, 0.5], [80, 8, 6, 6])
            salary = round((52_000 + 1_650 * years + rng.randint(-2_500, 4_000)) * fte, -2)
            room = None if department == "Physical Education" else f"{rng.choice('ABC')}{rng.randint(101, 240)}"
            rows.append((f"T{len(rows) + 1:03d}", name, department, hired, int(salary), fte, room))
    return rows


def _courses(rng: random.Random, teachers: list[Row]) -> list[Row]:
    rows: list[Row] = []
    for code, title, department, credits, level, _ in COURSES:
        teacher = rng.choice([t for t in teachers if t[2] == department and t[3] <= dt.date(2021, 8, 1)])
        seats = 24 if level == "AP" else rng.choice([28, 30, 32])
        rows.append((code, title, department, credits, level, teacher[0], seats))
    return rows


def _students(rng: random.Random, teachers: list[Row]) -> list[Row]:
    """Everyone enrolled at some point from August 2021: four cohorts then, one more each year, transfers."""
    advisors = [t[0] for t in teachers if t[5] == 1.0]
    cohort_size = {2022: 318, 2023: 334, 2024: 347, 2025: 361, 2026: 377, 2027: 402, 2028: 431}
    rows: list[Row] = []

    def add(class_of: int, enrolled: dt.date) -> None:
        sex = weighted(rng, ["F", "M", None], [49, 49, 2])
        first = rng.choice(FIRST_F if sex == "F" else FIRST_M if sex == "M" else FIRST_F + FIRST_M)
        birth = dt.date(class_of - 18, 9, 1) + dt.timedelta(days=rng.randint(0, 364))
        lunch = "Y" if rng.random() < 0.31 else "N"
        status, exit_date = "A", None
        if class_of <= 2024:
            status, exit_date = "G", dt.date(class_of, 6, 13)
        if rng.random() < 0.07:  # moved away before graduating
            leave = enrolled + dt.timedelta(days=rng.randint(60, 1300))
            if leave < min(END, dt.date(class_of, 6, 1)):
                status, exit_date = "W", leave
        advisor = None if rng.random() < 0.04 else rng.choice(advisors)
        bus = rng.randint(1, 14) if rng.random() < 0.45 else None
        zip_code = None if rng.random() < 0.03 else rng.choice(ZIPS)
        sid = 20_000 + len(rows) + 1
        rows.append((sid, first, rng.choice(LAST), sex, birth, class_of, rng.choice("RBGY"), enrolled, status,
                     exit_date, lunch, advisor, bus, zip_code))  # fmt: skip

    for class_of, size in cohort_size.items():
        entry = dt.date(class_of - 4, 8, 28 - (class_of - 4) % 3)
        for _ in range(size):
            add(class_of, entry)
    for year in YEARS:  # transfers in during the year
        teaching = school_days(year)
        for _ in range(poisson(rng, 38 + 6 * (year - 2021))):
            add(rng.choice([year + 1, year + 2, year + 3, year + 4]), rng.choice(teaching[5:]))
    return rows


def _enrolled(students: list[Row], day: dt.date) -> list[Row]:
    return [s for s in students if s[7] <= day and (s[9] is None or s[9] > day)]


def _grades(rng: random.Random, students: list[Row]) -> list[Row]:
    ability = {s[0]: rng.gauss(81 - (3.5 if s[10] == "Y" else 0), 7.5) for s in students}
    rows: list[Row] = []
    for year in YEARS:
        label = f"{year}-{(year + 1) % 100:02d}"
        teaching = school_days(year)
        for student in students:
            grade_level = 12 - (student[5] - (year + 1))
            if not 9 <= grade_level <= 12:
                continue
            in_school = [d for d in teaching if student[7] <= d and (student[9] is None or d < student[9])]
            if len(in_school) < 20:
                continue
            strong = ability[student[0]] > 84
            options = [c for c in COURSES if grade_level in c[5]]
            chosen: list[tuple[str, str, str, float, str, tuple[int, ...]]] = []
            for department in ("English", "Mathematics", "Science", "Social Studies", "World Languages"):
                pool = [c for c in options if c[2] == department]
                advanced = [c for c in pool if c[4] != "CP"]
                chosen.append(rng.choice(advanced) if advanced and strong and rng.random() < 0.7 else rng.choice(pool))
            elective = [c for c in options if c[2] in ("Arts", "Physical Education", "Computer Science")]
            chosen += rng.sample(elective, 2)
            for term, first, last in (("S1", 0, 85), ("S2", 85, 200)):
                term_days = teaching[first:last]
                if not term_days or not any(d in in_school for d in term_days):
                    continue
                for course in chosen:
                    absent = poisson(rng, 3.2 if student[10] == "Y" else 2.1)
                    in_progress = year == YEARS[-1] and term == "S2"
                    left = student[9] is not None and student[9] < term_days[-1]
                    if in_progress:
                        score, letter, absent_days = None, None, None
                    elif left:
                        score, letter, absent_days = None, "W", absent
                    else:
                        raw = ability[student[0]] + DIFFICULTY[course[4]] + rng.gauss(0, 6) - 0.6 * absent
                        raw += 1.5 if course[2] in ("Arts", "Physical Education") else 0.0
                        score = round(min(100.0, max(35.0, raw)), 1)
                        letter = "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D"
                        letter = "F" if score < 60 else letter
                        if rng.random() < 0.006:
                            score, letter = None, "I"  # incomplete
                        absent_days = absent
                    rows.append((label, term, student[0], course[0], score, letter, absent_days))
    return rows


def _attendance(rng: random.Random, students: list[Row]) -> list[Row]:
    month_factor = {8: 0.6, 9: 0.7, 10: 0.85, 11: 1.0, 12: 1.25, 1: 1.4, 2: 1.3, 3: 1.05, 4: 0.9, 5: 1.0, 6: 1.2}
    weekday_factor = [1.3, 0.9, 0.85, 0.9, 1.25]
    rows: list[Row] = []
    for year in YEARS:
        for day in school_days(year):
            present = _enrolled(students, day)
            mean = 0.052 * len(present) * month_factor[day.month] * weekday_factor[day.weekday()]
            for _ in range(poisson(rng, mean)):
                student = rng.choice(present)
                code = weighted(rng, ["A", "E", "T"], [22 + (8 if student[10] == "Y" else 0), 38, 40])
                if code == "T":
                    period = weighted(rng, [1, 2, 3, 4, 5, 6, 7], [45, 10, 8, 12, 10, 7, 8])
                    late = max(1, round(rng.expovariate(1 / 8)))
                    hour = 7 + period if period > 1 else 8
                    entered = dt.datetime.combine(day, dt.time(min(hour, 15), rng.randint(0, 59)))
                    rows.append((day, student[0], period, code, min(late, 50), entered))
                else:
                    whole_day = rng.random() < 0.8
                    entered = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 8, 8, 9, 10, 13]), rng.randint(0, 59)))
                    period = None if whole_day else rng.randint(1, 7)
                    rows.append((day, student[0], period, code, None, entered))
    rows.sort(key=lambda r: (r[5], r[1]))
    return rows


def _loans(rng: random.Random, students: list[Row]) -> list[Row]:
    categories = list(BOOKS)
    rows: list[Row] = []
    for year in YEARS:
        for day in school_days(year):
            present = _enrolled(students, day)
            rush = 1.6 if day.month in (4, 5) else 1.25 if day.month in (11, 12) else 1.0  # exams and holidays
            for _ in range(poisson(rng, 13 * 1.09 ** (year - 2021) * rush * (0.7 if day.weekday() == 4 else 1.0))):
                student = rng.choice(present)
                category = weighted(rng, categories, CATEGORY_WEIGHTS)
                if day.month in (4, 5) and rng.random() < 0.3:
                    category = "Test Prep"
                hour = weighted(rng, list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values()))
                out = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))
                due = day + dt.timedelta(days=21 if category == "Classic" else 14)
                kept = round(rng.gammavariate(2.2, 6.5))
                returned: dt.date | None = day + dt.timedelta(days=max(1, kept))
                if rng.random() < 0.025 or (returned is not None and returned > END):
                    returned = None
                late_days = (returned - due).days if returned is not None else 0
                fee = money(min(5.0, 0.25 * late_days)) if late_days > 0 else None
                rows.append((len(rows) + 1, student[0], rng.choice(BOOKS[category]), category, out, due, returned, fee))
    return rows


def _payments(rng: random.Random, students: list[Row]) -> list[Row]:
    rows: list[Row] = []

    def pay(student: Row, day: dt.date, kind: str, amount: float, year: int) -> None:
        online = 0.35 + 0.13 * (year - 2021)
        method = weighted(rng, ["O", "K", "C"], [online, (1 - online) * 0.55, (1 - online) * 0.45])
        note = None
        if rng.random() < 0.03:
            note = rng.choice(["paid by grandparent", "partial, rest next week", "sibling discount", "refund issued"])
        rows.append(("", student[0], day, kind, money(amount), method, note))

    for year in YEARS:
        teaching = school_days(year)
        price = 1.03 ** (year - 2021)
        start = _enrolled(students, teaching[0])
        for student in start:
            waived = student[10] == "Y"
            if not waived and rng.random() < 0.93:
                pay(student, teaching[rng.randint(0, 15)], "Activity Fee", 45 * price, year)
            if rng.random() < 0.38 and len(teaching) > 120:
                pay(student, teaching[rng.randint(60, 120)], "Yearbook", 60 * price, year)
            for season_start in (0, 60, 115):  # fall, winter, spring sports
                if rng.random() < 0.14 and season_start < len(teaching):
                    pay(student, teaching[min(season_start + rng.randint(0, 8), len(teaching) - 1)], "Sports",
                        (60 if waived else 120) * price, year)  # fmt: skip
            if not waived:
                for _ in range(poisson(rng, 2.2)):
                    pay(student, rng.choice(teaching), "Lunch Top-up", rng.choice([20, 25, 40, 50]), year)
            if rng.random() < 0.22 and len(teaching) > 140:
                pay(student, teaching[rng.randint(110, len(teaching) - 1)], "Field Trip",
                    rng.choice([15, 25, 35, 85]) * price, year)  # fmt: skip
        for _ in range(poisson(rng, 260)):
            pay(rng.choice(start), teaching[rng.randint(0, 20)], "Lab Fee", 25 * price, year)
    rows.sort(key=lambda r: (r[2], r[1], r[3]))
    return [(f"R{r[2].year % 100:02d}-{i + 1:05d}", *r[1:]) for i, r in enumerate(rows)]


def build() -> Catalog:
    """The whole workbook, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    teachers = _teachers(rng)
    catalog.add('"Teachers"', teachers)
    catalog.add('"Courses"', _courses(rng, teachers))
    students = _students(rng, teachers)
    catalog.add('"Students"', students)
    catalog.add('"Grades"', _grades(rng, students))
    catalog.add('"Attendance Log"', _attendance(rng, students))
    catalog.add('"Library Loans"', _loans(rng, students))
    catalog.add('"Fee Payments"', _payments(rng, students))
    return catalog
