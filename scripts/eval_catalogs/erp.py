"""An ERP warehouse in the style of legacy data marts: `t_` tables, prefixed and abbreviated snake_case columns.

Seven related tables with declared foreign keys (two of them from `t_xfer` to `t_whse`, one from `t_emp` to
itself), one-letter code columns, skewed customers and products, growth, seasonality, a weekday pattern and
NULLs where a real system has them. Deterministic: everything comes from one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, days, money, poisson, random_date, weighted, words, zipf_weights

SEED = 150_001
START, END = dt.date(2022, 1, 1), dt.date(2024, 12, 31)

DDL = [
    """CREATE TABLE t_dept (
        dept_id INTEGER PRIMARY KEY, dept_nm VARCHAR NOT NULL, dept_div_nm VARCHAR NOT NULL,
        dept_loc_cd VARCHAR(3) NOT NULL, dept_bdgt_amt DECIMAL(12, 2))""",
    """CREATE TABLE t_emp (
        emp_id INTEGER PRIMARY KEY, emp_nm VARCHAR NOT NULL, dept_id INTEGER NOT NULL REFERENCES t_dept (dept_id),
        mgr_emp_id INTEGER REFERENCES t_emp (emp_id), emp_ttl VARCHAR NOT NULL, emp_gndr_cd VARCHAR(1),
        emp_hire_dt DATE NOT NULL, emp_term_dt DATE, emp_stat_cd VARCHAR(1) NOT NULL,
        emp_sal_amt DECIMAL(10, 2), emp_bns_pct DECIMAL(4, 1))""",
    """CREATE TABLE t_cust (
        cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, cust_seg_cd VARCHAR(1) NOT NULL,
        cust_ctry_cd VARCHAR(2) NOT NULL, cust_city_nm VARCHAR, cust_crt_dt DATE NOT NULL,
        cust_cr_lmt_amt DECIMAL(12, 2))""",
    """CREATE TABLE t_prod (
        prod_id INTEGER PRIMARY KEY, prod_nm VARCHAR NOT NULL, prod_cat_nm VARCHAR NOT NULL,
        prod_list_prc DECIMAL(10, 2) NOT NULL, prod_unit_cost DECIMAL(10, 2) NOT NULL, prod_wt_kg DOUBLE,
        prod_lnch_dt DATE NOT NULL)""",
    """CREATE TABLE t_ord (
        ord_id INTEGER PRIMARY KEY, ord_dt DATE NOT NULL, cust_id INTEGER NOT NULL REFERENCES t_cust (cust_id),
        prod_id INTEGER NOT NULL REFERENCES t_prod (prod_id), sls_emp_id INTEGER REFERENCES t_emp (emp_id),
        ord_qty INTEGER NOT NULL, ord_unit_prc DECIMAL(10, 2) NOT NULL, ord_disc_amt DECIMAL(10, 2) NOT NULL,
        ord_net_amt DECIMAL(12, 2) NOT NULL, ord_chnl_cd VARCHAR(1) NOT NULL, ord_stat_cd VARCHAR(1) NOT NULL,
        ord_shp_dt DATE)""",
    """CREATE TABLE t_whse (
        whse_id INTEGER PRIMARY KEY, whse_nm VARCHAR NOT NULL, whse_rgn_nm VARCHAR NOT NULL,
        whse_cap_qty INTEGER NOT NULL, whse_opn_dt DATE NOT NULL)""",
    """CREATE TABLE t_xfer (
        xfer_id INTEGER PRIMARY KEY, xfer_dt DATE NOT NULL,
        src_whse_id INTEGER NOT NULL REFERENCES t_whse (whse_id),
        dst_whse_id INTEGER NOT NULL REFERENCES t_whse (whse_id),
        prod_id INTEGER NOT NULL REFERENCES t_prod (prod_id), xfer_qty INTEGER NOT NULL,
        xfer_cost_amt DECIMAL(10, 2) NOT NULL, xfer_stat_cd VARCHAR(1) NOT NULL)""",
]
# Legacy marts document a few columns, not all of them.
COMMENTS = [
    "COMMENT ON COLUMN t_cust.cust_seg_cd IS 'R = retail, W = wholesale, G = government'",
    "COMMENT ON COLUMN t_ord.ord_chnl_cd IS 'W = web, P = phone, E = EDI'",
    "COMMENT ON COLUMN t_ord.ord_stat_cd IS 'O = open, S = shipped, C = cancelled, R = returned'",
    "COMMENT ON COLUMN t_xfer.xfer_stat_cd IS 'D = delivered, T = in transit, X = cancelled'",
]

DEPTS = [  # id, name, division, location, head count weight, salary factor
    (10, "Sales", "Commercial", "NYC", 14, 1.0),
    (20, "Marketing", "Commercial", "NYC", 5, 1.0),
    (30, "Finance", "Corporate", "CHI", 5, 1.1),
    (40, "Human Resources", "Corporate", "CHI", 3, 0.95),
    (50, "Engineering", "Technology", "AUS", 12, 1.25),
    (60, "Customer Support", "Operations", "AUS", 9, 0.8),
    (70, "Logistics", "Operations", "CHI", 8, 0.85),
    (80, "Procurement", "Operations", "CHI", 3, 0.95),
    (90, "Legal", "Corporate", "NYC", 2, 1.2),
    (100, "IT Operations", "Technology", "SEA", 5, 1.1),
    (110, "Research", "Technology", "SEA", 4, 1.15),
    (120, "Quality Assurance", "Operations", "AUS", 4, 0.9),
]
LEVELS = [("Director", 165_000), ("Manager", 118_000), ("Senior Specialist", 92_000), ("Specialist", 72_000)]
LEVELS += [("Associate", 54_000)]
FIRST = words("Ana Ben Chloe Dev Elif Femi Grace Hiro Ines Jonas Kira Liam Maya Noor Omar Priya Quinn Rosa Sami Tara")
FIRST += words("Uma Victor Wen Xavier Yara Zane Aiko Bruno Carla Dmitri Esther Farid Gwen Hugo Iris Jamal Lena Mateo")
LAST = words("Abbott Brennan Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lindqvist Moreau")
LAST += words("Nakamura Okafor Petrov Quintero Rossi Schmidt Tanaka Usman Vargas Walsh Xu Yilmaz Zimmer Bauer Costa")
COUNTRIES = {  # code: (weight, cities)
    "US": (55, ["New York", "Chicago", "Houston", "Phoenix", "Denver", "Atlanta", "Seattle", "Boston"]),
    "CA": (15, ["Toronto", "Montreal", "Vancouver", "Calgary"]),
    "GB": (10, ["London", "Manchester", "Leeds"]),
    "MX": (8, ["Mexico City", "Monterrey", "Guadalajara"]),
    "DE": (7, ["Berlin", "Munich", "Hamburg"]),
    "FR": (5, ["Paris", "Lyon"]),
}
CATEGORIES = {  # name: (count, price range, weight range in kg, product nouns)
    "Furniture": (18, (80, 1200), (5, 60), ["Desk", "Chair", "Bookcase", "Cabinet", "Table", "Sofa"]),
    "Electronics": (22, (30, 2000), (0.2, 15), ["Monitor", "Laptop", "Printer", "Headset", "Router", "Scanner"]),
    "Office Supplies": (30, (2, 60), (0.05, 2), ["Stapler", "Binder", "Pen Set", "Marker", "Folder", "Tape"]),
    "Paper": (16, (5, 80), (0.5, 12), ["Copy Paper", "Notebook", "Envelopes", "Labels"]),
    "Breakroom": (18, (3, 150), (0.2, 8), ["Coffee", "Tea", "Cups", "Water Filter", "Snack Box"]),
    "Lighting": (16, (15, 300), (0.3, 9), ["Desk Lamp", "Floor Lamp", "LED Panel", "Bulb Pack"]),
}
MONTH_FACTOR = [0.85, 0.9, 1.0, 1.0, 1.02, 0.97, 0.9, 0.82, 1.05, 1.1, 1.25, 1.35]
WEEKDAY_FACTOR = [1.1, 1.15, 1.1, 1.05, 0.95, 0.4, 0.3]
WAREHOUSES = [  # id, name, region, capacity, opened, outbound weight, inbound weight
    (1, "Newark DC", "East", 120_000, dt.date(2009, 3, 1), 30, 10),
    (2, "Atlanta DC", "South", 90_000, dt.date(2011, 6, 15), 15, 14),
    (3, "Dallas DC", "South", 100_000, dt.date(2013, 9, 1), 14, 12),
    (4, "Chicago DC", "Central", 110_000, dt.date(2010, 1, 10), 18, 12),
    (5, "Denver DC", "Central", 60_000, dt.date(2016, 4, 1), 6, 12),
    (6, "Phoenix DC", "West", 55_000, dt.date(2018, 2, 1), 5, 13),
    (7, "Reno DC", "West", 80_000, dt.date(2019, 8, 1), 8, 18),
    (8, "Portland DC", "West", 45_000, dt.date(2021, 5, 1), 4, 9),
]


def _employees(rng: random.Random) -> list[list[Row]]:
    """Employees in three batches (directors, managers, everyone else) so managers exist before reports."""
    batches: list[list[Row]] = [[], [], []]
    next_id, names = 1001, set[str]()
    for dept_id, _, _, _, size, factor in DEPTS:
        count = size * 5 + rng.randint(-3, 3)
        director, managers = next_id, list[int]()
        for i in range(count):
            level = 0 if i == 0 else 1 if i <= max(1, count // 10) else rng.choices([2, 3, 4], [3, 4, 3])[0]
            title, base = LEVELS[level]
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            while name in names:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            names.add(name)
            hire = random_date(rng, dt.date(2008, 1, 1), END - dt.timedelta(days=30))
            if rng.random() < 0.5:  # the company grew: half the staff joined in the last six years
                hire = random_date(rng, dt.date(2019, 1, 1), END - dt.timedelta(days=30))
            term = None
            if level > 0 and rng.random() < 0.18:
                term = min(END, hire + dt.timedelta(days=rng.randint(120, 2500)))
            status = "T" if term else ("L" if rng.random() < 0.04 else "A")
            salary = None if rng.random() < 0.02 else money(base * factor * rng.lognormvariate(0, 0.12))
            bonus = None
            if dept_id == 10:
                bonus = round(rng.uniform(5, 25), 1)
            elif level <= 1:
                bonus = round(rng.uniform(10, 20), 1)
            gender = weighted(rng, ["F", "M", "X"], [47, 51, 2])
            manager = None if level == 0 else director if level == 1 or not managers else rng.choice(managers)
            row = (next_id, name, dept_id, manager, title, gender, hire, term, status, salary, bonus)
            batches[min(level, 2)].append(row)
            if level == 1:
                managers.append(next_id)
            next_id += 1
    return batches


def _customers(rng: random.Random) -> list[Row]:
    parts = words("Blue Harbor Summit Cedar Granite Pioneer Atlas Nova Maple Crescent Iron Silver Union Apex Delta")
    kinds = words("Supply Traders Office Group Partners Retail Holdings Works Services Depot Outfitters")
    rows: list[Row] = []
    names = set[str]()
    codes = list(COUNTRIES)
    for cust_id in range(1, 901):
        name = f"{rng.choice(parts)} {rng.choice(parts)} {rng.choice(kinds)}"
        while name in names:
            name = f"{rng.choice(parts)} {rng.choice(kinds)} {rng.randint(2, 99)}"
        names.add(name)
        seg = weighted(rng, ["R", "W", "G"], [55, 33, 12])
        country = weighted(rng, codes, [COUNTRIES[c][0] for c in codes])
        city = None if rng.random() < 0.06 else rng.choice(COUNTRIES[country][1])
        limit = {"R": (5_000, 20_000), "W": (50_000, 250_000), "G": (100_000, 500_000)}[seg]
        credit = None if rng.random() < 0.08 else money(round(rng.uniform(*limit), -3))
        rows.append((cust_id, name, seg, country, city, random_date(rng, dt.date(2014, 1, 1), END), credit))
    return rows


def _products(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    brands = words("Acme Orion Kestrel Vantage Helix Norde Lumen Paragon")
    prod_id = 501
    for category, (count, (lo, hi), (wlo, whi), nouns) in CATEGORIES.items():
        for i in range(count):
            price = money(lo * (hi / lo) ** (rng.random() ** 1.4))
            weight = None if rng.random() < 0.08 else round(rng.uniform(wlo, whi), 2)
            launch = random_date(rng, dt.date(2015, 1, 1), dt.date(2024, 6, 30))
            name = f"{brands[i % len(brands)]} {nouns[i % len(nouns)]} {100 + i * 7}"
            rows.append((prod_id, name, category, price, money(price * rng.uniform(0.45, 0.75)), weight, launch))
            prod_id += 1
    return rows


def _orders(rng: random.Random, customers: list[Row], products: list[Row], employees: list[Row]) -> list[Row]:
    cust_ids, segs = [c[0] for c in customers], {c[0]: c[2] for c in customers}
    cust_w = zipf_weights(len(cust_ids), 0.8)
    rng.shuffle(cust_w)
    cust_cum = list(accumulate(cust_w))
    prod_w = zipf_weights(len(products), 0.9)
    rng.shuffle(prod_w)
    sales = [e for e in employees if e[2] == 10 and e[4] != "Director"]
    talent = {e[0]: rng.lognormvariate(0, 0.5) for e in sales}
    rows: list[Row] = []
    for day in days(START, END):
        years = (day - START).days / 365.25
        mean = 24 * 1.15**years * MONTH_FACTOR[day.month - 1] * WEEKDAY_FACTOR[day.weekday()]
        live = [(p, w) for p, w in zip(products, prod_w, strict=True) if p[6] <= day]
        live_products, live_cum = [p for p, _ in live], list(accumulate(w for _, w in live))
        active = [e for e in sales if e[6] <= day and (e[7] is None or e[7] >= day)] or sales
        active_cum = list(accumulate(talent[e[0]] for e in active))
        for _ in range(poisson(rng, mean)):
            cust = rng.choices(cust_ids, cum_weights=cust_cum)[0]
            prod = rng.choices(live_products, cum_weights=live_cum)[0]
            seg = segs[cust]
            qty = max(1, round(rng.expovariate(1 / {"R": 3, "W": 18, "G": 11}[seg])))
            price = money(float(prod[3]) * rng.uniform(0.97, 1.04))
            gross = qty * price
            disc = 0.0 if rng.random() < 0.6 else money(gross * rng.uniform(0.05, 0.12 if seg == "R" else 0.2))
            web_share = 0.35 + 0.2 * years / 3 + (0.35 if day.weekday() >= 5 else 0)
            chnl = "W" if rng.random() < web_share else ("E" if seg != "R" and rng.random() < 0.5 else "P")
            rep = None if chnl == "W" and rng.random() < 0.7 else rng.choices(active, cum_weights=active_cum)[0][0]
            recent = (END - day).days < 12
            stat = "O" if recent and rng.random() < 0.6 else weighted(rng, ["S", "C", "R"], [93, 4, 3])
            shipped = day + dt.timedelta(days=rng.randint(1, 7)) if stat in ("S", "R") else None
            row = (len(rows) + 1, day, cust, prod[0], rep, qty, price, disc, money(gross - disc), chnl, stat, shipped)
            rows.append(row)
    return rows


def _transfers(rng: random.Random, products: list[Row]) -> list[Row]:
    ids = [w[0] for w in WAREHOUSES]
    rows: list[Row] = []
    for day in days(START, END):
        if day.weekday() >= 5:
            continue
        for _ in range(poisson(rng, 5.5 * MONTH_FACTOR[(day.month % 12)])):
            src = weighted(rng, ids, [w[5] for w in WAREHOUSES])
            dst = weighted(rng, ids, [0 if w[0] == src else w[6] for w in WAREHOUSES])
            prod = rng.choice(products)
            qty = rng.randint(1, 50) * 10
            cost = money(qty * float(prod[4]) * 0.03 + rng.uniform(80, 400))
            stat = "T" if (END - day).days < 10 else weighted(rng, ["D", "X"], [98, 2])
            rows.append((len(rows) + 1, day, src, dst, prod[0], qty, cost, stat))
    return rows


def build() -> Catalog:
    """The whole warehouse, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    budgets = {d[0]: money(d[4] * rng.uniform(380_000, 520_000)) for d in DEPTS}
    catalog.add("t_dept", [(d[0], d[1], d[2], d[3], budgets[d[0]]) for d in DEPTS])
    batches = _employees(rng)
    for batch in batches:
        catalog.add("t_emp", batch)
    customers, products = _customers(rng), _products(rng)
    catalog.add("t_cust", customers)
    catalog.add("t_prod", products)
    catalog.add("t_ord", _orders(rng, customers, products, [e for b in batches for e in b]))
    catalog.add("t_whse", [w[:5] for w in WAREHOUSES])
    catalog.add("t_xfer", _transfers(rng, products))
    return catalog
