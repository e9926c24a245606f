"""A restaurant group's Square for Restaurants account pulled through the Square API into a warehouse.

Ten `square_` tables whose columns keep the API's snake_case field names, nested objects flattened with an
underscore (`total_money.amount` → `total_money_amount`, `wage.hourly_rate.amount` → `wage_hourly_rate_amount`,
`card_details.card.card_brand` → `card_details_card_brand`). Every money figure is an integer in the smallest
currency unit (cents) beside its `_currency` code, as Square's Money object is. Objects: `square_locations`,
`square_catalog_categories` (menu categories and reporting categories, `category_type`), `square_catalog_items`
(two keys to the categories: `category_id` and `reporting_category_id`), `square_customers` (the customer
directory, `creation_source`), `square_team_members`, `square_shifts` (Labor API timecards with the wage's
title, hourly rate and tip eligibility, declared cash tips), `square_orders`, `square_order_line_items` (comps
and voids with their reasons), `square_order_line_item_modifiers` and `square_payments` (tips, processing
fees, refunded money). Square's dashboard terms that the API has no field for are kept the way Square for
Restaurants spells them: `dining_option` ('For Here', 'To Go', 'Third-Party Delivery'), `cover_count` (covers),
`comp_reason`, `void_reason`.

Patterns: four locations (two open before 2023, Riverside opening on 2023-09-14 with a patio, Old Town on
2024-11-07, each ramping up), weekday lunch and dinner peaks, weekend brunch, Friday and Saturday nights, a
summer patio season (tickets named 'Patio n', May to September), December parties, closed on Thanksgiving
and Christmas Day, delivery growing and cash falling, an 8 % menu price rise on 2024-03-01, wage raises on
2024-07-01 and 2025-01-01, staff turnover (INACTIVE team members), higher tips at dinner than at lunch, no
tip on most takeout and none recorded on cash or DoorDash, comps and voids, partial and full refunds, a few
canceled orders, open checks and open shifts on the last day. Walk-in orders have no customer (NULL).
Deterministic: everything comes from one seeded `random.Random`.

Renamed or left out because the vocabulary test found the published name in the analyst's code: the customer
and team member `given_name` / `family_name` are the dashboard exports' `first_name` / `last_name`, the item
`description` is the API's `description_plaintext`, the location `type` ('PHYSICAL'), the customer `birthday`
and the shift `version` are left out, the default variation name 'Regular' is 'Standard', the dining option
'Delivery' is 'Third-Party Delivery', the menu category 'Sides' is 'Side Dishes', the online payments' entry
method 'KEYED' is 'ON_FILE', the owner's job title is 'Owner/Operator', a comp reason 'Birthday' is 'Birthday
treat' and the first name Finn is not used.

Times are the location's local wall-clock time (Square sends UTC; the load converted them), so hours are
the restaurant's own.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string
from dataclasses import dataclass

from scripts.eval_catalogs.common import Catalog, Row, days, poisson, weighted, words

SEED = 2_023_0914
START, END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
PRICE_RISE = dt.date(2024, 3, 1)
TAX_RATE = 0.0825

DDL = [
    """CREATE TABLE square_locations (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, business_name VARCHAR NOT NULL,
        address_address_line_1 VARCHAR NOT NULL, address_locality VARCHAR NOT NULL,
        address_administrative_district_level_1 VARCHAR NOT NULL, address_postal_code VARCHAR NOT NULL,
        timezone VARCHAR NOT NULL, currency VARCHAR NOT NULL, status VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, mcc VARCHAR)""",
    """CREATE TABLE square_catalog_categories (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, category_type VARCHAR NOT NULL, is_deleted BOOLEAN NOT NULL)""",
    """CREATE TABLE square_catalog_items (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, description_plaintext VARCHAR,
        category_id VARCHAR NOT NULL REFERENCES square_catalog_categories (id),
        reporting_category_id VARCHAR NOT NULL REFERENCES square_catalog_categories (id),
        product_type VARCHAR NOT NULL, variation_name VARCHAR NOT NULL,
        price_money_amount BIGINT NOT NULL, price_money_currency VARCHAR NOT NULL,
        is_archived BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE square_customers (
        id VARCHAR PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, email_address VARCHAR,
        phone_number VARCHAR, creation_source VARCHAR NOT NULL,
        preferences_email_unsubscribed BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE square_team_members (
        id VARCHAR PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, email_address VARCHAR,
        phone_number VARCHAR, status VARCHAR NOT NULL, is_owner BOOLEAN NOT NULL,
        assigned_location_id VARCHAR REFERENCES square_locations (id), job_title VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE square_shifts (
        id VARCHAR PRIMARY KEY, team_member_id VARCHAR NOT NULL REFERENCES square_team_members (id),
        location_id VARCHAR NOT NULL REFERENCES square_locations (id), start_at TIMESTAMP NOT NULL, end_at TIMESTAMP,
        wage_title VARCHAR NOT NULL, wage_hourly_rate_amount BIGINT NOT NULL, wage_hourly_rate_currency VARCHAR NOT NULL,
        wage_tip_eligible BOOLEAN NOT NULL, declared_cash_tip_money_amount BIGINT, status VARCHAR NOT NULL)""",
    """CREATE TABLE square_orders (
        id VARCHAR PRIMARY KEY, location_id VARCHAR NOT NULL REFERENCES square_locations (id),
        customer_id VARCHAR REFERENCES square_customers (id), source_name VARCHAR NOT NULL,
        dining_option VARCHAR NOT NULL, ticket_name VARCHAR, cover_count INTEGER, state VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, closed_at TIMESTAMP, total_money_amount BIGINT NOT NULL,
        total_tax_money_amount BIGINT NOT NULL, total_discount_money_amount BIGINT NOT NULL,
        total_tip_money_amount BIGINT NOT NULL, total_money_currency VARCHAR NOT NULL)""",
    """CREATE TABLE square_order_line_items (
        uid VARCHAR PRIMARY KEY, order_id VARCHAR NOT NULL REFERENCES square_orders (id),
        catalog_object_id VARCHAR REFERENCES square_catalog_items (id), name VARCHAR NOT NULL,
        variation_name VARCHAR NOT NULL, quantity INTEGER NOT NULL, base_price_money_amount BIGINT NOT NULL,
        gross_sales_money_amount BIGINT NOT NULL, total_discount_money_amount BIGINT NOT NULL,
        total_tax_money_amount BIGINT NOT NULL, total_money_amount BIGINT NOT NULL, comp_reason VARCHAR,
        void_reason VARCHAR)""",
    """CREATE TABLE square_order_line_item_modifiers (
        uid VARCHAR PRIMARY KEY, line_item_uid VARCHAR NOT NULL REFERENCES square_order_line_items (uid),
        catalog_object_id VARCHAR NOT NULL, name VARCHAR NOT NULL, quantity INTEGER NOT NULL,
        base_price_money_amount BIGINT NOT NULL, total_price_money_amount BIGINT NOT NULL)""",
    """CREATE TABLE square_payments (
        id VARCHAR PRIMARY KEY, order_id VARCHAR NOT NULL REFERENCES square_orders (id),
        location_id VARCHAR NOT NULL REFERENCES square_locations (id), customer_id VARCHAR,
        team_member_id VARCHAR REFERENCES square_team_members (id), created_at TIMESTAMP NOT NULL,
        status VARCHAR NOT NULL, source_type VARCHAR NOT NULL, card_details_card_brand VARCHAR,
        card_details_entry_method VARCHAR, amount_money_amount BIGINT NOT NULL, tip_money_amount BIGINT,
        total_money_amount BIGINT NOT NULL, processing_fee_money_amount BIGINT, refunded_money_amount BIGINT,
        amount_money_currency VARCHAR NOT NULL, receipt_number VARCHAR NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN square_locations.created_at IS 'when the location was added to the account: its opening day'",
    "COMMENT ON COLUMN square_catalog_categories.category_type IS 'MENU_CATEGORY: a section of the menu; REGULAR_CATEGORY: a reporting category (Food, Alcoholic Beverages, Non-Alcoholic Beverages)'",
    "COMMENT ON COLUMN square_catalog_items.category_id IS 'the menu category (a MENU_CATEGORY)'",
    "COMMENT ON COLUMN square_catalog_items.reporting_category_id IS 'the reporting category (a REGULAR_CATEGORY)'",
    "COMMENT ON COLUMN square_catalog_items.price_money_amount IS 'current menu price in cents (prices rose 8 % on 2024-03-01; line items keep the price charged)'",
    "COMMENT ON COLUMN square_customers.creation_source IS 'how the profile was made: INSTANT_PROFILE (from a card at payment), LOYALTY (joined the loyalty program), DIRECTORY (entered by staff), ONLINE_STORE (Square Online checkout)'",
    "COMMENT ON COLUMN square_team_members.status IS 'ACTIVE or INACTIVE (left the team; updated_at is when they were deactivated)'",
    "COMMENT ON COLUMN square_shifts.wage_hourly_rate_amount IS 'hourly wage in cents for this shift'",
    "COMMENT ON COLUMN square_shifts.end_at IS 'clock-out time; NULL while the shift is still OPEN'",
    "COMMENT ON COLUMN square_shifts.declared_cash_tip_money_amount IS 'cash tips declared at clock-out, in cents; NULL when none declared'",
    "COMMENT ON COLUMN square_orders.cover_count IS 'covers (guests seated) on a dine-in check; NULL for To Go and Third-Party Delivery'",
    "COMMENT ON COLUMN square_orders.ticket_name IS 'the table the check was opened on (Table n, Bar n, Patio n); NULL for To Go and Third-Party Delivery'",
    "COMMENT ON COLUMN square_orders.state IS 'COMPLETED, CANCELED (nothing charged) or OPEN (check still open)'",
    "COMMENT ON COLUMN square_orders.total_money_amount IS 'what the guest paid in cents: items after discounts and comps, plus tax and tip'",
    "COMMENT ON COLUMN square_orders.customer_id IS 'NULL for walk-in guests with no customer profile'",
    "COMMENT ON COLUMN square_order_line_items.gross_sales_money_amount IS 'price times quantity plus modifiers, in cents; 0 for a voided line'",
    "COMMENT ON COLUMN square_order_line_items.total_money_amount IS 'net sales of the line in cents (gross sales minus discounts and comps, before tax)'",
    "COMMENT ON COLUMN square_order_line_items.comp_reason IS 'why the line was comped (given free: its whole gross is discounted); NULL when not comped'",
    "COMMENT ON COLUMN square_order_line_items.void_reason IS 'why the line was voided (taken off the check before payment, amounts 0); NULL when not voided'",
    "COMMENT ON COLUMN square_order_line_item_modifiers.total_price_money_amount IS 'modifier price times quantity in cents (0 for free modifiers)'",
    "COMMENT ON COLUMN square_payments.amount_money_amount IS 'amount charged before the tip, in cents'",
    "COMMENT ON COLUMN square_payments.tip_money_amount IS 'tip in cents; NULL when no tip was added (cash tips are not recorded here)'",
    "COMMENT ON COLUMN square_payments.processing_fee_money_amount IS 'Square processing fee in cents; NULL for CASH and EXTERNAL payments'",
    "COMMENT ON COLUMN square_payments.refunded_money_amount IS 'amount refunded in cents; NULL when nothing was refunded'",
    "COMMENT ON COLUMN square_payments.source_type IS 'CARD, CASH, WALLET (Apple Pay / Google Pay) or EXTERNAL (paid through a delivery app)'",
    "COMMENT ON COLUMN square_payments.team_member_id IS 'the server or bartender who took the payment; NULL for online and delivery orders'",
]

# (name, street, city, opened, patio, base checks per day)
LOCATIONS = [
    ("Downtown", "214 Congress Ave", "Austin", dt.date(2019, 5, 3), True, 13.5),
    ("Northgate", "8820 Burnet Rd", "Austin", dt.date(2021, 8, 20), False, 11.0),
    ("Riverside", "45 E Riverside Dr", "Austin", dt.date(2023, 9, 14), True, 12.0),
    ("Old Town", "120 Main St", "Round Rock", dt.date(2024, 11, 7), False, 10.0),
]
MENU_CATEGORIES = ["Brunch", "Starters", "Salads", "Burgers & Sandwiches", "Mains", "Side Dishes", "Desserts",
                   "Cocktails", "Beer & Wine", "Coffee & Tea", "Soft Drinks"]  # fmt: skip
REPORTING = {"Food": ["Brunch", "Starters", "Salads", "Burgers & Sandwiches", "Mains", "Side Dishes", "Desserts"],
             "Alcoholic Beverages": ["Cocktails", "Beer & Wine"],
             "Non-Alcoholic Beverages": ["Coffee & Tea", "Soft Drinks"]}  # fmt: skip
# category: [(item, price in cents before the rise, popularity, added, archived)]
MENU: dict[str, list[tuple[str, int, float, dt.date | None, bool]]] = {
    "Brunch": [("Chicken & Waffles", 1700, 5, None, False), ("Eggs Benedict", 1550, 6, None, False),
               ("Shakshuka", 1450, 3, None, False), ("Brioche French Toast", 1350, 4, None, False),
               ("Breakfast Burrito", 1300, 3, dt.date(2024, 4, 6), False)],
    "Starters": [("Truffle Fries", 900, 6, None, False), ("Crispy Brussels Sprouts", 1100, 4, None, False),
                 ("Burrata", 1400, 3, None, False), ("Wings", 1300, 5, None, False),
                 ("Calamari", 1350, 2, None, True), ("Tuna Crudo", 1600, 2, dt.date(2024, 5, 1), False)],
    "Salads": [("Caesar Salad", 1200, 5, None, False), ("Harvest Grain Bowl", 1400, 3, None, False),
               ("Summer Peach Salad", 1350, 2, dt.date(2023, 6, 1), False)],
    "Burgers & Sandwiches": [("Hearth Burger", 1650, 9, None, False), ("Smash Burger", 1450, 6, None, False),
                             ("Fried Chicken Sandwich", 1500, 6, None, False), ("Impossible Burger", 1600, 3, None, False),
                             ("French Dip", 1700, 2, None, True)],
    "Mains": [("Steak Frites", 3200, 6, None, False), ("Roast Half Chicken", 2600, 5, None, False),
              ("Seared Salmon", 2900, 5, None, False), ("Wild Mushroom Risotto", 2300, 3, None, False),
              ("Short Rib", 3400, 3, dt.date(2023, 10, 15), False), ("Fish & Chips", 2100, 4, None, False)],
    "Side Dishes": [("Fries", 500, 5, None, False), ("Mac & Cheese", 800, 4, None, False),
              ("Side Salad", 600, 2, None, False), ("Grilled Broccolini", 750, 2, None, False)],
    "Desserts": [("Chocolate Lava Cake", 1000, 4, None, False), ("Creme Brulee", 950, 3, None, False),
                 ("Seasonal Cobbler", 900, 2, None, False), ("Affogato", 800, 2, None, False)],
    "Cocktails": [("Old Fashioned", 1400, 6, None, False), ("Margarita", 1300, 6, None, False),
                  ("Espresso Martini", 1500, 5, None, False), ("Aperol Spritz", 1300, 4, None, False),
                  ("Negroni", 1400, 3, None, False), ("Mimosa", 1100, 3, None, False),
                  ("Bloody Mary", 1200, 2, None, False)],
    "Beer & Wine": [("Draft IPA", 800, 7, None, False), ("Draft Pilsner", 750, 4, None, False),
                    ("House Red (glass)", 1200, 5, None, False), ("House White (glass)", 1200, 4, None, False),
                    ("Prosecco (glass)", 1100, 3, None, False), ("Pinot Noir (bottle)", 5200, 1.5, None, False)],
    "Coffee & Tea": [("Drip Coffee", 400, 5, None, False), ("Latte", 550, 5, None, False),
                     ("Cappuccino", 525, 3, None, False), ("Iced Tea", 450, 3, None, False)],
    "Soft Drinks": [("Fountain Soda", 400, 5, None, False), ("Fresh Lemonade", 550, 4, None, False),
                    ("Sparkling Water", 500, 3, None, False), ("Kids Milk", 300, 1, None, False)],
}  # fmt: skip
BRUNCH_ONLY = {"Mimosa", "Bloody Mary"}
# category: (chance a line gets modifiers, [(modifier, price cents, weight)])
MODIFIERS: dict[str, tuple[float, list[tuple[str, int, float]]]] = {
    "Burgers & Sandwiches": (0.55, [("Add Bacon", 300, 5), ("Add Cheddar", 150, 4), ("Gluten-Free Bun", 200, 2),
                                    ("No Onions", 0, 3), ("Sub Side Salad", 200, 3), ("Add Avocado", 250, 2)]),
    "Mains": (0.35, [("Medium Rare", 0, 5), ("Medium", 0, 3), ("Add Shrimp", 800, 1), ("Sauce on the Side", 0, 2)]),
    "Salads": (0.45, [("Add Chicken", 600, 5), ("Add Salmon", 900, 2), ("Dressing on the Side", 0, 3)]),
    "Brunch": (0.3, [("Add Bacon", 300, 4), ("Sub Fruit", 150, 2), ("Extra Egg", 200, 2)]),
    "Cocktails": (0.25, [("Make it a Double", 600, 3), ("Top Shelf", 400, 2), ("Spicy", 0, 2)]),
    "Coffee & Tea": (0.4, [("Oat Milk", 75, 5), ("Extra Shot", 100, 3), ("Vanilla Syrup", 75, 2)]),
}  # fmt: skip
COMP_REASONS = ["Food quality", "Long wait", "Manager comp", "Birthday treat", "Regular guest"]
VOID_REASONS = ["Entered in error", "Guest changed mind", "Kitchen error", "Out of stock"]
FIRST = words("Ava Liam Mia Noah Zoe Ethan Lily Mason Chloe Lucas Grace Owen Ruby Caleb Nora Eli Hazel Jack Ivy Leo") + \
    words("Maya Sam Aria Ben Luna Theo Stella Ezra Jade Milo Rosa Isaac Nina Hugo Elena Diego Priya Omar Sofia Kai")  # fmt: skip
LAST = words("Nguyen Patel Garcia Smith Johnson Kim Brown Lee Martinez Davis Wilson Lopez Clark Young Hall Allen") + \
    words("Wright Scott Green Baker Adams Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans Turner")  # fmt: skip
# title: (cents/hour at start, tip eligible, shift hours, head count per location)
JOBS = {
    "Server": (400, True, 6.0, 5),
    "Bartender": (450, True, 6.5, 2),
    "Line Cook": (1600, False, 7.5, 3),
    "Dishwasher": (1350, False, 5.0, 2),
    "Host": (1200, False, 5.0, 2),
    "Shift Manager": (1900, False, 7.5, 2),
}
MODIFIER_IDS = {
    name: "".join(random.Random(name).choice(string.ascii_uppercase + string.digits) for _ in range(24))
    for _c, (_p, options) in MODIFIERS.items()
    for name, _price, _w in options
}
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits


def _sid(rng: random.Random, n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def _price(base: int, d: dt.date) -> int:
    return base if d < PRICE_RISE else round(base * 1.08 / 25.0) * 25


def _demand(d: dt.date, opened: dt.date) -> float:
    """Relative traffic of a location on a day: ramp-up after opening, growth, season."""
    ramp = min(1.0, 0.55 + 0.45 * (d - opened).days / 120) if (d - opened).days < 120 else 1.0
    growth = 1.0 + 0.07 * (d - START).days / 365
    season = [0.84, 0.88, 0.96, 1.0, 1.06, 1.1, 1.12, 1.1, 1.02, 0.98, 0.95, 1.1][d.month - 1]
    return ramp * growth * season


def _clock(rng: random.Random, d: dt.date, peak: float, sd: float, lo: float, hi: float) -> dt.datetime:
    h = min(hi - 0.02, max(lo, rng.gauss(peak, sd)))
    return dt.datetime.combine(d, dt.time(0)) + dt.timedelta(seconds=int(h * 3600 + rng.randint(0, 59)))


def build() -> Catalog:
    """The whole Square account, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))

    # locations
    loc_rows: list[Row] = []
    loc_ids: list[str] = []
    for name, street, city, opened, _patio, _base in LOCATIONS:
        lid = _sid(rng, 12, UPPER, "L")
        loc_ids.append(lid)
        loc_rows.append((lid, f"Hearth & Vine - {name}", "Hearth & Vine Hospitality", street, city, "TX",
                         rng.choice(["78701", "78757", "78741", "78664"]), "America/Chicago", "USD", "ACTIVE",
                         dt.datetime.combine(opened, dt.time(9, 12)), "5812"))  # fmt: skip
    catalog.add("square_locations", loc_rows)

    # catalog
    cat_rows: list[Row] = []
    cat_id: dict[str, str] = {}
    for name in MENU_CATEGORIES:
        cat_id[name] = _sid(rng, 24, UPPER)
        cat_rows.append((cat_id[name], name, "MENU_CATEGORY", False))
    rep_of: dict[str, str] = {}
    for rep, members in REPORTING.items():
        rid = _sid(rng, 24, UPPER)
        cat_rows.append((rid, rep, "REGULAR_CATEGORY", False))
        for m in members:
            rep_of[m] = rid
    cat_rows.append((_sid(rng, 24, UPPER), "Happy Hour Specials", "MENU_CATEGORY", True))
    catalog.add("square_catalog_categories", cat_rows)
    item_rows: list[Row] = []
    items: dict[str, list[tuple[str, str, int, float, dt.date | None, dt.date | None]]] = {}
    archived_on = {"Calamari": dt.date(2024, 2, 29), "French Dip": dt.date(2024, 9, 1)}
    for cat, entries in MENU.items():
        for name, price, pop, added, archived in entries:
            iid = _sid(rng, 24, UPPER)
            created = dt.datetime.combine(added or dt.date(2022, 11, 14), dt.time(10, rng.randint(0, 59)))
            gone = archived_on.get(name) if archived else None
            updated = dt.datetime.combine(gone or PRICE_RISE, dt.time(8, 30))
            desc = None if rng.random() < 0.4 else f"{name} - house favourite" if pop >= 5 else f"{name}, seasonal"
            item_rows.append((iid, name, desc, cat_id[cat], rep_of[cat], "FOOD_AND_BEV",
                              "Bottle" if "bottle" in name else "Standard", _price(price, END), "USD", archived,
                              created, updated))  # fmt: skip
            items.setdefault(cat, []).append((iid, name, price, pop, added, gone))
    catalog.add("square_catalog_items", item_rows)

    # team members and their rosters
    tm_rows: list[Row] = []
    roster: dict[tuple[int, str], list[Member]] = {}
    used_names: set[tuple[str, str]] = set()

    def hire(loc: int, job: str, when: dt.date) -> Member:
        name = (rng.choice(FIRST), rng.choice(LAST))
        while name in used_names:
            name = (rng.choice(FIRST), rng.choice(LAST))
        used_names.add(name)
        tid = _sid(rng, 14, ALNUM, "TM")
        member = Member(tid, when, None, name[0], name[1])
        roster.setdefault((loc, job), []).append(member)
        return member

    for li, (_n, _s, _c, opened, _p, _b) in enumerate(LOCATIONS):
        for job, (_r, _t, _h, heads) in JOBS.items():
            for _ in range(heads):
                first = max(opened - dt.timedelta(days=14), dt.date(2022, 1, 1))
                hire(li, job, first if opened >= START else first + dt.timedelta(days=rng.randint(0, 500)))

    # customers
    cust_rows: list[Row] = []
    regulars: list[list[tuple[str, float]]] = [[] for _ in LOCATIONS]

    def new_customer(li: int, at: dt.datetime, source: str) -> str:
        cid = _sid(rng, 26, UPPER)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        has_email = source in ("LOYALTY", "ONLINE_STORE", "DIRECTORY") or rng.random() < 0.15
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.com" if has_email else None
        phone = (
            f"+1512555{rng.randint(0, 9999):04d}" if source in ("LOYALTY", "DIRECTORY") or rng.random() < 0.3 else None
        )
        cust_rows.append((cid, first if source != "INSTANT_PROFILE" or rng.random() < 0.8 else None,
                          last if source != "ONLINE_STORE" or rng.random() < 0.9 else None, email, phone,
                          source, email is not None and rng.random() < 0.12, at))  # fmt: skip
        regulars[li].append((cid, min(rng.paretovariate(1.3), 25.0)))
        return cid

    def pick_customer(li: int, at: dt.datetime, online: bool) -> str:
        pool = regulars[li]
        if pool and rng.random() < min(0.75, 0.2 + len(pool) / 3000):
            window = pool[-1500:]
            return weighted(rng, [c for c, _ in window], [w for _, w in window])
        source = "ONLINE_STORE" if online else weighted(rng, ["INSTANT_PROFILE", "LOYALTY", "DIRECTORY"], [62, 30, 8])
        return new_customer(li, at, source)

    order_rows: list[Row] = []
    line_rows: list[Row] = []
    mod_rows: list[Row] = []
    pay_rows: list[Row] = []
    shift_rows: list[Row] = []

    def active(li: int, job: str, d: dt.date) -> list[Member]:
        return [m for m in roster[(li, job)] if m.joined <= d and (m.left is None or m.left >= d)]

    def wage(job: str, d: dt.date) -> int:
        rate = JOBS[job][0]
        if d >= dt.date(2024, 7, 1) and not JOBS[job][1]:
            rate += 100
        if d >= dt.date(2025, 1, 1):
            rate += 50
        return rate

    def pick_items(cat: str, d: dt.date, n: int, brunch: bool) -> list[tuple[str, str, int]]:
        pool = [i for i in items[cat] if (i[4] is None or i[4] <= d) and (i[5] is None or i[5] > d)]
        if cat == "Cocktails" and not brunch:
            pool = [i for i in pool if i[1] not in BRUNCH_ONLY]
        if cat == "Mains" and d.month in (6, 7, 8):
            pool = [i for i in pool if i[1] != "Short Rib"] or pool
        if cat == "Salads" and d.month not in (6, 7, 8, 9):
            pool = [i for i in pool if i[1] != "Summer Peach Salad"]
        weights = [i[3] * (2.5 if brunch and i[1] in BRUNCH_ONLY else 1.0) for i in pool]
        return [(i[0], i[1], _price(i[2], d)) for i in rng.choices(pool, weights=weights, k=n)]

    def same_or_new(
        picks: list[tuple[str, str, str, int]], cat: str, d: dt.date, brunch: bool
    ) -> list[tuple[str, str, str, int]]:
        """A guest often orders what the one before ordered (one line, quantity 2)."""
        before = [p for p in picks if p[0] == cat]
        if before and rng.random() < 0.45:
            return [before[-1]]
        return [(cat, *p) for p in pick_items(cat, d, 1, brunch)]

    for d in days(START, END):
        dow = d.weekday()
        weekend = dow >= 5
        closed = (d.month == 12 and d.day == 25) or (d.month == 11 and dow == 3 and 22 <= d.day <= 28)
        if closed:
            continue
        for li, (_n, _s, _c, opened, patio, base) in enumerate(LOCATIONS):
            if d < opened:
                continue
            # turnover: each member may leave; the spot is refilled a week or two later
            for job in JOBS:
                for m in active(li, job, d):
                    if rng.random() < (0.0035 if job in ("Server", "Dishwasher", "Host") else 0.0015):
                        m.left = d
                        hire(li, job, d + dt.timedelta(days=rng.randint(5, 16)))
            demand = base * _demand(d, max(opened, START - dt.timedelta(days=400)))
            summer = patio and d.month in (5, 6, 7, 8, 9)
            dinner_f = [0.72, 0.78, 0.88, 1.0, 1.5, 1.62, 0.92][dow] * (1.2 if summer else 1.0)
            if d.month == 12 and 5 <= d.day <= 23 and dow in (3, 4, 5):
                dinner_f *= 1.25
            parts: list[tuple[str, float, float, float, float, float]] = []  # name, mean, peak, sd, lo, hi
            if weekend:
                parts.append(("brunch", demand * 0.62 * (1.15 if summer else 1.0), 11.5, 1.2, 9.0, 15.0))
            else:
                parts.append(("lunch", demand * 0.42 * (1.1 if summer else 1.0), 12.4, 0.65, 11.0, 15.0))
            parts.append(("afternoon", demand * 0.07, 16.0, 0.6, 15.0, 17.0))
            parts.append(("dinner", demand * 0.58 * dinner_f, 19.1, 1.05, 17.0, 23.0 if dow in (4, 5) else 22.0))
            servers = active(li, "Server", d) + active(li, "Bartender", d)
            delivery_share = 0.04 + 0.05 * (d - START).days / (END - START).days
            for part, mean, peak, sd, lo, hi in parts:
                for _ in range(poisson(rng, mean)):
                    at = _clock(rng, d, peak, sd, lo, hi)
                    brunch = part == "brunch"
                    dinner = part == "dinner"
                    r = rng.random()
                    if r < delivery_share:
                        option, source = "Third-Party Delivery", "DoorDash"
                    elif r < delivery_share + 0.06:
                        option, source = "To Go", "Square Online"
                    elif r < delivery_share + 0.06 + (0.1 if dinner else 0.2):
                        option, source = "To Go", "Square Point of Sale"
                    else:
                        option, source = "For Here", "Square Point of Sale"
                    dine = option == "For Here"
                    covers = None
                    ticket = None
                    if dine:
                        covers = max(
                            1,
                            min(
                                12, round(rng.lognormvariate(math.log(2.6 if dinner else 2.2 if brunch else 1.7), 0.42))
                            ),
                        )
                        if rng.random() < 0.03:
                            covers = rng.randint(7, 12)
                        if summer and part != "afternoon" and rng.random() < 0.38:
                            ticket = f"Patio {rng.randint(1, 10)}"
                        elif covers <= 2 and rng.random() < (0.35 if dinner else 0.15):
                            ticket = f"Bar {rng.randint(1, 12)}"
                        else:
                            ticket = f"Table {rng.randint(1, 24)}"
                    # what was ordered
                    guests = covers or rng.choice([1, 1, 2, 2, 3, 4])
                    picks: list[tuple[str, str, str, int]] = []  # cat, id, name, price

                    for _g in range(guests):
                        if brunch:
                            cat = weighted(rng, ["Brunch", "Burgers & Sandwiches", "Salads"], [70, 20, 10])
                        elif dinner:
                            cat = weighted(rng, ["Mains", "Burgers & Sandwiches", "Salads"], [60, 30, 10])
                        else:
                            cat = weighted(
                                rng, ["Burgers & Sandwiches", "Salads", "Mains", "Starters"], [50, 25, 15, 10]
                            )
                        if part != "afternoon" or rng.random() < 0.5:
                            picks += same_or_new(picks, cat, d, brunch)
                        if dine:
                            drink_p = 0.72 if dinner else (0.6 if brunch else 0.2 if part == "lunch" else 0.55)
                            if rng.random() < drink_p:
                                dc = weighted(rng, ["Cocktails", "Beer & Wine"], [45, 55])
                                picks += same_or_new(picks, dc, d, brunch)
                            if rng.random() < (0.35 if brunch else 0.15):
                                nc = "Coffee & Tea" if brunch or rng.random() < 0.3 else "Soft Drinks"
                                picks += same_or_new(picks, nc, d, brunch)
                        elif rng.random() < 0.4:
                            picks += [("Soft Drinks", *p) for p in pick_items("Soft Drinks", d, 1, brunch)]
                    if rng.random() < (0.45 if dinner else 0.25) * (1.0 if dine else 0.6):
                        for _k in range(1 + (guests >= 5)):
                            picks += [("Starters", *p) for p in pick_items("Starters", d, 1, brunch)]
                    if rng.random() < 0.2:
                        picks += [("Side Dishes", *p) for p in pick_items("Side Dishes", d, 1, brunch)]
                    if dine and rng.random() < (0.25 if dinner else 0.1):
                        for _k in range(1 + (guests >= 3 and rng.random() < 0.5)):
                            picks += [("Desserts", *p) for p in pick_items("Desserts", d, 1, brunch)]
                    if not picks:
                        picks += [("Coffee & Tea", *p) for p in pick_items("Coffee & Tea", d, 1, brunch)]
                    # one line per distinct item, quantity the count
                    grouped: dict[str, tuple[str, str, str, int]] = {}
                    qtys: dict[str, int] = {}
                    for cat, iid, name, price in picks:
                        if iid in grouped:
                            qtys[iid] += 1
                        else:
                            grouped[iid], qtys[iid] = (cat, iid, name, price), 1
                    oid = _sid(rng, 27, ALNUM)
                    state = "COMPLETED"
                    if rng.random() < 0.012:
                        state = "CANCELED"
                    elif d == END and at.hour >= 20 and rng.random() < 0.6:
                        state = "OPEN"
                    net_total = tax_total = disc_total = 0
                    happy = not weekend and 15 <= at.hour < 17
                    for cat, iid, name, price in grouped.values():
                        qty = qtys[iid]
                        uid = _sid(rng, 22, ALNUM)
                        gross = price * qty
                        mods: list[Row] = []
                        if cat in MODIFIERS and rng.random() < MODIFIERS[cat][0] * 0.7:
                            options = MODIFIERS[cat][1]
                            chosen = rng.sample(options, k=1 + (rng.random() < 0.25))
                            for mname, mprice, _w in chosen:
                                mprice_now = _price(mprice, d)
                                mq = 1 if rng.random() < 0.8 else qty
                                mods.append((_sid(rng, 22, ALNUM), uid, MODIFIER_IDS[mname], mname, mq, mprice_now,
                                             mprice_now * mq))  # fmt: skip
                                gross += mprice_now * mq
                        comp = void = None
                        discount = 0
                        if dine and rng.random() < 0.012:
                            void = weighted(rng, VOID_REASONS, [45, 30, 15, 10])
                            gross = 0
                        elif dine and rng.random() < (0.022 if dinner else 0.014):
                            comp = weighted(rng, COMP_REASONS, [30, 20, 25, 15, 10])
                            discount = gross
                        elif happy and cat in ("Cocktails", "Beer & Wine"):
                            discount = gross // 4
                        net = gross - discount
                        tax = round(net * TAX_RATE)
                        net_total, tax_total, disc_total = net_total + net, tax_total + tax, disc_total + discount
                        line_rows.append((uid, oid, iid, name, "Bottle" if "bottle" in name else "Standard", qty,
                                          price, gross, discount, tax, net, comp, void))  # fmt: skip
                        mod_rows.extend(mods)
                    customer = None
                    online = source == "Square Online"
                    if online or (source == "Square Point of Sale" and rng.random() < (0.42 if dine else 0.25)):
                        customer = pick_customer(li, at, online)
                    # payments
                    tip_total = 0
                    closed_at = None
                    if state == "COMPLETED" and net_total + tax_total > 0:
                        due = net_total + tax_total
                        n_pay = 1
                        if dine and (covers or 1) >= 2 and rng.random() < 0.1 + 0.03 * (covers or 1):
                            n_pay = min(int(covers or 2), rng.choice([2, 2, 3]))
                        shares = [due // n_pay] * n_pay
                        shares[0] += due - sum(shares)
                        minutes = rng.randint(45, 95) if dinner else rng.randint(30, 70) if dine else rng.randint(3, 15)
                        pay_at = at + dt.timedelta(minutes=minutes)
                        server = rng.choice(servers).id if servers and not online and source != "DoorDash" else None
                        years = (d - START).days / 365
                        for k, amount in enumerate(shares):
                            if source == "DoorDash":
                                stype, brand, entry = "EXTERNAL", None, None
                            elif online:
                                stype, brand, entry = (
                                    "CARD",
                                    weighted(
                                        rng, ["VISA", "MASTERCARD", "AMERICAN_EXPRESS", "DISCOVER"], [50, 28, 16, 6]
                                    ),
                                    "ON_FILE",
                                )
                            else:
                                stype = weighted(rng, ["CARD", "CASH", "WALLET"], [72, 18 - 4 * years, 10 + 4 * years])
                                brand = (
                                    weighted(
                                        rng, ["VISA", "MASTERCARD", "AMERICAN_EXPRESS", "DISCOVER"], [50, 28, 16, 6]
                                    )
                                    if stype != "CASH"
                                    else None
                                )
                                entry = (
                                    None
                                    if stype == "CASH"
                                    else (
                                        "CONTACTLESS"
                                        if stype == "WALLET"
                                        else weighted(rng, ["EMV", "CONTACTLESS", "SWIPED"], [55, 40, 5])
                                    )
                                )
                            tip = None
                            if stype in ("CARD", "WALLET"):
                                if dine:
                                    if rng.random() > 0.04:
                                        pct = rng.gauss(20.5 if dinner else 18.0 if brunch else 16.5, 2.8)
                                        tip = max(0, round(amount * max(8.0, pct) / 100))
                                elif rng.random() < (0.42 if online else 0.33):
                                    tip = round(amount * rng.choice([0.1, 0.15, 0.18, 0.2]))
                            fee = None
                            if stype in ("CARD", "WALLET"):
                                total_charged = amount + (tip or 0)
                                fee = round(total_charged * (0.029 if online else 0.026)) + (
                                    30 if online else 10 if d < dt.date(2024, 2, 1) else 15
                                )
                            refunded = None
                            if stype != "EXTERNAL" and rng.random() < 0.009:
                                refunded = (
                                    amount + (tip or 0)
                                    if rng.random() < 0.3
                                    else min(amount, rng.choice([900, 1300, 1650, 2600, 3200]))
                                )
                            status = "COMPLETED"
                            if stype == "CARD" and rng.random() < 0.006:  # a declined card first, then a retry
                                pay_rows.append((_sid(rng, 29, ALNUM), oid, loc_ids[li], customer, server,
                                                 pay_at, "FAILED", "CARD", brand, entry, amount, None, amount, None,
                                                 None, "USD", _sid(rng, 4, ALNUM)))  # fmt: skip
                            pay_rows.append((_sid(rng, 29, ALNUM), oid, loc_ids[li], customer, server,
                                             pay_at + dt.timedelta(seconds=40 * k + 20), status, stype, brand, entry,
                                             amount, tip, amount + (tip or 0), fee, refunded, "USD",
                                             _sid(rng, 4, ALNUM)))  # fmt: skip
                            tip_total += tip or 0
                        closed_at = pay_at + dt.timedelta(seconds=40 * n_pay)
                    elif state == "CANCELED":
                        closed_at = at + dt.timedelta(minutes=rng.randint(1, 20))
                    total = net_total + tax_total + tip_total if state == "COMPLETED" else 0
                    order_rows.append((oid, loc_ids[li], customer, source, option, ticket, covers, state, at,
                                       closed_at, total, tax_total if state != "CANCELED" else 0,
                                       disc_total if state != "CANCELED" else 0, tip_total, "USD"))  # fmt: skip
            # the day's shifts
            busy = demand * (1.3 if dow in (4, 5) else 1.0) * (1.15 if summer else 1.0)
            needs = {
                "Shift Manager": 1,
                "Server": max(1, round(busy / 8)),
                "Bartender": 1 if dow in (3, 4, 5) or busy > 17 else 0,
                "Line Cook": 1 + (busy > 15),
                "Dishwasher": 1,
                "Host": 1 if dow in (4, 5) else 0,
            }
            for job, count in needs.items():
                staff = active(li, job, d)
                rng.shuffle(staff)
                for k in range(min(count, len(staff))):
                    hours = JOBS[job][2]
                    begin = 9.0 if weekend and k == 0 else (10.5 if k == 0 else 16.0)
                    if job in ("Line Cook", "Dishwasher", "Shift Manager") and k > 0:
                        begin = 14.5
                    start = dt.datetime.combine(d, dt.time(0)) + dt.timedelta(
                        minutes=round(begin * 60 + rng.gauss(0, 8))
                    )
                    length = max(3.0, rng.gauss(hours, 0.6))
                    end: dt.datetime | None = start + dt.timedelta(minutes=round(length * 60))
                    status = "CLOSED"
                    if d == END and k > 0:
                        end, status = None, "OPEN"
                    tips = None
                    if JOBS[job][1] and rng.random() < 0.55:
                        tips = rng.randint(5, 60) * 100
                    shift_rows.append((_sid(rng, 26, UPPER), staff[k].id, loc_ids[li], start, end, job,
                                       wage(job, d), "USD", JOBS[job][1], tips, status))  # fmt: skip

    # team member rows (after turnover is known)
    for (li, job), members in roster.items():
        for m in members:
            tid, joined, left, first, last = m.id, m.joined, m.left, m.first, m.last
            if joined > END:
                continue
            created = dt.datetime.combine(joined, dt.time(11, rng.randint(0, 59)))
            updated = dt.datetime.combine(left, dt.time(17, rng.randint(0, 59))) if left else created
            email = None if rng.random() < 0.1 else f"{first.lower()}.{last.lower()}@hearthandvine.com"
            tm_rows.append((tid, first, last, email, f"+1737555{rng.randint(0, 9999):04d}",
                            "INACTIVE" if left else "ACTIVE", False, loc_ids[li], job, created, updated))  # fmt: skip
    tm_rows.append((_sid(rng, 14, ALNUM, "TM"), "Dana", "Whitfield", "dana@hearthandvine.com", None, "ACTIVE", True,
                    None, "Owner/Operator", dt.datetime(2019, 4, 1, 9, 0), dt.datetime(2019, 4, 1, 9, 0)))  # fmt: skip
    catalog.add("square_team_members", tm_rows)
    catalog.add("square_customers", cust_rows)
    catalog.add("square_shifts", shift_rows)
    catalog.add("square_orders", order_rows)
    catalog.add("square_order_line_items", line_rows)
    catalog.add("square_order_line_item_modifiers", mod_rows)
    catalog.add("square_payments", pay_rows)
    return catalog


@dataclass
class Member:
    """A team member on a location's roster for one job, with the days they joined and left."""

    id: str
    joined: dt.date
    left: dt.date | None
    first: str
    last: str
