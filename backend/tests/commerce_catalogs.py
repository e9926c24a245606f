"""Two normalised order catalogs for commerce questions (revenue through line items, anti-joins, spenders, HAVING
counts, bridge tables): a PascalCase music download shop with declared keys (purchases with a total, purchase lines
with a unit price and a quantity, tracks on releases by musicians in music genres, shoppers looked after by staff,
mixtapes through a bridge table) and a snake_case trade counter whose keys are declared by name only (sales orders,
order lines with a unit price, a quantity and a discount, stock items in item groups from vendors, buyers, staff and
hauliers)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def tune_shop() -> duckdb.DuckDBPyConnection:
    """Musicians, releases, genres, formats, tracks (a list price each), staff (who reports to whom), shoppers (each
    with a support rep), purchases (a date, a billing country and a total), purchase lines (unit price, quantity) and
    mixtapes of tracks. Some shoppers never bought anything, some tracks were never sold, some sit on several
    mixtapes."""
    con = duckdb.connect()
    rnd = random.Random(2026)
    con.execute('CREATE TABLE "Musician"("MusicianId" INTEGER PRIMARY KEY, "MusicianName" VARCHAR)')
    musicians = ["Quiet Harbour", "Lumen Drive", "The Salt Flats", "Okra Sisters", "Velvet Static", "Pine & Wire"]
    con.executemany('INSERT INTO "Musician" VALUES (?, ?)', list(enumerate(musicians, 1)))
    con.execute('CREATE TABLE "MusicGenre"("GenreId" INTEGER PRIMARY KEY, "GenreName" VARCHAR)')
    genres = ["Shoegaze", "Afrobeat", "Bluegrass", "Synthwave", "Cumbia"]
    con.executemany('INSERT INTO "MusicGenre" VALUES (?, ?)', list(enumerate(genres, 1)))
    con.execute('CREATE TABLE "Format"("FormatId" INTEGER PRIMARY KEY, "FormatName" VARCHAR)')
    con.executemany(
        'INSERT INTO "Format" VALUES (?, ?)', [(1, "Lossless file"), (2, "Compressed file"), (3, "Stem pack")]
    )
    con.execute(
        'CREATE TABLE "Release"("ReleaseId" INTEGER PRIMARY KEY, "ReleaseTitle" VARCHAR, '
        '"MusicianId" INTEGER REFERENCES "Musician"("MusicianId"))'
    )
    releases = [(i, f"Release {chr(64 + i)}", 1 + (i - 1) % 5) for i in range(1, 13)]  # musician 6 has none
    con.executemany('INSERT INTO "Release" VALUES (?, ?, ?)', releases)
    con.execute(
        'CREATE TABLE "Track"("TrackId" INTEGER PRIMARY KEY, "TrackTitle" VARCHAR, '
        '"ReleaseId" INTEGER REFERENCES "Release"("ReleaseId"), "GenreId" INTEGER REFERENCES "MusicGenre"("GenreId"), '
        '"FormatId" INTEGER REFERENCES "Format"("FormatId"), "Writer" VARCHAR, "LengthMs" INTEGER, '
        '"Price" DECIMAL(5, 2))'
    )
    tracks = [
        (
            i,
            f"Track {i:03d}",
            1 + (i - 1) % 12,
            1 + (i * 7) % 5,
            1 + i % 3,
            rnd.choice(["Ada Quill", "Bo Reyes", "Cy Mendel", None]),
            rnd.randint(120_000, 420_000),
            [0.99, 1.29, 1.99][i % 3],
        )
        for i in range(1, 61)
    ]
    con.executemany('INSERT INTO "Track" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', tracks)
    con.execute(
        'CREATE TABLE "Staff"("StaffId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR, '
        '"JobTitle" VARCHAR, "ReportsTo" INTEGER REFERENCES "Staff"("StaffId"), "HireDate" DATE)'
    )
    staff = [
        (1, "Maren", "Holt", "Store Manager", None, dt.date(2019, 3, 1)),
        (2, "Tobias", "Wren", "Support Lead", 1, dt.date(2020, 6, 15)),
        (3, "Ines", "Calder", "Support Agent", 2, dt.date(2021, 1, 10)),
        (4, "Ravi", "Oduya", "Support Agent", 2, dt.date(2021, 9, 5)),
        (5, "Lotte", "Brann", "Support Agent", 2, dt.date(2022, 4, 20)),
    ]
    con.executemany('INSERT INTO "Staff" VALUES (?, ?, ?, ?, ?, ?)', staff)
    con.execute(
        'CREATE TABLE "Shopper"("ShopperId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR, '
        '"City" VARCHAR, "Country" VARCHAR, "Email" VARCHAR, "SupportRepId" INTEGER REFERENCES "Staff"("StaffId"))'
    )
    places = [
        ("Lisbon", "Portugal"),
        ("Porto", "Portugal"),
        ("Oslo", "Norway"),
        ("Quito", "Ecuador"),
        ("Pune", "India"),
    ]
    firsts = ["Alma", "Bruno", "Chiara", "Dmitri", "Efua", "Farid", "Greta", "Hugo", "Ilse", "Jonas"]
    lasts = ["Abara", "Becker", "Costa", "Dahl", "Eze", "Fonseca", "Grimm"]
    shoppers = []
    for i in range(1, 36):
        city, country = places[i % 5]
        first, last = firsts[i % 10], lasts[i % 7]
        shoppers.append((i, first, last, city, country, f"{first.lower()}{i}@mail.test", 3 + i % 3))
    con.executemany('INSERT INTO "Shopper" VALUES (?, ?, ?, ?, ?, ?, ?)', shoppers)
    con.execute(
        'CREATE TABLE "Purchase"("PurchaseId" INTEGER PRIMARY KEY, "ShopperId" INTEGER REFERENCES "Shopper"("ShopperId"), '
        '"PurchaseDate" TIMESTAMP, "BillingCountry" VARCHAR, "Total" DECIMAL(8, 2))'
    )
    con.execute(
        'CREATE TABLE "PurchaseLine"("PurchaseLineId" INTEGER PRIMARY KEY, '
        '"PurchaseId" INTEGER REFERENCES "Purchase"("PurchaseId"), "TrackId" INTEGER REFERENCES "Track"("TrackId"), '
        '"UnitPrice" DECIMAL(5, 2), "Quantity" INTEGER)'
    )
    heads: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    price = {t[0]: t[7] for t in tracks}
    for p in range(1, 181):
        who = rnd.randint(1, 30)  # shoppers 31-35 never buy
        when = dt.datetime(2023, 1, 1, 9) + dt.timedelta(days=rnd.randrange(700), hours=rnd.randrange(12))
        total = 0.0
        for _ in range(rnd.randint(1, 4)):
            track = rnd.randint(1, 52)  # tracks 53-60 are never sold
            qty = rnd.choice([1, 1, 1, 2, 3])
            lines.append((len(lines) + 1, p, track, price[track], qty))
            total += price[track] * qty
        heads.append((p, who, when, shoppers[who - 1][4], round(total, 2)))
    con.executemany('INSERT INTO "Purchase" VALUES (?, ?, ?, ?, ?)', heads)
    con.executemany('INSERT INTO "PurchaseLine" VALUES (?, ?, ?, ?, ?)', lines)
    con.execute('CREATE TABLE "Mixtape"("MixtapeId" INTEGER PRIMARY KEY, "MixtapeName" VARCHAR)')
    mixtapes = ["Night Drive", "Sunday Slow", "Gym Floor", "Road Trip", "Empty Mix"]
    con.executemany('INSERT INTO "Mixtape" VALUES (?, ?)', list(enumerate(mixtapes, 1)))
    con.execute(
        'CREATE TABLE "MixtapeTrack"("MixtapeId" INTEGER REFERENCES "Mixtape"("MixtapeId"), '
        '"TrackId" INTEGER REFERENCES "Track"("TrackId"), PRIMARY KEY ("MixtapeId", "TrackId"))'
    )
    links = sorted({(rnd.randint(1, 4), rnd.randint(1, 45)) for _ in range(70)})
    con.executemany('INSERT INTO "MixtapeTrack" VALUES (?, ?)', links)
    return con


def trade_counter() -> duckdb.DuckDBPyConnection:
    """snake_case, keys by name only (no declared foreign keys): item groups, vendors (a country), stock items (a list
    price, units in stock, a retired flag), buyers (a company in a city and country), staff (a manager), hauliers,
    sales orders (ordered, required and shipped dates, a freight charge, a ship country) and order lines (unit price,
    quantity, discount). Some buyers never ordered, some items were never sold."""
    con = duckdb.connect()
    rnd = random.Random(7331)
    con.execute("CREATE TABLE item_groups(group_id INTEGER PRIMARY KEY, group_name VARCHAR, notes VARCHAR)")
    groups = ["Hand Tools", "Fasteners", "Adhesives", "Safety Gear", "Lighting", "Plumbing"]
    con.executemany("INSERT INTO item_groups VALUES (?, ?, ?)", [(i, g, f"{g} range") for i, g in enumerate(groups, 1)])
    con.execute(
        "CREATE TABLE vendors(vendor_id INTEGER PRIMARY KEY, vendor_name VARCHAR, contact_person VARCHAR, "
        "city VARCHAR, country VARCHAR)"
    )
    vendors = [
        (1, "Brightwell Metals", "A. Koss", "Leeds", "UK"),
        (2, "Nordkap Supply", "B. Lund", "Bergen", "Norway"),
        (3, "Tamarind Trading", "C. Rao", "Chennai", "India"),
        (4, "Oakridge Hardware", "D. Fry", "Denver", "USA"),
        (5, "Kessel Werkzeug", "E. Kiel", "Essen", "Germany"),
        (6, "Maple Fixings", "F. Roy", "Ottawa", "Canada"),
    ]
    con.executemany("INSERT INTO vendors VALUES (?, ?, ?, ?, ?)", vendors)
    con.execute(
        "CREATE TABLE stock_items(item_id INTEGER PRIMARY KEY, item_name VARCHAR, vendor_id INTEGER, group_id INTEGER, "
        "list_price DECIMAL(8, 2), units_in_stock INTEGER, reorder_level INTEGER, retired BOOLEAN)"
    )
    items = [
        (
            i,
            f"{['Clamp', 'Bolt', 'Glue', 'Visor', 'Lamp', 'Valve'][i % 6]} {i:02d}",
            1 + i % 5,  # vendor 6 supplies nothing
            1 + (i * 5) % 6,
            round(2.5 + (i * 37) % 60, 2),
            (i * 13) % 90,
            20,
            i % 9 == 0,
        )
        for i in range(1, 41)
    ]
    con.executemany("INSERT INTO stock_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)", items)
    con.execute(
        "CREATE TABLE buyers(buyer_id INTEGER PRIMARY KEY, company_name VARCHAR, contact_name VARCHAR, city VARCHAR, "
        "country VARCHAR)"
    )
    places = [("Lyon", "France"), ("Graz", "Austria"), ("Cork", "Ireland"), ("Turin", "Italy"), ("Austin", "USA")]
    buyers = []
    for i in range(1, 33):
        city, country = places[i % 5]
        buyers.append((i, f"{['Acme', 'Borel', 'Cinder', 'Delta'][i % 4]} {i:02d} Ltd", f"Contact {i}", city, country))
    con.executemany("INSERT INTO buyers VALUES (?, ?, ?, ?, ?)", buyers)
    con.execute(
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, title VARCHAR, "
        "manager_id INTEGER, hired_on DATE)"
    )
    staff = [
        (1, "Nadia", "Pruitt", "Sales Director", None, dt.date(2015, 2, 1)),
        (2, "Omar", "Vance", "Sales Rep", 1, dt.date(2017, 5, 8)),
        (3, "Pia", "Lorne", "Sales Rep", 1, dt.date(2018, 11, 19)),
        (4, "Quinn", "Ashby", "Sales Rep", 1, dt.date(2020, 7, 1)),
        (5, "Rosa", "Teague", "Inside Sales", 2, dt.date(2021, 3, 3)),
    ]
    con.executemany("INSERT INTO staff VALUES (?, ?, ?, ?, ?, ?)", staff)
    con.execute("CREATE TABLE hauliers(haulier_id INTEGER PRIMARY KEY, haulier_name VARCHAR, phone VARCHAR)")
    con.executemany(
        "INSERT INTO hauliers VALUES (?, ?, ?)",
        [(1, "Swift Freight", "555-0101"), (2, "Harbour Line", "555-0102"), (3, "Parcel Hawk", "555-0103")],
    )
    con.execute(
        "CREATE TABLE sales_orders(order_id INTEGER PRIMARY KEY, buyer_id INTEGER, staff_id INTEGER, order_date DATE, "
        "required_date DATE, shipped_date DATE, haulier_id INTEGER, freight DECIMAL(8, 2), ship_country VARCHAR)"
    )
    con.execute(
        "CREATE TABLE order_lines(order_id INTEGER, item_id INTEGER, unit_price DECIMAL(8, 2), quantity INTEGER, "
        "discount DOUBLE, PRIMARY KEY (order_id, item_id))"
    )
    orders: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for o in range(1, 241):
        buyer = rnd.randint(1, 27)  # buyers 28-32 never order
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(540))
        shipped = day + dt.timedelta(days=rnd.randint(1, 12)) if rnd.random() < 0.9 else None
        orders.append(
            (
                o,
                buyer,
                rnd.randint(2, 5),
                day,
                day + dt.timedelta(days=14),
                shipped,
                rnd.randint(1, 3),
                round(rnd.uniform(4, 120), 2),
                buyers[buyer - 1][4],
            )
        )
        for item in sorted(rnd.sample(range(1, 35), rnd.randint(1, 4))):  # items 35-40 are never sold
            base = items[item - 1][4]
            lines.append((o, item, base, rnd.randint(1, 40), rnd.choice([0.0, 0.0, 0.05, 0.1])))
    con.executemany("INSERT INTO sales_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_lines VALUES (?, ?, ?, ?, ?)", lines)
    return con
