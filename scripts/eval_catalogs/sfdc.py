"""A B2B software company's Salesforce Sales Cloud and Service Cloud org replicated to a warehouse by a connector.

Sixteen tables named exactly as the Salesforce objects (`Account`, `Contact`, `Lead`, `Opportunity`,
`OpportunityLineItem`, `OpportunityHistory`, `Product2`, `Pricebook2`, `PricebookEntry`, `Campaign`,
`CampaignMember`, `"Case"`, `Task`, `"User"`, `UserRole`, `RecordType`), columns keeping the field API names
(PascalCase standard fields, custom fields with the `__c` suffix: `Region__c`, `ARR__c`, `Churn_Reason__c`,
`Customer_Tier__c`, `Loss_Reason__c`, `SLA_Violation__c`), as a Fivetran-style replication lands them: every
table carries `_fivetran_synced`, the main objects `_fivetran_deleted` (deleted in Salesforce and purged from
the recycle bin). Keys are 18-character case-safe Salesforce Ids ('0015g00000AbCdEAAV': the object's 3-character
key prefix, pod and sequence, and the three-letter checksum suffix); nothing is declared as a foreign key, as the
connector declares none. `OwnerId`, `CreatedById` and `LastModifiedById` point to `"User"` (three keys to one
table); `Task.WhoId` holds a Lead or Contact Id and `WhatId` an Account or Opportunity Id (polymorphic, told
apart by the prefix). Picklists keep the org's values: stages with their default probabilities, the forecast
category label reps see (`ForecastCategoryName`: Pipeline, Best Case, Commit, Closed, Omitted), record types for
New Business / Renewal / Upsell deals, Type and Status picklists spelled as in the org.

Patterns: January 2022 to the snapshot of 2025-06-30, fiscal year = calendar year; lead volume and new
business growing about 35 % a year, new account executives hired as it grows and a few leaving (their
opportunities reassigned, the user made inactive), EMEA quiet in August and everyone in late December; win rates
that depend on the lead source (partner and employee referrals best, purchased lists worst), bigger deals taking
longer to close, a quarter-end push (many won deals closing in the last days of a quarter), renewals a year after
each win with churn (a churn reason on the account), upsells, discounts on line items, stale open deals whose
close date has passed, reps leaving `LeadSource`, `Industry`, `Amount` or `NextStep` blank (NULL), soft-deleted
rows (`IsDeleted`, some also `_fivetran_deleted`), support cases growing with the customer base (a bad release in
March 2024), resolution times by priority with an SLA flag and CSAT, weekday activity. Deterministic: everything
comes from one seeded `random.Random`.

Renamed or left out because the vocabulary test found the name in the analyst's code: the opportunity's
`ForecastCategory` API column (only `ForecastCategoryName` kept), `Lead.Rating` ('Hot'/'Warm'/'Cold'),
`Product2.QuantityUnitOfMeasure` ('Each'/'Seat'/'Hour') and `Task.TaskSubtype` are left out; `Case.Reason` is the
custom `Case_Reason__c`; the case priority 'Critical' is not used (the standard High/Medium/Low only); the task types
'Call' and 'Meeting' are 'Phone Call' and 'Demo', the call result 'No Answer' is 'Not Reached', the lead source
'Outbound' is 'Cold Call', the campaign status 'Planned' is 'Scheduled', the campaign member statuses 'Sent' /
'Responded' / 'Registered' are 'Delivered' / 'Opened' / 'No Show', the product 'Analytics' is 'Insights', and the
industry 'Insurance', the country United Arab Emirates, the state NSW and the first name Lucia are not used.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string
from dataclasses import dataclass, field

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, weighted, words

SEED = 2_025_0630
START, END = dt.date(2022, 1, 1), dt.date(2025, 6, 30)
SYNC = dt.datetime(2025, 6, 30, 23, 41, 7)

DDL = [
    """CREATE TABLE UserRole (
        Id VARCHAR PRIMARY KEY, Name VARCHAR NOT NULL, DeveloperName VARCHAR NOT NULL, ParentRoleId VARCHAR,
        _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE "User" (
        Id VARCHAR PRIMARY KEY, Username VARCHAR NOT NULL, FirstName VARCHAR, LastName VARCHAR NOT NULL,
        Name VARCHAR NOT NULL, Email VARCHAR NOT NULL, Title VARCHAR, Department VARCHAR, UserRoleId VARCHAR,
        ManagerId VARCHAR, IsActive BOOLEAN NOT NULL, UserType VARCHAR NOT NULL, Region__c VARCHAR,
        CreatedDate TIMESTAMP NOT NULL, LastLoginDate TIMESTAMP, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE RecordType (
        Id VARCHAR PRIMARY KEY, Name VARCHAR NOT NULL, DeveloperName VARCHAR NOT NULL, SobjectType VARCHAR NOT NULL,
        IsActive BOOLEAN NOT NULL, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE Account (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, Name VARCHAR NOT NULL, Type VARCHAR,
        RecordTypeId VARCHAR, ParentId VARCHAR, BillingCity VARCHAR, BillingState VARCHAR, BillingCountry VARCHAR,
        Industry VARCHAR, AnnualRevenue DOUBLE, NumberOfEmployees INTEGER, AccountSource VARCHAR,
        OwnerId VARCHAR NOT NULL, CreatedDate TIMESTAMP NOT NULL, CreatedById VARCHAR NOT NULL,
        LastModifiedDate TIMESTAMP NOT NULL, LastModifiedById VARCHAR NOT NULL, Region__c VARCHAR,
        Customer_Tier__c VARCHAR, ARR__c DOUBLE, Customer_Since__c DATE, Churn_Date__c DATE, Churn_Reason__c VARCHAR,
        _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE Contact (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, AccountId VARCHAR, FirstName VARCHAR,
        LastName VARCHAR NOT NULL, Name VARCHAR NOT NULL, Title VARCHAR, Email VARCHAR, Phone VARCHAR,
        MailingCountry VARCHAR, LeadSource VARCHAR, OwnerId VARCHAR NOT NULL, CreatedDate TIMESTAMP NOT NULL,
        CreatedById VARCHAR NOT NULL, LastModifiedDate TIMESTAMP NOT NULL,
        _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE Campaign (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, Name VARCHAR NOT NULL, Type VARCHAR, Status VARCHAR,
        StartDate DATE, EndDate DATE, BudgetedCost DOUBLE, ActualCost DOUBLE, IsActive BOOLEAN NOT NULL,
        OwnerId VARCHAR NOT NULL, CreatedDate TIMESTAMP NOT NULL, _fivetran_synced TIMESTAMP NOT NULL,
        _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE Lead (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, FirstName VARCHAR, LastName VARCHAR NOT NULL,
        Name VARCHAR NOT NULL, Company VARCHAR NOT NULL, Title VARCHAR, Email VARCHAR, Country VARCHAR,
        Industry VARCHAR, NumberOfEmployees INTEGER, LeadSource VARCHAR, Status VARCHAR NOT NULL,
        OwnerId VARCHAR NOT NULL, IsConverted BOOLEAN NOT NULL, ConvertedDate DATE, ConvertedAccountId VARCHAR,
        ConvertedContactId VARCHAR, ConvertedOpportunityId VARCHAR, CreatedDate TIMESTAMP NOT NULL,
        CreatedById VARCHAR NOT NULL, LastModifiedDate TIMESTAMP NOT NULL,
        _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE CampaignMember (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, CampaignId VARCHAR NOT NULL, LeadId VARCHAR,
        ContactId VARCHAR, Status VARCHAR NOT NULL, HasResponded BOOLEAN NOT NULL, FirstRespondedDate DATE,
        CreatedDate TIMESTAMP NOT NULL, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE Product2 (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, Name VARCHAR NOT NULL, ProductCode VARCHAR NOT NULL,
        Family VARCHAR NOT NULL, IsActive BOOLEAN NOT NULL, CreatedDate TIMESTAMP NOT NULL,
        _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE Pricebook2 (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, Name VARCHAR NOT NULL, IsStandard BOOLEAN NOT NULL,
        IsActive BOOLEAN NOT NULL, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE PricebookEntry (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, Pricebook2Id VARCHAR NOT NULL, Product2Id VARCHAR NOT NULL,
        UnitPrice DOUBLE NOT NULL, IsActive BOOLEAN NOT NULL, UseStandardPrice BOOLEAN NOT NULL,
        CurrencyIsoCode VARCHAR NOT NULL, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE Opportunity (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, AccountId VARCHAR, RecordTypeId VARCHAR,
        Name VARCHAR NOT NULL, StageName VARCHAR NOT NULL, Amount DOUBLE, Probability DOUBLE, ExpectedRevenue DOUBLE,
        CloseDate DATE NOT NULL, Type VARCHAR, NextStep VARCHAR, LeadSource VARCHAR, IsClosed BOOLEAN NOT NULL,
        IsWon BOOLEAN NOT NULL, ForecastCategoryName VARCHAR NOT NULL,
        CampaignId VARCHAR, Pricebook2Id VARCHAR, FiscalYear INTEGER NOT NULL, FiscalQuarter INTEGER NOT NULL,
        OwnerId VARCHAR NOT NULL, CreatedDate TIMESTAMP NOT NULL, CreatedById VARCHAR NOT NULL,
        LastModifiedDate TIMESTAMP NOT NULL, LastModifiedById VARCHAR NOT NULL, LastStageChangeDate TIMESTAMP,
        Region__c VARCHAR, ARR__c DOUBLE, Loss_Reason__c VARCHAR, Competitor__c VARCHAR,
        _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE OpportunityLineItem (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, OpportunityId VARCHAR NOT NULL,
        PricebookEntryId VARCHAR NOT NULL, Product2Id VARCHAR NOT NULL, ProductCode VARCHAR NOT NULL,
        Name VARCHAR NOT NULL, Quantity DOUBLE NOT NULL, UnitPrice DOUBLE NOT NULL, ListPrice DOUBLE NOT NULL,
        Discount DOUBLE, TotalPrice DOUBLE NOT NULL, ServiceDate DATE, CreatedDate TIMESTAMP NOT NULL,
        _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE OpportunityHistory (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, OpportunityId VARCHAR NOT NULL, StageName VARCHAR NOT NULL,
        Amount DOUBLE, Probability DOUBLE, ExpectedRevenue DOUBLE, CloseDate DATE, ForecastCategoryName VARCHAR,
        CreatedDate TIMESTAMP NOT NULL, CreatedById VARCHAR NOT NULL, _fivetran_synced TIMESTAMP NOT NULL)""",
    """CREATE TABLE "Case" (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, CaseNumber VARCHAR NOT NULL, AccountId VARCHAR,
        ContactId VARCHAR, Type VARCHAR, Status VARCHAR NOT NULL, Case_Reason__c VARCHAR, Origin VARCHAR, Subject VARCHAR,
        Priority VARCHAR NOT NULL, IsClosed BOOLEAN NOT NULL, ClosedDate TIMESTAMP, IsEscalated BOOLEAN NOT NULL,
        OwnerId VARCHAR NOT NULL, CreatedDate TIMESTAMP NOT NULL, CreatedById VARCHAR NOT NULL,
        LastModifiedDate TIMESTAMP NOT NULL, First_Response_Date__c TIMESTAMP, SLA_Violation__c VARCHAR,
        Product__c VARCHAR, CSAT__c INTEGER, _fivetran_synced TIMESTAMP NOT NULL, _fivetran_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE Task (
        Id VARCHAR PRIMARY KEY, IsDeleted BOOLEAN NOT NULL, WhoId VARCHAR, WhatId VARCHAR, Subject VARCHAR,
        ActivityDate DATE, Status VARCHAR NOT NULL, Priority VARCHAR NOT NULL, IsClosed BOOLEAN NOT NULL,
        OwnerId VARCHAR NOT NULL, Type VARCHAR, CallDurationInSeconds INTEGER,
        CallDisposition VARCHAR, CreatedDate TIMESTAMP NOT NULL, _fivetran_synced TIMESTAMP NOT NULL,
        _fivetran_deleted BOOLEAN NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN Opportunity.StageName IS 'sales stage: Prospecting, Qualification, Needs Analysis, Value Proposition, Proposal/Price Quote, Negotiation/Review (open), Closed Won, Closed Lost'",
    "COMMENT ON COLUMN Opportunity.Amount IS 'deal value in USD (the sum of the line items when products were added); NULL when the rep has not entered it yet'",
    "COMMENT ON COLUMN Opportunity.Probability IS 'percent chance of closing, defaulted from the stage (0-100)'",
    "COMMENT ON COLUMN Opportunity.ExpectedRevenue IS 'Amount * Probability / 100'",
    "COMMENT ON COLUMN Opportunity.CloseDate IS 'expected close date while open; the date it was won or lost once closed'",
    "COMMENT ON COLUMN Opportunity.ForecastCategoryName IS 'forecast category as shown in forecasts: Pipeline, Best Case, Commit, Closed, Omitted'",
    "COMMENT ON COLUMN Opportunity.Type IS 'New Business, Upsell or Renewal'",
    "COMMENT ON COLUMN Opportunity.ARR__c IS 'annual recurring revenue of the deal in USD (subscription lines only, no services)'",
    "COMMENT ON COLUMN Opportunity.FiscalQuarter IS 'fiscal quarter of CloseDate (fiscal year = calendar year)'",
    "COMMENT ON COLUMN Opportunity.IsDeleted IS 'true when the record was deleted in Salesforce (recycle bin or purged); leave these out'",
    "COMMENT ON COLUMN Opportunity.OwnerId IS 'the account executive who owns the deal (User)'",
    "COMMENT ON COLUMN Opportunity.CampaignId IS 'primary campaign source'",
    "COMMENT ON COLUMN Opportunity.LastStageChangeDate IS 'when StageName last changed'",
    "COMMENT ON COLUMN Account.ARR__c IS 'current annual recurring revenue of the customer in USD; 0 after churn, NULL for prospects'",
    "COMMENT ON COLUMN Account.Type IS 'Prospect, Customer - Direct, Customer - Channel, Former Customer, Channel Partner / Reseller'",
    "COMMENT ON COLUMN Account.Customer_Tier__c IS 'Strategic, Enterprise, Mid-Market or SMB (by head count)'",
    "COMMENT ON COLUMN Account.Churn_Reason__c IS 'why the customer did not renew; NULL unless churned'",
    "COMMENT ON COLUMN Account.IsDeleted IS 'true when the record was deleted in Salesforce; leave these out'",
    "COMMENT ON COLUMN Lead.Status IS 'Open - Not Contacted, Working - Contacted, Closed - Converted, Closed - Not Converted'",
    "COMMENT ON COLUMN Lead.ConvertedOpportunityId IS 'opportunity created at conversion; NULL when converted without one'",
    "COMMENT ON COLUMN Lead.IsDeleted IS 'true when the record was deleted in Salesforce; leave these out'",
    "COMMENT ON COLUMN CampaignMember.Status IS 'Delivered or Opened (responded) for email and ads; No Show or Attended (responded) for events and webinars'",
    "COMMENT ON COLUMN \"Case\".Priority IS 'High, Medium, Low'",
    "COMMENT ON COLUMN \"Case\".Status IS 'New, Working, Escalated, Waiting on Customer, Closed'",
    "COMMENT ON COLUMN \"Case\".Origin IS 'Email, Web, Phone or Chat'",
    "COMMENT ON COLUMN \"Case\".SLA_Violation__c IS 'Yes when the case was not resolved within its SLA (High 72 h, Medium 5 days, Low 10 days); NULL while open'",
    "COMMENT ON COLUMN \"Case\".First_Response_Date__c IS 'first reply from support; NULL if nobody answered yet'",
    "COMMENT ON COLUMN \"Case\".CSAT__c IS 'customer satisfaction survey score 1-5 after closing; NULL when not answered'",
    "COMMENT ON COLUMN Task.WhoId IS 'the Lead (00Q) or Contact (003) the activity was with'",
    "COMMENT ON COLUMN Task.WhatId IS 'the Account (001) or Opportunity (006) the activity is related to'",
    "COMMENT ON COLUMN Task.CallDurationInSeconds IS 'length of a logged call; NULL for emails and other tasks'",
    "COMMENT ON COLUMN OpportunityLineItem.Discount IS 'discount in percent off the list price; NULL when none'",
    "COMMENT ON COLUMN OpportunityLineItem.TotalPrice IS 'Quantity * UnitPrice less the discount, USD'",
    "COMMENT ON COLUMN OpportunityHistory.CreatedDate IS 'when the opportunity entered this stage'",
    "COMMENT ON COLUMN \"User\".Region__c IS 'sales region the rep covers: AMER, EMEA, APAC'",
]

# Salesforce key prefixes of the objects
PREFIX = {"Account": "001", "Contact": "003", "Opportunity": "006", "OpportunityHistory": "008", "UserRole": "00E",
          "OpportunityLineItem": "00k", "Lead": "00Q", "Task": "00T", "CampaignMember": "00v", "User": "005",
          "RecordType": "012", "Pricebook2": "01s", "Product2": "01t", "PricebookEntry": "01u", "Case": "500",
          "Campaign": "701"}  # fmt: skip
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
SUFFIX = string.ascii_uppercase + "012345"

STAGES = [  # (stage, probability, forecast category API value)
    ("Prospecting", 10, "Pipeline"), ("Qualification", 20, "Pipeline"), ("Needs Analysis", 30, "Pipeline"),
    ("Value Proposition", 50, "Pipeline"), ("Proposal/Price Quote", 70, "BestCase"),
    ("Negotiation/Review", 90, "Forecast"),
]  # fmt: skip
FC_LABEL = {
    "Pipeline": "Pipeline",
    "BestCase": "Best Case",
    "Forecast": "Commit",
    "Closed": "Closed",
    "Omitted": "Omitted",
}
# lead source: (weight of leads, conversion rate, win rate of its deals)
SOURCES = {
    "Web": (30, 0.13, 0.24), "Webinar": (14, 0.10, 0.22), "Trade Show": (10, 0.12, 0.20),
    "Partner Referral": (6, 0.35, 0.42), "Employee Referral": (3, 0.40, 0.38), "Cold Call": (14, 0.08, 0.17),
    "Purchased List": (12, 0.03, 0.09), "Advertisement": (8, 0.06, 0.15), "Other": (3, 0.08, 0.18),
}  # fmt: skip
# region: [(country, weight, [states])]
GEO = {
    "AMER": [("United States", 70, ["CA", "NY", "TX", "MA", "IL", "WA", "GA", "CO", "FL", "NC"]),
             ("Canada", 12, ["ON", "BC", "QC"]), ("Brazil", 6, []), ("Mexico", 4, [])],
    "EMEA": [("United Kingdom", 30, []), ("Germany", 25, []), ("France", 15, []), ("Netherlands", 10, []),
             ("Sweden", 7, []), ("Spain", 8, [])],
    "APAC": [("Australia", 40, ["VIC", "QLD"]), ("Japan", 20, []), ("Singapore", 20, []), ("India", 20, [])],
}  # fmt: skip
REGION_SHARE = {"AMER": 58, "EMEA": 29, "APAC": 13}
CITIES = {
    "CA": ["San Francisco", "Los Angeles", "San Jose"], "NY": ["New York"], "TX": ["Austin", "Dallas", "Houston"],
    "MA": ["Boston"], "IL": ["Chicago"], "WA": ["Seattle"], "GA": ["Atlanta"], "CO": ["Denver"], "FL": ["Miami"],
    "NC": ["Raleigh", "Charlotte"], "ON": ["Toronto"], "BC": ["Vancouver"], "QC": ["Montreal"],
    "VIC": ["Melbourne"], "QLD": ["Brisbane"], "Brazil": ["Sao Paulo"],
    "Mexico": ["Mexico City"], "United Kingdom": ["London", "Manchester"], "Germany": ["Berlin", "Munich", "Hamburg"],
    "France": ["Paris", "Lyon"], "Netherlands": ["Amsterdam"], "Sweden": ["Stockholm"], "Spain": ["Madrid", "Barcelona"],
"Japan": ["Tokyo", "Osaka"], "Singapore": ["Singapore"],
    "India": ["Bengaluru", "Mumbai"],
}  # fmt: skip
INDUSTRIES = {"Technology": 24, "Finance": 12, "Healthcare": 10, "Retail": 9, "Manufacturing": 10,
              "Media": 5, "Education": 5, "Telecommunications": 4, "Transportation": 5,
              "Consulting": 6, "Government": 3}  # fmt: skip
# product: (code, family, list price per unit per year, unit, recurring)
PRODUCTS = [
    ("Platform Professional", "PLT-PRO", "License", 600.0, "Seat", True),
    ("Platform Enterprise", "PLT-ENT", "License", 1200.0, "Seat", True),
    ("Insights Add-on", "ADD-INS", "Add-on", 240.0, "Seat", True),
    ("Workflow Automation Add-on", "ADD-WFA", "Add-on", 180.0, "Seat", True),
    ("API Access Pack", "ADD-API", "Add-on", 6000.0, "Each", True),
    ("Premier Success Plan", "SUP-PRM", "Support", 9000.0, "Each", True),
    ("Implementation Services", "SVC-IMP", "Professional Services", 250.0, "Hour", False),
    ("Training Credits", "SVC-TRN", "Professional Services", 1500.0, "Each", False),
    ("Legacy Starter Edition", "PLT-STR", "License", 300.0, "Seat", True),
]  # fmt: skip
LOSS_REASONS = {"Price": 26, "Lost to Competitor": 24, "No Decision / Non-Responsive": 22, "Timing": 12,
                "Missing Feature": 10, "Budget Cut": 6}  # fmt: skip
COMPETITORS = ["Northwind Cloud", "Apex Suite", "Brightline", "Kestrel Software", "In-house build"]
CHURN_REASONS = {"Budget": 25, "Moved to Competitor": 24, "Acquired / Merged": 10, "Poor Adoption": 22,
                 "Product Gaps": 12, "Business Closed": 7}  # fmt: skip
NEXT_STEPS = ["Send proposal", "Schedule demo", "Security review", "Follow up with champion",
              "Legal redlines", "Pricing call with CFO", "Technical deep dive", "Intro to exec sponsor"]  # fmt: skip
CASE_REASONS = {"Login / Access": 16, "Bug": 24, "Performance": 11, "Integration": 14, "How-to Question": 20,
                "Billing": 8, "Data Import": 7}  # fmt: skip
CASE_TYPE = {"Bug": "Problem", "Performance": "Problem", "Integration": "Problem", "Login / Access": "Problem",
             "How-to Question": "Question", "Billing": "Question", "Data Import": "Question"}  # fmt: skip
SLA_HOURS = {"High": 72, "Medium": 120, "Low": 240}
FIRST = words("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan") + \
    words("Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Ashley Steven") + \
    words("Emily Paul Kimberly Andrew Donna Josh Michelle Kevin Carol Brian Amanda Hannah Lukas Sophie Hiroshi") + \
    words("Priya Arjun Chloe Oliver Amelia Mateo Elena Yuki Wei Fatima Omar Ingrid Lars Camille Pierre Aisha")  # fmt: skip
LAST = words("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson") + \
    words("Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker") + \
    words("Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips") + \
    words("Muller Schmidt Dubois Rossi Tanaka Sato Kumar Sharma Chen Wang Nguyen Silva Jansen Andersson Okafor")  # fmt: skip
CO_A = words("Blue Red Iron Silver North South Bright Clear Swift Summit Harbor Pine Cedar Atlas Nova Vertex") + \
    words("Quantum Pioneer Granite Beacon Falcon Orion Vector Polar Crest Meridian Evergreen Lumen Coastal Prime")  # fmt: skip
CO_B = words("Logistics Health Systems Analytics Foods Capital Labs Media Energy Dynamics Robotics Partners") + \
    words("Networks Retail Insurance Bank Motors Learning Pharma Telecom Freight Works Solutions Holdings")  # fmt: skip
CO_SUFFIX = {"United States": ["Inc", "LLC", "Corp"], "Canada": ["Inc", "Ltd"], "Brazil": ["Ltda"],
             "Mexico": ["S.A. de C.V."], "United Kingdom": ["Ltd", "plc"], "Germany": ["GmbH", "AG"],
             "France": ["SAS", "SA"], "Netherlands": ["B.V."], "Sweden": ["AB"], "Spain": ["S.L."],
             "Australia": ["Pty Ltd"], "Japan": ["K.K."],
             "Singapore": ["Pte Ltd"], "India": ["Pvt Ltd"]}  # fmt: skip
TITLES = ["VP of Operations", "Director of IT", "CFO", "Head of Revenue Operations", "Operations Manager",
          "CTO", "IT Manager", "Director of Finance", "Business Analyst", "Chief Operating Officer",
          "Procurement Manager", "Head of Data"]  # fmt: skip


@dataclass
class Rep:
    """A user who owns records: role, region, when they joined and left, how good they are."""

    id: str
    role: str
    region: str | None
    joined: dt.date
    left: dt.date | None = None
    skill: float = 1.0
    name: str = ""


@dataclass
class Acct:
    """An account as the generator tracks it."""

    id: str
    region: str
    country: str
    employees: int
    tier: str
    created: dt.datetime
    owner: str
    contacts: list[str] = field(default_factory=list[str])
    customer_since: dt.date | None = None
    arr: float = 0.0
    churned: dt.date | None = None
    churn_reason: str | None = None
    channel: bool = False


def sfid(obj: str, n: int) -> str:
    """The 18-character case-safe Id of the n-th record of an object."""
    seq = ""
    for _ in range(5):
        n, r = divmod(n, 62)
        seq = B62[r] + seq
    base = PREFIX[obj] + "5g0000" + ("0" if obj not in ("User", "UserRole", "RecordType") else "1") + seq
    base = base[:15]
    suffix = ""
    for chunk in range(3):
        bits = sum(1 << i for i, ch in enumerate(base[chunk * 5 : chunk * 5 + 5]) if ch.isupper())
        suffix += SUFFIX[bits]
    return base + suffix


class Ids:
    """Sequential Ids per object, each object starting at its own offset."""

    def __init__(self, rng: random.Random) -> None:
        self.next = {obj: rng.randint(62**4, 30 * 62**4) for obj in PREFIX}

    def new(self, obj: str) -> str:
        self.next[obj] += 1
        return sfid(obj, self.next[obj])


def _at(rng: random.Random, d: dt.date, peak: float = 15.0, sd: float = 2.6) -> dt.datetime:
    """A timestamp on day d, in UTC, in working hours around `peak`."""
    h = min(23.9, max(0.0, rng.gauss(peak, sd)))
    return dt.datetime.combine(d, dt.time(0)) + dt.timedelta(seconds=int(h * 3600))


def _workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _quarter_end(d: dt.date) -> dt.date:
    q_end_month = ((d.month - 1) // 3) * 3 + 3
    nxt = dt.date(d.year + (q_end_month == 12), 1 if q_end_month == 12 else q_end_month + 1, 1)
    return nxt - dt.timedelta(days=1)


def _sync(rng: random.Random) -> dt.datetime:
    return SYNC - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 3))


def build() -> Catalog:
    """The whole org, deterministic for the module's seed."""
    rng = random.Random(SEED)
    ids = Ids(rng)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))

    # roles and users
    role_rows: list[Row] = []
    role_id: dict[str, str] = {}
    role_tree = [("CEO", None), ("VP Sales", "CEO"), ("Sales Director AMER", "VP Sales"),
                 ("Sales Director EMEA", "VP Sales"), ("Sales Director APAC", "VP Sales"),
                 ("Account Executive AMER", "Sales Director AMER"), ("Account Executive EMEA", "Sales Director EMEA"),
                 ("Account Executive APAC", "Sales Director APAC"), ("SDR Manager", "VP Sales"),
                 ("Sales Development Rep", "SDR Manager"), ("VP Customer Success", "CEO"),
                 ("Support Manager", "VP Customer Success"), ("Support Agent", "Support Manager"),
                 ("Marketing Operations", "CEO"), ("System Administrator", "CEO")]  # fmt: skip
    for name, parent in role_tree:
        role_id[name] = ids.new("UserRole")
        role_rows.append((role_id[name], name, name.replace(" ", "_").replace("/", ""),
                          role_id[parent] if parent else None, _sync(rng)))  # fmt: skip
    catalog.add("UserRole", role_rows)

    reps: list[Rep] = []
    user_rows: list[Row] = []
    used: set[str] = set()

    def person() -> tuple[str, str]:
        while True:
            f, last = rng.choice(FIRST), rng.choice(LAST)
            if f"{f} {last}" not in used:
                used.add(f"{f} {last}")
                return f, last

    def add_user(role: str, region: str | None, joined: dt.date, left: dt.date | None, title: str, dept: str,
                 manager: str | None, first: str | None = None, last: str | None = None,
                 utype: str = "Standard") -> Rep:  # fmt: skip
        if last is None:
            first, last = person()
        uid = ids.new("User")
        rep = Rep(uid, role, region, joined, left, max(0.4, rng.gauss(1.0, 0.28)), f"{first} {last}".strip())
        reps.append(rep)
        handle = f"{(first or 'int').lower()}.{last.lower().replace(' ', '')}"
        login = None if utype != "Standard" else _at(rng, (left or END) - dt.timedelta(days=rng.randint(0, 3)), 14)
        user_rows.append((uid, f"{handle}@lumenforge.com", first, last, rep.name, f"{handle}@lumenforge.com", title,
                          dept, role_id.get(role), manager, left is None, utype, region,
                          _at(rng, joined, 16), login, _sync(rng)))  # fmt: skip
        return rep

    admin = add_user("System Administrator", None, dt.date(2019, 3, 4), None, "Salesforce Administrator", "IT", None)
    integ = add_user("System Administrator", None, dt.date(2019, 3, 4), None, None, None, None, None,
                     "Marketing Automation Integration")  # fmt: skip
    ceo = add_user("CEO", None, dt.date(2019, 3, 4), None, "Chief Executive Officer", "Executive", None)
    vps = add_user("VP Sales", None, dt.date(2019, 9, 2), None, "VP of Sales", "Sales", ceo.id)
    directors = {r: add_user(f"Sales Director {r}", r, dt.date(2020, 2, 3) if r != "APAC" else dt.date(2021, 6, 7),
                             None, f"Sales Director, {r}", "Sales", vps.id) for r in REGION_SHARE}  # fmt: skip
    sdrm = add_user("SDR Manager", None, dt.date(2020, 5, 4), None, "SDR Manager", "Sales", vps.id)
    vpcs = add_user("VP Customer Success", None, dt.date(2020, 1, 6), None, "VP of Customer Success", "Support", ceo.id)
    supm = add_user("Support Manager", None, dt.date(2020, 8, 3), None, "Support Manager", "Support", vpcs.id)
    mops = add_user("Marketing Operations", None, dt.date(2020, 3, 2), None, "Marketing Ops Manager", "Marketing",
                    ceo.id)  # fmt: skip
    # account executives: (region, joined, left)
    ae_plan = [("AMER", "2020-03-02", None), ("AMER", "2020-06-01", "2023-04-14"), ("AMER", "2020-11-02", None),
               ("AMER", "2021-04-05", None), ("AMER", "2022-02-07", None), ("AMER", "2022-09-06", "2024-08-30"),
               ("AMER", "2023-03-06", None), ("AMER", "2023-05-01", None), ("AMER", "2024-01-08", None),
               ("AMER", "2024-09-09", None), ("AMER", "2025-02-03", None),
               ("EMEA", "2020-09-01", None), ("EMEA", "2021-03-01", "2024-02-29"), ("EMEA", "2022-06-01", None),
               ("EMEA", "2023-09-04", None), ("EMEA", "2024-03-04", None), ("EMEA", "2025-01-06", None),
               ("APAC", "2021-07-05", None), ("APAC", "2023-02-06", None), ("APAC", "2024-06-03", None)]  # fmt: skip
    aes: list[Rep] = []
    for region, joined, left in ae_plan:
        aes.append(add_user(f"Account Executive {region}", region, dt.date.fromisoformat(joined),
                            dt.date.fromisoformat(left) if left else None,
                            "Senior Account Executive" if joined < "2022" else "Account Executive", "Sales",
                            directors[region].id))  # fmt: skip
    sdrs = [add_user("Sales Development Rep", None, dt.date.fromisoformat(j), dt.date.fromisoformat(lft) if lft else None,
                     "Sales Development Representative", "Sales", sdrm.id)
            for j, lft in [("2020-06-01", "2022-11-30"), ("2021-01-04", None), ("2022-01-10", None),
                           ("2022-12-05", None), ("2023-06-05", "2024-10-31"), ("2024-02-05", None),
                           ("2024-11-04", None)]]  # fmt: skip
    agents = [add_user("Support Agent", None, dt.date.fromisoformat(j), dt.date.fromisoformat(lft) if lft else None,
                       "Support Engineer", "Support", supm.id)
              for j, lft in [("2020-08-03", None), ("2021-02-01", "2023-08-31"), ("2021-09-06", None),
                             ("2022-08-01", None), ("2023-03-06", None), ("2023-09-04", None), ("2024-04-01", None),
                             ("2024-10-07", None), ("2025-03-03", None)]]  # fmt: skip
    catalog.add('"User"', user_rows)

    def active(pool: list[Rep], d: dt.date, region: str | None = None) -> list[Rep]:
        out = [
            r
            for r in pool
            if r.joined <= d and (r.left is None or r.left > d) and (region is None or r.region == region)
        ]
        return out or [directors[region]] if region else out

    rt_rows: list[Row] = []
    rt = {}
    for name, dev, sobj in [("New Business", "New_Business", "Opportunity"), ("Renewal", "Renewal", "Opportunity"),
                            ("Upsell", "Upsell", "Opportunity"), ("Customer", "Customer", "Account"),
                            ("Partner", "Partner", "Account"), ("Support Case", "Support_Case", "Case")]:  # fmt: skip
        rt[name] = ids.new("RecordType")
        rt_rows.append((rt[name], name, dev, sobj, True, _sync(rng)))
    catalog.add("RecordType", rt_rows)

    # products and price book
    prod_rows: list[Row] = []
    std_pb = ids.new("Pricebook2")
    catalog.add("Pricebook2", [(std_pb, False, "Standard Price Book", True, True, _sync(rng))])
    pbe_rows: list[Row] = []
    products: list[tuple[str, str, str, str, float, bool]] = []  # id, pbe, name, code, price, recurring
    for name, code, family, price, _unit, recurring in PRODUCTS:
        pid = ids.new("Product2")
        legacy = code == "PLT-STR"
        prod_rows.append((pid, False, name, code, family, not legacy, _at(rng, dt.date(2020, 1, 15)), _sync(rng)))
        pbe = ids.new("PricebookEntry")
        pbe_rows.append((pbe, False, std_pb, pid, price, not legacy, False, "USD", _sync(rng)))
        products.append((pid, pbe, name, code, price, recurring))
    catalog.add("Product2", prod_rows)
    catalog.add("PricebookEntry", pbe_rows)

    # campaigns
    camp_rows: list[Row] = []
    campaigns: list[tuple[str, str, dt.date, dt.date]] = []  # id, type, start, end
    ctypes = [("Webinar", "Webinar"), ("Trade Show", "Trade Show"), ("Email", "Web"), ("Advertisement", "Advertisement"),
              ("Partners", "Partner Referral"), ("Conference", "Trade Show")]  # fmt: skip
    themes = [
        "Automation Summit",
        "Data Ops Live",
        "Q Planning",
        "Revenue Leaders",
        "Product Launch",
        "Customer Stories",
    ]
    d = dt.date(2021, 11, 15)
    n = 0
    while d <= END + dt.timedelta(days=40):
        ctype, _src = ctypes[n % len(ctypes)] if n % 4 else ctypes[0]
        length = {"Webinar": 1, "Trade Show": 3, "Conference": 2, "Email": 30, "Advertisement": 60, "Partners": 90}[
            ctype
        ]
        end = d + dt.timedelta(days=length)
        cid = ids.new("Campaign")
        status = "Scheduled" if d > END else "In Progress" if end >= END else "Completed"
        if status == "Completed" and rng.random() < 0.04:
            status = "Aborted"
        budget = (
            round(rng.uniform(2, 60) * {"Trade Show": 3, "Conference": 4, "Advertisement": 2}.get(ctype, 0.5)) * 1000.0
        )
        actual = None if status == "Scheduled" else round(budget * rng.uniform(0.75, 1.2), -2)
        region_tag = rng.choice(["AMER", "EMEA", "APAC", "Global"])
        name = f"{d.year}-{d.month:02d} {ctype} - {rng.choice(themes)} ({region_tag})"
        camp_rows.append((cid, False, name, ctype, status, d, end, budget, actual, status in ("In Progress", "Scheduled"),
                          mops.id, _at(rng, d - dt.timedelta(days=30)), _sync(rng), False))  # fmt: skip
        campaigns.append((cid, ctype, d, end))
        d += dt.timedelta(days=rng.randint(8, 20))
        n += 1
    catalog.add("Campaign", camp_rows)

    # accounts, contacts, leads, opportunities
    acct_rows: list[Row] = []
    contact_rows: list[Row] = []
    lead_rows: list[Row] = []
    cm_rows: list[Row] = []
    opp_rows: list[Row] = []
    oli_rows: list[Row] = []
    hist_rows: list[Row] = []
    task_rows: list[Row] = []
    accounts: list[Acct] = []
    names_used: set[str] = set()
    customers: list[Acct] = []

    def company(country: str, unique: bool = True) -> str:
        if not unique:
            return f"{rng.choice(CO_A)}{rng.choice(CO_A).lower()} {rng.choice(CO_B)} {rng.choice(CO_SUFFIX[country])}"
        while True:
            nm = f"{rng.choice(CO_A)} {rng.choice(CO_B)}"
            if rng.random() < 0.3:
                nm = f"{rng.choice(CO_A)}{rng.choice(CO_A).lower()} {rng.choice(CO_B)}"
            if nm not in names_used:
                names_used.add(nm)
                return f"{nm} {rng.choice(CO_SUFFIX[country])}"

    def geo(region: str) -> tuple[str, str | None, str]:
        country, _w, states = weighted(rng, GEO[region], [g[1] for g in GEO[region]])
        state = rng.choice(states) if states else None
        return country, state, rng.choice(CITIES[state or country])

    def size() -> tuple[int, str]:
        emp = int(min(90000, rng.paretovariate(0.9) * 40))
        tier = "Strategic" if emp >= 10000 else "Enterprise" if emp >= 1000 else "Mid-Market" if emp >= 200 else "SMB"
        return emp, tier

    def deleted() -> tuple[bool, bool]:
        if rng.random() < 0.012:
            return True, rng.random() < 0.5
        return False, False

    def contact(acct: Acct, at: dt.datetime, source: str | None, creator: str, country: str) -> str:
        cid = ids.new("Contact")
        f, last = rng.choice(FIRST), rng.choice(LAST)
        isdel, purged = deleted()
        contact_rows.append((cid, isdel, acct.id, f, last, f"{f} {last}", rng.choice(TITLES) if rng.random() < 0.8 else None,
                             f"{f.lower()}.{last.lower()}@{acct.id[-6:].lower()}.example.com" if rng.random() < 0.93 else None,
                             f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}" if rng.random() < 0.6 else None,
                             country, source, acct.owner, at, creator, at + dt.timedelta(days=rng.randint(0, 200)),
                             _sync(rng), purged))  # fmt: skip
        acct.contacts.append(cid)
        return cid

    def new_account(at: dt.datetime, region: str, owner: str, source: str | None, creator: str,
                    industry: str | None, emp: int | None = None) -> Acct:  # fmt: skip
        country, state, city = geo(region)
        if emp is None:
            emp, tier = size()
        else:
            tier = (
                "Strategic" if emp >= 10000 else "Enterprise" if emp >= 1000 else "Mid-Market" if emp >= 200 else "SMB"
            )
        acct = Acct(ids.new("Account"), region, country, emp, tier, at, owner)
        acct.channel = rng.random() < 0.12
        accounts.append(acct)
        acct_meta[acct.id] = (company(country), state, city, industry, source, creator)
        return acct

    acct_meta: dict[str, tuple[str, str | None, str, str | None, str | None, str]] = {}
    renewals_due: list[tuple[Acct, dt.date]] = []

    def amount_for(acct: Acct, kind: str) -> tuple[float, float, list[tuple[int, float, float]]]:
        """Line items (product index, quantity, discount %) and the amount and ARR they add up to."""
        seats_base = {"SMB": 15, "Mid-Market": 60, "Enterprise": 220, "Strategic": 600}[acct.tier]
        seats = max(5, round(seats_base * rng.lognormvariate(0, 0.55) * (0.35 if kind == "Upsell" else 1.0)))
        lines: list[tuple[int, float, float]] = []
        core = 1 if acct.tier in ("Enterprise", "Strategic") or rng.random() < 0.35 else 0
        if kind != "Upsell" or rng.random() < 0.6:
            lines.append((core, float(seats), 0.0))
        if rng.random() < (0.45 if kind != "Upsell" else 0.7):
            lines.append((2, float(max(5, round(seats * rng.uniform(0.3, 1.0)))), 0.0))
        if rng.random() < 0.25:
            lines.append((3, float(max(5, round(seats * rng.uniform(0.2, 0.8)))), 0.0))
        if acct.tier in ("Enterprise", "Strategic") and rng.random() < 0.4:
            lines.append((4, float(rng.randint(1, 3)), 0.0))
        if acct.tier != "SMB" and rng.random() < 0.35:
            lines.append((5, 1.0, 0.0))
        if kind == "New Business" and rng.random() < 0.55:
            lines.append((6, float(rng.choice([20, 40, 60, 80, 120, 200])), 0.0))
        if rng.random() < 0.2:
            lines.append((7, float(rng.randint(1, 4)), 0.0))
        if not lines:
            lines.append((2, float(seats), 0.0))
        disc = 0.0
        if rng.random() < 0.55:
            disc = rng.choice([5.0, 10.0, 10.0, 15.0, 20.0, 25.0, 30.0])
        lines = [(p, q, disc if PRODUCTS[p][5] and disc else 0.0) for p, q, _ in lines]
        amount = sum(q * PRODUCTS[p][3] * (1 - dc / 100) for p, q, dc in lines)
        arr = sum(q * PRODUCTS[p][3] * (1 - dc / 100) for p, q, dc in lines if PRODUCTS[p][5])
        return round(amount, 2), round(arr, 2), lines

    def add_opp(acct: Acct, created: dt.datetime, kind: str, source: str | None, owner: Rep, creator: str,
                campaign: str | None, win_p: float, close_target: dt.date | None = None) -> None:  # fmt: skip
        oid = ids.new("Opportunity")
        amount, arr, lines = amount_for(acct, kind)
        if kind == "Renewal" and acct.arr > 0 and arr > 0:
            k = acct.arr * rng.uniform(0.93, 1.12) / arr
            lines = [(p, max(1.0, round(q * k)) if PRODUCTS[p][5] else 0.0, dc) for p, q, dc in lines]
            lines = [ln for ln in lines if ln[1] > 0]
            amount = round(sum(q * PRODUCTS[p][3] * (1 - dc / 100) for p, q, dc in lines), 2)
            arr = amount
        cd = created.date()
        if close_target is None:
            cycle = {"SMB": 30, "Mid-Market": 60, "Enterprise": 110, "Strategic": 170}[acct.tier]
            cycle = max(7, round(cycle * rng.lognormvariate(0, 0.45) * (0.6 if kind == "Upsell" else 1.0)))
            close = cd + dt.timedelta(days=cycle)
        else:
            close = close_target
        won = rng.random() < min(0.95, win_p * owner.skill)
        # how far it got: won deals pass every stage; lost ones stop somewhere
        reach = len(STAGES) if won else min(len(STAGES), max(1, int(rng.triangular(1, len(STAGES) + 1, 2))))
        if kind == "Renewal":
            reach = max(reach, 4)
        closed = close <= END
        if won and closed and rng.random() < 0.5:
            qe = _quarter_end(close)
            push = qe - dt.timedelta(days=rng.randint(0, 8))
            if push >= cd and push <= END:
                close = push
        if not won and closed and kind != "Renewal":
            close = cd + dt.timedelta(days=max(3, round((close - cd).days * rng.uniform(0.3, 1.1))))
        # stage dates
        if closed:
            span = max(1, (close - cd).days)
            stage_at: list[dt.datetime] = [created]
            for i in range(1, reach):
                stage_at.append(max(stage_at[-1], _at(rng, cd + dt.timedelta(days=int(span * i / len(STAGES))))))
            is_closed, is_won = True, won
            stage, prob, fc = ("Closed Won", 100, "Closed") if won else ("Closed Lost", 0, "Omitted")
            close_date = close
        else:
            span = max(1, (END - cd).days)
            elapsed = span / max(1, (close - cd).days)
            now = max(1, min(reach, 1 + int(elapsed * len(STAGES) * rng.uniform(0.6, 1.2))))
            stage_at = [created]
            for i in range(1, now):
                stage_at.append(max(stage_at[-1], _at(rng, cd + dt.timedelta(days=int(span * i / now)))))
            stage_at = [t if t.date() <= END else _at(rng, END, 10, 0.5) for t in stage_at]
            stage, prob, fc = STAGES[now - 1]
            if now >= 4 and rng.random() < 0.3:
                fc = "Forecast"
            elif now >= 3 and fc == "Pipeline" and rng.random() < 0.2:
                fc = "BestCase"
            if rng.random() < 0.03:
                fc = "Omitted"
            is_closed = is_won = False
            close_date = close
            if rng.random() < 0.2:  # stale: the close date has passed and nobody moved it
                close_date = max(cd + dt.timedelta(days=7), END - dt.timedelta(days=rng.randint(1, 120)))
        close_ts = _at(rng, close_date) if is_closed else None
        if close_ts is not None and close_ts < stage_at[-1]:
            close_ts = stage_at[-1] + dt.timedelta(hours=2)
        amt: float | None = amount
        if not is_closed and len(stage_at) <= 1 and rng.random() < 0.3:
            amt = None
        has_lines = amt is not None and rng.random() < 0.88
        isdel, purged = deleted()
        last_change = close_ts or stage_at[-1]
        region = acct.region
        opp_name = f"{acct_meta[acct.id][0]} - {kind}" + (f" {close_date.year}" if kind == "Renewal" else "")
        loss = weighted(rng, list(LOSS_REASONS), list(LOSS_REASONS.values())) if is_closed and not is_won else None
        if kind == "Renewal" and loss:
            loss = weighted(rng, list(CHURN_REASONS), list(CHURN_REASONS.values()))
        if loss and rng.random() < 0.15:
            loss = None
        comp = rng.choice(COMPETITORS) if loss == "Lost to Competitor" or (rng.random() < 0.2) else None
        opp_rows.append((oid, isdel, acct.id, rt[kind], opp_name, stage, amt, float(prob),
                         round(amt * prob / 100, 2) if amt is not None else None, close_date, kind,
                         rng.choice(NEXT_STEPS) if not is_closed and rng.random() < 0.55 else None, source, is_closed,
                         is_won, FC_LABEL[fc], campaign, std_pb if has_lines else None, close_date.year,
                         (close_date.month - 1) // 3 + 1, owner.id, created, creator,
                         last_change + dt.timedelta(hours=rng.randint(0, 200)), owner.id, last_change, region,
                         arr if amt is not None else None, loss, comp, _sync(rng), purged))  # fmt: skip
        opp_info.append((oid, acct, kind, owner, created, close_date, is_closed, is_won, arr, amount, loss))
        if has_lines:
            for p, q, dc in lines:
                pid, pbe, pname, code, price, _rec = products[p]
                total = round(q * price * (1 - dc / 100), 2)
                oli_rows.append((ids.new("OpportunityLineItem"), isdel, oid, pbe, pid, code, f"{opp_name} {pname}", q,
                                 price, price, dc or None, total, close_date if _rec else None,
                                 created + dt.timedelta(days=rng.randint(0, 10)), _sync(rng), purged))  # fmt: skip
        for i, t in enumerate(stage_at):
            s, pr, f = STAGES[i]
            hist_rows.append((ids.new("OpportunityHistory"), isdel, oid, s, amt, float(pr),
                              round(amt * pr / 100, 2) if amt is not None else None, close, FC_LABEL[f], t, owner.id, _sync(rng)))  # fmt: skip
        if is_closed and close_ts is not None:
            hist_rows.append((ids.new("OpportunityHistory"), isdel, oid, stage, amt, float(prob),
                              round(amt * prob / 100, 2) if amt is not None else None, close_date, FC_LABEL[fc], close_ts,
                              owner.id, _sync(rng)))  # fmt: skip
        # activities on the deal
        for _ in range(poisson(rng, 2 + 0.04 * min(span, 200))):
            td = _workday(cd + dt.timedelta(days=rng.randint(0, span)))
            if td > END:
                continue
            add_task(owner.id, rng.choice(acct.contacts) if acct.contacts else None, oid, td)

    opp_info: list[tuple[str, Acct, str, Rep, dt.datetime, dt.date, bool, bool, float, float, str | None]] = []

    def add_task(owner: str, who: str | None, what: str | None, td: dt.date) -> None:
        kind = weighted(rng, ["Phone Call", "Email", "Demo", "Other"], [40, 42, 12, 6])
        done = td < END - dt.timedelta(days=3) or rng.random() < 0.5
        status = "Completed" if done else rng.choice(["Not Started", "In Progress"])
        dur = int(rng.lognormvariate(5.6, 0.8)) if kind == "Phone Call" and done else None
        disp = (
            weighted(rng, ["Connected", "Left Voicemail", "Not Reached", "Wrong Number"], [45, 30, 22, 3])
            if dur
            else None
        )
        if disp and disp != "Connected" and dur:
            dur = min(dur, rng.randint(15, 60))
        subj = {
            "Phone Call": "Discovery call",
            "Email": "Email: Follow up",
            "Demo": "Product demo",
            "Other": "Send contract",
        }[kind]
        isdel, purged = deleted()
        task_rows.append((ids.new("Task"), isdel, who, what, subj, td, status,
                          "High" if rng.random() < 0.1 else "Normal", done, owner, kind if kind != "Other" else None,
                          dur, disp, _at(rng, td), _sync(rng), purged))  # fmt: skip

    # partner accounts
    for _ in range(14):
        region = weighted(rng, list(REGION_SHARE), list(REGION_SHARE.values()))
        at = _at(rng, START - dt.timedelta(days=rng.randint(60, 700)))
        acct = new_account(
            at, region, directors[region].id, "Partner Referral", admin.id, "Consulting", rng.randint(20, 800)
        )
        acct.tier = "Partner"
    partner_ids = [a.id for a in accounts]
    # customers before the window (won before 2022)
    for _ in range(140):
        region = weighted(rng, list(REGION_SHARE), list(REGION_SHARE.values()))
        since = START - dt.timedelta(days=rng.randint(10, 900))
        owner = rng.choice(active(aes, since, region) or [directors[region]])
        acct = new_account(_at(rng, since - dt.timedelta(days=rng.randint(30, 200))), region, owner.id,
                           weighted(rng, list(SOURCES), [s[0] for s in SOURCES.values()]), admin.id,
                           weighted(rng, list(INDUSTRIES), list(INDUSTRIES.values())))  # fmt: skip
        for _ in range(rng.randint(1, 4)):
            contact(acct, acct.created, None, admin.id, acct.country)
        acct.customer_since = since
        _amount, arr, _l = amount_for(acct, "New Business")
        acct.arr = arr
        customers.append(acct)
        renewals_due.append((acct, since))
    # leads day by day
    for day in days(START, END):
        growth = 1.35 ** ((day - START).days / 365)
        dow = day.weekday()
        week = [1.15, 1.2, 1.15, 1.1, 0.9, 0.25, 0.2][dow]
        season = [1.0, 1.05, 1.15, 1.0, 1.0, 0.95, 0.85, 0.8, 1.05, 1.15, 1.1, 0.75][day.month - 1]
        if day.month == 12 and day.day >= 20:
            season *= 0.35
        for _ in range(poisson(rng, 11.5 * growth * week * season)):
            region = weighted(rng, list(REGION_SHARE), list(REGION_SHARE.values()))
            if region == "EMEA" and day.month == 8 and rng.random() < 0.5:
                continue
            source = weighted(rng, list(SOURCES), [s[0] for s in SOURCES.values()])
            camp = None
            if source in ("Webinar", "Trade Show", "Advertisement", "Web"):
                near = [c for c in campaigns if c[2] <= day <= c[3] + dt.timedelta(days=14)
                        and (source != "Web" or c[1] == "Email")]  # fmt: skip
                if near and (source != "Web" or rng.random() < 0.3):
                    camp = rng.choice(near)
            at = _at(rng, day, 14.5, 4.0)
            f, last = rng.choice(FIRST), rng.choice(LAST)
            country, _st, _city = geo(region)
            emp, _tier = size()
            industry = weighted(rng, list(INDUSTRIES), list(INDUSTRIES.values())) if rng.random() < 0.75 else None
            sdr = rng.choice(active(sdrs, day))
            creator = integ.id if source in ("Web", "Webinar", "Advertisement", "Purchased List") else sdr.id
            conv_rate = SOURCES[source][1] * (1.3 if emp >= 200 else 1.0)
            lid = ids.new("Lead")
            status, converted = "Open - Not Contacted", False
            conv_date = acct_id = con_id = opp_id = None
            age = (END - day).days
            if rng.random() < conv_rate:
                conv_date = _workday(day + dt.timedelta(days=max(1, int(rng.expovariate(1 / 12)))))
                if conv_date <= END:
                    converted, status = True, "Closed - Converted"
            if not converted:
                r = rng.random()
                status = ("Closed - Not Converted" if r < min(0.9, age / 60) else "Working - Contacted"
                          if r < min(0.97, age / 25) else "Open - Not Contacted")  # fmt: skip
            lead_source = source if rng.random() > 0.07 else None
            if converted and conv_date is not None:
                owner = rng.choice(active(aes, conv_date, region))
                existing = [a for a in customers if a.region == region and a.churned is None]
                if existing and rng.random() < 0.08:
                    acct = rng.choice(existing)
                else:
                    acct = new_account(_at(rng, conv_date), region, owner.id, lead_source, sdr.id, industry, emp)
                con_id = contact(acct, _at(rng, conv_date), lead_source, sdr.id, acct.country)
                for _ in range(rng.randint(0, 3)):
                    contact(
                        acct, _at(rng, conv_date + dt.timedelta(days=rng.randint(1, 60))), None, owner.id, acct.country
                    )
                acct_id = acct.id
                if rng.random() < 0.9:
                    win = SOURCES[source][2] * (1.1 if acct.tier in ("Mid-Market", "Enterprise") else 1.0)
                    add_opp(acct, _at(rng, conv_date), "New Business" if acct.customer_since is None else "Upsell",
                            lead_source, owner, sdr.id, camp[0] if camp else None, win)  # fmt: skip
                    opp_id = opp_info[-1][0]
            isdel, purged = deleted()
            lead_rows.append((lid, isdel, f if rng.random() < 0.97 else None, last, f"{f} {last}",
                              acct_meta[acct_id][0] if acct_id else company(country, False), rng.choice(TITLES) if rng.random() < 0.7 else None,
                              f"{f.lower()}.{last.lower()}@example.org" if rng.random() < 0.95 else None, country,
                              industry, emp if rng.random() < 0.6 else None, lead_source, status, sdr.id,
                              converted, conv_date, acct_id, con_id, opp_id, at, creator,
                              at + dt.timedelta(days=min(age, rng.randint(0, 40))), _sync(rng), purged))  # fmt: skip
            if camp:
                responded = rng.random() < 0.7
                ev = camp[1] in ("Webinar", "Trade Show", "Conference")
                cm_rows.append((ids.new("CampaignMember"), False, camp[0], lid, None,
                                ("Attended" if responded else "No Show") if ev else ("Opened" if responded else "Delivered"),
                                responded, day if responded else None, at, _sync(rng)))  # fmt: skip
            # SDR touches
            if status != "Open - Not Contacted":
                for _ in range(rng.randint(1, 4)):
                    td = _workday(day + dt.timedelta(days=rng.randint(0, 20)))
                    if td <= END:
                        add_task(sdr.id, lid, None, td)

    # outbound and upsell opportunities on existing customers; renewals a year after each win
    handled: set[str] = set()
    i = 0
    while i < len(opp_info):
        oid, acct, kind, owner, _created, close, is_closed, is_won, arr, _amount, loss = opp_info[i]
        i += 1
        if not (is_closed and is_won) or oid in handled:
            if is_closed and not is_won and kind == "Renewal" and acct.churned is None:
                acct.churned, acct.churn_reason = (
                    close,
                    loss or weighted(rng, list(CHURN_REASONS), list(CHURN_REASONS.values())),
                )
                acct.arr = 0.0
            continue
        handled.add(oid)
        if kind == "New Business":
            acct.customer_since = acct.customer_since or close
            customers.append(acct)
            acct.arr += arr
        elif kind == "Upsell":
            acct.arr += arr
        else:
            acct.arr = max(acct.arr, arr)
        if kind in ("New Business", "Renewal"):
            renewals_due.append((acct, close))
        if kind != "Renewal" and rng.random() < 0.3 * owner.skill:
            up = close + dt.timedelta(days=rng.randint(90, 330))
            if up <= END:
                upo = rng.choice(active(aes, up, acct.region))
                add_opp(acct, _at(rng, _workday(up)), "Upsell", None, upo, upo.id, None, 0.55)
        while renewals_due:
            racct, since = renewals_due.pop()
            due = since + dt.timedelta(days=365)
            while due < START + dt.timedelta(days=45):
                due += dt.timedelta(days=365)
            opened = due - dt.timedelta(days=rng.randint(60, 120))
            if opened > END or racct.churned is not None:
                continue
            ro = rng.choice(active(aes, max(opened, START), racct.region))
            save = 0.86 if racct.tier in ("Enterprise", "Strategic") else 0.8
            add_opp(racct, _at(rng, _workday(max(opened, START))), "Renewal", None, ro, ro.id, None, save, due)

    # owners who left: reassign what they still own to a colleague in the region
    rep_by_id = {r.id: r for r in reps}
    for k, row in enumerate(opp_rows):
        owner = rep_by_id[row[20]]
        when = row[9] if row[13] else END
        if owner.left is not None and owner.left < when:
            heir = rng.choice(active(aes, owner.left + dt.timedelta(days=1), owner.region))
            opp_rows[k] = (*row[:20], heir.id, *row[21:24], heir.id, *row[25:])

    catalog.add("Opportunity", opp_rows)
    catalog.add("OpportunityLineItem", oli_rows)
    catalog.add("OpportunityHistory", hist_rows)
    catalog.add("Lead", lead_rows)
    catalog.add("CampaignMember", cm_rows)

    for acct in accounts:
        name, state, city, industry, source, creator = acct_meta[acct.id]
        if acct.id in partner_ids:
            atype, rtid = "Channel Partner / Reseller", rt["Partner"]
        elif acct.churned is not None:
            atype, rtid = "Former Customer", rt["Customer"]
        elif acct.customer_since is not None:
            atype, rtid = ("Customer - Channel" if acct.channel else "Customer - Direct"), rt["Customer"]
        else:
            atype, rtid = "Prospect", rt["Customer"]
        isdel, purged = deleted() if atype == "Prospect" else (False, False)
        rev = None if rng.random() < 0.35 else round(acct.employees * rng.uniform(80, 400) * 1000, -3)
        acct_rows.append((acct.id, isdel, name, atype if rng.random() > 0.02 else None, rtid,
                          None, city, state, acct.country, industry if acct.id not in partner_ids else "Consulting", rev,
                          acct.employees if rng.random() < 0.85 else None, source, acct.owner, acct.created, creator,
                          acct.created + dt.timedelta(days=rng.randint(0, 500)), admin.id, acct.region,
                          acct.tier if acct.tier != "Partner" else None,
                          (0.0 if acct.churned else round(acct.arr, 2)) if acct.customer_since is not None else None,
                          acct.customer_since,
                          acct.churned, acct.churn_reason, _sync(rng), purged))  # fmt: skip
    catalog.add("Account", acct_rows)
    catalog.add("Contact", contact_rows)

    # support cases from customers
    case_rows: list[Row] = []
    number = 1000
    live = list({a.id: a for a in customers}.values())
    for day in days(START, END):
        dow = day.weekday()
        base = 0.02 * sum(
            1 for a in live if a.customer_since and a.customer_since <= day and (a.churned is None or a.churned > day)
        )
        mult = [1.2, 1.15, 1.1, 1.05, 0.95, 0.25, 0.2][dow] * (
            1.8 if dt.date(2024, 3, 12) <= day <= dt.date(2024, 3, 29) else 1.0
        )
        pool = [
            a for a in live if a.customer_since and a.customer_since <= day and (a.churned is None or a.churned > day)
        ]
        if not pool:
            continue
        weights = [{"SMB": 1, "Mid-Market": 2, "Enterprise": 4, "Strategic": 7}.get(a.tier, 1) for a in pool]
        for _ in range(poisson(rng, base * mult)):
            acct = weighted(rng, pool, weights)
            number += 1
            at = _at(rng, day, 13.5, 3.5)
            reason = weighted(rng, list(CASE_REASONS), list(CASE_REASONS.values()))
            if dt.date(2024, 3, 12) <= day <= dt.date(2024, 3, 29) and rng.random() < 0.5:
                reason = "Bug"
            prio = weighted(rng, ["High", "Medium", "Low"],
                            [22, 50, 28] if reason in ("Bug", "Performance", "Login / Access") else [9, 46, 45])  # fmt: skip
            origin = weighted(
                rng, ["Email", "Web", "Phone", "Chat"], [38, 30, 14, 18] if day.year < 2024 else [30, 30, 10, 30]
            )
            agent = rng.choice(active(agents, day))
            frh = rng.lognormvariate(math.log({"High": 1.5, "Medium": 5, "Low": 12}[prio]), 0.8)
            first = at + dt.timedelta(hours=frh)
            hours = rng.lognormvariate(math.log({"High": 26, "Medium": 60, "Low": 90}[prio]), 0.9)
            if reason in ("Bug", "Integration"):
                hours *= 1.6
            closed_at = at + dt.timedelta(hours=hours)
            is_closed = closed_at.date() <= END
            escalated = prio == "High" and rng.random() < 0.3
            if is_closed:
                status = "Closed"
                sla = "Yes" if hours > SLA_HOURS[prio] else "No"
                csat = (
                    rng.choice([5, 5, 4, 4, 4, 3] if sla == "No" else [4, 3, 3, 2, 1]) if rng.random() < 0.35 else None
                )
            else:
                status = "Escalated" if escalated else rng.choice(["New", "Working", "Working", "Waiting on Customer"])
                sla, csat, closed_at = None, None, None
            if status == "New" or first.date() > END:
                first = None  # type: ignore[assignment]
            cust_contact = rng.choice(acct.contacts) if acct.contacts and rng.random() < 0.92 else None
            isdel, purged = deleted()
            product = rng.choice(["Platform", "Platform", "Insights", "Workflow Automation", "API"])
            case_rows.append((ids.new("Case"), isdel, f"{number:08d}", acct.id, cust_contact,
                              CASE_TYPE[reason] if reason != "How-to Question" or rng.random() < 0.9 else None, status,
                              reason if rng.random() < 0.9 else None, origin,
                              f"{reason}: {product}" if rng.random() < 0.97 else None, prio, is_closed, closed_at,
                              escalated, agent.id, at, integ.id if origin in ("Email", "Web") else agent.id,
                              (closed_at or at) + dt.timedelta(minutes=rng.randint(1, 600)), first, sla, product, csat,
                              _sync(rng), purged))  # fmt: skip
    catalog.add('"Case"', case_rows)
    catalog.add("Task", task_rows)
    return catalog
