"""A garden and hardware wholesaler's order database from the MS Access era, upsized as is: Leszynski/Hungarian names.

Tables carry a kind prefix (`tbl` for data, `tlkp` for lookups) and columns a type prefix: `lng` long integer
keys, `str` text, `chr` one-letter codes, `dtm` date/time (always a timestamp, midnight when only a date was
typed), `cur` currency (four decimals, as Access stores it), `int`/`sng`/`dbl` numbers, `ysn` yes/no and `mem`
memo. Keys are only partly declared (the upsizing wizard kept the relationships someone had drawn:
order → customer, order line → order, product → category); the others are there by name only. One yes/no
column kept Access's -1/0 integers. Codes are explained in column comments. Growth, a spring peak and a winter
peak for snow and ice products, a weekday rhythm (no Sunday orders), back-orders, cancellations, open orders at
the end, NULL ship dates, PO numbers and notes. Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, weighted, words, zipf_weights

SEED = 180_021
START, END = dt.date(2021, 1, 1), dt.date(2024, 12, 31)

DDL = [
    """CREATE TABLE tlkpRegion (
        lngRegionID INTEGER PRIMARY KEY, strRegionCode VARCHAR(2) NOT NULL, strRegionName VARCHAR NOT NULL)""",
    """CREATE TABLE tlkpCategory (
        lngCategoryID INTEGER PRIMARY KEY, strCategoryName VARCHAR NOT NULL, memDescription VARCHAR)""",
    """CREATE TABLE tlkpShipVia (
        lngShipViaID INTEGER PRIMARY KEY, strShipViaName VARCHAR NOT NULL, curBaseCharge DECIMAL(19, 4) NOT NULL)""",
    """CREATE TABLE tblSupplier (
        lngSupplierID INTEGER PRIMARY KEY, strSupplierName VARCHAR NOT NULL, strCountry VARCHAR NOT NULL,
        intLeadTimeDays INTEGER NOT NULL)""",
    """CREATE TABLE tblEmployee (
        lngEmployeeID INTEGER PRIMARY KEY, strFirstName VARCHAR NOT NULL, strLastName VARCHAR NOT NULL,
        strTitle VARCHAR NOT NULL, dtmHireDate TIMESTAMP NOT NULL, lngReportsTo INTEGER, ysnActive BOOLEAN NOT NULL)""",
    """CREATE TABLE tblCustomer (
        lngCustomerID INTEGER PRIMARY KEY, strCompanyName VARCHAR NOT NULL, strContactName VARCHAR,
        strCity VARCHAR NOT NULL, strState VARCHAR(2) NOT NULL, lngRegionID INTEGER NOT NULL,
        chrCustType VARCHAR(1) NOT NULL, lngSalesRepID INTEGER, curCreditLimit DECIMAL(19, 4) NOT NULL,
        ysnTaxExempt SMALLINT NOT NULL, dtmCreated TIMESTAMP NOT NULL, memNotes VARCHAR)""",
    """CREATE TABLE tblProduct (
        lngProductID INTEGER PRIMARY KEY, strProductCode VARCHAR NOT NULL, strProductName VARCHAR NOT NULL,
        lngCategoryID INTEGER NOT NULL REFERENCES tlkpCategory (lngCategoryID), lngSupplierID INTEGER NOT NULL,
        curUnitPrice DECIMAL(19, 4) NOT NULL, curUnitCost DECIMAL(19, 4) NOT NULL, intUnitsInStock INTEGER NOT NULL,
        intReorderLevel INTEGER NOT NULL, sngWeightLb REAL NOT NULL, ysnDiscontinued BOOLEAN NOT NULL)""",
    """CREATE TABLE tblOrder (
        lngOrderID INTEGER PRIMARY KEY, lngCustomerID INTEGER NOT NULL REFERENCES tblCustomer (lngCustomerID),
        lngEmployeeID INTEGER NOT NULL, dtmOrderDate TIMESTAMP NOT NULL, dtmRequiredDate TIMESTAMP NOT NULL,
        dtmShippedDate TIMESTAMP, lngShipViaID INTEGER, curFreight DECIMAL(19, 4) NOT NULL,
        chrStatus VARCHAR(1) NOT NULL, strPONumber VARCHAR, ysnRush BOOLEAN NOT NULL, memNotes VARCHAR)""",
    """CREATE TABLE tblOrderDetail (
        lngOrderDetailID INTEGER PRIMARY KEY, lngOrderID INTEGER NOT NULL REFERENCES tblOrder (lngOrderID),
        lngProductID INTEGER NOT NULL, intQty INTEGER NOT NULL, curUnitPrice DECIMAL(19, 4) NOT NULL,
        dblDiscount DOUBLE NOT NULL)""",
]
COMMENTS = [
    "COMMENT ON COLUMN tblCustomer.chrCustType IS "
    "'G = garden centre, H = hardware store, L = landscaping contractor, M = municipality'",
    "COMMENT ON COLUMN tblCustomer.ysnTaxExempt IS 'Yes/No kept from Access: -1 = Yes, 0 = No'",
    "COMMENT ON COLUMN tblOrder.chrStatus IS 'O = open, S = shipped, B = back-ordered, X = cancelled'",
    "COMMENT ON COLUMN tblOrder.dtmShippedDate IS 'empty until the order leaves the warehouse'",
    "COMMENT ON COLUMN tblOrderDetail.dblDiscount IS 'fraction off the line, 0.05 = 5 %'",
    "COMMENT ON COLUMN tblCustomer.lngSalesRepID IS 'the tblEmployee who looks after the account'",
    "COMMENT ON TABLE tlkpShipVia IS 'carriers and delivery methods'",
]

REGIONS = [  # id, code, name, states
    (1, "NE", "Northeast", words("NY PA MA CT NJ VT")),
    (2, "SE", "Southeast", words("GA FL NC SC TN VA")),
    (3, "MW", "Midwest", words("OH MI IL IN WI MN")),
    (4, "SW", "Southwest", words("TX AZ NM OK")),
    (5, "WC", "West Coast", words("CA OR WA")),
    (6, "MT", "Mountain", words("CO UT ID MT")),
]
CITIES = {
    "NY": words("Albany Buffalo Rochester"), "PA": words("Pittsburgh Allentown Harrisburg"),
    "MA": words("Worcester Springfield"), "CT": words("Hartford Stamford"), "NJ": words("Trenton Newark"),
    "VT": ["Burlington"], "GA": words("Atlanta Savannah Macon"), "FL": words("Orlando Tampa Gainesville"),
    "NC": words("Raleigh Charlotte Asheville"), "SC": words("Columbia Greenville"), "TN": words("Nashville Knoxville"),
    "VA": words("Richmond Roanoke"), "OH": words("Columbus Dayton Toledo"), "MI": words("Lansing Kalamazoo"),
    "IL": words("Peoria Rockford Naperville"), "IN": words("Indianapolis Bloomington"), "WI": words("Madison Appleton"),
    "MN": words("Rochester Duluth"), "TX": words("Austin Dallas Houston Waco"), "AZ": words("Phoenix Tucson Mesa"),
    "NM": words("Albuquerque"), "OK": words("Tulsa Norman"), "CA": words("Fresno Sacramento Oakland Riverside"),
    "OR": words("Portland Eugene Salem"), "WA": words("Spokane Tacoma Olympia"), "CO": words("Denver Boulder"),
    "UT": words("Provo Ogden"), "ID": words("Boise"), "MT": words("Missoula Billings"),
}  # fmt: skip
REGION_WEIGHT = [24, 22, 20, 14, 14, 6]
CATEGORIES = [  # name, description, month factors (Jan..Dec)
    ("Seeds & Bulbs", "Vegetable and flower seed, spring and autumn bulbs",
     [0.8, 1.6, 2.2, 1.8, 0.9, 0.5, 0.4, 0.6, 1.1, 1.0, 0.4, 0.3]),
    ("Fertilizers", "Granular and liquid fertilizer, lawn feed, compost",
     [0.4, 0.8, 1.8, 2.1, 1.7, 1.0, 0.7, 0.7, 1.0, 0.7, 0.4, 0.3]),
    ("Hand Tools", "Spades, pruners, rakes, hoes", [0.7, 0.9, 1.3, 1.4, 1.3, 1.1, 1.0, 0.9, 1.0, 0.9, 0.8, 1.1]),
    ("Power Tools", "Mowers, trimmers, blowers, chainsaws", [0.5, 0.7, 1.3, 1.7, 1.6, 1.3, 1.0, 0.9, 1.0, 1.0, 0.7, 0.8]),
    ("Irrigation", "Hoses, sprinklers, drip kits, timers", [0.3, 0.5, 1.0, 1.6, 2.0, 2.1, 1.8, 1.2, 0.6, 0.4, 0.2, 0.2]),
    ("Pest Control", None, [0.3, 0.4, 0.9, 1.5, 1.9, 2.0, 1.8, 1.4, 0.8, 0.5, 0.3, 0.2]),
    ("Pots & Planters", "Terracotta, plastic and glazed containers",
     [0.6, 0.8, 1.4, 1.7, 1.6, 1.1, 0.8, 0.8, 0.9, 0.8, 0.7, 0.8]),
    ("Snow & Ice", "Shovels, ice melt, sand, scrapers", [2.6, 2.0, 0.8, 0.1, 0.0, 0.0, 0.0, 0.0, 0.2, 0.9, 2.2, 2.8]),
    ("Safety Gear", "Gloves, goggles, ear defenders", [0.9, 0.9, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9]),
]  # fmt: skip
PRODUCTS = {  # category: (name, unit price, weight lb)
    "Seeds & Bulbs": [("Tomato Seed Pack", 2.49, 0.1), ("Sweet Pea Seed Pack", 2.29, 0.1),
                      ("Tulip Bulbs 25ct", 14.99, 2.5), ("Daffodil Bulbs 20ct", 12.99, 2.2),
                      ("Wildflower Mix 1lb", 24.5, 1.0), ("Grass Seed 25lb", 64.0, 25.0),
                      ("Seed Potato 5lb", 9.75, 5.0), ("Herb Seed Collection", 11.5, 0.4)],
    "Fertilizers": [("All-Purpose Feed 20lb", 21.0, 20.0), ("Lawn Food 40lb", 38.5, 40.0),
                    ("Liquid Tomato Feed 1gal", 16.25, 9.0), ("Bone Meal 10lb", 13.9, 10.0),
                    ("Organic Compost 1cuft", 8.4, 30.0), ("Rose Food 4lb", 12.75, 4.0),
                    ("Slow Release Pellets 15lb", 27.0, 15.0)],
    "Hand Tools": [("Bypass Pruner", 18.99, 0.6), ("Round Point Shovel", 29.5, 5.2), ("Leaf Rake 24in", 19.25, 2.1),
                   ("Garden Hoe", 22.0, 2.8), ("Hedge Shears", 34.0, 2.3), ("Hand Trowel", 7.5, 0.5),
                   ("Wheelbarrow 6cuft", 119.0, 48.0), ("Loppers 30in", 39.0, 3.0), ("Bow Saw 21in", 24.0, 1.9)],
    "Power Tools": [("Push Mower 21in", 329.0, 68.0), ("Cordless String Trimmer", 149.0, 9.5),
                    ("Leaf Blower 40V", 179.0, 8.0), ("Chainsaw 16in", 249.0, 12.5),
                    ("Hedge Trimmer 22in", 119.0, 7.0), ("Self-Propelled Mower", 529.0, 85.0),
                    ("Pressure Washer 2000psi", 289.0, 30.0)],
    "Irrigation": [("Garden Hose 50ft", 32.0, 6.5), ("Oscillating Sprinkler", 17.5, 1.4), ("Drip Kit 100ft", 44.0, 3.2),
                   ("Hose Timer Digital", 38.0, 1.0), ("Soaker Hose 25ft", 15.0, 2.4), ("Hose Reel Cart", 89.0, 22.0),
                   ("Impact Sprinkler", 26.0, 2.0)],
    "Pest Control": [("Slug Pellets 2lb", 9.5, 2.0), ("Insecticidal Soap 32oz", 11.25, 2.2),
                     ("Mouse Traps 4pk", 6.75, 0.4), ("Weed Killer 1gal", 24.9, 9.0),
                     ("Neem Oil 16oz", 14.5, 1.1), ("Fly Traps 6pk", 8.25, 0.6)],
    "Pots & Planters": [("Terracotta Pot 10in", 12.5, 6.0), ("Glazed Planter 16in", 46.0, 18.0),
                        ("Plastic Pot 6in 10pk", 9.0, 1.5), ("Window Box 30in", 27.0, 4.0),
                        ("Hanging Basket 14in", 19.5, 2.0), ("Raised Bed Kit 4x8", 139.0, 55.0)],
    "Snow & Ice": [("Snow Shovel 24in", 27.5, 3.1), ("Ice Melt 50lb", 22.0, 50.0), ("Snow Pusher 36in", 44.0, 5.0),
                   ("Ice Scraper", 5.25, 0.4), ("Traction Sand 40lb", 9.5, 40.0), ("Roof Rake 21ft", 59.0, 6.5)],
    "Safety Gear": [("Work Gloves Leather", 12.0, 0.4), ("Safety Goggles", 8.5, 0.2), ("Ear Defenders", 16.0, 0.6),
                    ("Hi-Vis Vest", 9.0, 0.3), ("Knee Pads", 21.0, 1.0), ("Dust Masks 10pk", 14.0, 0.3)],
}  # fmt: skip
SUPPLIERS = [  # name, country, lead time days
    ("GreenLeaf Seeds Co.", "USA", 10), ("Harvest Bulb Importers", "Netherlands", 45),
    ("Prairie Fertilizer Inc.", "USA", 7), ("Ironwood Tool Works", "USA", 14), ("Shenzhen Garden Tech", "China", 60),
    ("Nordic Outdoor AB", "Sweden", 35), ("AquaFlow Irrigation", "USA", 12), ("BugBuster Labs", "Canada", 18),
    ("Terra Pottery", "Mexico", 25), ("Frostline Supply", "Canada", 15), ("SafeHands Ltd", "Taiwan", 50),
]  # fmt: skip
SUPPLIER_OF = {
    "Seeds & Bulbs": [0, 1],
    "Fertilizers": [2],
    "Hand Tools": [3, 5],
    "Power Tools": [4, 5],
    "Irrigation": [6, 4],
    "Pest Control": [7, 2],
    "Pots & Planters": [8],
    "Snow & Ice": [9, 3],
    "Safety Gear": [10],
}
SHIP_VIA = [("UPS Ground", 9.5), ("FedEx Freight", 45.0), ("Company Truck", 25.0), ("Customer Pickup", 0.0)]
EMPLOYEES = [  # first, last, title, hired, reports to (index + 1), active
    ("Margaret", "Ellison", "Vice President, Sales", dt.date(2009, 4, 1), None, True),
    ("Howard", "Kim", "Sales Manager", dt.date(2012, 9, 17), 1, True),
    ("Denise", "Okafor", "Sales Manager", dt.date(2015, 2, 2), 1, True),
    ("Tom", "Reilly", "Sales Representative", dt.date(2013, 6, 3), 2, True),
    ("Angela", "Moreno", "Sales Representative", dt.date(2016, 1, 11), 2, True),
    ("Raj", "Patel", "Sales Representative", dt.date(2017, 8, 21), 2, True),
    ("Susan", "Whitfield", "Sales Representative", dt.date(2014, 3, 24), 3, False),
    ("Carlos", "Vega", "Sales Representative", dt.date(2019, 5, 6), 3, True),
    ("Emily", "Brandt", "Sales Representative", dt.date(2020, 10, 12), 3, True),
    ("Jamal", "Wright", "Sales Representative", dt.date(2022, 2, 14), 2, True),
    ("Linda", "Chu", "Inside Sales Coordinator", dt.date(2018, 7, 9), 1, True),
    ("Peter", "Novak", "Sales Representative", dt.date(2023, 4, 3), 3, True),
]  # fmt: skip
CUST_TYPES = ["G", "H", "L", "M"]
NAME_A = words("Green Valley Oak Ridge Maple Sunny Blue River Stone Cedar Willow Pine Golden Meadow Hillside Lake")
NAME_A += words("Prairie Summit Harbor Evergreen Birch Fox Country Heritage Creekside Redwood Elm")
NAME_B = {
    "G": ["Garden Center", "Nursery", "Gardens", "Plant Shop", "Garden Supply"],
    "H": ["Hardware", "Home & Hardware", "Tool Supply", "Farm Store", "Builders Supply"],
    "L": ["Landscaping", "Lawn Care", "Grounds Maintenance", "Landscape Design", "Tree Service"],
    "M": ["Parks Dept.", "Public Works", "School District", "County Grounds", "City Services"],
}
FIRST = words("John Mary Robert Patricia Michael Jennifer David Linda James Barbara Daniel Susan Mark Karen Paul")
LAST = words("Smith Johnson Brown Jones Miller Davis Wilson Moore Taylor Anderson Thomas Jackson Martin Lee Clark")
WEEKDAY_FACTOR = [1.25, 1.15, 1.05, 1.0, 0.85, 0.12, 0.0]
MONTH_FACTOR = [0.6, 0.8, 1.3, 1.55, 1.45, 1.15, 0.95, 0.85, 0.95, 0.9, 0.8, 0.75]
CUSTOMER_NOTES = ["Pays late, check credit", "Prefers morning delivery", "Loading dock at rear",
                  "Call before delivery", "Seasonal account, closed Dec-Feb", "Net 60 agreed by HK"]  # fmt: skip
ORDER_NOTES = ["Leave at loading dock", "Call on arrival", "Partial shipment OK", "Deliver before noon",
               "Replacement for damaged items", "Hold until customer confirms"]  # fmt: skip


def _customers(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    reps = [i + 1 for i, e in enumerate(EMPLOYEES) if "Representative" in e[2]]
    used: set[str] = set()
    for cid in range(1, 481):
        region = weighted(rng, REGIONS, REGION_WEIGHT)
        state = rng.choice(region[3])
        kind = weighted(rng, CUST_TYPES, [34, 30, 28, 8])
        name = f"{rng.choice(NAME_A)} {rng.choice(NAME_B[kind])}"
        while name in used:
            name = f"{rng.choice(NAME_A)} {rng.choice(NAME_A)} {rng.choice(NAME_B[kind])}"
        used.add(name)
        contact = None if rng.random() < 0.07 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        credit = weighted(rng, [2500, 5000, 10000, 25000, 50000], [20, 35, 25, 15, 5]) * (2 if kind == "M" else 1)
        tax_exempt = -1 if kind == "M" or rng.random() < 0.06 else 0
        created = START - dt.timedelta(days=2200) + dt.timedelta(days=round(2200 * 1.6 * rng.random() ** 0.8))
        created = min(created, END - dt.timedelta(days=30))
        rep = None if rng.random() < 0.05 else rng.choice(reps)
        note = rng.choice(CUSTOMER_NOTES) if rng.random() < 0.1 else None
        rows.append((cid, name, contact, rng.choice(CITIES[state]), state, region[0], kind, rep, money(credit),
                     tax_exempt, dt.datetime.combine(created, dt.time(0)), note))  # fmt: skip
    return rows


def _products(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for cat_id, (category, _, _) in enumerate(CATEGORIES, start=1):
        for name, price, weight in PRODUCTS[category]:
            pid = len(rows) + 1
            supplier = rng.choice(SUPPLIER_OF[category]) + 1
            cost = money(price * rng.uniform(0.48, 0.72))
            stock = max(0, round(rng.gauss(180, 120)))
            code = f"{category[:2].upper()}-{1000 + pid * 7}"
            rows.append((pid, code, name, cat_id, supplier, price, cost, stock, rng.choice([10, 20, 25, 50, 100]),
                         weight, rng.random() < 0.08))  # fmt: skip
    return rows


def _orders(rng: random.Random, customers: list[Row], products: list[Row]) -> tuple[list[Row], list[Row]]:
    orders: list[Row] = []
    lines: list[Row] = []
    cust_weights = zipf_weights(len(customers), 0.8)
    rng.shuffle(cust_weights)
    cust_cum = list(accumulate(cust_weights))
    by_category: dict[int, list[Row]] = {}
    for p in products:
        by_category.setdefault(p[3], []).append(p)
    reps = [i + 1 for i, e in enumerate(EMPLOYEES) if "Representative" in e[2] or "Coordinator" in e[2]]
    for day in days(START, END):
        years = (day - START).days / 365.25
        mean = 7.5 * 1.13**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        if (day.month, day.day) in ((1, 1), (7, 4), (12, 25)):
            mean = 0.0
        cat_weights = [c[2][day.month - 1] + 0.05 for c in CATEGORIES]
        for _ in range(poisson(rng, mean)):
            cust = rng.choices(customers, cum_weights=cust_cum)[0]
            while cust[10].date() > day:
                cust = rng.choices(customers, cum_weights=cust_cum)[0]
            oid = len(orders) + 1
            employee = cust[7] if cust[7] and rng.random() < 0.85 else rng.choice(reps)
            hired = EMPLOYEES[employee - 1][3]
            if hired > day:
                employee = 4
            if employee == 7 and day > dt.date(2023, 6, 30):  # left the company: her accounts went to the newest rep
                employee = 12
            rush = rng.random() < 0.09
            required = day + dt.timedelta(days=3 if rush else rng.choice([7, 7, 10, 14]))
            status = weighted(rng, ["S", "B", "X"], [92, 4, 4 if cust[6] != "M" else 1])
            if day > END - dt.timedelta(days=12):
                status = weighted(rng, ["O", "S"], [70, 30])
            ship_via = weighted(rng, [1, 2, 3, 4], [45, 15, 28, 12])
            shipped = None
            if status == "S":
                lag = max(0, round(rng.gauss(1.2 if rush else 3.0, 1.2)))
                shipped = day + dt.timedelta(days=lag)
                if shipped.weekday() == 6:
                    shipped += dt.timedelta(days=1)
            n_lines = weighted(rng, [1, 2, 3, 4, 5, 6, 8], [18, 22, 20, 15, 10, 8, 7])
            if cust[6] == "L":
                n_lines = max(1, n_lines - 1)
            weight_total = 0.0
            for cat_id in rng.choices(range(1, len(CATEGORIES) + 1), weights=cat_weights, k=n_lines):
                product = rng.choice(by_category[cat_id])
                qty = max(1, round(rng.lognormvariate(2.2 if product[5] < 50 else 0.9, 0.8)))
                if cust[6] == "M":
                    qty *= 2
                price = money(float(product[5]) * 1.045**years)
                discount = weighted(rng, [0.0, 0.05, 0.1, 0.15], [70, 16, 10, 4] if qty < 40 else [35, 30, 25, 10])
                weight_total += qty * float(product[9])
                lines.append((len(lines) + 1, oid, product[0], qty, price, discount))
            base = SHIP_VIA[ship_via - 1][1]
            freight = 0.0 if ship_via == 4 else money(base + 0.18 * weight_total * (1.6 if rush else 1.0))
            po = None if rng.random() < 0.4 else f"PO-{rng.randint(10000, 99999)}"
            note = rng.choice(ORDER_NOTES) if rng.random() < 0.07 else None
            orders.append((oid, cust[0], employee, dt.datetime.combine(day, dt.time(0)),
                           dt.datetime.combine(required, dt.time(0)),
                           dt.datetime.combine(shipped, dt.time(0)) if shipped else None,
                           None if status == "X" and rng.random() < 0.5 else ship_via, freight, status, po, rush,
                           note))  # fmt: skip
    return orders, lines


def build() -> Catalog:
    """The whole wholesale database, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("tlkpRegion", [r[:3] for r in REGIONS])
    catalog.add("tlkpCategory", [(i, c[0], c[1]) for i, c in enumerate(CATEGORIES, start=1)])
    catalog.add("tlkpShipVia", [(i, *s) for i, s in enumerate(SHIP_VIA, start=1)])
    catalog.add("tblSupplier", [(i, *s) for i, s in enumerate(SUPPLIERS, start=1)])
    catalog.add("tblEmployee", [(i, e[0], e[1], e[2], dt.datetime.combine(e[3], dt.time(0)), e[4], e[5])
                                for i, e in enumerate(EMPLOYEES, start=1)])  # fmt: skip
    customers = _customers(rng)
    catalog.add("tblCustomer", customers)
    products = _products(rng)
    catalog.add("tblProduct", products)
    orders, lines = _orders(rng, customers, products)
    catalog.add("tblOrder", orders)
    catalog.add("tblOrderDetail", lines)
    return catalog
