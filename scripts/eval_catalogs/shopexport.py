"""An online store's order export as a user uploads it: one wide, denormalised table and a small lookup sheet.

`orders_export_1` (the name a first `orders_export_1.csv` upload gets) has one row per order line and 34
columns in the mixed naming such exports have: the platform's Title Case headers with spaces (`"Order Date"`,
`"Unit Price"`, `"Ship Country"`, `"Line #"`, `"Weight (g)"`), snake_case columns added by an app or by hand
(`customer_email`, `is_returned`, `utm_source`), abbreviations (`SKU`, `Qty`), one-letter fulfilment codes and
three-letter channel codes explained in column comments, and two yes/no styles (a boolean and "Yes"/"No" text).
Order-level fields (shipping, payment method) are filled on an order's first line only, as the platform
exports them. `country_codes` maps the two-letter ship country to a name and region (no declared key).
Fast growth, a Black Friday spike and a December peak, a summer season for camping gear, evening and weekend
shopping on mobile, discount codes, returns (more for footwear), cancellations, unfulfilled recent orders and
NULL reviews. Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, weighted, words

SEED = 190_033
START, END = dt.date(2022, 3, 1), dt.date(2025, 2, 28)

DDL = [
    """CREATE TABLE orders_export_1 (
        "Order ID" VARCHAR NOT NULL, "Order Date" TIMESTAMP NOT NULL, "Line #" INTEGER NOT NULL,
        customer_email VARCHAR NOT NULL, "Customer Name" VARCHAR, "Customer Type" VARCHAR NOT NULL,
        SKU VARCHAR NOT NULL, "Product Title" VARCHAR NOT NULL, "Variant" VARCHAR, "Category" VARCHAR NOT NULL,
        "Brand" VARCHAR NOT NULL, Qty INTEGER NOT NULL, "Unit Price" DECIMAL(10, 2) NOT NULL,
        "Compare At Price" DECIMAL(10, 2), "Discount Code" VARCHAR, "Line Discount" DECIMAL(10, 2) NOT NULL,
        "Line Total" DECIMAL(10, 2) NOT NULL, "Tax" DECIMAL(10, 2) NOT NULL, "Shipping" DECIMAL(10, 2),
        "Payment Method" VARCHAR, channel VARCHAR(3) NOT NULL, "Device" VARCHAR, utm_source VARCHAR,
        "Ship Country" VARCHAR(2) NOT NULL, "Ship City" VARCHAR, "Ship Province" VARCHAR,
        "Fulfillment Status" VARCHAR(1) NOT NULL, "Shipped Date" DATE, "Delivered Date" DATE,
        is_returned BOOLEAN NOT NULL, "Return Reason" VARCHAR, "Gift Wrap" VARCHAR NOT NULL,
        "Review Stars" INTEGER, "Weight (g)" INTEGER NOT NULL)""",
    """CREATE TABLE country_codes ("Code" VARCHAR(2) NOT NULL, "Country" VARCHAR NOT NULL, "Region" VARCHAR NOT NULL)""",
]
COMMENTS = [
    """COMMENT ON COLUMN orders_export_1."Fulfillment Status" IS """
    "'F = fulfilled, P = partially fulfilled, U = unfulfilled, C = cancelled'",
    "COMMENT ON COLUMN orders_export_1.channel IS "
    "'WEB = online store, APP = mobile app, MKT = marketplace, SOC = social shop'",
    """COMMENT ON COLUMN orders_export_1."Shipping" IS 'order-level: filled on the first line of an order only'""",
    """COMMENT ON COLUMN orders_export_1."Payment Method" IS 'order-level: filled on the first line of an order only'""",
    """COMMENT ON COLUMN orders_export_1."Line Total" IS 'Qty x Unit Price - Line Discount, before tax'""",
    """COMMENT ON COLUMN orders_export_1."Compare At Price" IS 'the list price when the item was on sale'""",
    """COMMENT ON COLUMN orders_export_1."Review Stars" IS '1 to 5; empty when the customer left no review'""",
]

Country = tuple[str, str, str, float, float, int]
Customer = tuple[str, str | None, Country, str]
COUNTRIES: list[Country] = [  # code, name, region, weight, ship fee, delivery days
    ("US", "United States", "North America", 60, 6.95, 4), ("CA", "Canada", "North America", 12, 12.0, 6),
    ("GB", "United Kingdom", "Europe", 9, 15.0, 7), ("DE", "Germany", "Europe", 5, 17.0, 8),
    ("AU", "Australia", "Oceania", 4, 22.0, 10), ("FR", "France", "Europe", 3, 17.0, 8),
    ("NL", "Netherlands", "Europe", 2, 17.0, 7), ("IE", "Ireland", "Europe", 1.5, 15.0, 8),
    ("NZ", "New Zealand", "Oceania", 1.2, 24.0, 11), ("JP", "Japan", "Asia", 1.0, 25.0, 9),
    ("SE", "Sweden", "Europe", 0.8, 18.0, 8), ("MX", "Mexico", "Latin America", 0, 20.0, 9),
    ("BR", "Brazil", "Latin America", 0, 28.0, 14), ("SG", "Singapore", "Asia", 0, 24.0, 8),
]  # fmt: skip
CITIES = {
    "US": words("Denver Seattle Portland Boston Austin Chicago Minneapolis Boise Brooklyn Oakland Burlington Asheville"),
    "CA": words("Vancouver Toronto Calgary Montreal Ottawa"), "GB": words("London Manchester Edinburgh Bristol Leeds"),
    "DE": words("Berlin Munich Hamburg Cologne"), "AU": words("Sydney Melbourne Brisbane Perth"),
    "FR": words("Paris Bordeaux Grenoble"), "NL": words("Amsterdam Utrecht"), "IE": words("Dublin Cork"),
    "NZ": words("Auckland Wellington Queenstown"), "JP": words("Tokyo Osaka Sapporo"), "SE": words("Stockholm Uppsala"),
}  # fmt: skip
PROVINCES = {
    "Denver": "CO", "Seattle": "WA", "Portland": "OR", "Boston": "MA", "Austin": "TX", "Chicago": "IL",
    "Minneapolis": "MN", "Boise": "ID", "Brooklyn": "NY", "Oakland": "CA", "Burlington": "VT", "Asheville": "NC",
    "Vancouver": "BC", "Toronto": "ON", "Calgary": "AB", "Montreal": "QC", "Ottawa": "ON",
}  # fmt: skip
SIZES = words("XS S M L XL")
COLORS = words("Black Navy Olive Rust Grey")
BOOT_SIZES = [str(s) for s in range(6, 13)]
CATALOGUE = {  # category: (month factors Jan..Dec, return rate, sized, [(title, brand, price, weight g)])
    "Jackets": ([1.1, 0.8, 0.8, 0.7, 0.5, 0.4, 0.4, 0.6, 1.0, 1.4, 1.8, 1.7], 0.12, "apparel", [
        ("Ridgeline Rain Shell", "Trailhead", 189.0, 420), ("Summit Down Parka", "Trailhead", 329.0, 780),
        ("Alpine Insulated Jacket", "Northpeak", 249.0, 610), ("Packable Wind Jacket", "Northpeak", 99.0, 180),
        ("Storm Guard Hardshell", "Cascade Co", 279.0, 520)]),
    "Fleece": ([1.3, 1.0, 0.9, 0.8, 0.6, 0.5, 0.5, 0.7, 1.0, 1.3, 1.5, 1.6], 0.08, "apparel", [
        ("Classic Quarter-Zip Fleece", "Trailhead", 79.0, 350), ("Grid Fleece Hoodie", "Northpeak", 109.0, 390),
        ("Sherpa Pile Vest", "Cascade Co", 89.0, 300)]),
    "Base Layers": ([1.6, 1.3, 1.0, 0.7, 0.5, 0.4, 0.4, 0.6, 0.9, 1.2, 1.5, 1.5], 0.07, "apparel", [
        ("Merino 200 Crew", "Woolly Goat", 95.0, 190), ("Merino 250 Leggings", "Woolly Goat", 99.0, 210),
        ("Synthetic Base Tee", "Trailhead", 39.0, 140), ("Merino Neck Gaiter", "Woolly Goat", 32.0, 50)]),
    "Footwear": ([0.8, 0.8, 1.1, 1.3, 1.3, 1.2, 1.1, 1.0, 1.0, 0.9, 1.0, 1.0], 0.18, "boots", [
        ("Traverse Hiking Boot", "Cascade Co", 179.0, 1150), ("Trail Runner GTX", "Northpeak", 149.0, 640),
        ("Camp Slip-On", "Trailhead", 69.0, 420), ("Winter Pac Boot", "Cascade Co", 199.0, 1600)]),
    "Backpacks": ([0.6, 0.7, 1.0, 1.2, 1.4, 1.6, 1.6, 1.4, 1.0, 0.8, 0.9, 1.0], 0.05, None, [
        ("Daypack 22L", "Trailhead", 89.0, 620), ("Trekker 45L Pack", "Northpeak", 219.0, 1450),
        ("Hydration Vest 8L", "Northpeak", 119.0, 300), ("Hip Pack 3L", "Trailhead", 39.0, 180)]),
    "Camping": ([0.4, 0.5, 0.8, 1.1, 1.6, 2.0, 2.0, 1.6, 1.0, 0.6, 0.8, 1.0], 0.06, None, [
        ("Ultralight Tent 2P", "Cascade Co", 399.0, 1300), ("Down Sleeping Bag 20F", "Northpeak", 289.0, 900),
        ("Insulated Sleeping Pad", "Trailhead", 129.0, 500), ("Titanium Cook Pot", "Trailhead", 54.0, 160),
        ("Camp Chair Lite", "Cascade Co", 99.0, 950), ("Headlamp 400", "Northpeak", 44.0, 85)]),
    "Accessories": ([1.2, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.6, 2.0], 0.04, None, [
        ("Wool Beanie", "Woolly Goat", 29.0, 80), ("Trekking Poles", "Northpeak", 119.0, 500),
        ("Insulated Bottle 1L", "Trailhead", 36.0, 430), ("Merino Hiking Socks", "Woolly Goat", 24.0, 90),
        ("Gift Card", "Trailhead", 50.0, 0), ("Touchscreen Gloves", "Trailhead", 34.0, 70)]),
}  # fmt: skip
CATEGORY_WEIGHT = {"Jackets": 14, "Fleece": 12, "Base Layers": 14, "Footwear": 12, "Backpacks": 10, "Camping": 12,
                   "Accessories": 26}  # fmt: skip
CHANNELS = ["WEB", "APP", "MKT", "SOC"]
PAYMENTS = ["Credit Card", "PayPal", "Apple Pay", "Shop Pay", "Klarna"]
RETURN_REASONS = {"apparel": ["Too small", "Too large", "Changed mind", "Not as described", "Defective"],
                  "boots": ["Too small", "Too large", "Uncomfortable", "Changed mind", "Defective"],
                  None: ["Changed mind", "Defective", "Not as described", "Arrived damaged"]}  # fmt: skip
FIRST = words("Emma Liam Olivia Noah Ava Lucas Mia Ethan Zoe Leo Chloe Owen Nora Finn Maya Jack Ella Sam Ruby Theo")
FIRST += words("Hannah Max Ines Jonas Lea Tom Aoife Kai Yuki Mateo Freya Oscar Isla Arlo Sofia Hugo")
LAST = words("Smith Nguyen Brown Murphy Schmidt Martin Tanaka Walsh Wilson Taylor Muller Dubois Kelly Lee Clark")
LAST += words("Patel Novak Berg Jensen Rossi Silva Cohen Young King Scott Green Hall Wright Evans Moore")
HOUR_WEIGHT = [2, 1, 1, 1, 1, 1, 2, 4, 5, 5, 5, 6, 8, 7, 6, 5, 5, 6, 8, 10, 11, 10, 8, 4]
WEEKDAY_FACTOR = [1.05, 0.95, 0.9, 0.92, 0.95, 1.15, 1.2]
MONTH_FACTOR = [0.85, 0.75, 0.85, 0.9, 0.95, 0.95, 0.9, 0.9, 0.95, 1.05, 1.55, 1.7]


def _products() -> list[tuple[str, str, str, str, float, int, str | None, float]]:
    """(sku, title, category, brand, price, weight, sized, return rate) for every product."""
    rows: list[tuple[str, str, str, str, float, int, str | None, float]] = []
    for category, (_, returns, sized, items) in CATALOGUE.items():
        for i, (title, brand, price, grams) in enumerate(items, start=1):
            sku = f"{category[:3].upper()}-{brand[:2].upper()}{i:02d}"
            rows.append((sku, title, category, brand, price, grams, sized, returns))
    return rows


def _variant(rng: random.Random, sized: str | None, title: str) -> str | None:
    if sized == "apparel":
        return f"{weighted(rng, SIZES, [6, 20, 32, 27, 15])} / {rng.choice(COLORS)}"
    if sized == "boots":
        return f"US {weighted(rng, BOOT_SIZES, [4, 8, 14, 20, 22, 18, 14])}"
    if title in ("Wool Beanie", "Merino Hiking Socks", "Touchscreen Gloves"):
        return rng.choice(COLORS)
    return None


def _discount(rng: random.Random, day: dt.date, returning: bool) -> tuple[str | None, float]:
    thanksgiving = dt.date(day.year, 11, 22 + (3 - dt.date(day.year, 11, 22).weekday()) % 7)
    if thanksgiving <= day <= thanksgiving + dt.timedelta(days=4) and rng.random() < 0.7:
        return "BFCM25", 0.25
    if day.month in (6, 7, 8) and rng.random() < 0.18:
        return "SUMMER15", 0.15
    if not returning and rng.random() < 0.22:
        return "WELCOME10", 0.10
    if returning and rng.random() < 0.06:
        return "VIP20", 0.20
    return None, 0.0


def _lines(rng: random.Random) -> list[Row]:
    products = _products()
    by_category: dict[str, list[tuple[str, str, str, str, float, int, str | None, float]]] = {}
    for p in products:
        by_category.setdefault(p[2], []).append(p)
    countries = [c for c in COUNTRIES if c[3] > 0]
    country_cum = list(accumulate(c[3] for c in countries))
    customers: list[Customer] = []
    domains = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"]
    seen: set[str] = set()
    rows: list[Row] = []
    order_no = 1041
    hours = list(range(24))
    for day in days(START, END):
        years = (day - START).days / 365.25
        mean = 18 * 1.32**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        thanksgiving = dt.date(day.year, 11, 22 + (3 - dt.date(day.year, 11, 22).weekday()) % 7)
        if thanksgiving <= day <= thanksgiving + dt.timedelta(days=4):
            mean *= 3.2
        if day.month == 12 and day.day > 20:
            mean *= 0.6
        cat_weights = [CATEGORY_WEIGHT[c] * CATALOGUE[c][0][day.month - 1] for c in CATALOGUE]
        for _ in range(poisson(rng, mean)):
            if customers and rng.random() < 0.38:
                cust = customers[min(len(customers) - 1, int(len(customers) * rng.random() ** 0.6))]
            else:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                email = f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@{rng.choice(domains)}"
                country = rng.choices(countries, cum_weights=country_cum)[0]
                name = None if rng.random() < 0.04 else f"{first} {last}"
                cust = (email, name, country, rng.choice(CITIES[country[0]]))
                customers.append(cust)
            email, name, country, city = cust
            returning = email in seen
            seen.add(email)
            channel = weighted(rng, CHANNELS, [58 - 6 * years, 18 + 6 * years, 16, 8])
            if country[0] not in ("US", "CA", "GB"):
                channel = weighted(rng, CHANNELS, [75, 15, 10, 0])
            device = None
            if channel == "WEB":
                device = weighted(
                    rng, ["Desktop", "Mobile", "Tablet"], [45, 47, 8] if day.weekday() < 5 else [30, 62, 8]
                )
            elif channel in ("APP", "SOC"):
                device = "Mobile"
            utm = None
            if channel in ("WEB", "APP"):
                utm = weighted(
                    rng, ["google", "email", "instagram", "facebook", "direct", None], [30, 18, 14, 10, 18, 10]
                )
            elif channel == "SOC":
                utm = weighted(rng, ["instagram", "tiktok"], [70, 30])
            at = dt.datetime.combine(day, dt.time(rng.choices(hours, weights=HOUR_WEIGHT)[0], rng.randint(0, 59),
                                                  rng.randint(0, 59)))  # fmt: skip
            code, pct = _discount(rng, day, returning)
            status = weighted(rng, ["F", "C", "P"], [96, 2.5, 1.5])
            if day >= END - dt.timedelta(days=2):
                status = weighted(rng, ["U", "F"], [80, 20])
            shipped = (
                day + dt.timedelta(days=weighted(rng, [0, 1, 2, 3, 5], [15, 45, 25, 10, 5]))
                if status != "C" and status != "U"
                else None
            )
            delivered = None
            if shipped is not None:
                delivered = shipped + dt.timedelta(days=max(1, round(rng.gauss(country[5], 1.5))))
                if delivered > END:
                    delivered = None
            payment = weighted(rng, PAYMENTS, [46, 20, 14 if channel != "MKT" else 0, 12 if channel != "MKT" else 0, 8])
            gift = "Yes" if rng.random() < (0.22 if day.month == 12 else 0.04) else "No"
            n_lines = weighted(rng, [1, 2, 3, 4, 5], [52, 27, 12, 6, 3])
            subtotal = 0.0
            order_rows: list[list[object]] = []
            for line_no, category in enumerate(rng.choices(list(CATALOGUE), weights=cat_weights, k=n_lines), start=1):
                sku, title, _, brand, price, grams, sized, return_rate = rng.choice(by_category[category])
                price = money(price * 1.03 ** int(years))
                on_sale = title != "Gift Card" and rng.random() < (0.3 if day.month in (1, 7, 8) else 0.08)
                compare_at = price if on_sale else None
                unit = money(price * 0.7) if on_sale else price
                qty = weighted(rng, [1, 2, 3, 4], [84, 11, 3, 2])
                if title == "Merino Hiking Socks":
                    qty = weighted(rng, [1, 2, 3, 6], [40, 30, 20, 10])
                line_discount = money(qty * unit * pct) if code and title != "Gift Card" else 0.0
                total = money(qty * unit - line_discount)
                tax = money(total * (0.07 if country[0] == "US" else 0.0 if country[0] in ("AU", "NZ", "JP") else 0.2))
                subtotal += total
                returned = (
                    status in ("F", "P")
                    and delivered is not None
                    and rng.random() < return_rate * (1.3 if on_sale else 1.0)
                )
                reason = rng.choice(RETURN_REASONS[sized]) if returned else None
                stars = None
                if status in ("F", "P") and delivered is not None and rng.random() < 0.23:
                    stars = weighted(rng, [1, 2, 3, 4, 5], [10, 12, 18, 25, 35] if returned else [2, 3, 10, 30, 55])
                order_rows.append([f"#{order_no}", at, line_no, email, name, "Returning" if returning else "New", sku,
                                   title, _variant(rng, sized, title), category, brand, qty, unit, compare_at, code,
                                   line_discount, total, tax, None, None, channel, device, utm, country[0], city,
                                   PROVINCES.get(city) if country[0] in ("US", "CA") else None, status, shipped,
                                   delivered, returned, reason, gift, stars, grams])  # fmt: skip
            shipping = 0.0 if channel == "MKT" or (country[0] == "US" and subtotal >= 99) else country[4]
            order_rows[0][18] = money(shipping)
            order_rows[0][19] = payment
            rows.extend(tuple(r) for r in order_rows)
            order_no += 1
    return rows


def build() -> Catalog:
    """The export and its lookup sheet, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("orders_export_1", _lines(rng))
    catalog.add("country_codes", [c[:3] for c in COUNTRIES])
    return catalog
