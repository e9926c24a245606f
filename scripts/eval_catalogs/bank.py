"""A retail bank's core-banking extract in Oracle style: UPPER_SNAKE_CASE tables and abbreviated columns.

Six tables with declared keys: two from `LOAN` to `EMPL` (the officer who originated a loan and the manager
who approved it) and two from `TXN` to `CUST_ACCT` (the account and, for transfers, the counterparty).
One-letter and three-letter codes, a few column comments, growth, a December peak, a weekday rhythm, mobile
banking displacing branches, rising interest rates and NULLs where a real extract has them. Deterministic:
everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words, zipf_weights

SEED = 150_004
START, END = dt.date(2022, 1, 1), dt.date(2024, 12, 31)

DDL = [
    """CREATE TABLE BRNCH (
        BRNCH_ID INTEGER PRIMARY KEY, BRNCH_NM VARCHAR NOT NULL, BRNCH_CITY_NM VARCHAR NOT NULL,
        BRNCH_RGN_CD VARCHAR(1) NOT NULL, BRNCH_OPEN_DT DATE NOT NULL)""",
    """CREATE TABLE EMPL (
        EMPL_ID INTEGER PRIMARY KEY, EMPL_FULL_NM VARCHAR NOT NULL,
        BRNCH_ID INTEGER NOT NULL REFERENCES BRNCH (BRNCH_ID), EMPL_ROLE_NM VARCHAR NOT NULL,
        EMPL_HIRE_DT DATE NOT NULL, EMPL_SAL_AMT DECIMAL(10, 2))""",
    """CREATE TABLE CUST (
        CUST_ID INTEGER PRIMARY KEY, CUST_FULL_NM VARCHAR NOT NULL, CUST_BIRTH_DT DATE,
        CUST_GNDR_CD VARCHAR(1), CUST_SEG_CD VARCHAR(1) NOT NULL, CUST_CRDT_SCR INTEGER,
        HOME_BRNCH_ID INTEGER NOT NULL REFERENCES BRNCH (BRNCH_ID), CUST_SINCE_DT DATE NOT NULL)""",
    """CREATE TABLE CUST_ACCT (
        ACCT_ID INTEGER PRIMARY KEY, CUST_ID INTEGER NOT NULL REFERENCES CUST (CUST_ID),
        BRNCH_ID INTEGER NOT NULL REFERENCES BRNCH (BRNCH_ID), ACCT_TYP_CD VARCHAR(3) NOT NULL,
        ACCT_OPEN_DT DATE NOT NULL, ACCT_CLS_DT DATE, ACCT_BAL_AMT DECIMAL(12, 2) NOT NULL,
        ACCT_INT_RT DECIMAL(5, 3) NOT NULL, ACCT_STAT_CD VARCHAR(1) NOT NULL)""",
    """CREATE TABLE TXN (
        TXN_ID INTEGER PRIMARY KEY, ACCT_ID INTEGER NOT NULL REFERENCES CUST_ACCT (ACCT_ID),
        CNTRPTY_ACCT_ID INTEGER REFERENCES CUST_ACCT (ACCT_ID), TXN_TS TIMESTAMP NOT NULL,
        TXN_TYP_CD VARCHAR(1) NOT NULL, TXN_CHNL_CD VARCHAR(3) NOT NULL, TXN_AMT DECIMAL(12, 2) NOT NULL,
        TXN_FEE_AMT DECIMAL(8, 2) NOT NULL)""",
    """CREATE TABLE LOAN (
        LOAN_ID INTEGER PRIMARY KEY, CUST_ID INTEGER NOT NULL REFERENCES CUST (CUST_ID),
        BRNCH_ID INTEGER NOT NULL REFERENCES BRNCH (BRNCH_ID),
        ORIG_EMPL_ID INTEGER NOT NULL REFERENCES EMPL (EMPL_ID),
        APPRV_EMPL_ID INTEGER REFERENCES EMPL (EMPL_ID), LOAN_TYP_CD VARCHAR(1) NOT NULL,
        LOAN_APPL_DT DATE NOT NULL, LOAN_FUND_DT DATE, LOAN_PRIN_AMT DECIMAL(12, 2) NOT NULL,
        LOAN_INT_RT DECIMAL(5, 3) NOT NULL, LOAN_TERM_MO INTEGER NOT NULL, LOAN_STAT_CD VARCHAR(1) NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN BRNCH.BRNCH_RGN_CD IS 'N = north, S = south, E = east, W = west'",
    "COMMENT ON COLUMN CUST.CUST_SEG_CD IS 'R = retail, P = private banking, B = small business'",
    "COMMENT ON COLUMN CUST_ACCT.ACCT_TYP_CD IS 'CHK = checking, SAV = savings, MMA = money market, CD = certificate of deposit'",
    "COMMENT ON COLUMN TXN.TXN_TYP_CD IS 'D = deposit, W = withdrawal, T = transfer, P = card payment, F = fee'",
    "COMMENT ON COLUMN LOAN.LOAN_TYP_CD IS 'M = mortgage, A = auto, P = personal, H = home equity'",
    "COMMENT ON COLUMN LOAN.LOAN_STAT_CD IS 'A = active, C = closed (paid off), D = defaulted, P = pending, R = rejected'",
]

BRANCHES = [  # id, name, city, region, opened, customer weight
    (101, "Main Street", "Springfield", "N", dt.date(1998, 4, 1), 16),
    (102, "Riverside", "Springfield", "N", dt.date(2004, 9, 15), 10),
    (103, "Lakeview", "Madison", "N", dt.date(2008, 3, 1), 8),
    (104, "Harbor Point", "Baltimore", "E", dt.date(2001, 6, 1), 12),
    (105, "Old Town", "Alexandria", "E", dt.date(2011, 2, 1), 7),
    (106, "Capitol Square", "Richmond", "E", dt.date(2015, 10, 1), 6),
    (107, "Peachtree", "Atlanta", "S", dt.date(2006, 5, 1), 11),
    (108, "Magnolia", "Savannah", "S", dt.date(2017, 8, 1), 4),
    (109, "Bayou", "New Orleans", "S", dt.date(2012, 1, 10), 6),
    (110, "Desert Ridge", "Phoenix", "W", dt.date(2014, 11, 1), 8),
    (111, "Pearl District", "Portland", "W", dt.date(2019, 4, 1), 5),
    (112, "Mission Bay", "San Diego", "W", dt.date(2021, 9, 1), 4),
]
FIRST = words("Aaron Bella Carlos Diana Ethan Fatima Gabriel Hannah Isaac Jasmine Kevin Laura Marcus Nadia Oscar")
FIRST += words("Paula Rafael Sofia Tyler Valerie Walter Ximena Yusuf Zoe Andre Brooke Caleb Delia Emeka Flora")
LAST = words("Anderson Baker Chen Diaz Edwards Foster Gupta Hughes Ibrahim Johnson Kim Lopez Murphy Nguyen Olsen")
LAST += words("Patel Quinn Reyes Singh Thompson Underwood Vasquez Williams Young Zhang Brooks Carter Morales")
ROLES = [("Branch Manager", 1, 112_000), ("Loan Officer", 3, 78_000), ("Teller", 4, 41_000), ("Advisor", 2, 66_000)]
MONTH_FACTOR = [0.9, 0.88, 0.97, 1.0, 1.02, 1.0, 0.98, 0.99, 0.97, 1.0, 1.08, 1.3]
WEEKDAY_FACTOR = [1.15, 1.05, 1.0, 1.05, 1.25, 0.75, 0.45]
TXN_TYPES = ["D", "W", "T", "P", "F"]
LOAN_TYPES = {  # code: (weight, principal range, term months, base rate)
    "M": (2, (120_000, 650_000), [180, 360], 4.1),
    "A": (5, (9_000, 55_000), [36, 48, 60, 72], 5.2),
    "P": (4, (1_500, 30_000), [12, 24, 36, 60], 9.5),
    "H": (1.5, (20_000, 180_000), [120, 180], 6.0),
}


def _name(rng: random.Random, taken: set[str]) -> str:
    """A full name nobody else in `taken` has, with a middle initial as a real core system would store it."""
    name = f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
    while name in taken:
        name = f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
    taken.add(name)
    return name


def _employees(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    taken = set[str]()
    for branch in BRANCHES:
        for role, count, base in ROLES:
            for _ in range(count + (1 if role == "Teller" and branch[5] >= 10 else 0)):
                hire = random_date(rng, max(branch[4], dt.date(2005, 1, 1)), dt.date(2024, 6, 30))
                salary = None if rng.random() < 0.03 else money(base * rng.lognormvariate(0, 0.1))
                rows.append((2000 + len(rows) + 1, _name(rng, taken), branch[0], role, hire, salary))
    return rows


def _customers(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    ids, weights = [b[0] for b in BRANCHES], [b[5] for b in BRANCHES]
    taken = set[str]()
    for cust_id in range(1, 3201):
        seg = weighted(rng, ["R", "P", "B"], [78, 7, 15])
        birth = (
            None if seg == "B" or rng.random() < 0.04 else random_date(rng, dt.date(1945, 1, 1), dt.date(2004, 12, 31))
        )
        gender = None if seg == "B" else weighted(rng, ["F", "M", None], [49, 48, 3])
        score = None if rng.random() < 0.06 else max(300, min(850, round(rng.gauss(700 if seg == "P" else 670, 60))))
        # The bank grew: more customers joined each year.
        since = dt.date(2000, 1, 1) + dt.timedelta(days=round((END - dt.date(2000, 1, 1)).days * rng.random() ** 0.6))
        rows.append((cust_id, _name(rng, taken), birth, gender, seg, score, weighted(rng, ids, weights), since))
    return rows


def _accounts(rng: random.Random, customers: list[Row]) -> list[Row]:
    rows: list[Row] = []
    for cust in customers:
        kinds = ["CHK"] + [k for k, p in (("SAV", 0.6), ("MMA", 0.15), ("CD", 0.1)) if rng.random() < p]
        if cust[4] == "P":
            kinds += ["MMA"]
        for kind in kinds:
            opened = random_date(rng, cust[7], END)
            if kind == "CHK":
                opened = cust[7]
            closed = None
            if rng.random() < 0.09:
                closed = random_date(rng, opened, END)
            status = "C" if closed else ("D" if rng.random() < 0.05 else "A")
            scale = {"R": 1.0, "P": 12.0, "B": 4.0}[cust[4]] * {"CHK": 1, "SAV": 2.5, "MMA": 6, "CD": 4}[kind]
            balance = 0.0 if closed else money(rng.lognormvariate(7.4, 1.1) * scale)
            rate = {"CHK": 0.0, "SAV": rng.choice([0.5, 1.25, 2.0]), "MMA": 3.1, "CD": rng.choice([3.75, 4.5, 5.0])}[
                kind
            ]
            rows.append((len(rows) + 50_001, cust[0], cust[6], kind, opened, closed, balance, rate, status))
    return rows


def _transactions(rng: random.Random, accounts: list[Row]) -> list[Row]:
    live = [a for a in accounts if a[3] in ("CHK", "SAV")]
    weights = zipf_weights(len(live), 0.6)
    rng.shuffle(weights)
    rows: list[Row] = []
    accts: list[Row] = []
    cum: list[float] = []
    for day in days(START, END):
        years = (day - START).days / 365.25
        mean = 55 * 1.12**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        if day.day == 1:  # accounts open for the whole month: recomputed monthly, not daily, to stay fast
            month_end = (day + dt.timedelta(days=32)).replace(day=1)
            eligible = [
                (a, w)
                for a, w in zip(live, weights, strict=True)
                if a[4] <= day and (a[5] is None or a[5] >= month_end)
            ]
            accts, cum = [a for a, _ in eligible], list(accumulate(w for _, w in eligible))
        mobile = 0.25 + 0.12 * years
        for _ in range(poisson(rng, mean)):
            acct = rng.choices(accts, cum_weights=cum)[0]
            kind = weighted(rng, TXN_TYPES, [22, 20, 12, 40, 6] if acct[3] == "CHK" else [45, 25, 30, 0, 0])
            chnl = weighted(rng, ["MOB", "ONL", "ATM", "BRN"], [mobile, 0.3, 0.25, max(0.05, 0.3 - 0.1 * years)])
            if kind == "P":
                chnl = "POS"
            elif kind == "F":
                chnl = "SYS"
            elif kind == "W" and chnl in ("MOB", "ONL"):
                chnl = "ATM"
            amount = {"D": 900, "W": 160, "T": 600, "P": 55, "F": 12}[kind] * rng.lognormvariate(0, 0.8)
            cntr = rng.choices(accts, cum_weights=cum)[0][0] if kind == "T" else None
            fee = 2.5 if chnl == "ATM" and rng.random() < 0.3 else (3.0 if kind == "T" and chnl == "BRN" else 0.0)
            ts = dt.datetime.combine(
                day, dt.time(rng.randint(0 if chnl in ("MOB", "POS") else 7, 22), rng.randint(0, 59))
            )
            rows.append((len(rows) + 1, acct[0], cntr, ts, kind, chnl, money(amount), fee))
    return rows


def _loans(rng: random.Random, customers: list[Row], employees: list[Row]) -> list[Row]:
    officers = {b[0]: [e[0] for e in employees if e[2] == b[0] and e[3] == "Loan Officer"] for b in BRANCHES}
    managers = {b[0]: [e[0] for e in employees if e[2] == b[0] and e[3] == "Branch Manager"] for b in BRANCHES}
    codes = list(LOAN_TYPES)
    rows: list[Row] = []
    for day in days(dt.date(2020, 1, 1), END):
        if day.weekday() >= 5:
            continue
        rate_shift = 0.0 if day.year < 2022 else (1.5 if day.year == 2022 else 3.0 if day.year == 2023 else 2.6)
        # Mortgage applications peak in spring.
        for _ in range(poisson(rng, 2.4 * (1.3 if day.month in (3, 4, 5, 6) else 1.0))):
            cust = rng.choice(customers)
            kind = weighted(rng, codes, [LOAN_TYPES[c][0] for c in codes])
            _, (lo, hi), terms, base = LOAN_TYPES[kind]
            score = cust[5] or 640
            rate = round(base + rate_shift + (700 - score) / 60 + rng.uniform(-0.4, 0.4), 3)
            branch = cust[6]
            status = weighted(rng, ["A", "C", "D", "R"], [60, 22, 3, 15])
            if (END - day).days < 30 and rng.random() < 0.7:
                status = "P"
            approver = rng.choice(managers[branch]) if status not in ("P", "R") else None
            funded = day + dt.timedelta(days=rng.randint(5, 45)) if approver else None
            if funded and funded > END:
                funded, approver, status = None, None, "P"
            principal = money(round(lo * (hi / lo) ** rng.random(), -2))
            rows.append((len(rows) + 1, cust[0], branch, rng.choice(officers[branch]), approver, kind, day, funded,
                         principal, max(1.9, rate), rng.choice(terms), status))  # fmt: skip
    return rows


def build() -> Catalog:
    """The whole bank extract, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("BRNCH", [b[:5] for b in BRANCHES])
    employees, customers = _employees(rng), _customers(rng)
    catalog.add("EMPL", employees)
    catalog.add("CUST", customers)
    accounts = _accounts(rng, customers)
    catalog.add("CUST_ACCT", accounts)
    catalog.add("TXN", _transactions(rng, accounts))
    catalog.add("LOAN", _loans(rng, customers, employees))
    return catalog
