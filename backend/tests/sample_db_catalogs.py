"""The two sample databases new users try first, rebuilt in DuckDB with fixed seeds: a PascalCase music store with
the real naming of its well-known SQLite original (artists, albums, tracks with milliseconds, bytes and a unit price,
genres, media types, playlists through a bridge table, customers each looked after by a support rep, employees who
report to employees, invoices with a billing country, city and total, invoice lines with a unit price and a quantity)
and a snake_case trading company as its popular Postgres port names it (customers, employees, orders with order,
required and shipped dates, a shipper, freight and a ship country, order details with a unit price, quantity and
discount, products with stock, reorder level and a discontinued flag, categories, suppliers, shippers, regions,
territories and employee territories). Dates span about three years; some cells are NULL as in the originals.

`QUESTIONS` holds, per catalog, thirty questions worded as users and BI tools' demos word them over these very
schemas, each with gold SQL (a question starting with '+' is a follow-up of the one before it). They were written
before reading the parser."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from typing import Any

import duckdb


class _Renamed:
    """A connection whose statements' names are rewritten (values are parameters, so only names match `pattern`)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, pattern: str, rename: Callable[[re.Match[str]], str]) -> None:
        self.con, self.pattern, self.rename = con, pattern, rename

    def execute(self, sql: str) -> None:
        self.con.execute(re.sub(self.pattern, self.rename, sql))

    def executemany(self, sql: str, params: list[Any]) -> None:
        self.con.executemany(re.sub(self.pattern, self.rename, sql), params)


_NW_NAMES = frozenset(
    [
        "address",
        "birth_date",
        "categories",
        "category_id",
        "category_name",
        "city",
        "company_name",
        "contact_name",
        "contact_title",
        "country",
        "customer_id",
        "customers",
        "description",
        "discontinued",
        "discount",
        "employee_id",
        "employee_territories",
        "employees",
        "extension",
        "fax",
        "first_name",
        "freight",
        "hire_date",
        "home_phone",
        "homepage",
        "last_name",
        "notes",
        "order_date",
        "order_details",
        "order_id",
        "orders",
        "phone",
        "photo",
        "photo_path",
        "picture",
        "postal_code",
        "product_id",
        "product_name",
        "products",
        "quantity",
        "quantity_per_unit",
        "region",
        "region_description",
        "region_id",
        "reorder_level",
        "reports_to",
        "required_date",
        "ship_address",
        "ship_city",
        "ship_country",
        "ship_name",
        "ship_postal_code",
        "ship_region",
        "ship_via",
        "shipped_date",
        "shipper_id",
        "shippers",
        "supplier_id",
        "suppliers",
        "territories",
        "territory_description",
        "territory_id",
        "title",
        "title_of_courtesy",
        "unit_price",
        "units_in_stock",
        "units_on_order",
    ]
)


def snake_sql(sql: str) -> str:
    """Gold SQL over the music store's original names, written for its snake_case port."""
    return re.sub(r'"(\w+)"', lambda m: _snake(m.group(1)), sql)


def pascal_sql(sql: str) -> str:
    """Gold SQL over the trading company's snake_case names, written for its PascalCase original."""
    return re.sub(r"\b[a-z][a-z_]*\b", lambda m: _pascal(m.group(0)) if m.group(0) in _NW_NAMES else m.group(0), sql)


def _snake(name: str) -> str:
    return '"' + re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower() + '"'


def _pascal(name: str) -> str:
    if name == "order_details":
        return '"Order Details"'
    return '"' + "".join("ID" if w == "id" else w.title() for w in name.split("_")) + '"'


_FIRST = [
    "Luís",
    "Leonie",
    "François",
    "Bjørn",
    "František",
    "Helena",
    "Astrid",
    "Daan",
    "Kara",
    "Eduardo",
    "Alexandre",
    "Roberto",
    "Fernanda",
    "Mark",
    "Jennifer",
    "Frank",
    "Jack",
    "Michelle",
    "Tim",
    "Dan",
    "Kathy",
    "Heather",
    "John",
    "Robert",
    "Julia",
    "Camille",
    "Dominique",
    "Marc",
    "Wyatt",
    "Isabelle",
    "Ladislav",
    "Hugh",
    "Lucas",
    "Johannes",
    "Stanisław",
    "Enrique",
    "Joakim",
    "Emma",
    "Phil",
    "Steve",
    "Mark",
    "Diego",
    "Luis",
    "Manoj",
    "Puja",
    "Hannah",
    "Niklas",
    "Aaron",
    "Ellie",
    "Madalena",
    "Martha",
    "Victor",
    "Richard",
    "Patrick",
    "Edward",
    "Terhi",
    "Fynn",
]
_LAST = [
    "Gonçalves",
    "Köhler",
    "Tremblay",
    "Hansen",
    "Wichterlová",
    "Holý",
    "Mayr",
    "Peeters",
    "Nielsen",
    "Martins",
    "Rocha",
    "Almeida",
    "Ramos",
    "Philips",
    "Peterson",
    "Harris",
    "Smith",
    "Brooks",
    "Goyer",
    "Miller",
    "Chase",
    "Gordon",
    "Mitchell",
    "Sullivan",
    "Girard",
    "Bernard",
    "Lefebvre",
    "Dubois",
    "Mercier",
    "Kovács",
    "O'Reilly",
    "Murray",
    "Mancini",
    "Van der Berg",
    "Wójcik",
    "Muñoz",
    "Johansson",
    "Jones",
    "Hughes",
    "Murray",
    "Gutiérrez",
    "Rojas",
    "Pareek",
    "Srivastava",
    "Schneider",
    "Schröder",
    "Mitchell",
    "Brown",
    "Sampaio",
    "Silk",
    "Stevens",
    "Taylor",
    "Gray",
    "Cunningham",
    "Hämäläinen",
    "Zimmermann",
    "Sousa",
]
_PLACES = [  # (city, state or NULL, country), weighted as the original's customers are
    ("São Paulo", "SP", "Brazil"), ("Rio de Janeiro", "RJ", "Brazil"), ("Brasília", "DF", "Brazil"),
    ("Stuttgart", None, "Germany"), ("Berlin", None, "Germany"), ("Frankfurt", None, "Germany"),
    ("Montréal", "QC", "Canada"), ("Toronto", "ON", "Canada"), ("Vancouver", "BC", "Canada"),
    ("Edmonton", "AB", "Canada"), ("Ottawa", "ON", "Canada"), ("Oslo", None, "Norway"), ("Prague", None, "Czech Republic"),
    ("Vienne", None, "Austria"), ("Brussels", None, "Belgium"), ("Copenhagen", None, "Denmark"),
    ("Mountain View", "CA", "USA"), ("Redmond", "WA", "USA"), ("New York", "NY", "USA"), ("Chicago", "IL", "USA"),
    ("Boston", "MA", "USA"), ("Orlando", "FL", "USA"), ("Austin", "TX", "USA"), ("Seattle", "WA", "USA"),
    ("Paris", None, "France"), ("Lyon", None, "France"), ("Bordeaux", None, "France"), ("Dijon", None, "France"),
    ("Helsinki", None, "Finland"), ("Budapest", None, "Hungary"), ("Dublin", "Dublin", "Ireland"),
    ("Rome", "RM", "Italy"), ("Amsterdam", "VV", "Netherlands"), ("Warsaw", None, "Poland"),
    ("Lisbon", None, "Portugal"), ("Porto", None, "Portugal"), ("Madrid", None, "Spain"), ("Stockholm", None, "Sweden"),
    ("London", None, "United Kingdom"), ("Edinburgh ", None, "United Kingdom"), ("Buenos Aires", None, "Argentina"),
    ("Sidney", "NSW", "Australia"), ("Santiago", None, "Chile"), ("Delhi", None, "India"), ("Bangalore", None, "India"),
]  # fmt: skip


def chinook() -> duckdb.DuckDBPyConnection:
    """The music store in its PascalCase original naming."""
    return _chinook(duckdb.connect())


def chinook_snake() -> duckdb.DuckDBPyConnection:
    """The music store as its Postgres port names it: snake_case tables and columns (invoice_line, billing_country,
    media_type_id), the same rows and keys."""
    con = duckdb.connect()
    _chinook(_Renamed(con, r'"(\w+)"', lambda m: _snake(m.group(1))))
    return con


def _chinook(con: Any) -> duckdb.DuckDBPyConnection:
    """The music store: 25 genres, 5 media types, 30 artists, 70 albums, 700 tracks (a composer for most), 12
    playlists, 8 employees in a reporting tree (three of them support reps), 59 customers (three never bought),
    about 420 invoices from 2021 to 2023 whose total is the sum of their lines."""
    rnd = random.Random(1729)
    con.execute('CREATE TABLE "Artist"("ArtistId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    artists = [
        "AC/DC", "Accept", "Aerosmith", "Alanis Morissette", "Alice In Chains", "Antônio Carlos Jobim",
        "Apocalyptica", "Audioslave", "BackBeat", "Billy Cobham", "Black Label Society", "Black Sabbath",
        "Body Count", "Bruce Dickinson", "Buddy Guy", "Caetano Veloso", "Chico Buarque", "Cidade Negra",
        "Deep Purple", "Eric Clapton", "Faith No More", "Foo Fighters", "Gilberto Gil", "Green Day", "Iron Maiden",
        "Led Zeppelin", "Metallica", "Miles Davis", "Pearl Jam", "U2",
    ]  # fmt: skip
    con.executemany('INSERT INTO "Artist" VALUES (?, ?)', list(enumerate(artists, 1)))
    con.execute('CREATE TABLE "Genre"("GenreId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    genres = [
        "Rock", "Jazz", "Metal", "Alternative & Punk", "Rock And Roll", "Blues", "Latin", "Reggae", "Pop",
        "Soundtrack", "Bossa Nova", "Easy Listening", "Heavy Metal", "R&B/Soul", "Electronica/Dance", "World",
        "Hip Hop/Rap", "Science Fiction", "TV Shows", "Sci Fi & Fantasy", "Drama", "Comedy", "Alternative",
        "Classical", "Opera",
    ]  # fmt: skip
    con.executemany('INSERT INTO "Genre" VALUES (?, ?)', list(enumerate(genres, 1)))
    con.execute('CREATE TABLE "MediaType"("MediaTypeId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    media = [
        "MPEG audio file",
        "Protected AAC audio file",
        "Protected MPEG-4 video file",
        "Purchased AAC audio file",
        "AAC audio file",
    ]
    con.executemany('INSERT INTO "MediaType" VALUES (?, ?)', list(enumerate(media, 1)))
    con.execute(
        'CREATE TABLE "Album"("AlbumId" INTEGER PRIMARY KEY, "Title" VARCHAR, '
        '"ArtistId" INTEGER NOT NULL REFERENCES "Artist"("ArtistId"))'
    )
    words = ["Live", "Back", "Black", "Blue", "Night", "Road", "Fire", "Stone", "Garden", "Dream", "Highway", "Echo"]
    albums = []
    for i in range(1, 71):
        artist = rnd.choices(range(1, 30), [1 + (a * 7) % 11 for a in range(1, 30)])[0] if i > 29 else i  # not 30
        albums.append((i, f"{rnd.choice(words)} {rnd.choice(words)} {i}", artist))
    con.executemany('INSERT INTO "Album" VALUES (?, ?, ?)', albums)
    con.execute(
        'CREATE TABLE "Track"("TrackId" INTEGER PRIMARY KEY, "Name" VARCHAR NOT NULL, '
        '"AlbumId" INTEGER REFERENCES "Album"("AlbumId"), '
        '"MediaTypeId" INTEGER NOT NULL REFERENCES "MediaType"("MediaTypeId"), '
        '"GenreId" INTEGER REFERENCES "Genre"("GenreId"), "Composer" VARCHAR, "Milliseconds" INTEGER NOT NULL, '
        '"Bytes" INTEGER, "UnitPrice" DECIMAL(10, 2) NOT NULL)'
    )
    composers = ["Angus Young, Malcolm Young", "Steve Harris", "Jimmy Page, Robert Plant", "Kurt Cobain",
                 "Dave Grohl", "Billie Joe Armstrong", "Gilberto Gil", "Chico Buarque", "Miles Davis", "U2",
                 "Eddie Vedder", "James Hetfield, Lars Ulrich", "Ian Gillan", "Eric Clapton"]  # fmt: skip
    genre_weights = [40, 14, 18, 10, 2, 6, 16, 3, 4, 2, 3, 1, 2, 2, 2, 1, 1, 1, 3, 1, 1, 1, 2, 4, 1]
    tracks = []
    for i in range(1, 701):
        video = rnd.random() < 0.05
        ms = rnd.randint(1_200_000, 2_900_000) if video else int(rnd.gauss(290_000, 90_000))
        ms = max(ms, 4_000 + i)
        tracks.append((
            i,
            f"{rnd.choice(words)} {rnd.choice(['Song', 'Blues', 'Rider', 'Heart', 'Train', 'Lady', 'Sky'])} {i}",
            1 + (i - 1) % 70,
            3 if video else rnd.choices([1, 2, 4, 5], [80, 12, 4, 4])[0],
            rnd.choice([19, 21, 20, 18]) if video else rnd.choices(range(1, 26), genre_weights)[0],
            None if video or rnd.random() < 0.27 else rnd.choice(composers),
            ms,
            ms * rnd.randint(28, 34) + rnd.randint(0, 999) if rnd.random() > 0.01 else None,
            1.99 if video else 0.99,
        ))  # fmt: skip
    con.executemany('INSERT INTO "Track" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', tracks)
    con.execute('CREATE TABLE "Playlist"("PlaylistId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    playlists = ["Music", "Movies", "TV Shows", "Audiobooks", "90’s Music", "Music Videos", "Brazilian Music",
                 "Classical", "Grunge", "Heavy Metal Classic", "On-The-Go 1", "Workout"]  # fmt: skip
    con.executemany('INSERT INTO "Playlist" VALUES (?, ?)', list(enumerate(playlists, 1)))
    con.execute(
        'CREATE TABLE "PlaylistTrack"("PlaylistId" INTEGER NOT NULL REFERENCES "Playlist"("PlaylistId"), '
        '"TrackId" INTEGER NOT NULL REFERENCES "Track"("TrackId"), PRIMARY KEY ("PlaylistId", "TrackId"))'
    )
    pt = {(1, t) for t in range(1, 701) if tracks[t - 1][3] != 3}
    pt |= {(6, t) for t in range(1, 701) if tracks[t - 1][3] == 3}
    for p, n in [(5, 120), (7, 40), (8, 25), (9, 15), (10, 16), (11, 1), (12, 30)]:
        pt |= {(p, t) for t in rnd.sample(range(1, 701), n)}  # playlists 2, 3 and 4 stay empty
    con.executemany('INSERT INTO "PlaylistTrack" VALUES (?, ?)', sorted(pt))
    con.execute(
        'CREATE TABLE "Employee"("EmployeeId" INTEGER PRIMARY KEY, "LastName" VARCHAR NOT NULL, '
        '"FirstName" VARCHAR NOT NULL, "Title" VARCHAR, "ReportsTo" INTEGER REFERENCES "Employee"("EmployeeId"), '
        '"BirthDate" TIMESTAMP, "HireDate" TIMESTAMP, "Address" VARCHAR, "City" VARCHAR, "State" VARCHAR, '
        '"Country" VARCHAR, "PostalCode" VARCHAR, "Phone" VARCHAR, "Fax" VARCHAR, "Email" VARCHAR)'
    )
    staff = [
        (1, "Adams", "Andrew", "General Manager", None, "1962-02-18", "2002-08-14", "Edmonton"),
        (2, "Edwards", "Nancy", "Sales Manager", 1, "1958-12-08", "2002-05-01", "Calgary"),
        (3, "Peacock", "Jane", "Sales Support Agent", 2, "1973-08-29", "2002-04-01", "Calgary"),
        (4, "Park", "Margaret", "Sales Support Agent", 2, "1947-09-19", "2003-05-03", "Calgary"),
        (5, "Johnson", "Steve", "Sales Support Agent", 2, "1965-03-03", "2003-10-17", "Calgary"),
        (6, "Mitchell", "Michael", "IT Manager", 1, "1973-07-01", "2003-10-17", "Calgary"),
        (7, "King", "Robert", "IT Staff", 6, "1970-05-29", "2004-01-02", "Lethbridge"),
        (8, "Callahan", "Laura", "IT Staff", 6, "1968-01-09", "2004-03-04", "Lethbridge"),
    ]
    con.executemany(
        'INSERT INTO "Employee" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (i, ln, fn, title, rep, born, hired, f"{100 + i} Street", city, "AB", "Canada", f"T{i}K 2N1",
             f"+1 (403) 555-{1000 + i}", f"+1 (403) 555-{2000 + i}", f"{fn.lower()}@chinookcorp.com")
            for i, ln, fn, title, rep, born, hired, city in staff
        ],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Customer"("CustomerId" INTEGER PRIMARY KEY, "FirstName" VARCHAR NOT NULL, '
        '"LastName" VARCHAR NOT NULL, "Company" VARCHAR, "Address" VARCHAR, "City" VARCHAR, "State" VARCHAR, '
        '"Country" VARCHAR, "PostalCode" VARCHAR, "Phone" VARCHAR, "Fax" VARCHAR, "Email" VARCHAR NOT NULL, '
        '"SupportRepId" INTEGER REFERENCES "Employee"("EmployeeId"))'
    )
    customers = []
    for i in range(1, 60):
        city, state, country = _PLACES[(i * 11) % len(_PLACES)] if i > len(_PLACES) else _PLACES[i - 1]
        fn, ln = _FIRST[(i - 1) % len(_FIRST)], _LAST[(i * 5) % len(_LAST)]
        customers.append((
            i, fn, ln, rnd.choice(["Embraer", "JetBrains s.r.o.", "Google Inc.", "Microsoft Corporation", "Apple Inc."])
            if rnd.random() < 0.17 else None, f"{i} Main Road", city, state, country,
            None if rnd.random() < 0.07 else f"{10000 + i * 37}", f"+{i} 555 {1000 + i}",
            f"+{i} 555 {2000 + i}" if rnd.random() < 0.2 else None,
            f"{fn.lower()}.{ln.lower().replace(' ', '')}@example.com", 3 + i % 3,
        ))  # fmt: skip
    con.executemany('INSERT INTO "Customer" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', customers)
    con.execute(
        'CREATE TABLE "Invoice"("InvoiceId" INTEGER PRIMARY KEY, '
        '"CustomerId" INTEGER NOT NULL REFERENCES "Customer"("CustomerId"), "InvoiceDate" TIMESTAMP NOT NULL, '
        '"BillingAddress" VARCHAR, "BillingCity" VARCHAR, "BillingState" VARCHAR, "BillingCountry" VARCHAR, '
        '"BillingPostalCode" VARCHAR, "Total" DECIMAL(10, 2) NOT NULL)'
    )
    con.execute(
        'CREATE TABLE "InvoiceLine"("InvoiceLineId" INTEGER PRIMARY KEY, '
        '"InvoiceId" INTEGER NOT NULL REFERENCES "Invoice"("InvoiceId"), '
        '"TrackId" INTEGER NOT NULL REFERENCES "Track"("TrackId"), "UnitPrice" DECIMAL(10, 2) NOT NULL, '
        '"Quantity" INTEGER NOT NULL)'
    )
    invoices, lines = [], []
    start = dt.datetime(2021, 1, 1)
    buyers = [c for c in customers if c[0] not in (13, 27, 44)]  # three never bought
    popular = rnd.sample(range(1, 701), 60)
    for inv in range(1, 421):
        cust = rnd.choice(buyers)
        when = start + dt.timedelta(days=int(inv * 1094 / 420) + rnd.randint(0, 2), hours=rnd.choice([0, 0, 9, 14]))
        total = 0.0
        for _ in range(rnd.choice([1, 2, 2, 4, 6, 9, 14])):
            track = rnd.choice(popular) if rnd.random() < 0.3 else rnd.randint(1, 700)
            price = tracks[track - 1][8]
            qty = rnd.choices([1, 2, 3], [85, 12, 3])[0]
            lines.append((len(lines) + 1, inv, track, price, qty))
            total += price * qty
        invoices.append((inv, cust[0], when, cust[4], cust[5], cust[6], cust[7], cust[8], round(total, 2)))
    con.executemany('INSERT INTO "Invoice" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', invoices)
    con.executemany('INSERT INTO "InvoiceLine" VALUES (?, ?, ?, ?, ?)', lines)
    return con


def _postal(k: int) -> str | None:
    """The k-th customer's postal code (a few have none), copied onto the orders shipped to them."""
    return None if k % 17 == 0 else f"{10000 + k * 113}"


def northwind() -> duckdb.DuckDBPyConnection:
    """The trading company as the popular Postgres port names it (snake_case)."""
    return _northwind(duckdb.connect())


def northwind_pascal() -> duckdb.DuckDBPyConnection:
    """The trading company in its original PascalCase naming: "Order Details", CustomerID, UnitsInStock, ShipVia."""
    con = duckdb.connect()
    _northwind(_Renamed(con, r"\b[a-z][a-z_]*\b", lambda m: _pascal(m.group(0))))
    return con


def _northwind(con: Any) -> duckdb.DuckDBPyConnection:
    """The trading company: 8 categories, 15 suppliers, 45 products (some discontinued, some below their reorder
    level), 9 employees, 3 shippers, 60 customers (two never ordered), 4 regions with territories, and about 800
    orders from July 1996 to May 1998 (a few not shipped yet, some shipped after the required date) with order
    details at a unit price, quantity and discount."""
    rnd = random.Random(1996)
    con.execute(
        "CREATE TABLE categories(category_id SMALLINT PRIMARY KEY, category_name VARCHAR NOT NULL, "
        "description VARCHAR, picture BLOB)"
    )
    categories = [
        ("Beverages", "Soft drinks, coffees, teas, beers, and ales"),
        ("Condiments", "Sweet and savory sauces, relishes, spreads, and seasonings"),
        ("Confections", "Desserts, candies, and sweet breads"),
        ("Dairy Products", "Cheeses"),
        ("Grains/Cereals", "Breads, crackers, pasta, and cereal"),
        ("Meat/Poultry", "Prepared meats"),
        ("Produce", "Dried fruit and bean curd"),
        ("Seafood", "Seaweed and fish"),
    ]
    con.executemany(
        "INSERT INTO categories VALUES (?, ?, ?, NULL)", [(i, n, d) for i, (n, d) in enumerate(categories, 1)]
    )
    con.execute(
        "CREATE TABLE suppliers(supplier_id SMALLINT PRIMARY KEY, company_name VARCHAR NOT NULL, "
        "contact_name VARCHAR, contact_title VARCHAR, address VARCHAR, city VARCHAR, region VARCHAR, "
        "postal_code VARCHAR, country VARCHAR, phone VARCHAR, fax VARCHAR, homepage VARCHAR)"
    )
    suppliers = [
        ("Exotic Liquids", "London", None, "UK"), ("New Orleans Cajun Delights", "New Orleans", "LA", "USA"),
        ("Grandma Kelly's Homestead", "Ann Arbor", "MI", "USA"), ("Tokyo Traders", "Tokyo", None, "Japan"),
        ("Cooperativa de Quesos 'Las Cabras'", "Oviedo", "Asturias", "Spain"), ("Mayumi's", "Osaka", None, "Japan"),
        ("Pavlova, Ltd.", "Melbourne", "Victoria", "Australia"), ("Specialty Biscuits, Ltd.", "Manchester", None, "UK"),
        ("PB Knäckebröd AB", "Göteborg", None, "Sweden"), ("Refrescos Americanas LTDA", "Sao Paulo", None, "Brazil"),
        ("Heli Süßwaren GmbH & Co. KG", "Berlin", None, "Germany"),
        ("Plutzer Lebensmittelgroßmärkte AG", "Frankfurt", None, "Germany"),
        ("Nord-Ost-Fisch Handelsgesellschaft mbH", "Cuxhaven", None, "Germany"),
        ("Formaggi Fortini s.r.l.", "Ravenna", None, "Italy"), ("Norske Meierier", "Sandvika", None, "Norway"),
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO suppliers VALUES (?, ?, ?, 'Sales Representative', ?, ?, ?, ?, ?, ?, NULL, NULL)",
        [(i, n, f"Contact {i}", f"{i} Market St.", c, r, f"{1000 + i * 7}", k, f"(0{i}) 555-{2222 + i}")
         for i, (n, c, r, k) in enumerate(suppliers, 1)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE products(product_id SMALLINT PRIMARY KEY, product_name VARCHAR NOT NULL, "
        "supplier_id SMALLINT REFERENCES suppliers(supplier_id), category_id SMALLINT REFERENCES "
        "categories(category_id), quantity_per_unit VARCHAR, unit_price REAL, units_in_stock SMALLINT, "
        "units_on_order SMALLINT, reorder_level SMALLINT, discontinued INTEGER NOT NULL)"
    )
    products = [  # name, supplier, category, price, in stock, on order, reorder level, discontinued
        ("Chai", 1, 1, 18.0, 39, 0, 10, 0), ("Chang", 1, 1, 19.0, 17, 40, 25, 0),
        ("Aniseed Syrup", 1, 2, 10.0, 13, 70, 25, 0), ("Chef Anton's Cajun Seasoning", 2, 2, 22.0, 53, 0, 0, 0),
        ("Chef Anton's Gumbo Mix", 2, 2, 21.35, 0, 0, 0, 1), ("Grandma's Boysenberry Spread", 3, 2, 25.0, 120, 0, 25, 0),
        ("Uncle Bob's Organic Dried Pears", 3, 7, 30.0, 15, 0, 10, 0), ("Northwoods Cranberry Sauce", 3, 2, 40.0, 6, 0, 0, 0),
        ("Mishi Kobe Niku", 4, 6, 97.0, 29, 0, 0, 1), ("Ikura", 4, 8, 31.0, 31, 0, 0, 0),
        ("Queso Cabrales", 5, 4, 21.0, 22, 30, 30, 0), ("Queso Manchego La Pastora", 5, 4, 38.0, 86, 0, 0, 0),
        ("Konbu", 6, 8, 6.0, 24, 0, 5, 0), ("Tofu", 6, 7, 23.25, 35, 0, 0, 0),
        ("Genen Shouyu", 6, 2, 15.5, 39, 0, 5, 0), ("Pavlova", 7, 3, 17.45, 29, 0, 10, 0),
        ("Alice Mutton", 7, 6, 39.0, 0, 0, 0, 1), ("Carnarvon Tigers", 7, 8, 62.5, 42, 0, 0, 0),
        ("Teatime Chocolate Biscuits", 8, 3, 9.2, 25, 0, 5, 0), ("Sir Rodney's Marmalade", 8, 3, 81.0, 40, 0, 0, 0),
        ("Sir Rodney's Scones", 8, 3, 10.0, 3, 40, 5, 0), ("Gustaf's Knäckebröd", 9, 5, 21.0, 104, 0, 25, 0),
        ("Tunnbröd", 9, 5, 9.0, 61, 0, 25, 0), ("Guaraná Fantástica", 10, 1, 4.5, 20, 0, 0, 1),
        ("NuNuCa Nuß-Nougat-Creme", 11, 3, 14.0, 76, 0, 30, 0), ("Gumbär Gummibärchen", 11, 3, 31.23, 15, 0, 0, 0),
        ("Schoggi Schokolade", 11, 3, 43.9, 49, 0, 30, 0), ("Rössle Sauerkraut", 12, 7, 45.6, 26, 0, 0, 1),
        ("Thüringer Rostbratwurst", 12, 6, 123.79, 0, 0, 0, 1), ("Nord-Ost Matjeshering", 13, 8, 25.89, 10, 0, 15, 0),
        ("Gorgonzola Telino", 14, 4, 12.5, 0, 70, 20, 0), ("Mascarpone Fabioli", 14, 4, 32.0, 9, 40, 25, 0),
        ("Geitost", 15, 4, 2.5, 112, 0, 20, 0), ("Sasquatch Ale", 2, 1, 14.0, 111, 0, 15, 0),
        ("Steeleye Stout", 2, 1, 18.0, 20, 0, 15, 0), ("Inlagd Sill", 9, 8, 19.0, 112, 0, 20, 0),
        ("Gravad lax", 9, 8, 26.0, 11, 50, 25, 0), ("Côte de Blaye", 12, 1, 263.5, 17, 0, 15, 0),
        ("Chartreuse verte", 12, 1, 18.0, 69, 0, 5, 0), ("Boston Crab Meat", 3, 8, 18.4, 123, 0, 30, 0),
        ("Jack's New England Clam Chowder", 3, 8, 9.65, 85, 0, 10, 0), ("Singaporean Hokkien Fried Mee", 4, 5, 14.0, 26, 0, 0, 1),
        ("Ipoh Coffee", 4, 1, 46.0, 17, 10, 25, 0), ("Gula Malacca", 6, 2, 19.45, 27, 0, 15, 0),
        ("Rogede sild", 15, 8, 9.5, 5, 70, 15, 0),
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, n, s, c, f"{rnd.choice([10, 12, 24, 48])} - {rnd.choice([100, 250, 500])} g", p, st, oo, rl, d)
         for i, (n, s, c, p, st, oo, rl, d) in enumerate(products, 1)],
    )  # fmt: skip
    con.execute("CREATE TABLE region(region_id SMALLINT PRIMARY KEY, region_description VARCHAR NOT NULL)")
    con.executemany(
        "INSERT INTO region VALUES (?, ?)", [(1, "Eastern"), (2, "Western"), (3, "Northern"), (4, "Southern")]
    )
    con.execute(
        "CREATE TABLE territories(territory_id VARCHAR PRIMARY KEY, territory_description VARCHAR NOT NULL, "
        "region_id SMALLINT NOT NULL REFERENCES region(region_id))"
    )
    territories = [
        ("01581", "Westboro", 1), ("01730", "Bedford", 1), ("02116", "Boston", 1), ("06897", "Wilton", 1),
        ("10019", "New York", 1), ("19713", "Neward", 1), ("27403", "Greensboro", 1), ("44122", "Beachwood", 3),
        ("48084", "Troy", 3), ("53404", "Racine", 3), ("55113", "Roseville", 3), ("60601", "Chicago", 3),
        ("72716", "Bentonville", 4), ("75234", "Dallas", 4), ("78759", "Austin", 4), ("80202", "Denver", 2),
        ("85014", "Phoenix", 2), ("90405", "Santa Monica", 2), ("94025", "Menlo Park", 2), ("98004", "Bellevue", 2),
    ]  # fmt: skip
    con.executemany("INSERT INTO territories VALUES (?, ?, ?)", territories)
    con.execute(
        "CREATE TABLE employees(employee_id SMALLINT PRIMARY KEY, last_name VARCHAR NOT NULL, first_name VARCHAR "
        "NOT NULL, title VARCHAR, title_of_courtesy VARCHAR, birth_date DATE, hire_date DATE, address VARCHAR, "
        "city VARCHAR, region VARCHAR, postal_code VARCHAR, country VARCHAR, home_phone VARCHAR, extension VARCHAR, "
        "photo BLOB, notes VARCHAR, reports_to SMALLINT REFERENCES employees(employee_id), photo_path VARCHAR)"
    )
    employees = [
        (1, "Davolio", "Nancy", "Sales Representative", "Ms.", "1948-12-08", "1992-05-01", "Seattle", "WA", "USA", 2),
        (2, "Fuller", "Andrew", "Vice President, Sales", "Dr.", "1952-02-19", "1992-08-14", "Tacoma", "WA", "USA", None),
        (3, "Leverling", "Janet", "Sales Representative", "Ms.", "1963-08-30", "1992-04-01", "Kirkland", "WA", "USA", 2),
        (4, "Peacock", "Margaret", "Sales Representative", "Mrs.", "1937-09-19", "1993-05-03", "Redmond", "WA", "USA", 2),
        (5, "Buchanan", "Steven", "Sales Manager", "Mr.", "1955-03-04", "1993-10-17", "London", None, "UK", 2),
        (6, "Suyama", "Michael", "Sales Representative", "Mr.", "1963-07-02", "1993-10-17", "London", None, "UK", 5),
        (7, "King", "Robert", "Sales Representative", "Mr.", "1960-05-29", "1994-01-02", "London", None, "UK", 5),
        (8, "Callahan", "Laura", "Inside Sales Coordinator", "Ms.", "1958-01-09", "1994-03-05", "Seattle", "WA", "USA", 2),
        (9, "Dodsworth", "Anne", "Sales Representative", "Ms.", "1966-01-27", "1994-11-15", "London", None, "UK", 5),
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)",
        [(i, ln, fn, t, tc, b, h, f"{i}07 - 20th Ave.", c, r, f"98{i}22", k, f"(206) 555-98{i}7", f"{5000 + i}",
          f"Education includes a degree ({i}).", rep)
         for i, ln, fn, t, tc, b, h, c, r, k, rep in sorted(employees, key=lambda e: e[-1] is not None)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE employee_territories(employee_id SMALLINT NOT NULL REFERENCES employees(employee_id), "
        "territory_id VARCHAR NOT NULL REFERENCES territories(territory_id), PRIMARY KEY (employee_id, territory_id))"
    )
    et = [(1 + (k * 5) % 9 if k % 7 else 2, t[0]) for k, t in enumerate(territories)]
    et += [(3, "72716"), (9, "02116"), (4, "48084")]
    con.executemany("INSERT INTO employee_territories VALUES (?, ?)", sorted(set(et)))
    con.execute("CREATE TABLE shippers(shipper_id SMALLINT PRIMARY KEY, company_name VARCHAR NOT NULL, phone VARCHAR)")
    con.executemany(
        "INSERT INTO shippers VALUES (?, ?, ?)",
        [(1, "Speedy Express", "(503) 555-9831"), (2, "United Package", "(503) 555-3199"),
         (3, "Federal Shipping", "(503) 555-9931")],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE customers(customer_id VARCHAR PRIMARY KEY, company_name VARCHAR NOT NULL, contact_name VARCHAR, "
        "contact_title VARCHAR, address VARCHAR, city VARCHAR, region VARCHAR, postal_code VARCHAR, country VARCHAR, "
        "phone VARCHAR, fax VARCHAR)"
    )
    firms = [
        ("ALFKI", "Alfreds Futterkiste", "Berlin", None, "Germany"),
        ("ANATR", "Ana Trujillo Emparedados y helados", "México D.F.", None, "Mexico"),
        ("ANTON", "Antonio Moreno Taquería", "México D.F.", None, "Mexico"),
        ("AROUT", "Around the Horn", "London", None, "UK"), ("BERGS", "Berglunds snabbköp", "Luleå", None, "Sweden"),
        ("BLAUS", "Blauer See Delikatessen", "Mannheim", None, "Germany"),
        ("BLONP", "Blondesddsl père et fils", "Strasbourg", None, "France"),
        ("BOLID", "Bólido Comidas preparadas", "Madrid", None, "Spain"), ("BONAP", "Bon app'", "Marseille", None, "France"),
        ("BOTTM", "Bottom-Dollar Markets", "Tsawassen", "BC", "Canada"),
        ("BSBEV", "B's Beverages", "London", None, "UK"), ("CACTU", "Cactus Comidas para llevar", "Buenos Aires", None, "Argentina"),
        ("CHOPS", "Chop-suey Chinese", "Bern", None, "Switzerland"), ("COMMI", "Comércio Mineiro", "Sao Paulo", "SP", "Brazil"),
        ("CONSH", "Consolidated Holdings", "London", None, "UK"),
        ("DRACD", "Drachenblut Delikatessen", "Aachen", None, "Germany"),
        ("DUMON", "Du monde entier", "Nantes", None, "France"), ("EASTC", "Eastern Connection", "London", None, "UK"),
        ("ERNSH", "Ernst Handel", "Graz", None, "Austria"), ("FAMIA", "Familia Arquibaldo", "Sao Paulo", "SP", "Brazil"),
        ("FOLIG", "Folies gourmandes", "Lille", None, "France"), ("FOLKO", "Folk och fä HB", "Bräcke", None, "Sweden"),
        ("FRANK", "Frankenversand", "München", None, "Germany"), ("FRANR", "France restauration", "Nantes", None, "France"),
        ("FRANS", "Franchi S.p.A.", "Torino", None, "Italy"),
        ("FURIB", "Furia Bacalhau e Frutos do Mar", "Lisboa", None, "Portugal"),
        ("GALED", "Galería del gastrónomo", "Barcelona", None, "Spain"),
        ("GODOS", "Godos Cocina Típica", "Sevilla", None, "Spain"), ("GOURL", "Gourmet Lanchonetes", "Campinas", "SP", "Brazil"),
        ("GREAL", "Great Lakes Food Market", "Eugene", "OR", "USA"), ("HANAR", "Hanari Carnes", "Rio de Janeiro", "RJ", "Brazil"),
        ("HILAA", "HILARION-Abastos", "San Cristóbal", "Táchira", "Venezuela"),
        ("HUNGC", "Hungry Coyote Import Store", "Elgin", "OR", "USA"),
        ("HUNGO", "Hungry Owl All-Night Grocers", "Cork", "Co. Cork", "Ireland"),
        ("ISLAT", "Island Trading", "Cowes", "Isle of Wight", "UK"), ("KOENE", "Königlich Essen", "Brandenburg", None, "Germany"),
        ("LACOR", "La corne d'abondance", "Versailles", None, "France"),
        ("LAMAI", "La maison d'Asie", "Toulouse", None, "France"), ("LAZYK", "Lazy K Kountry Store", "Walla Walla", "WA", "USA"),
        ("LEHMS", "Lehmanns Marktstand", "Frankfurt a.M.", None, "Germany"),
        ("LETSS", "Let's Stop N Shop", "San Francisco", "CA", "USA"), ("LILAS", "LILA-Supermercado", "Barquisimeto", "Lara", "Venezuela"),
        ("LINOD", "LINO-Delicateses", "I. de Margarita", "Nueva Esparta", "Venezuela"),
        ("LONEP", "Lonesome Pine Restaurant", "Portland", "OR", "USA"),
        ("MAGAA", "Magazzini Alimentari Riuniti", "Bergamo", None, "Italy"),
        ("MEREP", "Mère Paillarde", "Montréal", "Québec", "Canada"), ("MORGK", "Morgenstern Gesundkost", "Leipzig", None, "Germany"),
        ("NORTS", "North/South", "London", None, "UK"), ("OCEAN", "Océano Atlántico Ltda.", "Buenos Aires", None, "Argentina"),
        ("OLDWO", "Old World Delicatessen", "Anchorage", "AK", "USA"),
        ("OTTIK", "Ottilies Käseladen", "Köln", None, "Germany"), ("PICCO", "Piccolo und mehr", "Salzburg", None, "Austria"),
        ("QUEEN", "Queen Cozinha", "Sao Paulo", "SP", "Brazil"), ("QUICK", "QUICK-Stop", "Cunewalde", None, "Germany"),
        ("RATTC", "Rattlesnake Canyon Grocery", "Albuquerque", "NM", "USA"),
        ("REGGC", "Reggiani Caseifici", "Reggio Emilia", None, "Italy"),
        ("SAVEA", "Save-a-lot Markets", "Boise", "ID", "USA"), ("SEVES", "Seven Seas Imports", "London", None, "UK"),
        ("SIMOB", "Simons bistro", "Kobenhavn", None, "Denmark"), ("WOLZA", "Wolski  Zajazd", "Warszawa", None, "Poland"),
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(cid, name, f"Contact {k}", rnd.choice(["Owner", "Sales Representative", "Marketing Manager",
          "Accounting Manager", "Order Administrator"]), f"Street {k}", city, region,
          _postal(k), country, f"{k:03d}-555 01{k:02d}",
          f"{k:03d}-555 02{k:02d}" if k % 3 else None)
         for k, (cid, name, city, region, country) in enumerate(firms, 1)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE orders(order_id SMALLINT PRIMARY KEY, customer_id VARCHAR REFERENCES customers(customer_id), "
        "employee_id SMALLINT REFERENCES employees(employee_id), order_date DATE, required_date DATE, "
        "shipped_date DATE, ship_via SMALLINT REFERENCES shippers(shipper_id), freight REAL, ship_name VARCHAR, "
        "ship_address VARCHAR, ship_city VARCHAR, ship_region VARCHAR, ship_postal_code VARCHAR, ship_country VARCHAR)"
    )
    con.execute(
        "CREATE TABLE order_details(order_id SMALLINT NOT NULL REFERENCES orders(order_id), product_id SMALLINT NOT "
        "NULL REFERENCES products(product_id), unit_price REAL NOT NULL, quantity SMALLINT NOT NULL, discount REAL "
        "NOT NULL, PRIMARY KEY (order_id, product_id))"
    )
    buyers = [f for f in firms if f[0] not in ("FRANR", "HILAA")]  # two never ordered
    weights = [1 + (k * 7) % 13 for k in range(len(buyers))]
    emp_weights = [12, 9, 13, 16, 4, 7, 8, 11, 5]
    orders, details = [], []
    first = dt.date(1996, 7, 4)
    for k in range(800):
        oid = 10248 + k
        cid, name, city, region, country = rnd.choices(buyers, weights)[0]
        postal = _postal(1 + firms.index((cid, name, city, region, country)))
        day = first + dt.timedelta(days=int(k * 670 / 800))
        required = day + dt.timedelta(days=rnd.choice([14, 28, 28, 28, 42]))
        late = rnd.random() < 0.06
        shipped = (
            None
            if k > 770 and rnd.random() < 0.7
            else day + dt.timedelta(days=rnd.randint(30, 45) if late else rnd.randint(1, 12))
        )
        freight = round(rnd.lognormvariate(3.4, 1.1), 2)
        orders.append(
            (
                oid,
                cid,
                rnd.choices(range(1, 10), emp_weights)[0],
                day,
                required,
                shipped,
                rnd.choice([1, 2, 2, 3]),
                freight,
                name,
                f"Street of {cid}",
                city,
                region,
                postal,
                country,
            )
        )
        for pid in rnd.sample(range(1, 46), rnd.choice([1, 2, 2, 3, 3, 4, 5])):
            list_price = products[pid - 1][3]
            price = round(list_price * (0.8 if day < dt.date(1997, 1, 1) else 1.0), 2)
            qty = rnd.choice([2, 5, 6, 10, 12, 15, 20, 20, 25, 30, 35, 40, 50, 60, 70, 100, 120])
            disc = rnd.choices([0.0, 0.05, 0.1, 0.15, 0.2, 0.25], [60, 8, 8, 8, 8, 8])[0]
            details.append((oid, pid, price, qty, disc))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_details VALUES (?, ?, ?, ?, ?)", details)
    return con


# Chinook: revenue of lines, and the path from a line to an artist
_CH_LINES = '"InvoiceLine" il JOIN "Track" t ON t."TrackId" = il."TrackId"'
_CH_TAKEN = 'SUM(il."UnitPrice" * il."Quantity")'
_CH_ARTIST = (
    f'{_CH_LINES} JOIN "Album" al ON al."AlbumId" = t."AlbumId" JOIN "Artist" ar ON ar."ArtistId" = al."ArtistId"'
)
_CH_REP = (
    '"Invoice" i JOIN "Customer" c ON c."CustomerId" = i."CustomerId" '
    'JOIN "Employee" e ON e."EmployeeId" = c."SupportRepId"'
)
# Northwind: revenue net of discount (a gross variant is accepted too), lines with their orders
_NW_NET = "SUM(od.unit_price * od.quantity * (1 - od.discount))"
_NW_GROSS = "SUM(od.unit_price * od.quantity)"
_NW_LINES = "order_details od JOIN orders o ON o.order_id = od.order_id"

Question = tuple[str, tuple[str, ...], str | None]  # question, gold SQL (any of them), chart type asked or None


def _q(question: str, *gold: str, chart: str | None = None) -> Question:
    return (question, gold, chart)


def _both(question: str, sql: str, chart: str | None = None) -> Question:
    """A Northwind revenue question: gold net of discount, the gross sum accepted too."""
    return (question, (sql.replace("{M}", _NW_NET), sql.replace("{M}", _NW_GROSS)), chart)


CHINOOK_QUESTIONS: list[Question] = [
    _q("What are the top 10 artists by sales?",
       f'SELECT ar."Name", {_CH_TAKEN} FROM {_CH_ARTIST} GROUP BY ar."ArtistId", 1 ORDER BY 2 DESC LIMIT 10'),
    _q("revenue by genre",
       f'SELECT g."Name", {_CH_TAKEN} FROM {_CH_LINES} JOIN "Genre" g ON g."GenreId" = t."GenreId" GROUP BY 1'),
    _q("Which employee has the most sales?",
       f'SELECT e."FirstName" || \' \' || e."LastName", SUM(i."Total") FROM {_CH_REP} GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
       f'SELECT e."LastName", SUM(i."Total") FROM {_CH_REP} GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
       f'SELECT e."FirstName", SUM(i."Total") FROM {_CH_REP} GROUP BY 1 ORDER BY 2 DESC LIMIT 1'),
    _q("monthly sales trend",
       'SELECT date_trunc(\'month\', "InvoiceDate"), SUM("Total") FROM "Invoice" GROUP BY 1', chart="line"),
    _q("+only Germany",
       'SELECT date_trunc(\'month\', "InvoiceDate"), SUM("Total") FROM "Invoice" WHERE "BillingCountry" = \'Germany\' '
       "GROUP BY 1", chart="line"),
    _q("total sales by country", 'SELECT "BillingCountry", SUM("Total") FROM "Invoice" GROUP BY 1'),
    _q("Who are our best customers?",
       'SELECT c."FirstName" || \' \' || c."LastName", SUM(i."Total") FROM "Invoice" i JOIN "Customer" c '
       'ON c."CustomerId" = i."CustomerId" GROUP BY c."CustomerId", 1 ORDER BY 2 DESC LIMIT 10'),
    _q("How many tracks are there in each genre?",
       'SELECT g."Name", COUNT(*) FROM "Track" t JOIN "Genre" g ON g."GenreId" = t."GenreId" GROUP BY 1'),
    _q("average track length by genre",
       'SELECT g."Name", AVG(t."Milliseconds") FROM "Track" t JOIN "Genre" g ON g."GenreId" = t."GenreId" GROUP BY 1',
       'SELECT g."Name", AVG(t."Milliseconds") / 60000 FROM "Track" t JOIN "Genre" g ON g."GenreId" = t."GenreId" '
       "GROUP BY 1",
       'SELECT g."Name", AVG(t."Milliseconds") / 1000 FROM "Track" t JOIN "Genre" g ON g."GenreId" = t."GenreId" '
       "GROUP BY 1"),
    _q("List all tracks longer than 5 minutes", 'SELECT "Name" FROM "Track" WHERE "Milliseconds" > 300000'),
    _q("Which artists have the most albums?",
       'SELECT ar."Name", COUNT(*) FROM "Album" al JOIN "Artist" ar ON ar."ArtistId" = al."ArtistId" '
       'GROUP BY ar."ArtistId", 1',
       'SELECT ar."Name", COUNT(al."AlbumId") FROM "Artist" ar LEFT JOIN "Album" al ON ar."ArtistId" = al."ArtistId" '
       'GROUP BY ar."ArtistId", 1'),
    _q("top 5 longest tracks",
       'SELECT "Name", "Milliseconds" FROM "Track" ORDER BY "Milliseconds" DESC LIMIT 5'),
    _q("number of invoices per year",
       'SELECT year("InvoiceDate"), COUNT(*) FROM "Invoice" GROUP BY 1',
       'SELECT date_trunc(\'year\', "InvoiceDate"), COUNT(*) FROM "Invoice" GROUP BY 1'),
    _q("average invoice total by country", 'SELECT "BillingCountry", AVG("Total") FROM "Invoice" GROUP BY 1'),
    _q("How many customers does each sales support agent have?",
       'SELECT e."FirstName" || \' \' || e."LastName", COUNT(*) FROM "Customer" c JOIN "Employee" e '
       'ON e."EmployeeId" = c."SupportRepId" GROUP BY 1',
       'SELECT e."LastName", COUNT(*) FROM "Customer" c JOIN "Employee" e '
       'ON e."EmployeeId" = c."SupportRepId" GROUP BY 1',
       'SELECT e."FirstName", COUNT(*) FROM "Customer" c JOIN "Employee" e '
       'ON e."EmployeeId" = c."SupportRepId" GROUP BY 1'),
    _q("customers from Canada",
       'SELECT "FirstName", "LastName" FROM "Customer" WHERE "Country" = \'Canada\'',
       'SELECT "FirstName" || \' \' || "LastName" FROM "Customer" WHERE "Country" = \'Canada\''),
    _q("invoices with a total over $15", 'SELECT "InvoiceId", "Total" FROM "Invoice" WHERE "Total" > 15'),
    _q("sales by media type",
       f'SELECT m."Name", {_CH_TAKEN} FROM {_CH_LINES} JOIN "MediaType" m ON m."MediaTypeId" = t."MediaTypeId" '
       "GROUP BY 1"),
    _q("How many tracks are in each playlist?",
       'SELECT p."Name", COUNT(pt."TrackId") FROM "Playlist" p LEFT JOIN "PlaylistTrack" pt '
       'ON pt."PlaylistId" = p."PlaylistId" GROUP BY p."PlaylistId", 1',
       'SELECT p."Name", COUNT(*) FROM "Playlist" p JOIN "PlaylistTrack" pt ON pt."PlaylistId" = p."PlaylistId" '
       'GROUP BY p."PlaylistId", 1'),
    _q("total revenue in 2023", 'SELECT SUM("Total") FROM "Invoice" WHERE year("InvoiceDate") = 2023'),
    _q("revenue by genre", f'SELECT g."Name", {_CH_TAKEN} FROM {_CH_LINES} JOIN "Genre" g ON g."GenreId" = t."GenreId" '
       "GROUP BY 1"),
    _q("+as a pie chart",
       f'SELECT g."Name", {_CH_TAKEN} FROM {_CH_LINES} JOIN "Genre" g ON g."GenreId" = t."GenreId" GROUP BY 1',
       chart="pie"),
    _q("top 10 cities by revenue",
       'SELECT "BillingCity", SUM("Total") FROM "Invoice" GROUP BY 1 ORDER BY 2 DESC LIMIT 10'),
    _q("Which genre has the most tracks?",
       'SELECT g."Name", COUNT(*) FROM "Track" t JOIN "Genre" g ON g."GenreId" = t."GenreId" GROUP BY 1 '
       "ORDER BY 2 DESC LIMIT 1"),
    _q("number of customers per country", 'SELECT "Country", COUNT(*) FROM "Customer" GROUP BY 1'),
    _q("Who does each employee report to?",
       'SELECT e."FirstName" || \' \' || e."LastName", m."FirstName" || \' \' || m."LastName" FROM "Employee" e '
       'LEFT JOIN "Employee" m ON m."EmployeeId" = e."ReportsTo"',
       'SELECT e."LastName", m."LastName" FROM "Employee" e LEFT JOIN "Employee" m ON m."EmployeeId" = e."ReportsTo"',
       'SELECT e."FirstName", e."LastName", m."FirstName", m."LastName" FROM "Employee" e '
       'LEFT JOIN "Employee" m ON m."EmployeeId" = e."ReportsTo"',
       # the one reporting to nobody left out: accepted (a list of who reports to whom)
       'SELECT e."FirstName" || \' \' || e."LastName", m."FirstName" || \' \' || m."LastName" FROM "Employee" e '
       'JOIN "Employee" m ON m."EmployeeId" = e."ReportsTo"'),
    _q("How many albums does Iron Maiden have?",
       'SELECT COUNT(*) FROM "Album" al JOIN "Artist" ar ON ar."ArtistId" = al."ArtistId" '
       "WHERE ar.\"Name\" = 'Iron Maiden'"),
    _q("customers who have never made a purchase",
       'SELECT "FirstName", "LastName" FROM "Customer" WHERE "CustomerId" NOT IN (SELECT "CustomerId" FROM "Invoice")',
       'SELECT "FirstName" || \' \' || "LastName" FROM "Customer" '
       'WHERE "CustomerId" NOT IN (SELECT "CustomerId" FROM "Invoice")'),
    _q("top 10 artists by sales",
       f'SELECT ar."Name", {_CH_TAKEN} FROM {_CH_ARTIST} GROUP BY ar."ArtistId", 1 ORDER BY 2 DESC LIMIT 10'),
    _q("+only in 2022",
       f'SELECT ar."Name", {_CH_TAKEN} FROM {_CH_ARTIST} JOIN "Invoice" i ON i."InvoiceId" = il."InvoiceId" '
       'WHERE year(i."InvoiceDate") = 2022 GROUP BY ar."ArtistId", 1 ORDER BY 2 DESC LIMIT 10'),
]  # fmt: skip

NORTHWIND_QUESTIONS: list[Question] = [
    _both("sales by category in 1997",
          f"SELECT c.category_name, {{M}} FROM {_NW_LINES} JOIN products p ON p.product_id = od.product_id "
          "JOIN categories c ON c.category_id = p.category_id WHERE year(o.order_date) = 1997 GROUP BY 1"),
    _q("products that need reordering",
       "SELECT product_name FROM products WHERE units_in_stock < reorder_level",
       "SELECT product_name FROM products WHERE units_in_stock <= reorder_level",
       "SELECT product_name FROM products WHERE units_in_stock + units_on_order <= reorder_level"),
    _both("Which employee has the most sales?",
          f"SELECT e.first_name || ' ' || e.last_name, {{M}} FROM {_NW_LINES} JOIN employees e "
          "ON e.employee_id = o.employee_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    _both("average order value by country",
          f"SELECT ship_country, AVG(v) FROM (SELECT o.order_id, o.ship_country, {{M}} AS v FROM {_NW_LINES} "
          "GROUP BY 1, 2) GROUP BY 1"),
    _both("top 10 customers by revenue",
          f"SELECT cu.company_name, {{M}} FROM {_NW_LINES} JOIN customers cu ON cu.customer_id = o.customer_id "
          "GROUP BY 1 ORDER BY 2 DESC LIMIT 10"),
    _both("+in 1998",
          f"SELECT cu.company_name, {{M}} FROM {_NW_LINES} JOIN customers cu ON cu.customer_id = o.customer_id "
          "WHERE year(o.order_date) = 1998 GROUP BY 1 ORDER BY 2 DESC LIMIT 10"),
    _both("monthly sales trend",
          f"SELECT date_trunc('month', o.order_date), {{M}} FROM {_NW_LINES} GROUP BY 1", chart="line"),
    _both("+only Germany",
          f"SELECT date_trunc('month', o.order_date), {{M}} FROM {_NW_LINES} WHERE o.ship_country = 'Germany' "
          "GROUP BY 1", chart="line"),
    _q("number of orders per shipper",
       "SELECT s.company_name, COUNT(*) FROM orders o JOIN shippers s ON s.shipper_id = o.ship_via GROUP BY 1"),
    _q("average freight by shipper",
       "SELECT s.company_name, AVG(o.freight) FROM orders o JOIN shippers s ON s.shipper_id = o.ship_via GROUP BY 1"),
    _q("How many orders were shipped late?", "SELECT COUNT(*) FROM orders WHERE shipped_date > required_date"),
    _both("top 5 products by revenue",
          "SELECT p.product_name, {M} FROM order_details od JOIN products p ON p.product_id = od.product_id "
          "GROUP BY 1 ORDER BY 2 DESC LIMIT 5"),
    _q("How many products are in each category?",
       "SELECT c.category_name, COUNT(*) FROM products p JOIN categories c ON c.category_id = p.category_id "
       "GROUP BY 1"),
    _q("list the discontinued products", "SELECT product_name FROM products WHERE discontinued = 1"),
    _q("total freight by ship country", "SELECT ship_country, SUM(freight) FROM orders GROUP BY 1"),
    _q("number of orders per year",
       "SELECT year(order_date), COUNT(*) FROM orders GROUP BY 1",
       "SELECT date_trunc('year', order_date), COUNT(*) FROM orders GROUP BY 1"),
    _both("sales by employee",
          f"SELECT e.first_name || ' ' || e.last_name, {{M}} FROM {_NW_LINES} JOIN employees e "
          "ON e.employee_id = o.employee_id GROUP BY 1"),
    _q("Which suppliers supply the most products?",
       "SELECT s.company_name, COUNT(*) FROM products p JOIN suppliers s ON s.supplier_id = p.supplier_id "
       "GROUP BY 1 ORDER BY 2 DESC LIMIT 10"),
    _q("average unit price per category",
       "SELECT c.category_name, AVG(p.unit_price) FROM products p JOIN categories c ON c.category_id = p.category_id "
       "GROUP BY 1"),
    _q("customers in Germany", "SELECT company_name FROM customers WHERE country = 'Germany'"),
    _q("number of customers per country", "SELECT country, COUNT(*) FROM customers GROUP BY 1"),
    _q("products that are out of stock", "SELECT product_name FROM products WHERE units_in_stock = 0"),
    _q("Who does each employee report to?",
       "SELECT e.first_name || ' ' || e.last_name, m.first_name || ' ' || m.last_name FROM employees e "
       "LEFT JOIN employees m ON m.employee_id = e.reports_to",
       "SELECT e.last_name, m.last_name FROM employees e LEFT JOIN employees m ON m.employee_id = e.reports_to",
       "SELECT e.first_name, e.last_name, m.first_name, m.last_name FROM employees e "
       "LEFT JOIN employees m ON m.employee_id = e.reports_to",
       "SELECT e.first_name || ' ' || e.last_name, m.first_name || ' ' || m.last_name FROM employees e "
       "JOIN employees m ON m.employee_id = e.reports_to"),
    _q("average shipping time by shipper",
       "SELECT s.company_name, AVG(o.shipped_date - o.order_date) FROM orders o JOIN shippers s "
       "ON s.shipper_id = o.ship_via GROUP BY 1"),
    _both("quarterly sales in 1997",
          f"SELECT date_trunc('quarter', o.order_date), {{M}} FROM {_NW_LINES} WHERE year(o.order_date) = 1997 "
          "GROUP BY 1"),
    _both("sales by category",
          "SELECT c.category_name, {M} FROM order_details od JOIN products p ON p.product_id = od.product_id "
          "JOIN categories c ON c.category_id = p.category_id GROUP BY 1"),
    _both("+as a pie chart",
          "SELECT c.category_name, {M} FROM order_details od JOIN products p ON p.product_id = od.product_id "
          "JOIN categories c ON c.category_id = p.category_id GROUP BY 1", chart="pie"),
    _q("How many orders did each customer place?",
       "SELECT cu.company_name, COUNT(o.order_id) FROM customers cu LEFT JOIN orders o "
       "ON o.customer_id = cu.customer_id GROUP BY cu.customer_id, 1",
       "SELECT cu.company_name, COUNT(*) FROM customers cu JOIN orders o "
       "ON o.customer_id = cu.customer_id GROUP BY cu.customer_id, 1"),
    _q("inventory value by category",
       "SELECT c.category_name, SUM(p.unit_price * p.units_in_stock) FROM products p JOIN categories c "
       "ON c.category_id = p.category_id GROUP BY 1"),
    _q("orders that have not shipped yet", "SELECT order_id FROM orders WHERE shipped_date IS NULL"),
]  # fmt: skip

QUESTIONS = {"chinook": CHINOOK_QUESTIONS, "northwind": NORTHWIND_QUESTIONS}
