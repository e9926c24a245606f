"""A SaaS company's billing and support warehouse with long, self-describing names and a view.

Plural snake_case tables whose columns spell everything out (`monthly_recurring_revenue_usd`,
`estimated_customer_lifetime_value_usd`, `ticket_opened_timestamp`); six tables with declared keys, two of
them from `plan_change_events` to `pricing_plans` (the previous and the new plan), one-letter codes with
column comments, and a view of the subscriptions still active. Growth, a January and September signup peak,
a weekday rhythm in support, churn with NULL end dates and unpaid invoices. Deterministic: one seeded
`random.Random`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words

SEED = 150_006
START, END = dt.date(2021, 1, 1), dt.date(2025, 6, 30)

DDL = [
    """CREATE TABLE pricing_plans (
        pricing_plan_id INTEGER PRIMARY KEY, plan_display_name VARCHAR NOT NULL,
        billing_tier_code VARCHAR(1) NOT NULL, monthly_list_price_usd DECIMAL(10, 2) NOT NULL,
        included_seat_count INTEGER NOT NULL, plan_launch_date DATE NOT NULL)""",
    """CREATE TABLE customer_organizations (
        organization_id INTEGER PRIMARY KEY, organization_legal_name VARCHAR NOT NULL,
        headquarters_country_name VARCHAR NOT NULL, industry_vertical_name VARCHAR NOT NULL,
        employee_headcount_band VARCHAR NOT NULL, acquisition_channel_name VARCHAR NOT NULL,
        signup_timestamp_utc TIMESTAMP NOT NULL, estimated_customer_lifetime_value_usd DECIMAL(12, 2))""",
    """CREATE TABLE subscriptions (
        subscription_id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES customer_organizations (organization_id),
        pricing_plan_id INTEGER NOT NULL REFERENCES pricing_plans (pricing_plan_id),
        subscription_start_date DATE NOT NULL, subscription_end_date DATE,
        licensed_seat_count INTEGER NOT NULL, monthly_recurring_revenue_usd DECIMAL(10, 2) NOT NULL,
        is_billed_annually BOOLEAN NOT NULL, cancellation_reason_description VARCHAR)""",
    """CREATE TABLE invoices (
        invoice_id INTEGER PRIMARY KEY, subscription_id INTEGER NOT NULL REFERENCES subscriptions (subscription_id),
        invoice_issue_date DATE NOT NULL, invoice_due_date DATE NOT NULL, invoice_paid_date DATE,
        invoice_subtotal_usd DECIMAL(12, 2) NOT NULL, sales_tax_amount_usd DECIMAL(10, 2) NOT NULL,
        invoice_payment_status_code VARCHAR(1) NOT NULL)""",
    """CREATE TABLE support_tickets (
        support_ticket_id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES customer_organizations (organization_id),
        ticket_opened_timestamp TIMESTAMP NOT NULL, ticket_resolved_timestamp TIMESTAMP,
        ticket_category_name VARCHAR NOT NULL, ticket_priority_code VARCHAR(1) NOT NULL,
        first_response_time_minutes INTEGER, customer_satisfaction_rating INTEGER)""",
    """CREATE TABLE plan_change_events (
        plan_change_event_id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (subscription_id),
        previous_pricing_plan_id INTEGER NOT NULL REFERENCES pricing_plans (pricing_plan_id),
        new_pricing_plan_id INTEGER NOT NULL REFERENCES pricing_plans (pricing_plan_id),
        plan_change_effective_date DATE NOT NULL, monthly_recurring_revenue_change_usd DECIMAL(10, 2) NOT NULL)""",
]
VIEW = """CREATE VIEW active_subscription_overview AS
    SELECT s.subscription_id, o.organization_legal_name, o.headquarters_country_name, p.plan_display_name,
           s.licensed_seat_count, s.monthly_recurring_revenue_usd, s.subscription_start_date
    FROM subscriptions s
    JOIN customer_organizations o ON o.organization_id = s.organization_id
    JOIN pricing_plans p ON p.pricing_plan_id = s.pricing_plan_id
    WHERE s.subscription_end_date IS NULL"""
COMMENTS = [
    "COMMENT ON COLUMN pricing_plans.billing_tier_code IS 'F = free, S = starter, P = professional, E = enterprise'",
    "COMMENT ON COLUMN invoices.invoice_payment_status_code IS 'P = paid, O = open, L = paid late, V = void'",
    "COMMENT ON COLUMN support_tickets.ticket_priority_code IS 'L = low, M = medium, H = high, U = urgent'",
    "COMMENT ON COLUMN support_tickets.customer_satisfaction_rating IS '1 to 5 from the closing survey; NULL when not answered'",
    "COMMENT ON VIEW active_subscription_overview IS 'subscriptions without an end date, with their organization and plan'",
]

PLANS = [  # id, name, tier, price per seat, included seats, launched, weight
    (1, "Free", "F", 0.0, 3, dt.date(2019, 1, 1), 30),
    (2, "Starter", "S", 12.0, 5, dt.date(2019, 1, 1), 30),
    (3, "Team", "S", 19.0, 10, dt.date(2020, 6, 1), 18),
    (4, "Professional", "P", 39.0, 25, dt.date(2019, 1, 1), 14),
    (5, "Business", "P", 59.0, 50, dt.date(2022, 3, 1), 6),
    (6, "Enterprise", "E", 89.0, 100, dt.date(2019, 1, 1), 2),
]
COUNTRIES = {"United States": 42, "United Kingdom": 12, "Germany": 10, "Canada": 7, "France": 6, "Australia": 5}
COUNTRIES |= {"Netherlands": 4, "India": 6, "Brazil": 4, "Japan": 4}
VERTICALS = ["Software", "E-commerce", "Healthcare", "Financial Services", "Education", "Media", "Manufacturing"]
BANDS = [("1-10", 35, 4), ("11-50", 30, 15), ("51-200", 20, 45), ("201-1000", 11, 120), ("1000+", 4, 300)]
CHANNELS = {"Organic search": 34, "Paid search": 22, "Referral": 16, "Partner": 10, "Outbound sales": 8, "Events": 10}
MONTH_FACTOR = [1.35, 1.1, 1.05, 1.0, 0.95, 0.9, 0.8, 0.85, 1.25, 1.1, 1.0, 0.7]
WEEKDAY_FACTOR = [1.3, 1.2, 1.1, 1.1, 0.95, 0.3, 0.2]
CATEGORIES = ["Billing", "Login & access", "Bug report", "Feature request", "Integrations", "Data import"]
REASONS = ["Too expensive", "Switched to competitor", "Missing features", "Company closed", "No longer needed"]
STEMS = words("Acorn Beacon Cobalt Drift Ember Falcon Grove Harbor Indigo Juniper Kite Lumen Meridian Nimbus Onyx")
STEMS += words("Pinnacle Quartz Ridge Summit Tidal Umber Vertex Willow Zephyr")
SUFFIXES = ["Labs", "Systems", "Health", "Analytics", "Studio", "Partners", "Logistics", "Learning", "Media"]


def _organizations(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    names = set[str]()
    countries = list(COUNTRIES)
    for day in days(START, END):
        years = (day - START).days / 365.25
        for _ in range(poisson(rng, 2.2 * 1.25**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()])):
            first, second = rng.sample(STEMS, 2)
            name = f"{first} {second} {rng.choice(SUFFIXES)}"
            while name in names:
                name = f"{first} {second} {rng.choice(SUFFIXES)} {rng.randint(2, 99)}"
            names.add(name)
            band = weighted(rng, BANDS, [b[1] for b in BANDS])
            ltv = None if rng.random() < 0.1 else money(band[2] * 400 * rng.lognormvariate(0, 0.6))
            signup = dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
            rows.append((len(rows) + 1, name, weighted(rng, countries, list(COUNTRIES.values())), rng.choice(VERTICALS),
                         band[0], weighted(rng, list(CHANNELS), list(CHANNELS.values())), signup, ltv))  # fmt: skip
    return rows


def _seats(rng: random.Random, band: str) -> int:
    seats = next(b[2] for b in BANDS if b[0] == band)
    return max(1, round(seats * rng.uniform(0.2, 1.2)))


def _subscriptions(rng: random.Random, orgs: list[Row]) -> tuple[list[Row], list[Row]]:
    subs: list[Row] = []
    changes: list[Row] = []
    for org in orgs:
        start = org[6].date() + dt.timedelta(days=rng.randint(0, 14))
        if start > END:
            continue
        live = [p for p in PLANS if p[5] <= start]
        big = org[4] in ("201-1000", "1000+")
        plan = weighted(rng, live, [p[6] * (4 if big and p[2] in ("P", "E") else 1) for p in live])
        seats = max(plan[4] if plan[2] == "F" else 1, _seats(rng, org[4]))
        if plan[2] == "F":
            seats = min(seats, plan[4])
        churn = 0.35 if plan[2] == "F" else 0.22 if plan[2] == "S" else 0.12
        end = random_date(rng, start + dt.timedelta(days=30), start + dt.timedelta(days=1500))
        end_date = end if rng.random() < churn and end <= END else None
        if end_date is not None and plan[2] != "F":
            reason = weighted(rng, [*REASONS, None], [30, 22, 18, 8, 12, 10])
        else:
            reason = None
        sid = len(subs) + 1
        # Upgrades happen to about a fifth of paying subscriptions; the row keeps the current plan.
        if plan[0] < 6 and rng.random() < 0.2 and start + dt.timedelta(days=20) < (end_date or END):
            upgraded = next(p for p in PLANS if p[0] == plan[0] + 1)
            when = random_date(rng, start + dt.timedelta(days=20), end_date or END)
            if upgraded[5] <= when and when <= (end_date or END):
                delta = money((upgraded[3] - plan[3]) * seats)
                changes.append((len(changes) + 1, sid, plan[0], upgraded[0], when, delta))
                plan = upgraded
        mrr = money(plan[3] * seats * (0.85 if big else 1.0))
        subs.append((sid, org[0], plan[0], start, end_date, seats, mrr, rng.random() < (0.55 if big else 0.25), reason))
    return subs, changes


def _invoices(rng: random.Random, subs: list[Row]) -> list[Row]:
    rows: list[Row] = []
    for sub in subs:
        if float(sub[6]) == 0:
            continue
        step, scale = (12, 12 * 0.9) if sub[7] else (1, 1.0)
        issue = sub[3]
        while issue <= (sub[4] or END):
            subtotal = money(float(sub[6]) * scale)
            due = issue + dt.timedelta(days=30)
            status = weighted(rng, ["P", "L", "V"], [88, 9, 3])
            paid = None
            if status == "P":
                paid = issue + dt.timedelta(days=rng.randint(0, 29))
            elif status == "L":
                paid = due + dt.timedelta(days=rng.randint(1, 45))
            if paid is not None and paid > END:
                paid, status = None, "O"
            rows.append((len(rows) + 1, sub[0], issue, due, paid, subtotal, money(subtotal * 0.08), status))
            month = issue.month - 1 + step
            issue = dt.date(issue.year + month // 12, month % 12 + 1, min(issue.day, 28))
    return rows


def _tickets(rng: random.Random, orgs: list[Row]) -> list[Row]:
    rows: list[Row] = []
    by_signup = sorted(orgs, key=lambda o: o[6])
    signup_days = [o[6].date() for o in by_signup]
    for day in days(START, END):
        years = (day - START).days / 365.25
        known = by_signup[: bisect.bisect_right(signup_days, day)]
        if not known:
            continue
        for _ in range(poisson(rng, 6 * 1.3**years * WEEKDAY_FACTOR[day.weekday()])):
            org = rng.choice(known)
            opened = dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.randint(0, 59)))
            priority = weighted(rng, ["L", "M", "H", "U"], [35, 40, 19, 6])
            category = weighted(rng, CATEGORIES, [20, 18, 25, 12, 15, 10])
            response = (
                None
                if rng.random() < 0.04
                else round(rng.expovariate(1 / {"L": 480, "M": 240, "H": 60, "U": 15}[priority]))
            )
            resolved = opened + dt.timedelta(hours=rng.lognormvariate(2.5 if priority in ("H", "U") else 3.4, 0.9))
            if rng.random() < 0.05 or resolved.date() > END:
                resolved = None
            rating = None
            if resolved is not None and rng.random() < 0.45:
                slow = (response or 0) > 300
                rating = weighted(rng, [1, 2, 3, 4, 5], [12, 15, 25, 28, 20] if slow else [3, 5, 15, 37, 40])
            rows.append((len(rows) + 1, org[0], opened, resolved, category, priority, response, rating))
    return rows


def build() -> Catalog:
    """The whole SaaS warehouse, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=[*DDL, VIEW], comments=list(COMMENTS))
    catalog.add("pricing_plans", [(p[0], p[1], p[2], p[3], p[4], p[5]) for p in PLANS])
    orgs = _organizations(rng)
    catalog.add("customer_organizations", orgs)
    subs, changes = _subscriptions(rng, orgs)
    catalog.add("subscriptions", subs)
    catalog.add("invoices", _invoices(rng, subs))
    catalog.add("support_tickets", _tickets(rng, orgs))
    catalog.add("plan_change_events", changes)
    return catalog
