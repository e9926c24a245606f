"""Two public-library systems' own databases, rebuilt small in DuckDB with fixed seeds, and the questions librarians
and library managers ask of them.

`koha_like` follows the naming of the well-known open-source integrated library system: lowercase tables (borrowers,
biblio, biblioitems, items, issues, old_issues, reserves, branches, categories, itemtypes, statistics), codes as keys
of the small lookup tables (branchcode, categorycode, itype), run-together date columns (issuedate, date_due,
returndate, dateenrolled, dateofbirth), loans on the shelf-less side split in two: `issues` holds the loans still out,
`old_issues` the returned ones. Only some keys are declared, as in many installations.

`pascal_library` is a smaller system in PascalCase (Branches, PatronTypes, Patrons, Books, Copies, Loans, Holds,
Fines) whose loans live in one table with a NULL return date while out, every key declared.

`QUESTIONS` holds, per catalog, questions worded as librarians word them, each with gold SQL (any of them accepted).
They were written before reading the parser."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

_FIRST = ["Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo", "Iris", "Jonas", "Kira", "Lukas",
          "Mona", "Niko", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umut", "Vera", "Willem", "Yara", "Zoe"]  # fmt: skip
_LAST = ["Adler", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Gomez", "Hansen", "Ito", "Jensen", "Kovac",
         "Larsen", "Meyer", "Novak", "Olsen", "Peters"]  # fmt: skip
_TITLES = ["The Silent River", "A Winter Garden", "Letters from Home", "The Glass Harbour", "Northern Lights",
           "Small Mercies", "The Last Orchard", "Paper Towns", "Echoes of Salt", "The Clockmaker", "Wild Honey",
           "Distant Shores", "The Lantern Keeper", "Iron and Ash", "Summer at the Lake", "The Quiet Year",
           "Maps of the Sky", "Bread and Roses", "The Hollow Hills", "City of Bridges", "Stone Soup Tales",
           "The Red Kite", "Learning Python", "World Atlas", "Cooking for Two", "Birds of Europe",
           "A History of Rome", "The Art of Sleep", "Gardening Basics", "Night Trains", "The Fox and the Moon",
           "Tiny Dinosaurs", "Space Explorers", "The Secret Attic", "Pirate Pete", "The Brave Little Owl",
           "Jazz Classics", "Symphony No. 5", "Road Movies", "The Ocean Deep"]  # fmt: skip
_AUTHORS = ["Maria Lind", "Tom Baker", "Sofia Ruiz", "Ahmed Khan", "Lena Vogel", "Peter Stone", "Julia Marsh",
            "Kenji Sato", "Nora Blake", "Ivan Petrov", "Claire Dubois", "Oscar Wilde"]  # fmt: skip
_START = dt.date(2022, 1, 1)


def _day(rnd: random.Random, span: int = 1080) -> dt.date:
    return _START + dt.timedelta(days=rnd.randrange(span))


def koha_like() -> duckdb.DuckDBPyConnection:
    """4 branches, 5 borrower categories, 5 item types, 160 borrowers (enrolled 2019-2024), 40 titles with one record
    of physical details each, 110 items (some never lent), about 400 returned loans and 45 loans still out, 60 holds
    (some waiting on the shelf), and a circulation statistics log."""
    rnd = random.Random(4242)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE branches(branchcode VARCHAR(10) PRIMARY KEY, branchname VARCHAR NOT NULL, "
        "branchaddress1 VARCHAR, branchcity VARCHAR, branchphone VARCHAR)"
    )
    branches = [
        ("CPL", "Centerville Public Library", "1 Main St", "Centerville"),
        ("FFL", "Fairfield Library", "22 Oak Ave", "Fairfield"),
        ("MPL", "Midway Public Library", "5 Elm Rd", "Midway"),
        ("SPL", "Springfield Library", "9 Park Ln", "Springfield"),
    ]
    con.executemany(
        "INSERT INTO branches VALUES (?, ?, ?, ?, ?)", [(*b, f"555-010{i}") for i, b in enumerate(branches)]
    )
    con.execute(
        "CREATE TABLE categories(categorycode VARCHAR(10) PRIMARY KEY, description VARCHAR, "
        "enrolmentperiod SMALLINT, upperagelimit SMALLINT, dateofbirthrequired SMALLINT, category_type VARCHAR(1))"
    )
    cats = [
        ("PT", "Patron", 99, None, None, "A"),
        ("ST", "Student", 12, None, 16, "A"),
        ("K", "Kid", 24, 17, None, "C"),
        ("S", "Staff", 99, None, 18, "S"),
        ("IL", "Inter-Library Loan", 12, None, None, "I"),
    ]
    con.executemany("INSERT INTO categories VALUES (?, ?, ?, ?, ?, ?)", cats)
    con.execute(
        "CREATE TABLE itemtypes(itemtype VARCHAR(10) PRIMARY KEY, description VARCHAR, rentalcharge DECIMAL(28, 6), "
        "notforloan SMALLINT)"
    )
    itypes = [("BK", "Books", 0, 0), ("DVD", "DVDs", 1.5, 0), ("CD", "Music CDs", 0.5, 0),
              ("MAG", "Magazines", 0, 0), ("REF", "Reference", 0, 1)]  # fmt: skip
    con.executemany("INSERT INTO itemtypes VALUES (?, ?, ?, ?)", itypes)
    con.execute(
        "CREATE TABLE borrowers(borrowernumber INTEGER PRIMARY KEY, cardnumber VARCHAR(32) UNIQUE, "
        "surname VARCHAR, firstname VARCHAR, email VARCHAR, city VARCHAR, zipcode VARCHAR, dateofbirth DATE, "
        "branchcode VARCHAR(10) NOT NULL REFERENCES branches(branchcode), "
        "categorycode VARCHAR(10) NOT NULL REFERENCES categories(categorycode), dateenrolled DATE, dateexpiry DATE, "
        "gonenoaddress SMALLINT, lost SMALLINT, debarred DATE, sex VARCHAR(1))"
    )
    borrowers = []
    for n in range(1, 161):
        cat = rnd.choices(["PT", "ST", "K", "S", "IL"], [50, 20, 20, 6, 4])[0]
        age = rnd.randrange(6, 17) if cat == "K" else rnd.randrange(17, 25) if cat == "ST" else rnd.randrange(25, 85)
        born = dt.date(2025 - age, rnd.randrange(1, 13), rnd.randrange(1, 29))
        enrolled = dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(6 * 365))
        branch = rnd.choices(["CPL", "FFL", "MPL", "SPL"], [40, 25, 20, 15])[0]
        first, last = rnd.choice(_FIRST), rnd.choice(_LAST)
        city = dict((b[0], b[3]) for b in branches)[branch]
        borrowers.append(
            (n, f"2300{n:05d}", last, first, f"{first.lower()}.{last.lower()}{n}@mail.test" if n % 7 else None,
             city, f"{10000 + n * 37}", born, branch, cat, enrolled,
             enrolled + dt.timedelta(days=365 * (3 if cat != "ST" else 1)), 0, 0,
             dt.date(2024, 6, 1) if n % 41 == 0 else None, rnd.choice("MF"))
        )  # fmt: skip
    con.executemany(f"INSERT INTO borrowers VALUES ({', '.join('?' * 16)})", borrowers)
    con.execute(
        "CREATE TABLE biblio(biblionumber INTEGER PRIMARY KEY, title VARCHAR, subtitle VARCHAR, author VARCHAR, "
        "copyrightdate SMALLINT, datecreated DATE, seriestitle VARCHAR)"
    )
    con.executemany(
        "INSERT INTO biblio VALUES (?, ?, NULL, ?, ?, ?, NULL)",
        [(i, t, _AUTHORS[(i * 5) % len(_AUTHORS)], 1990 + (i * 7) % 34, dt.date(2018, 1, 1) + dt.timedelta(i * 40))
         for i, t in enumerate(_TITLES, 1)],
    )  # fmt: skip
    con.execute(
        "CREATE TABLE biblioitems(biblioitemnumber INTEGER PRIMARY KEY, "
        "biblionumber INTEGER NOT NULL REFERENCES biblio(biblionumber), isbn VARCHAR, publishercode VARCHAR, "
        "itemtype VARCHAR(10), pages VARCHAR, place VARCHAR)"
    )

    def kind(i: int) -> str:
        return "DVD" if 37 <= i <= 40 else "CD" if i in (37, 38) else "MAG" if i in (24, 25) else "BK"

    publishers = ["Penguin", "HarperCollins", "Vintage", "Orbit", "Macmillan"]
    con.executemany(
        "INSERT INTO biblioitems VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, i, f"978{1000000000 + i * 7919}", publishers[i % 5], kind(i), f"{100 + i * 9} p.", "London")
         for i in range(1, 41)],
    )  # fmt: skip
    # items: no declared keys to branches or item types (codes only), the record keys declared
    con.execute(
        "CREATE TABLE items(itemnumber INTEGER PRIMARY KEY, biblionumber INTEGER NOT NULL REFERENCES "
        "biblio(biblionumber), biblioitemnumber INTEGER NOT NULL, barcode VARCHAR(20) UNIQUE, "
        "dateaccessioned DATE, price DECIMAL(8, 2), replacementprice DECIMAL(8, 2), datelastborrowed DATE, "
        "notforloan SMALLINT, damaged SMALLINT, itemlost SMALLINT, withdrawn SMALLINT, itemcallnumber VARCHAR, "
        "issues SMALLINT, renewals SMALLINT, reserves SMALLINT, homebranch VARCHAR(10), holdingbranch VARCHAR(10), "
        "location VARCHAR(80), itype VARCHAR(10))"
    )
    items = []
    for n in range(1, 111):
        bib = n if n <= 40 else rnd.randrange(1, 41)
        itype = "REF" if bib in (24, 26) and n > 40 else kind(bib)
        if bib in (37, 38):
            itype = "CD"
        home = rnd.choices(["CPL", "FFL", "MPL", "SPL"], [40, 25, 20, 15])[0]
        price = round(rnd.uniform(8, 40), 2)
        items.append(
            [n, bib, bib, f"3900{n:06d}", dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(700)), price,
             price + 5, None, 1 if itype == "REF" else 0, 1 if n % 29 == 0 else 0, 1 if n % 37 == 0 else 0, 1 if n % 53 == 0 else 0,
             f"{800 + bib}.{n}", 0, 0, 0, home, home, rnd.choice(["ADULT", "CHILD", "AV", "REF"]), itype]
        )  # fmt: skip
    lendable = [it for it in items if it[19] != "REF" and it[0] % 9 != 0]  # every ninth item never lent
    con.execute(
        "CREATE TABLE issues(issue_id INTEGER PRIMARY KEY, borrowernumber INTEGER REFERENCES "
        "borrowers(borrowernumber), itemnumber INTEGER UNIQUE REFERENCES items(itemnumber), date_due TIMESTAMP, "
        "branchcode VARCHAR(10), returndate TIMESTAMP, lastreneweddate TIMESTAMP, renewals SMALLINT, "
        "auto_renew SMALLINT, timestamp TIMESTAMP, issuedate TIMESTAMP, onsite_checkout SMALLINT)"
    )
    # old_issues: the same columns, no declared keys (rows outlive their borrowers and items)
    con.execute(
        "CREATE TABLE old_issues(issue_id INTEGER PRIMARY KEY, borrowernumber INTEGER, itemnumber INTEGER, "
        "date_due TIMESTAMP, branchcode VARCHAR(10), returndate TIMESTAMP, lastreneweddate TIMESTAMP, "
        "renewals SMALLINT, auto_renew SMALLINT, timestamp TIMESTAMP, issuedate TIMESTAMP, onsite_checkout SMALLINT)"
    )
    heavy = list(range(1, 161, 4))  # a quarter of the borrowers borrow most
    old, stats = [], []
    for n in range(1, 401):
        it = rnd.choice(lendable[: len(lendable) // 2] * 2 + lendable)
        who = rnd.choice(heavy) if rnd.random() < 0.6 else rnd.randrange(1, 161)
        out = dt.datetime.combine(_day(rnd, 1000), dt.time(rnd.randrange(9, 19), rnd.randrange(60)))
        due = out + dt.timedelta(days=14 if it[19] == "BK" else 7)
        back = out + dt.timedelta(days=rnd.randrange(1, 30), hours=rnd.randrange(5))
        ren = 1 if (back - out).days > 14 and rnd.random() < 0.5 else 0
        old.append((n, who, it[0], due, it[17], back, None, ren, 0, back, out, 0))
        stats.append((out, it[17], "issue", it[0], it[19], who, 0))
        stats.append((back, it[17], "return", it[0], it[19], who, 0))
        it[13] += 1
        it[7] = max(it[7] or out.date(), out.date())
    out_items = rnd.sample([it for it in lendable if it[11] == 0 and it[10] == 0], 45)
    current = []
    for k, it in enumerate(out_items):
        out = dt.datetime.combine(dt.date(2024, 11, 1) + dt.timedelta(days=rnd.randrange(60)), dt.time(10 + k % 8))
        due = out + dt.timedelta(days=14 if it[19] == "BK" else 7)
        who = rnd.choice(heavy) if k % 2 else rnd.randrange(1, 161)
        current.append((401 + k, who, it[0], due, it[17], None, None, 0, 0, out, out, 0))
        stats.append((out, it[17], "issue", it[0], it[19], who, 0))
        it[13] += 1
        it[7] = max(it[7] or out.date(), out.date())
    con.executemany(f"INSERT INTO items VALUES ({', '.join('?' * 20)})", [tuple(i) for i in items])
    con.executemany(f"INSERT INTO old_issues VALUES ({', '.join('?' * 12)})", old)
    con.executemany(f"INSERT INTO issues VALUES ({', '.join('?' * 12)})", current)
    con.execute(
        "CREATE TABLE reserves(reserve_id INTEGER PRIMARY KEY, borrowernumber INTEGER NOT NULL REFERENCES "
        "borrowers(borrowernumber), reservedate DATE, biblionumber INTEGER NOT NULL REFERENCES biblio(biblionumber), "
        "branchcode VARCHAR(10), cancellationdate DATE, priority SMALLINT, found VARCHAR(1), timestamp TIMESTAMP, "
        "itemnumber INTEGER, waitingdate DATE, expirationdate DATE)"
    )
    reserves = []
    for n in range(1, 61):
        found = rnd.choices([None, "W", "T"], [60, 30, 10])[0]
        placed = dt.date(2024, 9, 1) + dt.timedelta(days=rnd.randrange(110))
        bib = rnd.randrange(1, 41)
        reserves.append(
            (n, rnd.randrange(1, 161), placed, bib, rnd.choice(["CPL", "FFL", "MPL", "SPL"]), None,
             0 if found else 1 + n % 3, found, dt.datetime.combine(placed, dt.time(12)),
             bib if found else None, placed + dt.timedelta(days=5) if found == "W" else None,
             placed + dt.timedelta(days=60))
        )  # fmt: skip
    con.executemany(f"INSERT INTO reserves VALUES ({', '.join('?' * 12)})", reserves)
    con.execute(
        "CREATE TABLE statistics(datetime TIMESTAMP, branch VARCHAR(10), type VARCHAR(16), itemnumber INTEGER, "
        "itemtype VARCHAR(10), borrowernumber INTEGER, value DOUBLE)"
    )
    con.executemany("INSERT INTO statistics VALUES (?, ?, ?, ?, ?, ?, ?)", stats)
    return con


def pascal_library() -> duckdb.DuckDBPyConnection:
    """3 branches, 4 patron types, 120 patrons (joined 2020-2024), 40 books, 90 copies (some never lent), about 350
    loans (30 still out, a NULL return date), 50 holds with a status, and fines on late returns; every key declared."""
    rnd = random.Random(777)
    con = duckdb.connect()
    con.execute('CREATE TABLE "Branches"("BranchId" INTEGER PRIMARY KEY, "Name" VARCHAR NOT NULL, "City" VARCHAR)')
    con.execute(
        """INSERT INTO "Branches" VALUES (1, 'Central', 'Riverton'), (2, 'Eastside', 'Riverton'),
        (3, 'Hillcrest', 'Lakeview')"""
    )
    con.execute('CREATE TABLE "PatronTypes"("PatronTypeId" INTEGER PRIMARY KEY, "Name" VARCHAR, "MaxLoans" INTEGER)')
    con.execute(
        """INSERT INTO "PatronTypes" VALUES (1, 'Adult', 10), (2, 'Child', 5), (3, 'Senior', 10),
        (4, 'Student', 8)"""
    )
    con.execute(
        'CREATE TABLE "Patrons"("PatronId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR, '
        '"Email" VARCHAR, "BirthDate" DATE, "JoinedOn" DATE, '
        '"HomeBranchId" INTEGER REFERENCES "Branches"("BranchId"), '
        '"PatronTypeId" INTEGER REFERENCES "PatronTypes"("PatronTypeId"))'
    )
    patrons = []
    for n in range(1, 121):
        ptype = rnd.choices([1, 2, 3, 4], [55, 20, 15, 10])[0]
        age = {1: rnd.randrange(25, 65), 2: rnd.randrange(6, 16), 3: rnd.randrange(65, 90), 4: rnd.randrange(16, 25)}
        first, last = rnd.choice(_FIRST), rnd.choice(_LAST)
        patrons.append(
            (n, first, last, f"{first[0].lower()}{last.lower()}{n}@post.test",
             dt.date(2024 - age[ptype], rnd.randrange(1, 13), rnd.randrange(1, 29)),
             dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(5 * 365)), rnd.choices([1, 2, 3], [50, 30, 20])[0],
             ptype)
        )  # fmt: skip
    con.executemany('INSERT INTO "Patrons" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', patrons)
    con.execute(
        'CREATE TABLE "Books"("BookId" INTEGER PRIMARY KEY, "Title" VARCHAR NOT NULL, "Author" VARCHAR, '
        '"Genre" VARCHAR, "PublishedYear" INTEGER, "ISBN" VARCHAR)'
    )
    genres = ["Fiction", "Mystery", "Children", "History", "Science", "Cooking"]
    con.executemany(
        'INSERT INTO "Books" VALUES (?, ?, ?, ?, ?, ?)',
        [(i, t, _AUTHORS[(i * 3) % len(_AUTHORS)], genres[(i * 7) % 6], 1980 + (i * 11) % 44, f"978{i * 104729}")
         for i, t in enumerate(_TITLES, 1)],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Copies"("CopyId" INTEGER PRIMARY KEY, "BookId" INTEGER NOT NULL REFERENCES "Books"("BookId"), '
        '"BranchId" INTEGER NOT NULL REFERENCES "Branches"("BranchId"), "Format" VARCHAR, "AcquiredOn" DATE, '
        '"Price" DECIMAL(8, 2), "Condition" VARCHAR)'
    )
    copies = []
    for n in range(1, 91):
        book = n if n <= 40 else rnd.randrange(1, 41)
        fmt = "Audiobook" if book >= 37 else rnd.choices(["Hardcover", "Paperback", "Large Print"], [3, 6, 1])[0]
        copies.append(
            (n, book, rnd.choices([1, 2, 3], [45, 35, 20])[0], fmt,
             dt.date(2019, 6, 1) + dt.timedelta(days=rnd.randrange(900)), round(rnd.uniform(9, 35), 2),
             rnd.choice(["Good", "Good", "Fair", "Worn"]))
        )  # fmt: skip
    con.executemany('INSERT INTO "Copies" VALUES (?, ?, ?, ?, ?, ?, ?)', copies)
    con.execute(
        'CREATE TABLE "Loans"("LoanId" INTEGER PRIMARY KEY, "CopyId" INTEGER NOT NULL REFERENCES "Copies"("CopyId"), '
        '"PatronId" INTEGER NOT NULL REFERENCES "Patrons"("PatronId"), "LoanDate" DATE NOT NULL, "DueDate" DATE, '
        '"ReturnDate" DATE)'
    )
    lent = [c for c in copies if c[0] % 8 != 0]  # every eighth copy never lent
    busy = list(range(1, 121, 5))
    loans = []
    for n in range(1, 321):
        c = rnd.choice(lent[:30] * 2 + lent)
        out = _day(rnd, 1060)
        back = out + dt.timedelta(days=rnd.randrange(2, 35))
        loans.append((n, c[0], rnd.choice(busy) if rnd.random() < 0.5 else rnd.randrange(1, 121), out,
                      out + dt.timedelta(days=21), back))  # fmt: skip
    for k, c in enumerate(rnd.sample(lent, 30)):
        out = dt.date(2024, 11, 15) + dt.timedelta(days=rnd.randrange(45))
        loans.append((321 + k, c[0], rnd.randrange(1, 121), out, out + dt.timedelta(days=21), None))
    con.executemany('INSERT INTO "Loans" VALUES (?, ?, ?, ?, ?, ?)', loans)
    con.execute(
        'CREATE TABLE "Holds"("HoldId" INTEGER PRIMARY KEY, "BookId" INTEGER NOT NULL REFERENCES "Books"("BookId"), '
        '"PatronId" INTEGER NOT NULL REFERENCES "Patrons"("PatronId"), '
        '"PickupBranchId" INTEGER REFERENCES "Branches"("BranchId"), "PlacedOn" DATE, "Status" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Holds" VALUES (?, ?, ?, ?, ?, ?)',
        [(n, rnd.randrange(1, 41), rnd.randrange(1, 121), rnd.randrange(1, 4),
          dt.date(2024, 6, 1) + dt.timedelta(days=rnd.randrange(200)),
          rnd.choices(["Waiting", "Ready", "Fulfilled", "Cancelled"], [35, 15, 35, 15])[0]) for n in range(1, 51)],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Fines"("FineId" INTEGER PRIMARY KEY, "LoanId" INTEGER NOT NULL REFERENCES "Loans"("LoanId"), '
        '"Amount" DECIMAL(8, 2), "Paid" BOOLEAN)'
    )
    fines = [
        (k, ln[0], round(0.25 * (ln[5] - ln[4]).days, 2), k % 3 != 0)
        for k, ln in enumerate((x for x in loans if x[5] is not None and x[5] > x[4]), 1)
    ]
    con.executemany('INSERT INTO "Fines" VALUES (?, ?, ?, ?)', fines)
    return con


Question = tuple[str, tuple[str, ...]]  # a question and its gold SQL (any of them)

# Koha: every loan, out or returned
_LOANS = (
    "(SELECT borrowernumber, itemnumber, issuedate, date_due, returndate, branchcode FROM issues UNION ALL "
    "SELECT borrowernumber, itemnumber, issuedate, date_due, returndate, branchcode FROM old_issues)"
)
_NAME = "b.firstname || ' ' || b.surname"

KOHA_QUESTIONS: list[Question] = [
    (
        "How many checkouts per month?",
        (
            f"SELECT date_trunc('month', issuedate), COUNT(*) FROM {_LOANS} GROUP BY 1",
            "SELECT date_trunc('month', datetime), COUNT(*) FROM statistics WHERE type = 'issue' GROUP BY 1",
        ),
    ),
    (
        "What are the 10 most borrowed titles?",
        (
            f"SELECT t.title, COUNT(*) FROM {_LOANS} l JOIN items i ON i.itemnumber = l.itemnumber "
            "JOIN biblio t ON t.biblionumber = i.biblionumber GROUP BY t.biblionumber, 1 ORDER BY 2 DESC, 1 LIMIT 10",
        ),
    ),
    (
        "Which items are overdue?",
        (
            "SELECT itemnumber, date_due FROM issues WHERE date_due < CURRENT_DATE",
            "SELECT i.barcode, s.date_due FROM issues s JOIN items i ON i.itemnumber = s.itemnumber "
            "WHERE s.date_due < CURRENT_DATE",
        ),
    ),
    ("How many overdue items are there?", ("SELECT COUNT(*) FROM issues WHERE date_due < CURRENT_DATE",)),
    (
        "How many patrons are in each category?",
        (
            "SELECT c.description, COUNT(*) FROM borrowers b JOIN categories c ON c.categorycode = b.categorycode "
            "GROUP BY 1",
            "SELECT categorycode, COUNT(*) FROM borrowers GROUP BY 1",
        ),
    ),
    (
        "number of items per branch",
        (
            "SELECT br.branchname, COUNT(*) FROM items i JOIN branches br ON br.branchcode = i.homebranch GROUP BY 1",
            "SELECT homebranch, COUNT(*) FROM items GROUP BY 1",
            "SELECT br.branchname, COUNT(*) FROM items i JOIN branches br ON br.branchcode = i.holdingbranch GROUP BY 1",
        ),
    ),
    (
        "What is the average loan length in days?",
        (
            "SELECT AVG(date_diff('day', issuedate, returndate)) FROM old_issues",
            "SELECT AVG(CAST(returndate AS DATE) - CAST(issuedate AS DATE)) FROM old_issues",
            "SELECT AVG(epoch(returndate - issuedate)) / 86400 FROM old_issues",
        ),
    ),
    ("How many holds are waiting for pickup?", ("SELECT COUNT(*) FROM reserves WHERE found = 'W'",)),
    (
        "Which items have never been borrowed?",
        (
            f"SELECT itemnumber FROM items WHERE itemnumber NOT IN (SELECT itemnumber FROM {_LOANS})",
            f"SELECT barcode FROM items WHERE itemnumber NOT IN (SELECT itemnumber FROM {_LOANS})",
        ),
    ),
    (
        "How many items have never been checked out?",
        (f"SELECT COUNT(*) FROM items WHERE itemnumber NOT IN (SELECT itemnumber FROM {_LOANS})",),
    ),
    (
        "How many new patrons enrolled each year?",
        (
            "SELECT year(dateenrolled), COUNT(*) FROM borrowers GROUP BY 1",
            "SELECT date_trunc('year', dateenrolled), COUNT(*) FROM borrowers GROUP BY 1",
        ),
    ),
    (
        "Which branch is the busiest?",
        (
            f"SELECT br.branchname, COUNT(*) FROM {_LOANS} l JOIN branches br ON br.branchcode = l.branchcode "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
            f"SELECT branchcode, COUNT(*) FROM {_LOANS} GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
        ),
    ),
    (
        "checkouts by item type",
        (
            f"SELECT t.description, COUNT(*) FROM {_LOANS} l JOIN items i ON i.itemnumber = l.itemnumber "
            "JOIN itemtypes t ON t.itemtype = i.itype GROUP BY 1",
            f"SELECT i.itype, COUNT(*) FROM {_LOANS} l JOIN items i ON i.itemnumber = l.itemnumber GROUP BY 1",
            "SELECT t.description, COUNT(*) FROM statistics s JOIN itemtypes t ON t.itemtype = s.itemtype "
            "WHERE s.type = 'issue' GROUP BY 1",
        ),
    ),
    (
        "Which patrons have more than 10 loans?",
        (
            f"SELECT {_NAME}, COUNT(*) FROM {_LOANS} l JOIN borrowers b ON b.borrowernumber = l.borrowernumber "
            "GROUP BY b.borrowernumber, 1 HAVING COUNT(*) > 10",
        ),
    ),
    ("How many items are checked out right now?", ("SELECT COUNT(*) FROM issues",)),
    ("how many titles are in the catalog", ("SELECT COUNT(*) FROM biblio",)),
    (
        "loans per branch in 2024",
        (
            f"SELECT br.branchname, COUNT(*) FROM {_LOANS} l JOIN branches br ON br.branchcode = l.branchcode "
            "WHERE year(l.issuedate) = 2024 GROUP BY 1",
            f"SELECT branchcode, COUNT(*) FROM {_LOANS} WHERE year(issuedate) = 2024 GROUP BY 1",
        ),
    ),
    (
        "Who are the top 5 borrowers?",
        (
            f"SELECT {_NAME}, COUNT(*) FROM {_LOANS} l JOIN borrowers b ON b.borrowernumber = l.borrowernumber "
            "GROUP BY b.borrowernumber, 1 ORDER BY 2 DESC, 1 LIMIT 5",
        ),
    ),
    ("How many items were returned late?", ("SELECT COUNT(*) FROM old_issues WHERE returndate > date_due",)),
    (
        "number of patrons per branch",
        (
            "SELECT br.branchname, COUNT(*) FROM borrowers b JOIN branches br ON br.branchcode = b.branchcode GROUP BY 1",
            "SELECT branchcode, COUNT(*) FROM borrowers GROUP BY 1",
        ),
    ),
    (
        "How many items were added each year?",
        (
            "SELECT year(dateaccessioned), COUNT(*) FROM items GROUP BY 1",
            "SELECT date_trunc('year', dateaccessioned), COUNT(*) FROM items GROUP BY 1",
        ),
    ),
    (
        "total value of the collection by branch",
        (
            "SELECT br.branchname, SUM(i.price) FROM items i JOIN branches br ON br.branchcode = i.homebranch GROUP BY 1",
            "SELECT homebranch, SUM(price) FROM items GROUP BY 1",
        ),
    ),
    (
        "most popular authors",
        (
            f"SELECT t.author, COUNT(*) FROM {_LOANS} l JOIN items i ON i.itemnumber = l.itemnumber "
            "JOIN biblio t ON t.biblionumber = i.biblionumber GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
        ),
    ),
    (
        "Which patrons have overdue items?",
        (
            f"SELECT DISTINCT {_NAME} FROM issues s JOIN borrowers b ON b.borrowernumber = s.borrowernumber "
            "WHERE s.date_due < CURRENT_DATE",
        ),
    ),
    (
        "holds by branch",
        (
            "SELECT br.branchname, COUNT(*) FROM reserves r JOIN branches br ON br.branchcode = r.branchcode GROUP BY 1",
            "SELECT branchcode, COUNT(*) FROM reserves GROUP BY 1",
        ),
    ),
    (
        "Which titles have the most holds?",
        (
            "SELECT t.title, COUNT(*) FROM reserves r JOIN biblio t ON t.biblionumber = r.biblionumber "
            "GROUP BY t.biblionumber, 1 ORDER BY 2 DESC, 1 LIMIT 10",
        ),
    ),
    (
        "How many patrons have never borrowed anything?",
        (f"SELECT COUNT(*) FROM borrowers WHERE borrowernumber NOT IN (SELECT borrowernumber FROM {_LOANS})",),
    ),
    ("How many items are lost?", ("SELECT COUNT(*) FROM items WHERE itemlost > 0",)),
]

# Pascal library: loans with their copies
_PL = '"Loans" l JOIN "Copies" c ON c."CopyId" = l."CopyId"'
_PN = 'p."FirstName" || \' \' || p."LastName"'

PASCAL_QUESTIONS: list[Question] = [
    ("loans per month", ('SELECT date_trunc(\'month\', "LoanDate"), COUNT(*) FROM "Loans" GROUP BY 1',)),
    (
        "top 10 most borrowed books",
        (
            f'SELECT b."Title", COUNT(*) FROM {_PL} JOIN "Books" b ON b."BookId" = c."BookId" '
            'GROUP BY b."BookId", 1 ORDER BY 2 DESC, 1 LIMIT 10',
        ),
    ),
    (
        "Which loans are overdue?",
        ('SELECT "LoanId", "DueDate" FROM "Loans" WHERE "ReturnDate" IS NULL AND "DueDate" < CURRENT_DATE',),
    ),
    (
        "How many patrons per patron type?",
        (
            'SELECT t."Name", COUNT(*) FROM "Patrons" p JOIN "PatronTypes" t ON t."PatronTypeId" = p."PatronTypeId" '
            "GROUP BY 1",
        ),
    ),
    (
        "copies per branch",
        ('SELECT b."Name", COUNT(*) FROM "Copies" c JOIN "Branches" b ON b."BranchId" = c."BranchId" GROUP BY 1',),
    ),
    (
        "What is the average loan duration?",
        (
            'SELECT AVG("ReturnDate" - "LoanDate") FROM "Loans"',
            'SELECT AVG(date_diff(\'day\', "LoanDate", "ReturnDate")) FROM "Loans"',
        ),
    ),
    ("How many holds are waiting?", ('SELECT COUNT(*) FROM "Holds" WHERE "Status" = \'Waiting\'',)),
    (
        "Which books have never been borrowed?",
        (f'SELECT "Title" FROM "Books" WHERE "BookId" NOT IN (SELECT c."BookId" FROM {_PL})',),
    ),
    (
        "new patrons per year",
        (
            'SELECT year("JoinedOn"), COUNT(*) FROM "Patrons" GROUP BY 1',
            'SELECT date_trunc(\'year\', "JoinedOn"), COUNT(*) FROM "Patrons" GROUP BY 1',
        ),
    ),
    (
        "Which branch lends the most?",
        (
            f'SELECT b."Name", COUNT(*) FROM {_PL} JOIN "Branches" b ON b."BranchId" = c."BranchId" '
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
        ),
    ),
    ("loans by format", (f'SELECT c."Format", COUNT(*) FROM {_PL} GROUP BY 1',)),
    (
        "patrons with more than 5 loans",
        (
            f'SELECT {_PN}, COUNT(*) FROM "Loans" l JOIN "Patrons" p ON p."PatronId" = l."PatronId" '
            'GROUP BY p."PatronId", 1 HAVING COUNT(*) > 5',
        ),
    ),
    ("How many books are checked out right now?", ('SELECT COUNT(*) FROM "Loans" WHERE "ReturnDate" IS NULL',)),
    ("total unpaid fines", ('SELECT SUM("Amount") FROM "Fines" WHERE NOT "Paid"',)),
    ("average fine amount", ('SELECT AVG("Amount") FROM "Fines"',)),
    (
        "loans by genre",
        (f'SELECT b."Genre", COUNT(*) FROM {_PL} JOIN "Books" b ON b."BookId" = c."BookId" GROUP BY 1',),
    ),
    (
        "How many patrons have never borrowed a book?",
        ('SELECT COUNT(*) FROM "Patrons" WHERE "PatronId" NOT IN (SELECT "PatronId" FROM "Loans")',),
    ),
    (
        "number of loans per branch in 2023",
        (
            f'SELECT b."Name", COUNT(*) FROM {_PL} JOIN "Branches" b ON b."BranchId" = c."BranchId" '
            'WHERE year(l."LoanDate") = 2023 GROUP BY 1',
        ),
    ),
    (
        "top 5 patrons by number of loans",
        (
            f'SELECT {_PN}, COUNT(*) FROM "Loans" l JOIN "Patrons" p ON p."PatronId" = l."PatronId" '
            'GROUP BY p."PatronId", 1 ORDER BY 2 DESC, 1 LIMIT 5',
        ),
    ),
    (
        "average loan length by genre",
        (
            f'SELECT b."Genre", AVG(l."ReturnDate" - l."LoanDate") FROM {_PL} JOIN "Books" b ON b."BookId" = c."BookId" '
            "GROUP BY 1",
        ),
    ),
    ("How many loans were returned late?", ('SELECT COUNT(*) FROM "Loans" WHERE "ReturnDate" > "DueDate"',)),
    ("holds by status", ('SELECT "Status", COUNT(*) FROM "Holds" GROUP BY 1',)),
    (
        "copies acquired per year",
        (
            'SELECT year("AcquiredOn"), COUNT(*) FROM "Copies" GROUP BY 1',
            'SELECT date_trunc(\'year\', "AcquiredOn"), COUNT(*) FROM "Copies" GROUP BY 1',
        ),
    ),
    ("number of books by genre", ('SELECT "Genre", COUNT(*) FROM "Books" GROUP BY 1',)),
    (
        "patrons by home branch",
        ('SELECT b."Name", COUNT(*) FROM "Patrons" p JOIN "Branches" b ON b."BranchId" = p."HomeBranchId" GROUP BY 1',),
    ),
]

QUESTIONS = {"koha_like": KOHA_QUESTIONS, "pascal_library": PASCAL_QUESTIONS}


def pascal_library_archived() -> duckdb.DuckDBPyConnection:
    """The PascalCase library whose settled holds (fulfilled, cancelled) were moved to a "HoldHistory" table of the
    same columns, as systems that archive closed rows do; the open ones stay in "Holds"."""
    con = pascal_library()
    con.execute('CREATE TABLE "HoldHistory" AS SELECT * FROM "Holds" WHERE "Status" IN (\'Fulfilled\', \'Cancelled\')')
    con.execute("DELETE FROM \"Holds\" WHERE \"Status\" IN ('Fulfilled', 'Cancelled')")
    return con
