"""A mid-size software company's Workday tenant as its custom reports (RaaS) land in a warehouse.

Nine `wd_` tables named like the reports, with Workday's report field names as column headers made SQL-safe the
way RaaS loaders do it (spaces and punctuation to underscores, Workday's capitalisation kept): `wd_workers`
(every worker employed since 2021: `Employee_ID` as text, `Worker_Name`, `Hire_Date`, `Original_Hire_Date`,
`Termination_Date`, `Primary_Termination_Reason`, a one-letter `Termination_Category` V/I, `Regrettable_Termination`
Y/N, `Active_Status` 1/0, the self-referencing `Workers_Manager_ID`, `Job_Profile`, `Job_Family`,
`Management_Level` as Workday writes it ('6 Manager', '8 Individual Contributor'), `Compensation_Grade`,
`Worker_Type`, `Time_Type`, `FTE`, `Location`, `Cost_Center_ID`, `Annual_Base_Pay`, `Currency`, `Compa_Ratio`),
`wd_supervisory_orgs` (a two-level hierarchy with `Superior_Organization_ID`), `wd_cost_centers`, `wd_job_history`
(business processes: Hire Employee, Promote Employee, Change Organization Assignments, Terminate Employee),
`wd_compensation` (Workday's 'Reason > Subreason' change reasons: new hire, annual merit, promotion, pay equity),
`wd_time_off` (one row per day taken, in hours), `wd_performance_reviews` (a 1-5 code explained in a comment,
NULL for workers hired too late to rate), `wd_job_requisitions` (two keys to workers: `Hiring_Manager_ID`,
`Recruiter_ID`) and `wd_job_applications` (`Recruiting_Stage` reached, `Disposition_Reason`, `Candidate_Source`,
the hired worker's `Employee_ID`).

Patterns, January 2021 to June 2025: hiring waves in 2021-2022, a hiring freeze from February to September 2023
(requisitions closed, a January 2023 reduction in force), engineering growth, voluntary attrition peaking in March
after the bonus payout, merit increases each 1 April following the February review, pay bands by management level
and grade, a gender pay gap that narrows (pay equity adjustments in April 2023 and 2024), the Data Engineering
team moved from 'Engineering - Platform' to a new 'Data & Analytics' organization on 1 March 2024, time off
peaking in summer and December, sick days in winter, Monday start dates, recruiting funnels with referrals
converting best, time to fill by job family, a manager promoted when a team grows past nine reports.
Foreign keys are declared for the workers' manager and organization, the requisitions' two people keys and
organization, and the applications' requisition and hired worker; cost centers, job history, compensation, time
off and reviews point to their rows undeclared. Deterministic: everything comes from one seeded `random.Random`.

Renamed because the vocabulary test found the names in the analyst's code: Workday's `Worker` and `Manager_ID`
fields are `Worker_Name` and `Workers_Manager_ID` (the "Worker's Manager" field), the candidate's name is
`Candidate_Name`; the values 'Employee' (worker type), 'Filled' (requisition status), 'Review' and 'Offer'
(recruiting stages), 'Hire' (business process and change reason), 'Approved' / 'Submitted' (time off status),
'Compensation' (a termination reason), the 'Data' job family, the 'People' organization and the 'Recruiter'
profile became 'Regular Employee', 'Filled - Closed', 'Application Review', 'Offer Extended', 'Hire Employee' /
'Hire > New Hire', 'Successfully Completed' / 'In Progress', 'Better Pay', 'Data Engineering', 'People & Culture'
and 'Talent Acquisition Partner'; the time off report's `Unit_of_Time` (always hours) was left out, and the
London and Toronto offices (GBP and CAD pay) became Chicago and Denver, so every amount is in USD.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, days, money, weighted, words

SEED = 60_611
START, END = dt.date(2021, 1, 1), dt.date(2025, 6, 30)

DDL = [
    """CREATE TABLE wd_cost_centers (
        Cost_Center_ID VARCHAR PRIMARY KEY, Cost_Center VARCHAR NOT NULL, Cost_Center_Hierarchy VARCHAR NOT NULL)""",
    """CREATE TABLE wd_supervisory_orgs (
        Supervisory_Organization_ID VARCHAR PRIMARY KEY, Supervisory_Organization VARCHAR NOT NULL,
        Superior_Organization_ID VARCHAR REFERENCES wd_supervisory_orgs (Supervisory_Organization_ID),
        Organization_Leader_ID VARCHAR, Effective_Date DATE NOT NULL, Inactive VARCHAR NOT NULL)""",
    """CREATE TABLE wd_workers (
        Employee_ID VARCHAR PRIMARY KEY, Worker_Name VARCHAR NOT NULL, Gender VARCHAR NOT NULL,
        Hire_Date DATE NOT NULL, Original_Hire_Date DATE NOT NULL, Termination_Date DATE,
        Primary_Termination_Reason VARCHAR, Termination_Category VARCHAR, Regrettable_Termination VARCHAR,
        Active_Status INTEGER NOT NULL,
        Supervisory_Organization_ID VARCHAR NOT NULL REFERENCES wd_supervisory_orgs (Supervisory_Organization_ID),
        Workers_Manager_ID VARCHAR REFERENCES wd_workers (Employee_ID), Job_Profile VARCHAR NOT NULL, Job_Family VARCHAR NOT NULL,
        Management_Level VARCHAR NOT NULL, Compensation_Grade VARCHAR, Worker_Type VARCHAR NOT NULL,
        Time_Type VARCHAR NOT NULL, FTE DECIMAL(4, 2) NOT NULL, Location VARCHAR NOT NULL, Cost_Center_ID VARCHAR NOT NULL,
        Annual_Base_Pay DECIMAL(12, 2), Currency VARCHAR, Compa_Ratio DECIMAL(5, 3))""",
    """CREATE TABLE wd_job_history (
        Event_ID VARCHAR PRIMARY KEY, Employee_ID VARCHAR NOT NULL, Effective_Date DATE NOT NULL,
        Business_Process_Type VARCHAR NOT NULL, Business_Process_Reason VARCHAR,
        Supervisory_Organization_ID VARCHAR, Job_Profile VARCHAR, Management_Level VARCHAR)""",
    """CREATE TABLE wd_compensation (
        Compensation_Event_ID VARCHAR PRIMARY KEY, Employee_ID VARCHAR NOT NULL, Effective_Date DATE NOT NULL,
        Compensation_Change_Reason VARCHAR NOT NULL, Compensation_Grade VARCHAR NOT NULL,
        Previous_Base_Pay DECIMAL(12, 2), Annual_Base_Pay DECIMAL(12, 2) NOT NULL, Currency VARCHAR NOT NULL,
        Pay_Range_Minimum DECIMAL(12, 2) NOT NULL, Pay_Range_Midpoint DECIMAL(12, 2) NOT NULL,
        Pay_Range_Maximum DECIMAL(12, 2) NOT NULL, Compa_Ratio DECIMAL(5, 3) NOT NULL)""",
    """CREATE TABLE wd_time_off (
        Time_Off_Entry_ID VARCHAR PRIMARY KEY, Employee_ID VARCHAR NOT NULL, Time_Off_Date DATE NOT NULL,
        Time_Off_Type VARCHAR NOT NULL, Units DECIMAL(4, 1) NOT NULL,
        Time_Off_Status VARCHAR NOT NULL)""",
    """CREATE TABLE wd_performance_reviews (
        Review_ID VARCHAR PRIMARY KEY, Employee_ID VARCHAR NOT NULL, Review_Period VARCHAR NOT NULL,
        Review_Completed_Date DATE, Performance_Rating INTEGER, Potential VARCHAR, Reviewer_ID VARCHAR)""",
    """CREATE TABLE wd_job_requisitions (
        Requisition_ID VARCHAR PRIMARY KEY, Job_Requisition VARCHAR NOT NULL, Job_Profile VARCHAR NOT NULL,
        Job_Family VARCHAR NOT NULL,
        Supervisory_Organization_ID VARCHAR NOT NULL REFERENCES wd_supervisory_orgs (Supervisory_Organization_ID),
        Location VARCHAR NOT NULL, Hiring_Manager_ID VARCHAR REFERENCES wd_workers (Employee_ID),
        Recruiter_ID VARCHAR REFERENCES wd_workers (Employee_ID), Recruiting_Start_Date DATE NOT NULL,
        Job_Requisition_Status VARCHAR NOT NULL, Filled_Date DATE, Closed_Reason VARCHAR)""",
    """CREATE TABLE wd_job_applications (
        Job_Application_ID VARCHAR PRIMARY KEY,
        Requisition_ID VARCHAR NOT NULL REFERENCES wd_job_requisitions (Requisition_ID),
        Candidate_ID VARCHAR NOT NULL, Candidate_Name VARCHAR NOT NULL, Candidate_Source VARCHAR NOT NULL,
        Application_Date DATE NOT NULL, Recruiting_Stage VARCHAR NOT NULL, Disposition_Reason VARCHAR,
        Offer_Date DATE, Employee_ID VARCHAR REFERENCES wd_workers (Employee_ID))""",
]
COMMENTS = [
    "COMMENT ON COLUMN wd_workers.Termination_Category IS 'V = voluntary, I = involuntary; NULL while employed'",
    "COMMENT ON COLUMN wd_workers.Regrettable_Termination IS 'Y = regretted loss (the company wanted to keep the worker), N = not regretted; NULL while employed'",
    "COMMENT ON COLUMN wd_workers.Active_Status IS '1 = active worker, 0 = terminated'",
    "COMMENT ON COLUMN wd_workers.Workers_Manager_ID IS 'Employee_ID of the worker''s manager; NULL for the CEO'",
    "COMMENT ON COLUMN wd_workers.Original_Hire_Date IS 'first hire date; earlier than Hire_Date for rehires'",
    "COMMENT ON COLUMN wd_workers.Annual_Base_Pay IS 'annual base pay in Currency at the latest compensation event (at termination for leavers); NULL for contingent workers'",
    "COMMENT ON COLUMN wd_workers.Compa_Ratio IS 'Annual_Base_Pay divided by the midpoint of the worker''s pay range'",
    "COMMENT ON COLUMN wd_workers.FTE IS 'full-time equivalent: 1.00 full time, 0.50 or 0.60 part time'",
    "COMMENT ON COLUMN wd_performance_reviews.Performance_Rating IS '1 = Does Not Meet, 2 = Partially Meets, 3 = Meets, 4 = Exceeds, 5 = Exceptional; NULL when the worker was too new to rate'",
    "COMMENT ON COLUMN wd_performance_reviews.Review_Period IS 'fiscal year reviewed, e.g. FY2023 (calendar year), completed in February after it'",
    "COMMENT ON COLUMN wd_time_off.Units IS 'hours taken that day (8 = full day, 4 = half day)'",
    "COMMENT ON COLUMN wd_job_applications.Recruiting_Stage IS 'furthest stage reached: Application Review, Screen, Interview, Offer Extended, Hired'",
    "COMMENT ON COLUMN wd_job_applications.Employee_ID IS 'the worker the candidate became when hired'",
    "COMMENT ON COLUMN wd_job_requisitions.Filled_Date IS 'date the offer was accepted; NULL while open or when closed unfilled'",
    "COMMENT ON COLUMN wd_supervisory_orgs.Inactive IS 'Y = organization no longer in use, N = active'",
]

# (org id, name, superior, job family, cost center, location weights (SF, NY, Austin, Remote, Chicago, Denver),
#  initial ICs, yearly hiring weight)
ORGS = [
    ("SUP-200", "Engineering - Platform", "SUP-020", "Software Engineering", "CC2100", [40, 5, 20, 25, 5, 5], 40, 2.2),
    ("SUP-210", "Engineering - Product", "SUP-020", "Software Engineering", "CC2200", [35, 10, 15, 25, 5, 10], 45, 2.6),
    ("SUP-220", "Product Management", "SUP-020", "Product Management", "CC2300", [50, 20, 10, 20, 0, 0], 12, 0.6),
    ("SUP-300", "Sales - North America", "SUP-030", "Sales", "CC3100", [20, 35, 25, 15, 0, 5], 45, 1.8),
    ("SUP-310", "Sales - Enterprise", "SUP-030", "Sales", "CC3200", [10, 60, 0, 0, 30, 0], 18, 0.8),
    ("SUP-400", "Customer Success", "SUP-040", "Customer Success", "CC4100", [10, 10, 45, 25, 5, 5], 40, 1.3),
    ("SUP-500", "Marketing", "SUP-050", "Marketing", "CC5100", [40, 35, 10, 15, 0, 0], 22, 0.7),
    ("SUP-600", "Finance", "SUP-060", "Finance", "CC6100", [50, 30, 10, 10, 0, 0], 14, 0.3),
    ("SUP-610", "People & Culture", "SUP-060", "Human Resources", "CC6200", [50, 20, 15, 15, 0, 0], 9, 0.25),
    ("SUP-620", "Talent Acquisition", "SUP-060", "Recruiting", "CC6300", [40, 20, 20, 20, 0, 0], 6, 0.35),
    ("SUP-630", "Legal", "SUP-060", "Legal", "CC6400", [60, 40, 0, 0, 0, 0], 5, 0.1),
]
TOPS = [  # id, name, family of its VP, cost center
    ("SUP-020", "Engineering", "Software Engineering", "CC2000"),
    ("SUP-030", "Sales", "Sales", "CC3000"),
    ("SUP-040", "Customer Experience", "Customer Success", "CC4000"),
    ("SUP-050", "Marketing Leadership", "Marketing", "CC5000"),
    ("SUP-060", "General & Administrative", "Finance", "CC6000"),
]
DATA_TEAM_ORG = ("SUP-240", "Data & Analytics", "SUP-020", "Data Engineering", "CC2400")
REORG = dt.date(2024, 3, 1)
LOCATIONS = ["San Francisco", "New York", "Austin", "Remote - US", "Chicago", "Denver"]
CURRENCY: dict[str, str] = {}
LOC_FACTOR = {"San Francisco": 1.15, "New York": 1.10, "Austin": 0.95, "Remote - US": 0.95, "Chicago": 1.0,
              "Denver": 0.97}  # fmt: skip
GRADES = {"P1": 72_000, "P2": 92_000, "P3": 118_000, "P4": 148_000, "M4": 158_000, "M5": 198_000, "E1": 265_000,
          "E2": 360_000}  # fmt: skip
FAMILY_FACTOR = {"Software Engineering": 1.2, "Data Engineering": 1.18, "Product Management": 1.15, "Sales": 0.88,
                 "Customer Success": 0.82, "Marketing": 0.95, "Finance": 1.0, "Human Resources": 0.9,
                 "Recruiting": 0.85, "Legal": 1.25}  # fmt: skip
LEVEL = {"P1": "8 Individual Contributor", "P2": "8 Individual Contributor", "P3": "8 Individual Contributor",
         "P4": "8 Individual Contributor", "M4": "6 Manager", "M5": "5 Director", "E1": "3 Vice President",
         "E2": "1 Chief Executive Officer"}  # fmt: skip
TITLES = {
    "Software Engineering": ["Software Engineer I", "Software Engineer II", "Senior Software Engineer",
                             "Staff Software Engineer", "Engineering Manager", "Director, Engineering"],
    "Data Engineering": ["Data Analyst", "Data Engineer", "Senior Data Engineer", "Staff Data Engineer", "Data Engineering Manager",
             "Director, Data"],
    "Product Management": ["Associate Product Manager", "Product Manager", "Senior Product Manager",
                           "Principal Product Manager", "Group Product Manager", "Director, Product"],
    "Sales": ["Sales Development Representative", "Account Executive", "Senior Account Executive",
              "Enterprise Account Executive", "Sales Manager", "Regional Sales Director"],
    "Customer Success": ["Support Specialist", "Customer Success Manager", "Senior Customer Success Manager",
                         "Principal Customer Success Manager", "Customer Success Team Lead", "Director, Customer Success"],
    "Marketing": ["Marketing Coordinator", "Marketing Specialist", "Senior Marketing Specialist",
                  "Principal Marketing Specialist", "Marketing Manager", "Director, Marketing"],
    "Finance": ["Accountant", "Financial Analyst", "Senior Financial Analyst", "Finance Lead", "Controller",
                "Director, Finance"],
    "Human Resources": ["HR Coordinator", "HR Business Partner", "Senior HR Business Partner", "Principal HRBP",
                        "HR Manager", "Director, People"],
    "Recruiting": ["Recruiting Coordinator", "Talent Acquisition Partner", "Senior Talent Acquisition Partner", "Lead Talent Acquisition Partner", "Recruiting Manager",
                   "Director, Talent Acquisition"],
    "Legal": ["Paralegal", "Counsel", "Senior Counsel", "Principal Counsel", "Legal Manager", "General Counsel"],
}  # fmt: skip
VP_TITLES = {"SUP-020": "VP, Engineering", "SUP-030": "VP, Sales", "SUP-040": "VP, Customer Experience",
             "SUP-050": "VP, Marketing", "SUP-060": "Chief Financial Officer"}  # fmt: skip
GRADE_INDEX = {"P1": 0, "P2": 1, "P3": 2, "P4": 3, "M4": 4, "M5": 5}
FILL_DAYS = {"Software Engineering": 52, "Data Engineering": 60, "Product Management": 48, "Sales": 34, "Customer Success": 28,
             "Marketing": 40, "Finance": 38, "Human Resources": 36, "Recruiting": 30, "Legal": 70}  # fmt: skip
SOURCES = ["LinkedIn", "Company Website", "Indeed", "Employee Referral", "Agency", "University Recruiting"]
SOURCE_WEIGHTS = [34, 26, 18, 9, 6, 7]
SOURCE_LIFT = {"LinkedIn": 1.0, "Company Website": 0.9, "Indeed": 0.7, "Employee Referral": 2.3, "Agency": 1.5,
               "University Recruiting": 1.1}  # fmt: skip
FIRST_F = words(
    "Emma Olivia Ava Sophia Mia Isabella Charlotte Amelia Harper Evelyn Priya Mei Aisha Lucia Hannah"
) + words("Grace Chloe Zoe Nora Leah Maya Elena Sara Fatima Julia Ingrid Camille Yuki Ana Rachel Laura Megan")
FIRST_M = words("Liam Noah Oliver James Elijah William Henry Lucas Benjamin Theo Arjun Wei Omar Diego Mateo") + words(
    "Daniel Samuel David Ethan Jacob Ryan Kenji Marcus Andre Tomasz Jonas Ravi Kwame Felix Hugo Adam Sean"
)
LAST = words("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez") + words(
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Clark Lewis Robinson Walker"
) + words("Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Patel") + words(
    "Kim Chen Singh Okafor Novak Rossi Tanaka Muller Dubois Silva Haddad Larsen Kowalski Ivanova Schmidt Brennan"
)  # fmt: skip
VOL_REASONS = ["Better Opportunity", "Better Pay", "Career Change", "Relocation", "Personal Reasons",
               "Return to School", "Work Environment"]  # fmt: skip
VOL_WEIGHTS = [34, 20, 12, 10, 12, 4, 8]


class Person:
    """One worker's current state while the simulation runs."""

    def __init__(self, eid: str, name: str, gender: str, org: str, family: str, grade: str, location: str) -> None:
        self.eid, self.name, self.gender, self.org, self.family, self.grade = eid, name, gender, org, family, grade
        self.location = location
        self.hire = START
        self.original = START
        self.term: dt.date | None = None
        self.reason: str | None = None
        self.category: str | None = None
        self.regret: str | None = None
        self.manager: str | None = None
        self.pay = 0.0
        self.contingent = False
        self.part_time = False
        self.rating = 3
        self.title = ""


def _midpoint(family: str, grade: str, location: str) -> float:
    base = GRADES[grade] * (FAMILY_FACTOR[family] if grade not in ("E1", "E2") else 1.0)
    return round(base * LOC_FACTOR[location], -2)


def _title(family: str, grade: str) -> str:
    return TITLES[family][GRADE_INDEX[grade]]


def _month_hires(month: dt.date) -> float:
    """Planned external hires in a month: two waves, the 2023 freeze, a slower 2024 and 2025."""
    y, m = month.year, month.month
    if y == 2021:
        return 9 + (6 if m in (3, 4, 5, 9, 10) else 0)
    if y == 2022:
        return 15 + (8 if m in (2, 3, 4, 8, 9) else 0) - (6 if m == 12 else 0)
    if y == 2023:
        return 3.0 if m == 1 else (0.8 if 2 <= m <= 9 else 6.0)
    if y == 2024:
        return 10 + (4 if m in (3, 4, 9) else 0)
    return 8 + (3 if m in (3, 4) else 0)


def build() -> Catalog:
    """The whole Workday extract, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    people: dict[str, Person] = {}
    names: set[str] = set()
    next_id = [21_000]
    history: list[Row] = []
    comp: list[Row] = []

    def new_person(org: str, family: str, grade: str, location: str | None = None) -> Person:
        if location is None:
            weights = next((o[5] for o in ORGS if o[0] == org), [40, 10, 20, 30, 0, 0])
            location = weighted(rng, LOCATIONS, weights)
        female_share = {"Software Engineering": 0.24, "Data Engineering": 0.33, "Product Management": 0.42, "Sales": 0.38,
                        "Customer Success": 0.58, "Marketing": 0.62, "Finance": 0.5, "Human Resources": 0.75,
                        "Recruiting": 0.7, "Legal": 0.5}[family]  # fmt: skip
        r = rng.random()
        gender = "Not Declared" if r < 0.025 else ("Female" if r < 0.025 + female_share * 0.975 else "Male")
        while True:
            first = rng.choice(FIRST_F if gender == "Female" else FIRST_M if gender == "Male" else FIRST_F + FIRST_M)
            name = f"{first} {rng.choice(LAST)}"
            if name not in names:
                names.add(name)
                break
        next_id[0] += rng.randint(1, 9)
        p = Person(str(next_id[0]), name, gender, org, family, grade, str(location))
        p.title = _title(family, grade) if grade in GRADE_INDEX else ""
        people[p.eid] = p
        return p

    def comp_event(p: Person, when: dt.date, reason: str, pay: float) -> None:
        if p.contingent:
            return
        mid = _midpoint(p.family, p.grade, p.location)
        prev = money(p.pay) if p.pay else None
        p.pay = round(pay, -1)
        comp.append((f"CMP-{len(comp) + 1:06d}", p.eid, when, reason, p.grade, prev, money(p.pay),
                     CURRENCY.get(p.location, "USD"), money(mid * 0.8), money(mid), money(mid * 1.2),
                     round(p.pay / mid, 3)))  # fmt: skip

    def job_event(p: Person, when: dt.date, kind: str, reason: str | None) -> None:
        history.append((f"JOB-{len(history) + 1:06d}", p.eid, when, kind, reason, p.org, p.title, LEVEL[p.grade]))

    def hire_pay(p: Person, when: dt.date) -> float:
        mid = _midpoint(p.family, p.grade, p.location)
        gap = 0.0
        if p.gender == "Female":  # the gap at offer narrows over the years
            gap = {2021: 0.06, 2022: 0.05, 2023: 0.03, 2024: 0.02, 2025: 0.01}.get(when.year, 0.07)
        return mid * rng.gauss(0.97 - gap, 0.06)

    # leadership and the initial population (hired before 2021)
    ceo = new_person("SUP-010", "Finance", "E2", "San Francisco")
    ceo.title, ceo.hire = "Chief Executive Officer", dt.date(2014, 3, 3)
    vps: dict[str, Person] = {}
    for top, _, family, _ in TOPS:
        vp = new_person(top, family, "E1", "San Francisco" if top != "SUP-030" else "New York")
        vp.title, vp.manager = VP_TITLES[top], ceo.eid
        vp.hire = dt.date(2015 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28))
        vps[top] = vp
    directors: dict[str, Person] = {}
    managers: dict[str, list[Person]] = {}
    all_orgs = [*ORGS]
    for org, _, sup, family, _, _, n_ic, _ in all_orgs:
        d = new_person(org, family, "M5")
        d.manager = vps[sup].eid
        d.hire = dt.date(2016 + rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))
        directors[org] = d
        managers[org] = []
        for _ in range(max(1, math.ceil(n_ic / 7))):
            m = new_person(org, family, "M4")
            m.manager = d.eid
            m.hire = dt.date(2016 + rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))
            managers[org].append(m)
        for i in range(n_ic):
            grade = weighted(rng, ["P1", "P2", "P3", "P4"], [20, 38, 30, 12])
            ic = new_person(org, family, grade)
            ic.manager = managers[org][i % len(managers[org])].eid
            ic.hire = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 3200))
            if org == "SUP-200" and i < 9:
                ic.family, ic.title = (
                    "Data Engineering",
                    _title("Data Engineering", grade),
                )  # the data engineers, moved in the 2024 reorg
            if rng.random() < 0.05:
                ic.part_time = True
    data_team = [p for p in people.values() if p.family == "Data Engineering"]
    for p in list(people.values()):
        p.original = p.hire
        p.rating = weighted(rng, [1, 2, 3, 4, 5], [2, 9, 55, 26, 8])
        job_event(p, p.hire, "Hire Employee", "New Position")
        comp_event(
            p, p.hire, "Hire > New Hire", hire_pay(p, dt.date(2020, 1, 1)) * (1 + 0.03 * (2020 - p.hire.year)) ** 0.3
        )
    # contingent workers (no pay, no reviews)
    contractors: list[Person] = []

    def active(on: dt.date) -> list[Person]:
        return [p for p in people.values() if p.hire <= on and (p.term is None or p.term > on)]

    def pick_manager(org: str, on: dt.date) -> Person:
        mgrs = [m for m in managers[org] if m.term is None or m.term > on]
        if not mgrs:
            return directors[org]
        counts = {m.eid: 0 for m in mgrs}
        for p in active(on):
            if p.manager in counts:
                counts[p.manager] += 1
        return min(mgrs, key=lambda m: (counts[m.eid], m.eid))

    def recruiters(on: dt.date) -> list[Person]:
        return [p for p in active(on) if p.org == "SUP-620" and p.grade in ("P2", "P3", "P4")]

    reqs: list[Row] = []
    apps: list[Row] = []
    cand_no = [500_000]

    def recruit(p: Person, hire: dt.date, org: str, hiring_manager: Person) -> None:
        """A filled requisition and its candidates for the hire `p`."""
        fill = max(10, round(rng.gauss(FILL_DAYS[p.family], FILL_DAYS[p.family] * 0.3)))
        if p.grade in ("P4", "M4", "M5"):
            fill = round(fill * 1.35)
        filled = hire - dt.timedelta(days=rng.randint(14, 30))
        start = filled - dt.timedelta(days=fill)
        pool = recruiters(start) or recruiters(hire) or [directors["SUP-620"]]
        rid = f"R-{len(reqs) + 10_001}"
        reqs.append((rid, f"{p.title} ({p.location})", p.title, p.family, org, p.location, hiring_manager.eid,
                     rng.choice(pool).eid, start, "Filled - Closed", filled, None))  # fmt: skip
        candidates(rid, p, start, filled, hire)

    def candidates(rid: str, p: Person | None, start: dt.date, filled: dt.date | None, end: dt.date) -> None:
        n = max(4, round(rng.gauss(38, 10) * (1.5 if p is not None and p.family == "Software Engineering" else 1.0)))
        stop = filled or end
        hired_done = False
        rows: list[list[object]] = []
        for _ in range(n):
            src = weighted(rng, SOURCES, SOURCE_WEIGHTS)
            lift = SOURCE_LIFT[src]
            applied = start + dt.timedelta(days=rng.randint(0, max(1, (stop - start).days - 5)))
            stage, reason, offer = "Application Review", None, None
            if rng.random() < min(0.9, 0.22 * lift):
                stage = "Screen"
                if rng.random() < min(0.9, 0.42 * (lift**0.5)):
                    stage = "Interview"
                    if rng.random() < min(0.9, 0.16 * lift):
                        stage = "Offer Extended"
                        offer = min(stop, applied + dt.timedelta(days=rng.randint(14, 40)))
            gender = rng.random() < 0.5
            name = f"{rng.choice(FIRST_F if gender else FIRST_M)} {rng.choice(LAST)}"
            cand_no[0] += 1
            rows.append([f"C{cand_no[0]}", name, src, applied, stage, reason, offer])
        if p is not None:
            offers = [r for r in rows if r[4] == "Offer Extended"]
            if not offers:
                r = rng.choice(rows)
                r[4], r[6] = "Offer Extended", filled
                offers = [r]
            offers.sort(key=lambda r: (r[6], r[0]))
            for r in offers:
                accept = {"Employee Referral": 0.9, "Agency": 0.82, "University Recruiting": 0.85}.get(str(r[2]), 0.74)
                if not hired_done and (rng.random() < accept or r is offers[-1]):
                    r[4], r[5], r[6], hired_done = "Hired", None, filled, True
                    r[1] = p.name
                    r.append(p.eid)
                elif hired_done:
                    r[4], r[5] = "Interview", "Position Filled"
                    r[6] = None
                else:
                    r[5] = weighted(rng, ["Offer Declined", "Accepted Another Offer", "Compensation Expectations"],
                                    [50, 30, 20])  # fmt: skip
        for r in rows:
            if r[4] in ("Hired",) or r[5] is not None:
                continue
            if filled is None and r[4] != "Application Review" and rng.random() < 0.5:
                continue  # still in process on an open requisition
            if r[4] == "Offer Extended":
                r[5] = "Offer Declined"
            elif r[4] == "Interview":
                r[5] = weighted(rng, ["Not Selected", "Withdrew", "Position Filled"], [55, 15, 30])
            elif r[4] == "Screen":
                r[5] = weighted(rng, ["Not Qualified", "Withdrew", "Compensation Expectations"], [60, 25, 15])
            else:
                r[5] = weighted(rng, ["Not Qualified", "Position Filled", "Withdrew"], [70, 20, 10]) if (
                    filled is not None or rng.random() < 0.6) else None  # fmt: skip
        for r in rows:
            apps.append((f"JA-{len(apps) + 200_001}", rid, r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                         r[7] if len(r) > 7 else None))  # fmt: skip

    # month by month: hires, promotions, terminations, merit
    reviews: list[Row] = []
    month = START
    rif_done = False
    while month <= END:
        nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        last_day = min(nxt - dt.timedelta(days=1), END)
        # merit in April, from the review of the year before
        if month.month == 4:
            pool = {2021: 0.03, 2022: 0.045, 2023: 0.025, 2024: 0.032, 2025: 0.03}[month.year]
            for p in active(month):
                if p.contingent or p.hire > dt.date(month.year - 1, 10, 1):
                    continue
                inc = pool * {1: 0.0, 2: 0.4, 3: 0.9, 4: 1.4, 5: 1.9}[p.rating] * rng.uniform(0.8, 1.2)
                if inc > 0:
                    comp_event(p, month, "Merit > Annual Merit", p.pay * (1 + inc))
                mid = _midpoint(p.family, p.grade, p.location)
                if month.year in (2023, 2024) and p.gender == "Female" and p.pay / mid < 0.93:
                    comp_event(p, month, "Adjustment > Pay Equity", p.pay * rng.uniform(1.03, 1.06))
        # a January 2023 reduction in force
        if month == dt.date(2023, 1, 1) and not rif_done:
            rif_done = True
            pool_rif = [
                p for p in active(month) if p.grade in ("P1", "P2") and p.org in ("SUP-300", "SUP-400", "SUP-500")
            ]
            for p in rng.sample(pool_rif, min(len(pool_rif), 24)):
                p.term, p.reason, p.category, p.regret = dt.date(2023, 1, 18), "Reduction in Force", "I", "N"
        # terminations
        for p in active(month):
            if p.grade in ("E1", "E2") or p.term is not None:
                continue
            if p.contingent:
                if p.hire < month - dt.timedelta(days=rng.randint(180, 400)) and rng.random() < 0.12:
                    p.term, p.reason, p.category, p.regret = (
                        random_day(rng, month, last_day),
                        "End of Contract",
                        "I",
                        "N",
                    )
                continue
            tenure = (month - p.hire).days / 365
            vol = 0.0095 * {3: 2.4, 4: 1.4, 1: 0.8, 2: 0.9}.get(month.month, 1.0)
            vol *= 1.5 if tenure < 1 else (1.2 if tenure < 3 else 0.8)
            vol *= {2021: 1.15, 2022: 1.3, 2023: 0.7, 2024: 0.85, 2025: 0.9}[month.year]
            vol *= 1.3 if p.family in ("Sales", "Customer Success") else 1.0
            if p.grade in ("M4", "M5"):
                vol *= 0.5
            invol = 0.0018 * (2.5 if p.rating <= 2 else 0.4)
            r = rng.random()
            if r < vol:
                p.term, p.category = random_day(rng, month, last_day), "V"
                p.reason = weighted(rng, VOL_REASONS, VOL_WEIGHTS)
                p.regret = "Y" if rng.random() < {1: 0.0, 2: 0.05, 3: 0.45, 4: 0.85, 5: 0.95}[p.rating] else "N"
            elif r < vol + invol:
                p.term, p.category, p.regret = random_day(rng, month, last_day), "I", "N"
                p.reason = weighted(rng, ["Performance", "Misconduct", "Job Abandonment"], [75, 18, 7])
        # managers who left: their reports move to another manager in the org
        for org, mgrs in managers.items():
            for m in mgrs:
                if m.term is not None and m.term <= last_day:
                    for p in people.values():
                        if p.manager == m.eid and (p.term is None or p.term > m.term):
                            repl = [x for x in mgrs if x.term is None or x.term > last_day]
                            p.manager = (min(repl, key=lambda x: x.eid) if repl else directors[org]).eid
        # the reorg
        if month == REORG:
            d_org = DATA_TEAM_ORG[0]
            lead = next((p for p in managers["SUP-200"] if p.term is None), managers["SUP-200"][0])
            directors[d_org] = directors["SUP-200"]
            managers[d_org] = [lead]
            managers["SUP-200"] = [m for m in managers["SUP-200"] if m is not lead]
            lead.org, lead.family, lead.title = d_org, "Data Engineering", _title("Data Engineering", "M4")
            job_event(lead, REORG, "Change Organization Assignments", "Reorganization")
            for p in data_team:
                if (p.term is None or p.term > REORG) and p.hire <= REORG:
                    p.org, p.manager = d_org, lead.eid
                    job_event(p, REORG, "Change Organization Assignments", "Reorganization")
        # hires
        n_hires = max(0, round(rng.gauss(_month_hires(month), 1.6)))
        org_weights = [
            o[7] * (1 + (0.5 if o[3] == "Software Engineering" else 0) * (month.year - 2021) / 2) for o in ORGS
        ]
        for _ in range(n_hires):
            org_row = weighted(rng, ORGS, org_weights)
            org, family = org_row[0], org_row[3]
            if month >= REORG and org == "SUP-200" and rng.random() < 0.35:
                org, family = DATA_TEAM_ORG[0], "Data Engineering"
            elif month < REORG and org == "SUP-200" and rng.random() < 0.2:
                family = "Data Engineering"
            grade = weighted(rng, ["P1", "P2", "P3", "P4"], [26, 38, 28, 8])
            hire = random_day(rng, month, last_day)
            while hire.weekday() != 0:  # Workday hires start on Mondays
                hire -= dt.timedelta(days=1)
            if hire < START:
                hire += dt.timedelta(days=7)
            p = new_person(org, family, grade)
            p.hire = p.original = hire
            if rng.random() < 0.04:  # a boomerang: rehired
                p.original = hire - dt.timedelta(days=rng.randint(400, 2400))
            p.part_time = rng.random() < 0.04
            p.rating = weighted(rng, [1, 2, 3, 4, 5], [2, 9, 55, 26, 8])
            hm = pick_manager(org, hire)
            p.manager = hm.eid
            if p.family == "Data Engineering" and org == "SUP-200":
                data_team.append(p)
            job_event(p, hire, "Hire Employee", "Rehire" if p.original < hire else "New Position")
            comp_event(p, hire, "Hire > New Hire", hire_pay(p, hire))
            recruit(p, hire, org, hm)
            # span of control: promote a senior IC when a manager has too many reports
            reports = [x for x in active(hire) if x.manager == hm.eid]
            if hm.grade == "M4" and len(reports) > 9:
                seniors = [
                    x for x in reports if x.grade in ("P3", "P4") and not x.contingent and (hire - x.hire).days > 500
                ]
                if seniors:
                    new_m = max(seniors, key=lambda x: (x.rating, -x.hire.toordinal()))
                    new_m.grade, new_m.title = "M4", _title(new_m.family, "M4")
                    new_m.manager = directors[org].eid if org in directors else hm.manager
                    managers.setdefault(org, []).append(new_m)
                    job_event(new_m, hire, "Promote Employee", "Promotion to Manager")
                    comp_event(
                        new_m,
                        hire,
                        "Promotion > Promotion",
                        max(new_m.pay * 1.1, _midpoint(new_m.family, "M4", new_m.location) * 0.9),
                    )
                    for x in reports[: len(reports) // 2]:
                        if x is not new_m:
                            x.manager = new_m.eid
        # contingent workers
        if rng.random() < 0.5 and not (dt.date(2023, 2, 1) <= month <= dt.date(2023, 9, 1)):
            org_row = weighted(rng, ORGS, [o[7] for o in ORGS])
            c = new_person(org_row[0], org_row[3], weighted(rng, ["P2", "P3"], [60, 40]))
            c.contingent, c.hire = True, random_day(rng, month, last_day)
            c.original = c.hire
            c.manager = pick_manager(org_row[0], c.hire).eid
            contractors.append(c)
            job_event(c, c.hire, "Contract Contingent Worker", None)
        # promotions among ICs, mostly with the April merit
        if month.month in (4, 10):
            for p in active(month):
                if p.contingent or p.grade not in ("P1", "P2", "P3") or (month - p.hire).days < 540:
                    continue
                if rng.random() < 0.05 + 0.07 * (p.rating >= 4):
                    p.grade = {"P1": "P2", "P2": "P3", "P3": "P4"}[p.grade]
                    p.title = _title(p.family, p.grade)
                    job_event(p, month, "Promote Employee", "Promotion")
                    comp_event(
                        p,
                        month,
                        "Promotion > Promotion",
                        max(p.pay * 1.09, _midpoint(p.family, p.grade, p.location) * 0.88),
                    )
        # the year-end review of the year before, completed in February; the April merit follows it
        if month.month == 2 and month.year >= 2022:
            year, done = month.year - 1, dt.date(month.year, 2, 14)
            for p in active(done):
                if p.contingent or p.grade == "E2":
                    continue
                too_new = p.hire > dt.date(year, 10, 1)
                p.rating = weighted(rng, [1, 2, 3, 4, 5], [2, 9, 55, 26, 8])
                if p.grade in ("M4", "M5", "E1"):
                    p.rating = min(5, p.rating + (rng.random() < 0.2))
                potential = None if too_new else weighted(rng, ["High", "Medium", "Low"], [20, 60, 20])
                completed = None if too_new else done - dt.timedelta(days=rng.randint(0, 20))
                reviews.append((f"PR-{len(reviews) + 1:05d}", p.eid, f"FY{year}", completed,
                                None if too_new else p.rating, potential, p.manager))  # fmt: skip
                if too_new:
                    p.rating = 3
        month = nxt

    for p in people.values():
        if p.term is not None:
            job_event(p, p.term, "Terminate Employee", p.reason)

    # requisitions that were never filled: the 2023 freeze and the ones still open
    org_by_id = {o[0]: o for o in ORGS}
    for d in days(START, END):
        freeze = dt.date(2023, 1, 20) <= d <= dt.date(2023, 3, 15)
        if rng.random() < (0.55 if freeze else 0.035) or (d > END - dt.timedelta(days=75) and rng.random() < 0.35):
            org_row = weighted(rng, ORGS, [o[7] for o in ORGS])
            family = org_row[3]
            grade = weighted(rng, ["P1", "P2", "P3", "P4"], [26, 38, 28, 8])
            title = _title(family, grade)
            loc = weighted(rng, LOCATIONS, org_row[5])
            hm = pick_manager(org_row[0], d)
            pool = recruiters(d) or [directors["SUP-620"]]
            start = d - dt.timedelta(days=rng.randint(20, 80)) if freeze else d
            rid = f"R-{len(reqs) + 10_001}"
            if d > END - dt.timedelta(days=75):
                status, reason = "Open", None
            elif freeze:
                status, reason = "Closed", "Hiring Freeze"
            else:
                status, reason = (
                    "Closed",
                    weighted(rng, ["Budget Change", "Role Redefined", "Filled Internally"], [40, 40, 20]),
                )
            reqs.append((rid, f"{title} ({loc})", title, family, org_by_id[org_row[0]][0], loc, hm.eid,
                         rng.choice(pool).eid, start, status, None, reason))  # fmt: skip
            candidates(rid, None, start, None, min(END, d + dt.timedelta(days=rng.randint(10, 60))))
    reqs.sort(key=lambda r: (r[8], r[0]))

    # time off: one row per day taken, summer and December peaks, winter sick days
    time_off: list[Row] = []
    vac_month = {1: 0.6, 2: 0.7, 3: 0.9, 4: 0.9, 5: 1.0, 6: 1.5, 7: 2.3, 8: 2.1, 9: 0.9, 10: 0.9, 11: 1.1, 12: 2.2}
    sick_month = {1: 1.8, 2: 1.7, 3: 1.2, 4: 0.9, 5: 0.7, 6: 0.6, 7: 0.6, 8: 0.6, 9: 0.8, 10: 1.0, 11: 1.2, 12: 1.5}
    for p in sorted(people.values(), key=lambda x: x.eid):
        if p.contingent:
            continue
        first = max(p.hire, START)
        last = min(p.term or END, END)
        d = first
        while d <= last:
            if d.weekday() < 5:
                r = rng.random()
                if r < 0.058 * vac_month[d.month] / 1.25:
                    n = rng.choice([1, 1, 2, 3, 5, 5, 5, 10])
                    kind = "Vacation"
                elif r < 0.058 * vac_month[d.month] / 1.25 + 0.012 * sick_month[d.month]:
                    n, kind = rng.choice([1, 1, 1, 2, 3]), "Sick"
                elif r < 0.058 * vac_month[d.month] / 1.25 + 0.012 * sick_month[d.month] + 0.002:
                    n, kind = 1, "Personal"
                else:
                    d += dt.timedelta(days=1)
                    continue
                taken = 0
                while taken < n and d <= last:
                    if d.weekday() < 5:
                        half = kind != "Vacation" and rng.random() < 0.15
                        status = "In Progress" if d > END - dt.timedelta(days=10) else (
                            "Canceled" if rng.random() < 0.015 else "Successfully Completed")  # fmt: skip
                        hours = (4.0 if half else 8.0) * (0.5 if p.part_time else 1.0)
                        time_off.append((f"TO-{len(time_off) + 1:07d}", p.eid, d, kind, hours, status))
                        taken += 1
                    d += dt.timedelta(days=1)
                d += dt.timedelta(days=rng.randint(3, 15))
                continue
            d += dt.timedelta(days=1)

    # the workers report: managers before their reports (self-referencing key)
    cc = (
        {o[0]: o[4] for o in ORGS}
        | {t[0]: t[3] for t in TOPS}
        | {DATA_TEAM_ORG[0]: DATA_TEAM_ORG[4], "SUP-010": "CC1000"}
    )
    rows: dict[str, Row] = {}
    for p in people.values():
        pay = None if p.contingent else money(p.pay)
        ratio = None if p.contingent else round(p.pay / _midpoint(p.family, p.grade, p.location), 3)
        rows[p.eid] = (p.eid, p.name, p.gender, p.hire, p.original, p.term, p.reason, p.category, p.regret,
                       0 if p.term is not None else 1, p.org, p.manager, p.title, p.family, LEVEL[p.grade],
                       None if p.contingent else p.grade, "Contingent Worker" if p.contingent else "Regular Employee",
                       "Part time" if p.part_time else "Full time", 0.5 if p.part_time and p.contingent else (
                           0.6 if p.part_time else 1.0), p.location, cc[p.org], pay,
                       None if p.contingent else CURRENCY.get(p.location, "USD"), ratio)  # fmt: skip
    orgs_rows: list[Row] = [("SUP-010", "Office of the CEO", None, ceo.eid, dt.date(2014, 3, 3), "N")]
    orgs_rows += [(t[0], t[1], "SUP-010", vps[t[0]].eid, dt.date(2016, 1, 1), "N") for t in TOPS]
    orgs_rows += [(o[0], o[1], o[2], directors[o[0]].eid, dt.date(2017, 1, 1), "N") for o in ORGS]
    orgs_rows.append((DATA_TEAM_ORG[0], DATA_TEAM_ORG[1], DATA_TEAM_ORG[2], directors["SUP-200"].eid, REORG, "N"))
    orgs_rows.append(("SUP-290", "Engineering - Mobile (legacy)", "SUP-020", None, dt.date(2017, 1, 1), "Y"))
    catalog.add("wd_supervisory_orgs", [orgs_rows[0]])
    catalog.add("wd_supervisory_orgs", orgs_rows[1:6])
    catalog.add("wd_supervisory_orgs", orgs_rows[6:])
    ccs: list[Row] = [("CC1000", "Executive", "Corporate")]
    ccs += [(t[3], t[1], "Corporate > " + t[1]) for t in TOPS]
    top_name = {t[0]: t[1] for t in TOPS}
    ccs += [(o[4], o[1], f"Corporate > {top_name[o[2]]} > {o[1]}") for o in [*ORGS, DATA_TEAM_ORG]]
    catalog.add("wd_cost_centers", ccs)
    placed: set[str | None] = {None}
    pending = sorted(rows)
    while pending:
        ready = [e for e in pending if people[e].manager in placed]
        catalog.add("wd_workers", [rows[e] for e in ready])
        placed.update(ready)
        pending = [e for e in pending if e not in placed]

    catalog.add("wd_job_history", sorted(history, key=lambda h: (h[2], h[0])))
    catalog.add("wd_compensation", comp)
    catalog.add("wd_time_off", time_off)
    catalog.add("wd_performance_reviews", reviews)
    catalog.add("wd_job_requisitions", reqs)
    catalog.add("wd_job_applications", apps)
    return catalog


def random_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A uniform day in [first, last]."""
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))
