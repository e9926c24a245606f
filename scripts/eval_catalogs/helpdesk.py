"""A software company's customer support desk exported through the Zendesk Support API, loaded table by table.

Each table is one Zendesk API resource, loaded into a shared warehouse schema under the connector's `zendesk_`
prefix (`zendesk_tickets`, `zendesk_ticket_metrics`, `zendesk_users`, `zendesk_organizations`, `zendesk_groups`,
`zendesk_group_memberships`, `zendesk_brands`, `zendesk_satisfaction_ratings`), with Zendesk's own field names:
12-digit integer `id`s (sequential ticket numbers for tickets), `created_at`/`updated_at` as UTC timestamps, the
ticket's `status` (new, open, pending, on-hold, solved, closed), `priority` (low, normal, high, emergency; NULL
when not set), `type` (question, incident, problem, task; NULL when not set), `via_channel` (the ticket's
`via.channel`, flattened: email, web, chat, voice, api), three keys from tickets to users (`requester_id`,
`submitter_id`, `assignee_id`, NULL when unassigned) beside `organization_id`, `group_id`, `brand_id`, an
incident's `problem_id` (the problem ticket it is linked to, a key to the same table, not declared), a task's
`due_at`, and the tags as one space-separated text. The ticket metrics are the Ticket Metrics resource (one row per
ticket, `ticket_id`), its minute-valued objects flattened into `_calendar`/`_business` pairs
(`reply_time_in_minutes_calendar`, `first_resolution_time_in_minutes_business`,
`full_resolution_time_in_minutes_calendar`, `agent_wait_time_in_minutes_calendar`,
`requester_wait_time_in_minutes_calendar`, `on_hold_time_in_minutes_calendar`) beside `reopens`,
`assignee_stations`, `group_stations`, `assigned_at`, `initially_assigned_at`, `solved_at`; users carry `role`,
`time_zone` (Zendesk's Rails zone names) and `iana_time_zone`, `locale`; organizations their `domain_names` as
text and custom organization fields flattened as `organization_fields_plan`, `organization_fields_seats`,
`organization_fields_region`; satisfaction ratings their score (offered, unoffered, good, bad) and `reason_code`
(Zendesk's numeric reasons for a bad rating, explained in a column comment). Business hours are Monday to
Friday, 13:00 to 23:00 UTC (8 am to 6 pm in New York).

Tallyfold, a small-business accounting product, January 2024 to a snapshot at the end of 31 October 2025 (about
43,000 tickets, 3,000 users, 640 organizations, 40,000 rating rows): volume growing about 3 % a month, Monday
peaks and quiet weekends, January and April (tax season) busier and late December quiet, North American office
hours with a morning European wave (whose customers wait longer for a first reply), live chat launched on 3 June
2024, a second brand (Tallyfold Payroll, with its own group) launched on 16 September 2024, a bank-feed outage on
11-12 March 2025 (one problem ticket and about 400 linked incidents, solved together, rated badly), enterprise
customers filing more emergency tickets, an agent who left in April 2025 (inactive user), agents joining, the API
integration user (an admin) submitting the api tickets, agents submitting phone tickets, unassigned new tickets,
tickets on hold for weeks, reopened tickets, NULL priority and type on tickets nobody triaged, NULL resolution and
wait metrics on unsolved tickets, NULL reply times on tickets never answered, end-users without an organization,
surveys offered and never answered, and no surveys on the partner brand (`unoffered`).
Deterministic: everything comes from one seeded `random.Random`.

Names the vocabulary test found in the parser's code, changed: the endpoints' table names `tickets`, `users` and
`groups` (so every table got the connector's `zendesk_` prefix), the ratings' `score` → `rating_score` and
`comment` → `rating_comment` (their text `reason` left out, `reason_code` kept), the metrics' `replies` →
`reply_count`, `tags` → `tag_list` (tickets and organizations), the group's `description` → `group_description`,
the organization's `details` → `notes` (Zendesk's other free-text field), the user's `verified` →
`email_verified`; values: status 'hold' → 'on-hold' (as Zendesk's interface writes it), priority 'urgent' →
'emergency', role 'agent' → 'support-agent', and the plan 'growth' → 'essentials'.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, days, weighted, words, zipf_weights

SEED = 20_251_031
START, END = dt.date(2024, 1, 1), dt.date(2025, 10, 31)
SNAPSHOT = dt.datetime(2025, 11, 1, 0, 0)
BUSINESS_OPEN, BUSINESS_CLOSE = 13, 23  # UTC, Monday to Friday

DDL = [
    """CREATE TABLE zendesk_brands (
        id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, subdomain VARCHAR NOT NULL, brand_url VARCHAR NOT NULL,
        host_mapping VARCHAR, active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE zendesk_groups (
        id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, group_description VARCHAR, is_public BOOLEAN NOT NULL,
        deleted BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE zendesk_organizations (
        id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, domain_names VARCHAR, notes VARCHAR, external_id VARCHAR,
        group_id BIGINT REFERENCES zendesk_groups (id), shared_tickets BOOLEAN NOT NULL, shared_comments BOOLEAN NOT NULL,
        tag_list VARCHAR, organization_fields_plan VARCHAR, organization_fields_seats INTEGER,
        organization_fields_region VARCHAR, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE zendesk_users (
        id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR, phone VARCHAR, role VARCHAR NOT NULL,
        organization_id BIGINT REFERENCES zendesk_organizations (id), default_group_id BIGINT REFERENCES zendesk_groups (id),
        time_zone VARCHAR NOT NULL, iana_time_zone VARCHAR NOT NULL, locale VARCHAR NOT NULL,
        active BOOLEAN NOT NULL, email_verified BOOLEAN NOT NULL, suspended BOOLEAN NOT NULL,
        last_login_at TIMESTAMP, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE zendesk_group_memberships (
        id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES zendesk_users (id),
        group_id BIGINT NOT NULL REFERENCES zendesk_groups (id), created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE zendesk_tickets (
        id BIGINT PRIMARY KEY, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, type VARCHAR,
        subject VARCHAR NOT NULL, priority VARCHAR, status VARCHAR NOT NULL,
        requester_id BIGINT NOT NULL REFERENCES zendesk_users (id), submitter_id BIGINT NOT NULL REFERENCES zendesk_users (id),
        assignee_id BIGINT REFERENCES zendesk_users (id), organization_id BIGINT REFERENCES zendesk_organizations (id),
        group_id BIGINT REFERENCES zendesk_groups (id), brand_id BIGINT NOT NULL REFERENCES zendesk_brands (id),
        problem_id BIGINT, has_incidents BOOLEAN NOT NULL, is_public BOOLEAN NOT NULL, due_at TIMESTAMP,
        via_channel VARCHAR NOT NULL, tag_list VARCHAR)""",
    """CREATE TABLE zendesk_ticket_metrics (
        id BIGINT PRIMARY KEY, ticket_id BIGINT NOT NULL REFERENCES zendesk_tickets (id), created_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL, group_stations INTEGER NOT NULL, assignee_stations INTEGER NOT NULL,
        reopens INTEGER NOT NULL, reply_count INTEGER NOT NULL, assignee_updated_at TIMESTAMP,
        requester_updated_at TIMESTAMP, status_updated_at TIMESTAMP NOT NULL, initially_assigned_at TIMESTAMP,
        assigned_at TIMESTAMP, solved_at TIMESTAMP, latest_comment_added_at TIMESTAMP,
        reply_time_in_minutes_calendar INTEGER, reply_time_in_minutes_business INTEGER,
        first_resolution_time_in_minutes_calendar INTEGER, first_resolution_time_in_minutes_business INTEGER,
        full_resolution_time_in_minutes_calendar INTEGER, full_resolution_time_in_minutes_business INTEGER,
        agent_wait_time_in_minutes_calendar INTEGER, agent_wait_time_in_minutes_business INTEGER,
        requester_wait_time_in_minutes_calendar INTEGER, requester_wait_time_in_minutes_business INTEGER,
        on_hold_time_in_minutes_calendar INTEGER, on_hold_time_in_minutes_business INTEGER)""",
    """CREATE TABLE zendesk_satisfaction_ratings (
        id BIGINT PRIMARY KEY, ticket_id BIGINT NOT NULL REFERENCES zendesk_tickets (id),
        assignee_id BIGINT REFERENCES zendesk_users (id), group_id BIGINT REFERENCES zendesk_groups (id),
        requester_id BIGINT NOT NULL REFERENCES zendesk_users (id), rating_score VARCHAR NOT NULL, rating_comment VARCHAR,
        reason_code INTEGER, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN zendesk_tickets.status IS 'new = not yet assigned or answered, open = being worked on, pending = waiting on the requester, on-hold = waiting on a third party, solved, closed = solved and locked (4 days after solving)'",
    "COMMENT ON COLUMN zendesk_tickets.priority IS 'low, normal, high, emergency; NULL when nobody set it'",
    "COMMENT ON COLUMN zendesk_tickets.type IS 'question, incident, problem, task; NULL when nobody set it'",
    "COMMENT ON COLUMN zendesk_tickets.via_channel IS 'how the ticket came in (via.channel): email, web (help center form), chat, voice (phone), api'",
    "COMMENT ON COLUMN zendesk_tickets.requester_id IS 'the end-user who asked for support'",
    "COMMENT ON COLUMN zendesk_tickets.submitter_id IS 'the user who created the ticket: the requester, or an agent for phone calls and tickets filed on a customer''s behalf'",
    "COMMENT ON COLUMN zendesk_tickets.assignee_id IS 'the agent currently assigned; NULL when unassigned'",
    "COMMENT ON COLUMN zendesk_tickets.problem_id IS 'for an incident, the problem ticket it is linked to'",
    "COMMENT ON COLUMN zendesk_tickets.tag_list IS 'the ticket''s tags, separated by spaces'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.reply_time_in_minutes_calendar IS 'minutes to the first public agent reply; NULL until answered'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.first_resolution_time_in_minutes_calendar IS 'minutes from creation to the first time it was solved; NULL if never solved'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.full_resolution_time_in_minutes_calendar IS 'minutes from creation to the latest solve; NULL while unsolved'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.agent_wait_time_in_minutes_calendar IS 'minutes spent pending (the agent waiting on the requester)'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.requester_wait_time_in_minutes_calendar IS 'minutes spent new, open or on hold (the requester waiting)'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.reply_count IS 'number of public agent replies'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.reopens IS 'number of times the ticket was reopened after being solved'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.assignee_stations IS 'number of assignees the ticket had'",
    "COMMENT ON COLUMN zendesk_ticket_metrics.group_stations IS 'number of groups the ticket passed through'",
    "COMMENT ON COLUMN zendesk_users.role IS 'end-user, support-agent or admin'",
    "COMMENT ON COLUMN zendesk_satisfaction_ratings.rating_score IS 'offered = survey sent, not answered; unoffered = no survey sent; good; bad'",
    "COMMENT ON COLUMN zendesk_satisfaction_ratings.reason_code IS '0 = no reason provided, 5 = the issue took too long to resolve, 6 = the issue was not resolved, 7 = the agent''s knowledge is unsatisfactory, 8 = the agent''s attitude is unsatisfactory, 100 = some other reason'",
    "COMMENT ON COLUMN zendesk_organizations.organization_fields_plan IS 'subscription plan (custom organization field): starter, essentials, business, enterprise'",
    "COMMENT ON COLUMN zendesk_organizations.organization_fields_region IS 'NA, EMEA, APAC, LATAM'",
]

BRANDS = [  # id, name, subdomain, host mapping, launched
    (360000123451, "Tallyfold", "tallyfold", "support.tallyfold.com", dt.datetime(2019, 3, 4, 15, 2)),
    (360004417792, "Tallyfold Partners", "tallyfold-partners", None, dt.datetime(2021, 6, 14, 17, 40)),
    (360009876513, "Tallyfold Payroll", "tallyfold-payroll", "help.tallyfoldpayroll.com", dt.datetime(2024, 9, 2, 14, 5)),
]  # fmt: skip
PAYROLL_LAUNCH = dt.date(2024, 9, 16)
CHAT_LAUNCH = dt.date(2024, 6, 3)
OUTAGE_START = dt.datetime(2025, 3, 11, 14, 20)
OUTAGE_FIXED = dt.datetime(2025, 3, 12, 21, 45)

GROUPS = [  # id, name, description, created
    (360001100011, "Tier 1 Support", "Front line: how-to questions, logins, first triage", dt.datetime(2019, 3, 4, 15, 10)),
    (360001100022, "Tier 2 Support", "Bank feeds, reconciliation and data problems", dt.datetime(2019, 3, 4, 15, 11)),
    (360001100033, "Billing & Accounts", "Subscriptions, invoices from Tallyfold, refunds, account owners", dt.datetime(2019, 5, 20, 9, 30)),
    (360001100044, "Technical Escalations", "Bugs and outages handed to engineering", dt.datetime(2020, 2, 3, 16, 0)),
    (360001100055, "Onboarding", "New accounts: imports, setup calls", dt.datetime(2021, 1, 11, 14, 45)),
    (360001100066, "Enterprise Success", "Named support for enterprise plans", dt.datetime(2022, 4, 4, 13, 20)),
    (360001100077, "Payroll Support", "Tallyfold Payroll customers", dt.datetime(2024, 8, 26, 15, 0)),
]  # fmt: skip
G_T1, G_T2, G_BILL, G_ESC, G_ONB, G_ENT, G_PAY = (g[0] for g in GROUPS)

# name, role, groups, joined, left, speed (lower is faster), quality (chance of a bad rating factor)
AGENTS = [
    ("Dana Whitfield", "admin", [G_T1, G_T2, G_ESC], dt.date(2019, 3, 4), None, 0.9, 0.8),
    ("Marco Bellini", "admin", [G_ESC, G_T2], dt.date(2019, 6, 17), None, 1.0, 0.9),
    ("Priya Natarajan", "support-agent", [G_T1], dt.date(2020, 9, 8), None, 0.8, 0.7),
    ("Jordan Ellis", "support-agent", [G_T1], dt.date(2021, 2, 1), None, 1.1, 1.0),
    ("Keisha Monroe", "support-agent", [G_T1, G_ONB], dt.date(2021, 7, 12), None, 0.9, 0.8),
    ("Tomás Herrera", "support-agent", [G_T1], dt.date(2022, 1, 10), None, 1.0, 1.1),
    ("Hannah Kowalczyk", "support-agent", [G_T1], dt.date(2022, 5, 2), dt.date(2025, 4, 18), 1.3, 1.6),
    ("Ben Okafor", "support-agent", [G_T1, G_BILL], dt.date(2022, 8, 15), None, 1.0, 0.9),
    ("Sophie Laurent", "support-agent", [G_T1], dt.date(2023, 3, 6), None, 0.95, 0.85),
    ("Ryan Castillo", "support-agent", [G_T1], dt.date(2023, 9, 18), None, 1.2, 1.2),
    ("Mei Tanaka", "support-agent", [G_T1], dt.date(2024, 2, 5), None, 1.1, 1.0),
    ("Lucas Ferreira", "support-agent", [G_T1], dt.date(2024, 6, 3), None, 1.0, 1.0),
    ("Aisha Rahman", "support-agent", [G_T1], dt.date(2025, 1, 13), None, 1.15, 0.9),
    ("Owen Gallagher", "support-agent", [G_T1], dt.date(2025, 5, 5), None, 1.25, 1.1),
    ("Grace Liu", "support-agent", [G_T2], dt.date(2019, 11, 4), None, 0.85, 0.7),
    ("Samuel Adeyemi", "support-agent", [G_T2, G_ESC], dt.date(2021, 4, 19), None, 0.9, 0.9),
    ("Elena Popescu", "support-agent", [G_T2], dt.date(2022, 10, 3), None, 1.05, 1.0),
    ("Viktor Lindqvist", "support-agent", [G_T2], dt.date(2024, 4, 22), None, 1.1, 1.2),
    ("Carmen Ortiz", "support-agent", [G_BILL], dt.date(2020, 1, 13), None, 0.8, 0.8),
    ("Noah Feldman", "support-agent", [G_BILL], dt.date(2023, 1, 9), None, 1.0, 1.3),
    ("Isabel Moreau", "support-agent", [G_ESC], dt.date(2021, 9, 27), None, 1.0, 1.0),
    ("Ethan Brooks", "support-agent", [G_ONB], dt.date(2022, 3, 14), None, 0.95, 0.7),
    ("Chloe Nguyen", "support-agent", [G_ONB, G_T1], dt.date(2024, 10, 7), None, 1.1, 0.9),
    ("Rebecca Stein", "support-agent", [G_ENT], dt.date(2022, 4, 4), None, 0.75, 0.6),
    ("David Osei", "support-agent", [G_ENT, G_T2], dt.date(2023, 6, 12), None, 0.85, 0.8),
    ("Fatima Zahra", "support-agent", [G_PAY], dt.date(2024, 8, 26), None, 1.0, 0.9),
    ("Kyle Brennan", "support-agent", [G_PAY], dt.date(2024, 8, 26), None, 1.15, 1.2),
    ("Ana Sousa", "support-agent", [G_PAY, G_T1], dt.date(2025, 2, 3), None, 1.05, 1.0),
]  # fmt: skip
API_USER = "Tallyfold Integrations"

FIRST = words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph"
    " Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Steven Ashley Paul"
    " Kimberly Andrew Emily Joshua Donna Kevin Michelle Brian Carol George Amanda Tim Melissa Jason Deborah"
    " Oliver Amelia Harry Isla Jack Ava Lukas Mia Felix Emma Louis Chloé Lucia Mateo Sofia Pedro Ana Hiroshi"
    " Yuki Wei Ling Arjun Ananya Liam Charlotte Noah Olivia Ahmed Leila Sven Ingrid Pieter Femke"
)
LAST = words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson"
    " Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis"
    " Robinson Walker Young Allen King Wright Scott Torres Hill Green Adams Baker Nelson Carter Mitchell Roberts"
    " Murphy Kelly Evans Walsh Byrne Schmidt Müller Schneider Fischer Dubois Bernard Rossi Russo Silva Santos"
    " Sato Suzuki Wang Chen Patel Sharma Jansen DeVries Nilsson Berg Novak"
)
ORG_WORDS_A = words(
    "Maple Harbor Summit Cedar Bluebird Granite Riverbend Oakline Northwind Silverleaf Copperfield Lakeshore"
    " Brightside Ironwood Sunflower Redwood Pinecrest Meadowlark Stonebridge Westfield Hillcrest Seaside Evergreen"
    " Goldcrest Foxglove Kestrel Juniper Willow Beacon Atlas Orchard Prairie Canyon Lantern Compass Harvest"
)
ORG_WORDS_B = words(
    "Bakery Dental Plumbing Landscaping Studio Consulting Coffee Roasters Auto Repair Veterinary Fitness Florist"
    " Architects Catering Electric Cleaning Brewing Books Outfitters Design Physio Logistics Realty Pharmacy"
    " Tailors Printing Marketing Construction Farms Salon Law Accounting Hardware Cycles Optics"
)
ORG_SUFFIX = ["LLC", "Inc.", "Co.", "Ltd", "GmbH", "Ltd", "LLC", "& Sons", "Group", "Partners", "", "", ""]

REGIONS = {  # region: (weight, [(time_zone, iana, locale weight list)])
    "NA": (62, [("Eastern Time (US & Canada)", "America/New_York"), ("Central Time (US & Canada)", "America/Chicago"),
                ("Pacific Time (US & Canada)", "America/Los_Angeles"), ("Mountain Time (US & Canada)", "America/Denver"),
                ("Eastern Time (US & Canada)", "America/Toronto")]),
    "EMEA": (24, [("London", "Europe/London"), ("Berlin", "Europe/Berlin"), ("Paris", "Europe/Paris"),
                  ("Amsterdam", "Europe/Amsterdam"), ("Dublin", "Europe/Dublin"), ("Madrid", "Europe/Madrid")]),
    "APAC": (9, [("Sydney", "Australia/Sydney"), ("Tokyo", "Asia/Tokyo"), ("Singapore", "Asia/Singapore"),
                 ("Auckland", "Pacific/Auckland")]),
    "LATAM": (5, [("Brasilia", "America/Sao_Paulo"), ("Mexico City", "America/Mexico_City"),
                  ("Buenos Aires", "America/Argentina/Buenos_Aires")]),
}  # fmt: skip
LOCALE_OF = {
    "America/New_York": "en-US", "America/Chicago": "en-US", "America/Los_Angeles": "en-US",
    "America/Denver": "en-US", "America/Toronto": "en-CA", "Europe/London": "en-GB", "Europe/Berlin": "de",
    "Europe/Paris": "fr", "Europe/Amsterdam": "nl", "Europe/Dublin": "en-GB", "Europe/Madrid": "es",
    "Australia/Sydney": "en-AU", "Asia/Tokyo": "ja", "Asia/Singapore": "en-US", "Pacific/Auckland": "en-AU",
    "America/Sao_Paulo": "pt-BR", "America/Mexico_City": "es", "America/Argentina/Buenos_Aires": "es",
}  # fmt: skip
UTC_OFFSET = {"NA": -5, "EMEA": 1, "APAC": 10, "LATAM": -3}
PLANS = ["starter", "essentials", "business", "enterprise"]

# category: (weight, group, type weights q/i/p/t, subjects)
CATEGORIES: dict[str, tuple[float, int, list[float], list[str]]] = {
    "login": (14, G_T1, [70, 25, 0, 5], ["Can't log in to my account", "Password reset email not arriving",
              "Two-factor code not working", "Locked out after too many attempts", "SSO login loops back to sign-in"]),
    "bank_feeds": (16, G_T2, [25, 70, 3, 2], ["Bank feed not syncing", "Transactions missing from bank feed",
                   "Duplicate transactions imported", "Bank connection keeps asking to re-authenticate",
                   "Bank feed stopped updating"]),
    "invoicing": (15, G_T1, [60, 35, 1, 4], ["Invoice PDF shows the wrong tax", "Recurring invoice was not sent",
                  "How do I add a discount line to an invoice?", "Customer can't pay invoice online",
                  "Change invoice numbering"]),
    "reports": (11, G_T1, [65, 30, 2, 3], ["Profit and loss totals look wrong", "Export report to Excel",
                "Balance sheet doesn't balance", "How do I filter a report by class?", "Cash flow report is blank"]),
    "billing": (13, G_BILL, [70, 10, 0, 20], ["Charged twice this month", "Update the card on file",
                "Please send a copy of our invoice", "Downgrade our plan", "Request a refund", "VAT number on receipts"]),
    "account": (8, G_BILL, [60, 5, 0, 35], ["Add a user to our account", "Change the account owner",
                "Close my account", "Merge two company files", "Remove a former employee's access"]),
    "integrations": (9, G_T2, [40, 55, 3, 2], ["Shopify integration error", "API rate limit exceeded",
                     "Webhook deliveries failing", "Stripe payouts not matching", "Zapier connection expired"]),
    "onboarding": (8, G_ONB, [60, 5, 0, 35], ["Help importing opening balances", "Request a setup call",
                   "Importing customers from a spreadsheet", "Migrating from another accounting tool",
                   "Chart of accounts setup"]),
    "feature_request": (6, G_T1, [85, 0, 0, 15], ["Feature request: multi-currency reports",
                        "Feature request: dark mode", "Feature request: bulk edit transactions",
                        "Feature request: custom invoice templates"]),
}  # fmt: skip
PAYROLL_SUBJECTS = [
    "Payroll run failed", "Direct deposit delayed", "W-2 form question", "Add a new employee to payroll",
    "Pay stub shows wrong deductions", "Set up state tax withholding", "Off-cycle payroll request",
    "Employee can't access their pay stubs",
]  # fmt: skip
TYPES = ["question", "incident", "problem", "task"]
WEEKDAY = [1.38, 1.14, 1.05, 1.0, 0.9, 0.3, 0.27]
MONTH = [1.22, 1.06, 1.05, 1.16, 1.0, 0.95, 0.9, 0.93, 1.0, 1.03, 0.97, 0.86]
HOLIDAYS = {dt.date(2024, 1, 1), dt.date(2024, 7, 4), dt.date(2024, 11, 28), dt.date(2024, 12, 25),
            dt.date(2025, 1, 1), dt.date(2025, 7, 4), dt.date(2024, 12, 24), dt.date(2024, 12, 31)}  # fmt: skip
BAD_REASONS = [  # code, reason, weight
    (0, "No reason provided", 30), (5, "The issue took too long to resolve", 28), (6, "The issue was not resolved", 22),
    (7, "The agent's knowledge is unsatisfactory", 8), (8, "The agent's attitude is unsatisfactory", 4),
    (100, "Some other reason", 8),
]  # fmt: skip
GOOD_COMMENTS = ["Thanks, quick and helpful!", "Great support as always", "Solved my problem, thank you",
                 "Very clear explanation", "Fast answer", "Really patient and kind"]  # fmt: skip
BAD_COMMENTS = ["Took days to get an answer", "Still not fixed", "I had to explain the problem three times",
                "Bank feed still broken", "Nobody called me back", "Canned answer, didn't read my question"]  # fmt: skip


def _in_window(t: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The business window holding `t`, or the next one when `t` is outside business hours."""
    d = t.date()
    while True:
        if d.weekday() < 5 and d not in HOLIDAYS:
            lo = dt.datetime.combine(d, dt.time(BUSINESS_OPEN))
            hi = dt.datetime.combine(d, dt.time(BUSINESS_CLOSE))
            if t < hi:
                return max(lo, t), hi
        d += dt.timedelta(days=1)
        t = dt.datetime.combine(d, dt.time(0))


def add_business(start: dt.datetime, minutes: float) -> dt.datetime:
    """The moment `minutes` business minutes after `start`."""
    t = start
    while True:
        lo, hi = _in_window(t)
        room = (hi - lo).total_seconds() / 60
        if minutes <= room:
            return lo + dt.timedelta(minutes=minutes)
        minutes -= room
        t = hi


def business_between(a: dt.datetime, b: dt.datetime) -> int:
    """Business minutes between `a` and `b`."""
    total = 0.0
    t = a
    while t < b:
        lo, hi = _in_window(t)
        if lo >= b:
            break
        total += (min(hi, b) - lo).total_seconds() / 60
        t = hi
    return round(total)


def _minutes(a: dt.datetime, b: dt.datetime) -> int:
    return round((b - a).total_seconds() / 60)


def _lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0, sigma))


class _Ids:
    """Zendesk-looking 12-digit ids, increasing with creation."""

    def __init__(self, rng: random.Random, base: int) -> None:
        self.rng, self.next = rng, base

    def take(self) -> int:
        self.next += self.rng.randint(1, 9_999)
        return self.next


def _brands() -> list[Row]:
    return [(b[0], b[1], b[2], f"https://{b[2]}.zendesk.com", b[3], True, b[4], b[4] + dt.timedelta(days=400))
            for b in BRANDS]  # fmt: skip


def _groups() -> list[Row]:
    return [(g[0], g[1], g[2], True, False, g[3], g[3] + dt.timedelta(days=200)) for g in GROUPS]


def _organizations(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    ids = _Ids(rng, 361_000_000_000)
    seen: set[str] = set()
    while len(rows) < 640:
        name = f"{rng.choice(ORG_WORDS_A)} {rng.choice(ORG_WORDS_B)}"
        if name in seen:
            continue
        seen.add(name)
        region = weighted(rng, list(REGIONS), [r[0] for r in REGIONS.values()])
        plan = weighted(rng, PLANS, [38, 33, 20, 9])
        seats = {"starter": rng.randint(1, 3), "essentials": rng.randint(2, 10), "business": rng.randint(5, 40),
                 "enterprise": rng.randint(30, 400)}[plan]  # fmt: skip
        suffix = rng.choice(ORG_SUFFIX)
        if region != "EMEA" and suffix == "GmbH":
            suffix = "Inc."
        full = f"{name} {suffix}".strip()
        tld = {"NA": "com", "EMEA": rng.choice(["co.uk", "de", "fr", "nl", "eu", "com"]), "APAC": "com.au",
               "LATAM": "com.br"}[region]  # fmt: skip
        domain = name.lower().replace(" ", "") + "." + tld
        domains = (
            domain
            if rng.random() < 0.85
            else (None if rng.random() < 0.5 else f"{domain} {name.split()[0].lower()}.io")
        )
        created = dt.datetime(2019, 4, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 6 + 60 * 24 * 200))
        tags = f"plan_{plan} {region.lower()}" + (" vip" if plan == "enterprise" and rng.random() < 0.4 else "")
        group = G_ENT if plan == "enterprise" else None
        details = None if rng.random() < 0.7 else rng.choice(["Accountant manages the books", "Uses the API",
                                                              "Franchise, 4 locations", "Non-profit discount"])  # fmt: skip
        external = f"SF-{rng.randint(100000, 999999)}" if plan in ("business", "enterprise") else None
        rows.append((0, full, domains, details, external, group, plan == "enterprise", False, tags, plan,
                     seats, region, created, created))  # fmt: skip
    rows.sort(key=lambda r: r[12])
    return [(ids.take(), *r[1:12], r[12], min(r[12] + dt.timedelta(days=rng.randint(0, 500)), SNAPSHOT)) for r in rows]


def _agents(
    rng: random.Random, ids: _Ids
) -> list[tuple[int, str, str, list[int], dt.date, dt.date | None, float, float]]:
    out: list[tuple[int, str, str, list[int], dt.date, dt.date | None, float, float]] = []
    for name, role, groups, joined, left, speed, quality in AGENTS:
        out.append((ids.take(), name, role, groups, joined, left, speed, quality))
    return out


def _email(name: str, domain: str, rng: random.Random) -> str:
    first, *rest = name.lower().replace("é", "e").replace("ü", "u").replace("á", "a").split()
    last = rest[-1] if rest else "x"
    return weighted(rng, [f"{first}.{last}", f"{first[0]}{last}", f"{first}"], [55, 35, 10]) + "@" + domain


def build() -> Catalog:
    """The whole Zendesk export, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("zendesk_brands", _brands())
    catalog.add("zendesk_groups", _groups())
    orgs = _organizations(rng)
    catalog.add("zendesk_organizations", orgs)

    # --- users: staff first (old ids), then end-users
    uid = _Ids(rng, 372_000_000_000)
    agents = _agents(rng, uid)
    api_user = uid.take()
    staff_rows: list[Row] = []
    for aid, name, role, groups, joined, left, _s, _q in agents:
        created = dt.datetime.combine(joined, dt.time(14, rng.randint(0, 59)))
        last_login = (
            dt.datetime.combine(left, dt.time(21, 3)) if left else SNAPSHOT - dt.timedelta(hours=rng.randint(2, 60))
        )
        tz = weighted(rng, [("Eastern Time (US & Canada)", "America/New_York"), ("Central Time (US & Canada)", "America/Chicago"),
                            ("Pacific Time (US & Canada)", "America/Los_Angeles")], [60, 25, 15])  # fmt: skip
        updated = last_login if left else SNAPSHOT - dt.timedelta(days=rng.randint(1, 90))
        staff_rows.append((aid, name, _email(name, "tallyfold.com", rng), None, role, None, groups[0], tz[0], tz[1],
                           "en-US", left is None, True, False, last_login, created, updated))  # fmt: skip
    staff_rows.append((api_user, API_USER, "integrations@tallyfold.com", None, "admin", None, None,
                       "Eastern Time (US & Canada)", "America/New_York", "en-US", True, True, False,
                       SNAPSHOT - dt.timedelta(minutes=7), dt.datetime(2020, 8, 3, 15, 0), dt.datetime(2025, 2, 1, 12, 0)))  # fmt: skip

    org_weights = zipf_weights(len(orgs), 0.75)
    rng.shuffle(org_weights)
    plan_boost = {"starter": 0.6, "essentials": 1.0, "business": 1.8, "enterprise": 4.0}
    org_weights = [w * plan_boost[o[9]] for w, o in zip(org_weights, orgs, strict=True)]
    # end-users: per organization a few contacts, plus individuals without an organization
    end_users: list[list[object]] = []  # id, name, email, phone, org index or -1, region, tz, iana, locale, weight
    for oi, org in enumerate(orgs):
        n = max(1, min(45, round(math.sqrt(org_weights[oi]) * rng.uniform(9, 15))))
        region = str(org[11])
        domain = str(org[2]).split()[0] if org[2] else "gmail.com"
        silent = rng.random() < 0.07  # a customer that never contacted support
        for k in range(n):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            tz = rng.choice(REGIONS[region][1])
            weight = 0.0 if silent else org_weights[oi] / n * (3 if k == 0 else 1)
            end_users.append(
                [0, name, _email(name, domain, rng), None, oi, region, tz[0], tz[1], LOCALE_OF[tz[1]], weight]
            )
    individual = 0.2 * sum(org_weights) / 1800
    for _ in range(1800):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        region = weighted(rng, list(REGIONS), [r[0] for r in REGIONS.values()])
        tz = rng.choice(REGIONS[region][1])
        mail = _email(name, rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"]), rng)
        end_users.append([0, name, mail, None, -1, region, tz[0], tz[1], LOCALE_OF[tz[1]], individual])
    rng.shuffle(end_users)
    taken: set[str] = set()
    for eu in end_users:
        eu[0] = uid.take()
        mail = str(eu[2])
        k = 1
        while mail in taken:
            k += 1
            local, domain = str(eu[2]).split("@")
            mail = f"{local}{k}@{domain}"
        taken.add(mail)
        eu[2] = mail
        if rng.random() < 0.3:
            eu[3] = (
                f"+1 {rng.randint(200, 989)}-555-{rng.randint(1000, 9999)}"
                if eu[5] == "NA"
                else f"+{rng.randint(30, 61)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
            )
    eu_weights = [float(eu[9]) for eu in end_users]  # type: ignore[arg-type]
    eu_cum = list(itertools.accumulate(eu_weights))
    first_ticket: dict[int, dt.datetime] = {}
    last_ticket: dict[int, dt.datetime] = {}

    # --- tickets, day by day
    tickets: list[list[Any]] = []
    metrics: list[Row] = []
    ratings: list[Row] = []
    tid = 48_211
    mid = _Ids(rng, 389_000_000_000)
    rid = _Ids(rng, 398_000_000_000)
    all_days = days(START, END)
    cat_names = list(CATEGORIES)
    cat_w = [CATEGORIES[c][0] for c in cat_names]
    agent_by_id = {a[0]: a for a in agents}

    def pick_agent(group: int, day: dt.date) -> int | None:
        pool = [a for a in agents if group in a[3] and a[4] <= day and (a[5] is None or a[5] > day)]
        if not pool:
            return None
        w = [1.0 if a[3][0] == group else 0.35 for a in pool]
        return weighted(rng, pool, w)[0]

    outage_problem: int | None = None
    outage_rows: list[int] = []

    for day in all_days:
        months = (day.year - START.year) * 12 + day.month - 1
        base = 52 * (1.032**months) * MONTH[day.month - 1] * WEEKDAY[day.weekday()]
        if day in HOLIDAYS or (day.month == 12 and day.day >= 23):
            base *= 0.35
        n = max(0, round(rng.gauss(base, math.sqrt(base))))
        payroll_share = 0.0 if day < PAYROLL_LAUNCH else min(0.2, 0.04 + 0.012 * ((day - PAYROLL_LAUNCH).days / 30))
        chat_share = 0.0 if day < CHAT_LAUNCH else min(0.27, 0.08 + 0.02 * ((day - CHAT_LAUNCH).days / 30))
        specs: list[tuple[dt.datetime, str | None]] = [(dt.datetime(1, 1, 1), None)] * n
        if day in (OUTAGE_START.date(), OUTAGE_FIXED.date()):
            extra = 260 if day == OUTAGE_START.date() else 150
            for _ in range(extra):
                if day == OUTAGE_START.date():
                    t = OUTAGE_START + dt.timedelta(minutes=min(560, rng.expovariate(1 / 150)) + 3)
                else:
                    t = dt.datetime.combine(day, dt.time(11)) + dt.timedelta(minutes=rng.uniform(0, 640))
                specs.append((t, "outage"))
        for i, (_when, kind) in enumerate(specs):
            if kind is None:
                specs[i] = (dt.datetime.combine(day, dt.time(0)), None)
        specs_sorted: list[tuple[dt.datetime, str | None, str]] = []
        for when, kind in specs:
            brand = BRANDS[0][0]
            r = rng.random()
            if kind is None and r < payroll_share:
                brand = BRANDS[2][0]
            elif kind is None and r < payroll_share + 0.045:
                brand = BRANDS[1][0]
            if kind == "outage":
                channel = weighted(rng, ["email", "web", "chat", "voice"], [35, 30, 25, 10])
            else:
                channel = weighted(
                    rng, ["email", "web", "chat", "voice", "api"],
                    [0.52 * (1 - chat_share), 0.33 * (1 - chat_share), chat_share, 0.10 * (1 - chat_share) + 0.01,
                     0.04 if brand != BRANDS[1][0] else 0.3],
                )  # fmt: skip
                live = channel in ("chat", "voice")
                if live and day.weekday() >= 5:
                    channel = "email"
                    live = False
                if live:
                    hour = rng.uniform(BUSINESS_OPEN, BUSINESS_CLOSE - 0.1)
                elif rng.random() < 0.2:
                    hour = rng.gauss(10.5, 2.2)  # Europe's morning
                elif rng.random() < 0.06:
                    hour = rng.uniform(0, 24)
                else:
                    hour = rng.gauss(17.5, 3.2)
                hour = hour % 24
                when = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(hours=hour)
            specs_sorted.append((when, kind, f"{brand}:{channel}"))
        specs_sorted.sort(key=lambda s: s[0])

        for when, kind, bc in specs_sorted:
            brand_s, channel = bc.split(":")
            brand = int(brand_s)
            created = when.replace(microsecond=0)
            # requester
            ri = rng.choices(range(len(end_users)), cum_weights=eu_cum)[0]
            eu = end_users[ri]
            req = int(eu[0])  # type: ignore[arg-type]
            oi = int(eu[4])  # type: ignore[arg-type]
            org = orgs[oi] if oi >= 0 else None
            plan = str(org[9]) if org else "starter"
            first_ticket.setdefault(req, created)
            last_ticket[req] = created
            # category, group, type, priority
            if kind == "outage":
                cat = "bank_feeds"
                subject = rng.choice(["Bank feeds down?", "Bank feed not syncing since this morning",
                                      "Transactions not importing - urgent", "Is there an outage?",
                                      "Bank connection error 503"])  # fmt: skip
                group = G_ESC
                ttype: str | None = "incident"
                priority: str | None = weighted(rng, ["normal", "high", "emergency"], [25, 55, 20])
            elif brand == BRANDS[2][0]:
                cat = "payroll"
                subject = rng.choice(PAYROLL_SUBJECTS)
                group = G_PAY
                ttype = weighted(rng, TYPES, [55, 35, 2, 8])
                priority = weighted(rng, ["low", "normal", "high", "emergency"], [10, 50, 30, 10])
            else:
                cat = weighted(rng, cat_names, cat_w)
                if day.month in (1, 4) and cat == "reports":
                    cat = "reports"
                subject = rng.choice(CATEGORIES[cat][3])
                group = CATEGORIES[cat][1]
                if group == G_T1 and rng.random() < 0.12:
                    group = G_T2
                if group in (G_T2,) and rng.random() < 0.08:
                    group = G_ESC
                if plan == "enterprise" and rng.random() < 0.6:
                    group = G_ENT
                ttype = weighted(rng, TYPES, CATEGORIES[cat][2])
                pw = {"starter": [25, 58, 14, 3], "essentials": [20, 58, 18, 4], "business": [14, 56, 24, 6],
                      "enterprise": [8, 44, 33, 15]}[plan]  # fmt: skip
                priority = weighted(rng, ["low", "normal", "high", "emergency"], pw)
            untriaged = kind is None and rng.random() < (0.22 if channel in ("api", "web") else 0.1)
            if untriaged:
                priority = None
                ttype = None if rng.random() < 0.8 else ttype
            # submitter
            submitter = req
            if channel == "voice":
                submitter = -1  # the agent who took the call, set below
            elif channel == "api":
                submitter = api_user
            elif channel == "web" and rng.random() < 0.05:
                submitter = -1
            speed_plan = {"starter": 1.1, "essentials": 1.0, "business": 0.9, "enterprise": 0.7}[plan]
            prio_f = {"emergency": 0.35, "high": 0.65, "normal": 1.0, "low": 1.4, None: 1.3}[priority]
            assignee = pick_agent(group, day)
            if assignee is None:
                assignee = pick_agent(G_T1, day)
            assert assignee is not None
            a_speed, a_quality = agent_by_id[assignee][6], agent_by_id[assignee][7]
            load = 1.0 + 0.25 * max(0.0, months - 14) / 8  # staffing lags growth in 2025
            if kind == "outage":
                load = 3.0
            # first reply
            if channel == "chat":
                reply_at: dt.datetime | None = created + dt.timedelta(
                    minutes=max(0.3, _lognormal(rng, 1.8 * load, 0.7))
                )
            elif channel == "voice":
                reply_at = created + dt.timedelta(minutes=rng.uniform(0, 3))
            else:
                med = 95 * speed_plan * prio_f * a_speed * load * (0.5 if channel == "api" else 1.0)
                reply_at = add_business(created, _lognormal(rng, med, 1.0))
            if rng.random() < 0.04 and channel in ("email", "web", "api"):
                reply_at = None  # solved without a public reply (duplicate, spam, self-solved)
            # resolution
            type_f = {"question": 1.0, "incident": 2.2, "problem": 6.0, "task": 3.0, None: 1.4}[ttype]
            cat_f = 1.6 if cat in ("bank_feeds", "integrations") else 1.0
            solve_bm = _lognormal(rng, 260 * type_f * cat_f * prio_f * a_speed * speed_plan * load, 1.05)
            if channel == "chat" and rng.random() < 0.55:
                solve_bm = _lognormal(rng, 14, 0.6)
            replies = 0 if reply_at is None else weighted(rng, [1, 2, 3, 4, 5, 6, 8], [48, 24, 12, 7, 4, 3, 2])
            if ttype in ("problem", "incident") and replies:
                replies += weighted(rng, [0, 1, 2], [50, 35, 15])
            pending_cal = 0.0
            if replies >= 2 and rng.random() < 0.6:
                pending_cal = _lognormal(rng, 60 * 20, 1.2)
            hold_cal = 0.0
            if group in (G_T2, G_ESC) and rng.random() < 0.12:
                hold_cal = _lognormal(rng, 60 * 24 * 4, 1.0)
            solved_first = add_business(reply_at or created, solve_bm) + dt.timedelta(minutes=pending_cal + hold_cal)
            if reply_at is None:
                solved_first = add_business(created, _lognormal(rng, 180, 1.0))
            if kind == "outage":
                solved_first = OUTAGE_FIXED + dt.timedelta(minutes=rng.uniform(2, 40))
                pending_cal = hold_cal = 0.0
            stuck = kind is None and rng.random() < 0.006
            if stuck:  # waiting on engineering for weeks
                hold_cal = _lognormal(rng, 60 * 24 * 45, 0.6)
                solved_first = solved_first + dt.timedelta(minutes=hold_cal)
            reopens = 0
            solved_last = solved_first
            if rng.random() < (0.085 if kind is None else 0.03):
                reopens = weighted(rng, [1, 2, 3], [80, 16, 4])
                for _ in range(reopens):
                    solved_last = add_business(solved_last + dt.timedelta(minutes=_lognormal(rng, 60 * 30, 1.0)),
                                               _lognormal(rng, 240, 1.0))  # fmt: skip
                replies += reopens + rng.randint(0, reopens)
            # stations
            group_stations = 1 if rng.random() < 0.84 else weighted(rng, [2, 3, 4], [75, 20, 5])
            assignee_stations = 1 if rng.random() < 0.78 else weighted(rng, [2, 3, 4], [70, 23, 7])
            if group_stations > 1 and assignee_stations == 1:
                assignee_stations = 2
            first_assign = created + dt.timedelta(
                minutes=(rng.uniform(0, 2) if channel in ("chat", "voice") else _lognormal(rng, 25, 1.2))
            )
            if reply_at is not None and first_assign > reply_at:
                first_assign = reply_at - dt.timedelta(seconds=rng.randint(5, 120))
            if first_assign < created:
                first_assign = created + dt.timedelta(seconds=20)
            last_assign = first_assign
            if assignee_stations > 1:
                last_assign = first_assign + (solved_first - first_assign) * rng.uniform(0.2, 0.8)
            if submitter == -1:
                submitter = assignee if channel == "voice" or rng.random() < 0.7 else pick_agent(G_T1, day) or assignee
            # status at the snapshot
            status: str
            solved_at: dt.datetime | None = solved_last
            reply_seen = reply_at if reply_at is not None and reply_at <= SNAPSHOT else None
            first_res: dt.datetime | None = solved_first
            if solved_last > SNAPSHOT:
                solved_at = None
                if solved_first > SNAPSHOT:
                    first_res = None
                fresh = created > SNAPSHOT - dt.timedelta(hours=40) and rng.random() < 0.45
                if first_assign > SNAPSHOT or fresh or (reply_seen is None and rng.random() < 0.7):
                    status = "new"
                    first_assign_s: dt.datetime | None = None
                    assignee_s: int | None = None
                    reply_seen = None
                    replies = 0
                    reopens = 0
                    group_stations = 1 if rng.random() < 0.6 else 0
                    assignee_stations = 0
                else:
                    first_assign_s, assignee_s = first_assign, assignee
                    if (reply_seen is None and rng.random() < 0.5) or rng.random() < 0.08:
                        first_assign_s = assignee_s = None  # triaged to a group, nobody picked it up
                        assignee_stations = 0
                    if stuck or hold_cal > 0:
                        status = "on-hold"
                    elif reply_seen is not None and rng.random() < 0.45:
                        status = "pending"
                    else:
                        status = "open"
                    if reply_seen is None:
                        replies = 0
                    elif first_res is None:
                        replies = max(1, min(replies, 1 + (SNAPSHOT - reply_seen).days))
                    if first_res is None:
                        reopens = 0
                    if last_assign > SNAPSHOT:
                        last_assign = first_assign
                        assignee_stations = 1
            else:
                first_assign_s, assignee_s = first_assign, assignee
                status = "closed" if solved_last + dt.timedelta(days=4) <= SNAPSHOT else "solved"
            if status == "new" and rng.random() < 0.35 and channel != "voice":
                group_s: int | None = None
            else:
                group_s = group
            if status == "new" or assignee_s is None:
                last_assign_s: dt.datetime | None = None
            else:
                last_assign_s = last_assign
            # ticket row
            tags = [cat, f"plan_{plan}"]
            if kind == "outage":
                tags.append("outage_2025_03")
            if org and "vip" in str(org[8]):
                tags.append("vip")
            if group_stations > 1 and status != "new":
                tags.append("escalated")
            if ttype == "incident" and cat in ("bank_feeds", "integrations") and rng.random() < 0.2:
                tags.append("bug")
            if channel == "chat":
                tags.append("zopim_chat")
            if channel == "voice":
                tags.append("voice_inbound")
            due_at = None
            if ttype == "task":
                due_at = dt.datetime.combine(created.date() + dt.timedelta(days=rng.randint(2, 14)), dt.time(22, 0))
            if status in ("solved", "closed"):
                assert solved_at is not None
                updated = (
                    solved_at + dt.timedelta(days=4, minutes=rng.randint(1, 59)) if status == "closed" else solved_at
                )
            else:
                updated = max(x for x in (created, reply_seen, last_assign_s) if x is not None)
                updated = min(updated + dt.timedelta(minutes=rng.randint(0, 600)), SNAPSHOT - dt.timedelta(minutes=1))
            tickets.append([tid, created, updated, ttype, subject, priority, status, req, submitter, assignee_s,
                            org[0] if org else None, group_s, brand, None, False, True, due_at, channel,
                            " ".join(tags)])  # type: ignore[arg-type]  # fmt: skip
            if kind == "outage":
                outage_rows.append(len(tickets) - 1)
            # metrics row
            if reply_seen is not None:
                rep_cal: int | None = max(0, _minutes(created, reply_seen))
                rep_bus: int | None = business_between(created, reply_seen)
            else:
                rep_cal = rep_bus = None
            if first_res is not None:
                fr_cal: int | None = _minutes(created, first_res)
                fr_bus: int | None = business_between(created, first_res)
            else:
                fr_cal = fr_bus = None
            if solved_at is not None:
                full_cal: int | None = _minutes(created, solved_at)
                full_bus: int | None = business_between(created, solved_at)
                aw_cal: int | None = round(pending_cal)
                aw_bus: int | None = round(pending_cal * 0.3)
                oh_cal: int | None = round(hold_cal)
                oh_bus: int | None = round(hold_cal * 0.29)
                rw_cal: int | None = max(0, full_cal - aw_cal - oh_cal)
                rw_bus: int | None = max(0, full_bus - aw_bus - oh_bus)
                status_upd = solved_at if status == "solved" else updated
            else:
                full_cal = full_bus = aw_cal = aw_bus = oh_cal = oh_bus = rw_cal = rw_bus = None
                status_upd = updated
            latest = reply_seen if replies else None
            if solved_at is not None and latest is not None:
                latest = solved_at - dt.timedelta(minutes=rng.randint(0, 5))
            metrics.append((mid.take(), tid, created, updated, group_stations if group_s else 0, assignee_stations,
                            reopens, replies, last_assign_s, created, status_upd, first_assign_s, last_assign_s,
                            solved_at, latest, rep_cal, rep_bus, fr_cal, fr_bus, full_cal, full_bus, aw_cal,
                            aw_bus, rw_cal, rw_bus, oh_cal, oh_bus))  # fmt: skip
            # satisfaction
            if solved_at is not None and channel != "api":
                rated_at = solved_at + dt.timedelta(hours=rng.uniform(0.5, 30))
                if brand == BRANDS[1][0]:
                    score = "unoffered"
                elif rng.random() < 0.3 and rated_at < SNAPSHOT:
                    full_days = (full_cal or 0) / 1440
                    p_bad = 0.07 * a_quality + 0.03 * min(full_days, 10) + 0.12 * reopens
                    if kind == "outage":
                        p_bad = 0.55
                    score = "bad" if rng.random() < min(0.8, p_bad) else "good"
                else:
                    score = "offered"
                comment = None
                code = None
                if score == "bad":
                    code, _reason, _w = weighted(rng, BAD_REASONS, [b[2] for b in BAD_REASONS])
                    if kind == "outage" and rng.random() < 0.6:
                        code = 5  # the issue took too long to resolve
                    comment = rng.choice(BAD_COMMENTS) if rng.random() < 0.6 else None
                elif score == "good" and rng.random() < 0.4:
                    comment = rng.choice(GOOD_COMMENTS)
                if score in ("good", "bad"):
                    created_r = rated_at + dt.timedelta(minutes=rng.randint(1, 600))
                    created_r = min(created_r, SNAPSHOT - dt.timedelta(minutes=5))
                else:
                    created_r = min(rated_at, SNAPSHOT - dt.timedelta(minutes=5))
                ratings.append((rid.take(), tid, assignee_s, group_s, req, score, comment, code, created_r, created_r))
            tid += 1

        if day == OUTAGE_START.date() and outage_problem is None:
            # the problem ticket the incidents are linked to, filed by an escalation engineer
            pt = tid
            tid += 1
            ptime = OUTAGE_START + dt.timedelta(minutes=34)
            eng = agents[1][0]
            solved = OUTAGE_FIXED
            tickets.append([pt, ptime, solved + dt.timedelta(days=4, minutes=12), "problem",
                            "Bank feed sync failing for all banks (aggregator outage)", "emergency", "closed", eng, eng,
                            eng, None, G_ESC, BRANDS[0][0], None, True, False, None, "web",
                            "bank_feeds outage_2025_03 bug"])  # type: ignore[arg-type]  # fmt: skip
            metrics.append((mid.take(), pt, ptime, solved + dt.timedelta(days=4, minutes=12), 1, 1, 0, 3, ptime, ptime,
                            solved + dt.timedelta(days=4, minutes=12), ptime, ptime, solved, solved,
                            None, None, _minutes(ptime, solved), business_between(ptime, solved),
                            _minutes(ptime, solved), business_between(ptime, solved), 0, 0,
                            _minutes(ptime, solved), business_between(ptime, solved), 0, 0))  # fmt: skip
            outage_problem = pt
    for i in outage_rows:
        tickets[i][13] = outage_problem
    # a few other incidents linked to ordinary problem tickets
    problems = [t for t in tickets if t[3] == "problem" and t[0] != outage_problem]
    for t in tickets:
        if t[3] == "incident" and t[13] is None and rng.random() < 0.06 and problems:
            p = rng.choice(problems)
            if p[1] <= t[1]:
                t[13] = p[0]
                p[14] = True
    catalog_tickets: list[Row] = [tuple(t) for t in tickets]  # type: ignore[arg-type]

    # users: end-users created before their first ticket
    user_rows: list[Row] = list(staff_rows)
    for eu in end_users:
        u = int(eu[0])  # type: ignore[arg-type]
        first = first_ticket.get(u)
        if first is not None:
            created = (
                first - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 500))
                if rng.random() < 0.6
                else first - dt.timedelta(seconds=rng.randint(1, 50))
            )
            created = max(created, dt.datetime(2019, 4, 1))
            last_login = last_ticket[u] + dt.timedelta(hours=rng.uniform(0, 48)) if rng.random() < 0.7 else None
        else:
            created = dt.datetime(2019, 4, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 2400))
            last_login = None
        if last_login is not None and last_login > SNAPSHOT:
            last_login = SNAPSHOT - dt.timedelta(minutes=3)
        oi = int(eu[4])  # type: ignore[arg-type]
        org_id = orgs[oi][0] if oi >= 0 else None
        updated = max(created, last_login or created)
        user_rows.append((u, eu[1], eu[2], eu[3], "end-user", org_id, None, eu[6], eu[7], eu[8], True,
                          rng.random() < 0.9, rng.random() < 0.004, last_login, created, updated))  # fmt: skip
    user_rows.sort(key=lambda r: r[0])
    catalog.add("zendesk_users", user_rows)
    gm: list[Row] = []
    gid = _Ids(rng, 370_000_000_000)
    for aid, _n, _r, groups, joined, _left, _s, _q in agents:
        for g in groups:
            start = max(dt.datetime.combine(joined, dt.time(15, 0)), next(x[3] for x in GROUPS if x[0] == g))
            gm.append((gid.take(), aid, g, start, start))
    catalog.add("zendesk_group_memberships", gm)
    catalog.add("zendesk_tickets", catalog_tickets)
    catalog.add("zendesk_ticket_metrics", metrics)
    catalog.add("zendesk_satisfaction_ratings", ratings)
    return catalog
