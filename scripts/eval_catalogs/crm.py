"""A B2B software company's Salesforce org exported object by object, with Salesforce's own names.

Eight tables named after the objects (`Account`, `Contact`, `Lead`, `Opportunity`, `OpportunityLineItem`,
`Product2`, `User`, `Case`), PascalCase standard fields (`StageName`, `CloseDate`, `IsWon`), custom fields
with the `__c` suffix (`Region__c`, `Discount_Pct__c`, `Churn_Risk__c`), 18-character text ids with each
object's prefix (`0015g00000AbCdEAAV`), two keys from `Opportunity` to `User` (owner and creator), keys only
partly declared as an export would, short codes explained in column comments, growth over three years, a
quarter-end close spike, a summer lull, a few very large deals and NULLs (lost deals without line items, open
cases, unconverted leads). Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words

SEED = 150_011
START, TODAY = dt.date(2023, 1, 1), dt.date(2025, 9, 30)

DDL = [
    """CREATE TABLE "User" (
        Id VARCHAR(18) PRIMARY KEY, Name VARCHAR NOT NULL, Username VARCHAR NOT NULL, Title VARCHAR NOT NULL,
        Department VARCHAR NOT NULL, Region__c VARCHAR, ManagerId VARCHAR(18), IsActive BOOLEAN NOT NULL,
        CreatedDate TIMESTAMP NOT NULL, Annual_Quota__c DECIMAL(18, 2))""",
    """CREATE TABLE Account (
        Id VARCHAR(18) PRIMARY KEY, Name VARCHAR NOT NULL, Type VARCHAR, Industry VARCHAR,
        AnnualRevenue DECIMAL(18, 2), NumberOfEmployees INTEGER, BillingCity VARCHAR, BillingCountry VARCHAR,
        Region__c VARCHAR NOT NULL, Segment__c VARCHAR NOT NULL, Churn_Risk__c VARCHAR(1), OwnerId VARCHAR(18) NOT NULL,
        CreatedById VARCHAR(18) NOT NULL, CreatedDate TIMESTAMP NOT NULL)""",
    """CREATE TABLE Contact (
        Id VARCHAR(18) PRIMARY KEY, AccountId VARCHAR(18) REFERENCES Account (Id), FirstName VARCHAR,
        LastName VARCHAR NOT NULL, Email VARCHAR, Title VARCHAR, LeadSource VARCHAR, OwnerId VARCHAR(18) NOT NULL,
        HasOptedOutOfEmail BOOLEAN NOT NULL, CreatedDate TIMESTAMP NOT NULL)""",
    """CREATE TABLE Lead (
        Id VARCHAR(18) PRIMARY KEY, FirstName VARCHAR, LastName VARCHAR NOT NULL, Company VARCHAR NOT NULL,
        Status VARCHAR NOT NULL, LeadSource VARCHAR, Industry VARCHAR, Country VARCHAR, NumberOfEmployees INTEGER,
        Grade__c VARCHAR(1), OwnerId VARCHAR(18) NOT NULL, CreatedDate TIMESTAMP NOT NULL,
        IsConverted BOOLEAN NOT NULL, ConvertedDate DATE, ConvertedAccountId VARCHAR(18))""",
    """CREATE TABLE Product2 (
        Id VARCHAR(18) PRIMARY KEY, Name VARCHAR NOT NULL, ProductCode VARCHAR NOT NULL, Family VARCHAR NOT NULL,
        IsActive BOOLEAN NOT NULL, List_Price__c DECIMAL(18, 2) NOT NULL)""",
    """CREATE TABLE Opportunity (
        Id VARCHAR(18) PRIMARY KEY, Name VARCHAR NOT NULL, AccountId VARCHAR(18) REFERENCES Account (Id),
        OwnerId VARCHAR(18) NOT NULL REFERENCES "User" (Id), CreatedById VARCHAR(18) NOT NULL REFERENCES "User" (Id),
        Type VARCHAR, StageName VARCHAR NOT NULL, Amount DECIMAL(18, 2), Probability INTEGER, CloseDate DATE NOT NULL,
        IsClosed BOOLEAN NOT NULL, IsWon BOOLEAN NOT NULL, ForecastCategoryName VARCHAR, LeadSource VARCHAR,
        Contract_Term_Months__c INTEGER, Discount_Pct__c DECIMAL(5, 2), Loss_Reason__c VARCHAR,
        Renewal_Date__c DATE, CreatedDate TIMESTAMP NOT NULL)""",
    """CREATE TABLE OpportunityLineItem (
        Id VARCHAR(18) PRIMARY KEY, OpportunityId VARCHAR(18) NOT NULL REFERENCES Opportunity (Id),
        Product2Id VARCHAR(18) NOT NULL, Quantity DECIMAL(10, 2) NOT NULL, ListPrice DECIMAL(18, 2) NOT NULL,
        UnitPrice DECIMAL(18, 2) NOT NULL, Discount DECIMAL(5, 2), TotalPrice DECIMAL(18, 2) NOT NULL)""",
    """CREATE TABLE "Case" (
        Id VARCHAR(18) PRIMARY KEY, CaseNumber VARCHAR(8) NOT NULL, AccountId VARCHAR(18), ContactId VARCHAR(18),
        OwnerId VARCHAR(18) NOT NULL, Subject VARCHAR NOT NULL, Type VARCHAR, Status VARCHAR NOT NULL,
        Priority VARCHAR NOT NULL, Severity__c VARCHAR(2), Origin VARCHAR NOT NULL, IsClosed BOOLEAN NOT NULL,
        IsEscalated BOOLEAN NOT NULL, CreatedDate TIMESTAMP NOT NULL, ClosedDate TIMESTAMP, CSAT__c INTEGER)""",
]
COMMENTS = [
    "COMMENT ON COLUMN Account.Segment__c IS 'SMB = small business (under 200 employees), MM = mid-market, ENT = enterprise (2,000 employees or more)'",
    "COMMENT ON COLUMN Account.Churn_Risk__c IS 'H = high, M = medium, L = low; set by Customer Success, NULL for accounts that are not customers'",
    "COMMENT ON COLUMN Lead.Grade__c IS 'fit grade from the lead scoring tool: A = best fit, B = good, C = fair, D = poor fit'",
    "COMMENT ON COLUMN \"Case\".Severity__c IS 'S1 = production down, S2 = major impact, S3 = minor impact, S4 = question or cosmetic'",
    "COMMENT ON COLUMN \"Case\".CSAT__c IS 'customer satisfaction survey after closing, 1 (poor) to 5 (excellent); NULL when not answered'",
    "COMMENT ON COLUMN Opportunity.Discount_Pct__c IS 'discount off list price in percent (12.5 = 12.5 %)'",
    "COMMENT ON COLUMN Opportunity.CreatedById IS 'the user who entered the opportunity (often a sales development rep); OwnerId is the account executive who owns it'",
]

PREFIX = {"User": "005", "Account": "001", "Contact": "003", "Lead": "00Q", "Opportunity": "006",
          "OpportunityLineItem": "00k", "Product2": "01t", "Case": "500"}  # fmt: skip
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"


def sf_id(obj: str, n: int) -> str:
    """An 18-character Salesforce id: object prefix, pod, a base-62 counter and the case-safe checksum."""
    counter, rest = "", (n * 7919 + 104_729) % 62**5  # a bijection: ids look scattered, never collide
    for _ in range(5):
        rest, digit = divmod(rest, 62)
        counter = _B62[digit] + counter
    base = PREFIX[obj] + "5g00000" + counter
    checksum = "".join(
        _SUFFIX[sum(1 << i for i, ch in enumerate(base[k : k + 5]) if ch.isupper())] for k in range(0, 15, 5)
    )
    return base + checksum


REGIONS = {  # region: (countries, weight)
    "NA": (["United States", "United States", "United States", "Canada"], 45),
    "EMEA": (["United Kingdom", "Germany", "France", "Netherlands", "Sweden", "Spain"], 30),
    "APAC": (["Australia", "Japan", "Singapore", "India"], 15),
    "LATAM": (["Brazil", "Mexico", "Chile"], 10),
}
CITY = {"United States": ["New York", "San Francisco", "Chicago", "Austin", "Boston"], "Canada": ["Toronto", "Vancouver"],
        "United Kingdom": ["London", "Manchester"], "Germany": ["Berlin", "Munich"], "France": ["Paris", "Lyon"],
        "Netherlands": ["Amsterdam"], "Sweden": ["Stockholm"], "Spain": ["Madrid", "Barcelona"],
        "Australia": ["Sydney", "Melbourne"], "Japan": ["Tokyo", "Osaka"], "Singapore": ["Singapore"],
        "India": ["Bangalore", "Mumbai"], "Brazil": ["Sao Paulo"], "Mexico": ["Mexico City"], "Chile": ["Santiago"]}  # fmt: skip
INDUSTRIES = words("Technology Financial_Services Healthcare Manufacturing Retail Education Media Energy Government")
SOURCES = ["Web", "Webinar", "Trade Show", "Referral", "Partner", "Cold Call", "Advertisement"]
SOURCE_WEIGHT = [30, 14, 10, 9, 10, 17, 10]
SOURCE_WIN = {"Referral": 1.5, "Partner": 1.3, "Web": 1.0, "Webinar": 0.9, "Trade Show": 1.0, "Cold Call": 0.7,
              "Advertisement": 0.8}  # fmt: skip
PRODUCTS = [  # name, code, family, active, list price
    ("Analytics Cloud Starter", "AC-STR", "Platform", True, 9000),
    ("Analytics Cloud Professional", "AC-PRO", "Platform", True, 24000),
    ("Analytics Cloud Enterprise", "AC-ENT", "Platform", True, 60000),
    ("Data Connectors Pack", "AD-CON", "Add-on", True, 4800),
    ("Advanced Security", "AD-SEC", "Add-on", True, 7200),
    ("AI Forecasting", "AD-AIF", "Add-on", True, 12000),
    ("Sandbox Environment", "AD-SBX", "Add-on", True, 3600),
    ("Extra Storage 1TB", "AD-STO", "Add-on", True, 1200),
    ("Implementation - Standard", "SV-IMP", "Services", True, 15000),
    ("Implementation - Premium", "SV-IMX", "Services", True, 40000),
    ("Training Day", "SV-TRN", "Services", True, 2500),
    ("Premier Support", "SP-PRE", "Support", True, 8000),
    ("Standard Support", "SP-STD", "Support", True, 2000),
    ("Legacy Reporting Module", "LG-REP", "Add-on", False, 5000),
]
FIRST = words("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan")
FIRST += words("Joseph Jessica Thomas Sarah Carlos Priya Hiro Sofia Lukas Emma Mateo Aisha Wei Olivia Noah Chloe")
LAST = words("Smith Johnson Williams Brown Jones Garcia Miller Davis Martinez Lopez Wilson Anderson Taylor Thomas")
LAST += words("Moore Jackson Martin Lee Perez White Harris Clark Lewis Walker Young King Wright Scott Green Baker")
LAST += words("Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Schmidt Muller Dubois Rossi")
LAST += words("Tanaka Sato Kumar Singh Silva Santos Nguyen Chen Wang Larsen")
COMPANY_A = words("Blue Bright Cedar Summit Apex Nova North Iron Silver Green Rapid Clear Prime Vertex Harbor Atlas")
COMPANY_A += words("Pioneer Quantum Crimson Golden Stellar Orbit Maple Falcon Delta Evergreen Granite Lumen")
COMPANY_B = words("Logistics Dynamics Health Foods Capital Networks Energy Media Robotics Retail Labs Motors")
COMPANY_B += words("Systems Bank Pharma Analytics Insurance Foods Textiles Airlines Software Partners")
COMPANY_C = ["Inc.", "Ltd", "GmbH", "Corp", "Group", "LLC", "SA", "Co."]
CREATE_MONTH = [1.1, 1.05, 1.15, 1.05, 1.0, 0.95, 0.8, 0.7, 1.0, 1.1, 1.05, 0.75]  # a summer and December lull
CASE_SUBJECTS = ["Dashboard not loading", "Login issue", "Data sync failed", "Connector error", "Slow queries",
                 "Report export question", "Billing question", "Feature request: alerts", "Permission problem",
                 "API rate limit"]  # fmt: skip
TRAILING_DAYS = 10


def _at(rng: random.Random, day: dt.date, start_hour: int = 8, end_hour: int = 18) -> dt.datetime:
    return dt.datetime.combine(
        day, dt.time(rng.randint(start_hour, end_hour - 1), rng.randint(0, 59), rng.randint(0, 59))
    )


def _person(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if f"{first} {last}" not in taken:
            taken.add(f"{first} {last}")
            return first, last


def _users(rng: random.Random) -> list[Row]:
    plan = [("Sales Manager", "Sales", r, 1) for r in REGIONS]
    plan += [("Account Executive", "Sales", r, n) for r, n in (("NA", 8), ("EMEA", 6), ("APAC", 3), ("LATAM", 2))]
    plan += [("Sales Development Rep", "Sales", r, n) for r, n in (("NA", 2), ("EMEA", 2), ("APAC", 1), ("LATAM", 1))]
    plan += [("Support Engineer", "Customer Support", None, 6), ("Sales Operations Analyst", "Operations", None, 1)]
    rows: list[Row] = [(sf_id("User", 1), "Integration User", "integration@northbeam.io", "API Integration",
                        "Operations", None, None, True, dt.datetime(2020, 3, 2, 9, 0), None)]  # fmt: skip
    taken: set[str] = set()
    managers: dict[str | None, str] = {}
    for title, dept, region, count in plan:
        for _ in range(count):
            first, last = _person(rng, taken)
            uid = sf_id("User", len(rows) + 1)
            created = _at(rng, random_date(rng, dt.date(2020, 6, 1), dt.date(2023, 3, 31)))
            quota = {"Account Executive": 2_400_000, "Sales Manager": 9_000_000}.get(title)
            quota = quota * (1.25 if region == "NA" else 1.0) if quota else None
            active = not (title == "Account Executive" and rng.random() < 0.12)
            manager = managers.get(region) if title != "Sales Manager" else None
            rows.append((uid, f"{first} {last}", f"{first[0].lower()}{last.lower()}@northbeam.io", title, dept, region,
                         manager, active, created, quota))  # fmt: skip
            if title == "Sales Manager":
                managers[region] = uid
    return rows


def _accounts(rng: random.Random, users: list[Row]) -> list[Row]:
    aes = {r: [u[0] for u in users if u[3] == "Account Executive" and u[5] == r] for r in REGIONS}
    sdrs = {r: [u[0] for u in users if u[3] == "Sales Development Rep" and u[5] == r] for r in REGIONS}
    names: set[str] = set()
    rows: list[Row] = []
    for i in range(1500):
        while (name := f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(COMPANY_C)}") in names:
            pass
        names.add(name)
        region = weighted(rng, list(REGIONS), [w for _, w in REGIONS.values()])
        country = rng.choice(REGIONS[region][0])
        employees = round(10 ** rng.uniform(1.2, 4.7))
        segment = "SMB" if employees < 200 else "MM" if employees < 2000 else "ENT"
        revenue = money(employees * rng.uniform(90_000, 320_000)) if rng.random() > 0.08 else None
        span = (TODAY - dt.timedelta(days=20) - dt.date(2021, 1, 1)).days
        created = _at(rng, dt.date(2021, 1, 1) + dt.timedelta(days=round(span * rng.random() ** 0.8)))
        creator = weighted(rng, [rng.choice(sdrs[region]), rng.choice(aes[region]), users[0][0]], [45, 35, 20])
        industry = None if rng.random() < 0.06 else rng.choice(INDUSTRIES).replace("_", " ")
        rows.append((sf_id("Account", i + 1), name, "Prospect", industry, revenue,
                     employees if rng.random() > 0.04 else None, rng.choice(CITY[country]), country, region, segment,
                     None, rng.choice(aes[region]), creator, created))  # fmt: skip
    return rows


def _quarter_end(day: dt.date) -> dt.date:
    month = (day.month - 1) // 3 * 3 + 3
    return dt.date(day.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _items(rng: random.Random, segment: str, discount: float) -> list[tuple[int, float, float]]:
    """(product index, quantity, unit price) lines of one deal."""
    platform = {"SMB": 0, "MM": 1, "ENT": 2}[segment]
    qty = (
        1
        if segment == "SMB"
        else rng.randint(1, 3)
        if segment == "MM"
        else weighted(rng, [1, 2, 4, 8, 20], [40, 30, 15, 10, 5])
    )
    lines = [(platform, float(qty))]
    for product in rng.sample(range(3, 13), weighted(rng, [0, 1, 2, 3], [20, 35, 30, 15])):
        lines.append((product, float(rng.randint(1, 10) if product in (7, 10) else rng.randint(1, 3))))
    return [(p, q, money(PRODUCTS[p][4] * (1 - discount / 100))) for p, q in lines]


def _opportunities(
    rng: random.Random, users: list[Row], accounts: list[Row]
) -> tuple[list[Row], list[Row], dict[str, dt.date]]:
    sdrs = {r: [u[0] for u in users if u[3] == "Sales Development Rep" and u[5] == r] for r in REGIONS}
    by_created = sorted(accounts, key=lambda a: a[13])
    created_at = [a[13].date() for a in by_created]
    won_before: dict[str, dt.date] = {}
    opps: list[Row] = []
    lines: list[Row] = []
    for day in days(START, TODAY - dt.timedelta(days=3)):
        years = (day - START).days / 365.25
        mean = 3.1 * 1.28**years * CREATE_MONTH[day.month - 1] * (1.0 if day.weekday() < 5 else 0.08)
        for _ in range(poisson(rng, mean)):
            pool = by_created[: bisect.bisect_right(created_at, day)]
            account = pool[-rng.randint(1, min(len(pool), 400))] if rng.random() < 0.5 else rng.choice(pool)
            aid, segment, region = account[0], account[9], account[8]
            customer = aid in won_before and won_before[aid] < day
            kind = weighted(rng, ["Upsell", "Renewal"], [55, 45]) if customer else "New Business"
            source = None if rng.random() < 0.05 else weighted(rng, SOURCES, SOURCE_WEIGHT)
            cycle = {"SMB": 35, "MM": 75, "ENT": 150}[segment] * (0.6 if kind == "Renewal" else 1.0)
            close = day + dt.timedelta(days=max(7, round(rng.gauss(cycle, cycle / 3))))
            if rng.random() < 0.4 and (_quarter_end(close) - close).days < 40:
                close = _quarter_end(close) - dt.timedelta(days=rng.randint(0, 9))  # the quarter-end push
            discount = round(min(35.0, max(0.0, rng.gauss(8 + {"SMB": 0, "MM": 4, "ENT": 9}[segment], 6))) * 2) / 2
            items = _items(rng, segment, discount)
            estimate = money(sum(q * price for _, q, price in items) * (0.8 if kind == "Renewal" else 1.0))
            win = {"New Business": 0.24, "Upsell": 0.45, "Renewal": 0.78}[kind] * SOURCE_WIN.get(source or "", 1.0)
            win *= 1.15 if discount > 12 else 1.0
            term = weighted(rng, [12, 24, 36], [60, 25, 15] if segment != "ENT" else [30, 35, 35])
            owner = (
                account[11] if rng.random() < 0.9 else rng.choice([u[0] for u in users if u[3] == "Account Executive"])
            )
            creator = weighted(rng, [owner, rng.choice(sdrs[region]), users[0][0]], [50, 40, 10])
            has_lines, won, lost_reason, renewal = True, False, None, None
            if close <= TODAY - dt.timedelta(days=TRAILING_DAYS) or (close <= TODAY and rng.random() < 0.5):
                won = rng.random() < win
                stage, prob, forecast = ("Closed Won", 100, "Closed") if won else ("Closed Lost", 0, "Omitted")
                has_lines = won
                lost_reason = None if won else weighted(rng, ["Price", "Competitor", "No Decision", "Timing",
                                                               "Missing Feature", None], [28, 24, 20, 12, 10, 6])  # fmt: skip
                if won:
                    won_before.setdefault(aid, close)
                    won_before[aid] = min(won_before[aid], close)
                    month = close.month - 1 + term
                    renewal = dt.date(close.year + month // 12, month % 12 + 1, min(close.day, 28))
            else:
                left = (close - TODAY).days / max(1, (close - day).days)
                stage, prob, forecast = weighted(rng, [("Prospecting", 10, "Pipeline"), ("Qualification", 20, "Pipeline"),
                    ("Needs Analysis", 40, "Pipeline"), ("Proposal/Price Quote", 60, "Best Case"),
                    ("Negotiation/Review", 80, "Commit")], [left * 4, left * 3, 2, 2 - left, 1.5 - left])  # fmt: skip
                has_lines = prob >= 60
            amount = money(sum(q * price for _, q, price in items)) if has_lines else estimate
            if stage == "Prospecting" and rng.random() < 0.5:
                amount = None
            oid = sf_id("Opportunity", len(opps) + 1)
            name = f"{account[1]} - {kind} {close.year}"
            opps.append((oid, name, aid, owner, creator, kind, stage, amount, prob, close, stage.startswith("Closed"),
                         won, forecast, source, term, discount if has_lines else None, lost_reason, renewal,
                         _at(rng, day)))  # fmt: skip
            for product, qty, price in items if has_lines else []:
                lines.append((sf_id("OpportunityLineItem", len(lines) + 1), oid, sf_id("Product2", product + 1), qty,
                              float(PRODUCTS[product][4]), price, discount or None, money(qty * price)))  # fmt: skip
    for i, account in enumerate(accounts):
        if account[0] in won_before:
            risk = weighted(rng, ["L", "M", "H"], [55, 30, 15])
            churned = risk == "H" and rng.random() < 0.3
            accounts[i] = (*account[:2], "Former Customer" if churned else "Customer", *account[3:10],
                           None if churned else risk, *account[11:])  # fmt: skip
    return opps, lines, won_before


def _leads(rng: random.Random, users: list[Row], accounts: list[Row]) -> list[Row]:
    sdrs = [u[0] for u in users if u[3] == "Sales Development Rep"]
    rows: list[Row] = []
    taken: set[str] = set()
    for day in days(START, TODAY):
        years = (day - START).days / 365.25
        for _ in range(
            poisson(rng, 4.4 * 1.2**years * CREATE_MONTH[day.month - 1] * (1.0 if day.weekday() < 5 else 0.3))
        ):
            first, last = _person(rng, set()) if len(taken) > 1000 else _person(rng, taken)
            source = weighted(rng, SOURCES, SOURCE_WEIGHT)
            grade = weighted(rng, ["A", "B", "C", "D", None], [12, 28, 32, 20, 8])
            p_convert = {"A": 0.4, "B": 0.24, "C": 0.12, "D": 0.04, None: 0.08}[grade] * SOURCE_WIN[source]
            converted_on = day + dt.timedelta(days=rng.randint(3, 75))
            converted = rng.random() < p_convert and converted_on <= TODAY
            if converted:
                status = "Closed - Converted"
            elif (TODAY - day).days < 60:
                status = weighted(
                    rng, ["Open - Not Contacted", "Working - Contacted", "Closed - Not Converted"], [4, 4, 2]
                )
            else:
                status = weighted(rng, ["Closed - Not Converted", "Working - Contacted"], [92, 8])
            region = weighted(rng, list(REGIONS), [w for _, w in REGIONS.values()])
            rows.append((sf_id("Lead", len(rows) + 1), first if rng.random() > 0.03 else None, last,
                         f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}", status, source,
                         None if rng.random() < 0.2 else rng.choice(INDUSTRIES).replace("_", " "),
                         rng.choice(REGIONS[region][0]), round(10 ** rng.uniform(1, 4.3)) if rng.random() > 0.3 else None,
                         grade, rng.choice(sdrs) if rng.random() < 0.85 else users[0][0], _at(rng, day, 0, 24), converted,
                         converted_on if converted else None, rng.choice(accounts)[0] if converted else None))  # fmt: skip
    return rows


def _contacts(rng: random.Random, accounts: list[Row]) -> list[Row]:
    rows: list[Row] = []
    taken: set[str] = set()
    titles = ["CFO", "CTO", "VP Sales", "Head of Data", "IT Manager", "Data Analyst", "Procurement Manager", "CEO"]
    for account in accounts:
        for _ in range(weighted(rng, [0, 1, 2, 3, 4], [6, 25, 35, 24, 10])):
            first, last = _person(rng, taken if len(taken) < 1200 else set())
            domain = account[1].split()[0].lower() + account[1].split()[1].lower()
            created = account[13] + dt.timedelta(days=rng.randint(0, 200), hours=rng.randint(0, 8))
            rows.append((sf_id("Contact", len(rows) + 1), account[0], first, last,
                         None if rng.random() < 0.05 else f"{first.lower()}.{last.lower()}@{domain}.com",
                         rng.choice(titles), weighted(rng, SOURCES, SOURCE_WEIGHT), account[11], rng.random() < 0.11,
                         min(created, dt.datetime.combine(TODAY, dt.time(12)))))  # fmt: skip
    return rows


def _cases(rng: random.Random, users: list[Row], first_win: dict[str, dt.date], contacts: list[Row]) -> list[Row]:
    support = [u[0] for u in users if u[3] == "Support Engineer"]
    by_win = sorted(first_win, key=lambda a: first_win[a])
    won_on = [first_win[a] for a in by_win]
    people: dict[str, list[str]] = {}
    for contact in contacts:
        people.setdefault(contact[1], []).append(contact[0])
    hours = {"High": 10, "Medium": 40, "Low": 120}
    rows: list[Row] = []
    for day in days(START, TODAY):
        customers = by_win[: bisect.bisect_left(won_on, day)]
        for _ in range(poisson(rng, 0.012 * len(customers) * (1.0 if day.weekday() < 5 else 0.2))):
            account = rng.choice(customers)
            origin = weighted(rng, ["Email", "Web", "Phone", "Chat"], [35, 30, 20, 15])
            severity = weighted(rng, ["S1", "S2", "S3", "S4"], [5, 20, 45, 30])
            priority = {"S1": "High", "S2": weighted(rng, ["High", "Medium"], [60, 40]), "S3": "Medium", "S4": "Low"}[
                severity
            ]
            created = _at(rng, day, 7, 20)
            resolve = dt.timedelta(hours=rng.expovariate(1 / hours[priority]) + 0.5)
            escalated = severity in ("S1", "S2") and rng.random() < 0.25
            closed_at = created + resolve * (2 if escalated else 1)
            is_closed = closed_at <= dt.datetime.combine(TODAY, dt.time(18)) and rng.random() > 0.02
            status = (
                "Closed"
                if is_closed
                else "Escalated"
                if escalated
                else weighted(rng, ["New", "Working", "On Hold"], [3, 5, 1])
            )
            csat = weighted(
                rng, [1, 2, 3, 4, 5], [3, 5, 12, 35, 45] if resolve.total_seconds() < 86400 else [12, 18, 25, 30, 15]
            )
            rows.append((sf_id("Case", len(rows) + 1), f"{len(rows) + 1001:08d}", account,
                         rng.choice(people[account]) if account in people and rng.random() > 0.08 else None,
                         rng.choice(support), rng.choice(CASE_SUBJECTS),
                         weighted(rng, ["Problem", "Question", "Feature Request", None], [50, 30, 12, 8]), status,
                         priority, severity if rng.random() > 0.03 else None, origin, is_closed, escalated, created,
                         closed_at if is_closed else None,
                         csat if is_closed and rng.random() < 0.35 else None))  # fmt: skip
    return rows


def build() -> Catalog:
    """The whole Salesforce export, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    users = _users(rng)
    accounts = _accounts(rng, users)
    opps, lines, first_win = _opportunities(rng, users, accounts)
    contacts = _contacts(rng, accounts)
    catalog.add('"User"', users)
    catalog.add("Account", accounts)
    catalog.add("Contact", contacts)
    catalog.add("Lead", _leads(rng, users, accounts))
    catalog.add("Product2", [(sf_id("Product2", i + 1), *p) for i, p in enumerate(PRODUCTS)])
    catalog.add("Opportunity", opps)
    catalog.add("OpportunityLineItem", lines)
    catalog.add('"Case"', _cases(rng, users, first_win, contacts))
    return catalog
