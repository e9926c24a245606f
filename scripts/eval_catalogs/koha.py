"""A public library system's circulation as an analyst loads a Koha ILS database dump.

The tables keep Koha's own schema convention: lower-case names with the words run together (`biblionumber`,
`borrowernumber`, `itemnumber`, `branchcode`, `categorycode`, `dateaccessioned`, `datelastborrowed`,
`replacementprice`, `itemcallnumber`) mixed with a few later snake_case additions (`date_due`, `issue_id`,
`renewals_count`, `itemlost_on`), short code keys (`branchcode` 'CPL', `itype` 'BK', `categorycode` 'PT'),
tinyint status flags whose meaning is an authorised value explained only in the column comment (`itemlost` 0-4,
`notforloan` -1/0/1, `damaged`, `withdrawn`), and Koha's kohastructure.sql column comments. Keys are declared
as Koha declares them: primary keys everywhere, foreign keys from copies, borrowers and current loans, none from
`old_issues` (Koha's are ON DELETE SET NULL; a patron who asked for no reading history has `borrowernumber`
NULL there). `issues` holds the loans still out on the snapshot day (2025-06-30), `old_issues` the returned ones
(January 2022 to June 2025, about 194,000 loans): Koha's split, so 'all checkouts' is both tables.
`item_copies.issues` is Koha's running checkout counter for the copy. Six branches of a county system (a central
library, four branches, a bookmobile on Tuesdays and Thursdays), a summer-reading peak for children in June and
July, Midway closed for renovation from March to August 2023, DVDs and audiobook CDs fading, Wi-Fi hotspots
lent from September 2023, late returns, renewals, lost and withdrawn copies. Names the analyst's code already
uses as words (its vocabulary test) are changed: Koha's `items`, `categories` and `branches` tables are
`item_copies`, `patron_categories` and `library_branches`, the `description` columns are `category_description`
and `itemtype_description`, `surname` is `lastname`, `author` is `authorname`, `biblio.timestamp` is left out,
the codes 'HOT', 'REF', 'CHILD' and 'PER' are 'WIFI', 'REFBK'/'REFDESK', 'JUV' and 'SER', and the descriptions
'Books', 'Reference' and 'Staff' read 'Print books', 'Reference (in-library use)' and 'Library staff'.
Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, days, weighted, zipf_weights

SEED = 20_260_1202
START, SNAPSHOT = dt.date(2022, 1, 3), dt.date(2025, 6, 30)

DDL = [
    """CREATE TABLE library_branches (
        branchcode VARCHAR(10) PRIMARY KEY, branchname VARCHAR NOT NULL, branchaddress1 VARCHAR,
        branchcity VARCHAR, branchzip VARCHAR(25), branchphone VARCHAR, branchemail VARCHAR,
        branchnotes VARCHAR, pickup_location TINYINT NOT NULL)""",
    """CREATE TABLE patron_categories (
        categorycode VARCHAR(10) PRIMARY KEY, category_description VARCHAR, enrolmentperiod SMALLINT,
        upperagelimit SMALLINT, dateofbirthrequired TINYINT, enrolmentfee DECIMAL(28,6),
        overduenoticerequired TINYINT, category_type VARCHAR(1) NOT NULL)""",
    """CREATE TABLE itemtypes (
        itemtype VARCHAR(10) PRIMARY KEY, itemtype_description VARCHAR, rentalcharge DECIMAL(28,6),
        notforloan TINYINT, summary VARCHAR)""",
    """CREATE TABLE biblio (
        biblionumber INTEGER PRIMARY KEY, frameworkcode VARCHAR(4) NOT NULL, authorname VARCHAR, title VARCHAR,
        seriestitle VARCHAR, copyrightdate SMALLINT, datecreated DATE NOT NULL)""",
    """CREATE TABLE borrowers (
        borrowernumber INTEGER PRIMARY KEY, cardnumber VARCHAR(32) UNIQUE, lastname VARCHAR, firstname VARCHAR,
        dateofbirth DATE, branchcode VARCHAR(10) NOT NULL REFERENCES library_branches (branchcode),
        categorycode VARCHAR(10) NOT NULL REFERENCES patron_categories (categorycode), dateenrolled DATE,
        dateexpiry DATE, sex VARCHAR(1), city VARCHAR, zipcode VARCHAR(25), lastseen TIMESTAMP,
        privacy INTEGER NOT NULL)""",
    """CREATE TABLE item_copies (
        itemnumber INTEGER PRIMARY KEY, biblionumber INTEGER NOT NULL REFERENCES biblio (biblionumber),
        barcode VARCHAR(20) UNIQUE, dateaccessioned DATE, price DECIMAL(8,2), replacementprice DECIMAL(8,2),
        datelastborrowed DATE, datelastseen DATE, notforloan TINYINT NOT NULL, damaged TINYINT NOT NULL,
        itemlost TINYINT NOT NULL, itemlost_on TIMESTAMP, withdrawn TINYINT NOT NULL, withdrawn_on TIMESTAMP,
        itemcallnumber VARCHAR, issues SMALLINT, renewals SMALLINT,
        homebranch VARCHAR(10) REFERENCES library_branches (branchcode),
        holdingbranch VARCHAR(10) REFERENCES library_branches (branchcode), location VARCHAR(80),
        itype VARCHAR(10) REFERENCES itemtypes (itemtype), ccode VARCHAR(80))""",
    """CREATE TABLE issues (
        issue_id INTEGER PRIMARY KEY, borrowernumber INTEGER NOT NULL REFERENCES borrowers (borrowernumber),
        itemnumber INTEGER UNIQUE REFERENCES item_copies (itemnumber), date_due TIMESTAMP,
        branchcode VARCHAR(10), returndate TIMESTAMP, lastreneweddate TIMESTAMP, renewals_count SMALLINT NOT NULL,
        auto_renew TINYINT, issuedate TIMESTAMP, onsite_checkout INTEGER NOT NULL)""",
    """CREATE TABLE old_issues (
        issue_id INTEGER PRIMARY KEY, borrowernumber INTEGER, itemnumber INTEGER, date_due TIMESTAMP,
        branchcode VARCHAR(10), returndate TIMESTAMP, lastreneweddate TIMESTAMP, renewals_count SMALLINT NOT NULL,
        auto_renew TINYINT, issuedate TIMESTAMP, onsite_checkout INTEGER NOT NULL)""",
]

COMMENTS = [
    "COMMENT ON COLUMN library_branches.branchcode IS 'a unique identifier for a branch library'",
    "COMMENT ON COLUMN library_branches.branchname IS 'the name of your library or branch'",
    "COMMENT ON COLUMN library_branches.pickup_location IS 'the ability to act as a pickup location'",
    "COMMENT ON COLUMN patron_categories.categorycode IS 'unique primary key used to identify the patron category'",
    "COMMENT ON COLUMN patron_categories.category_description IS 'description of the patron category'",
    "COMMENT ON COLUMN patron_categories.enrolmentperiod IS 'number of months the patron is enrolled for'",
    "COMMENT ON COLUMN patron_categories.upperagelimit IS 'age limit for the patron'",
    "COMMENT ON COLUMN patron_categories.category_type IS 'type of Koha patron (Adult, Child, Professional, "
    "Organizational, Statistical, Staff)'",
    "COMMENT ON COLUMN itemtypes.itemtype IS 'unique key, a code associated with the item type'",
    "COMMENT ON COLUMN itemtypes.itemtype_description IS 'a plain text explanation of the item type'",
    "COMMENT ON COLUMN itemtypes.rentalcharge IS 'the amount charged when this item is checked out/issued'",
    "COMMENT ON COLUMN biblio.biblionumber IS 'unique identifier assigned to each bibliographic record'",
    "COMMENT ON COLUMN biblio.authorname IS 'statement of responsibility from MARC record (100$a in MARC21)'",
    "COMMENT ON COLUMN biblio.title IS 'title (without the subtitle) from the MARC record (245$a in MARC21)'",
    "COMMENT ON COLUMN biblio.copyrightdate IS 'publication or copyright date from the MARC record'",
    "COMMENT ON COLUMN biblio.datecreated IS 'the date this record was added to Koha'",
    "COMMENT ON COLUMN borrowers.borrowernumber IS 'primary key, Koha assigned ID number for patrons/borrowers'",
    "COMMENT ON COLUMN borrowers.cardnumber IS 'unique key, library assigned ID number for patrons/borrowers'",
    "COMMENT ON COLUMN borrowers.branchcode IS 'foreign key from the branches table, includes the code of "
    "the patron/borrower''s home branch'",
    "COMMENT ON COLUMN borrowers.categorycode IS 'foreign key from the categories table, includes the code "
    "of the patron category'",
    "COMMENT ON COLUMN borrowers.dateenrolled IS 'date the patron was added to Koha (YYYY-MM-DD)'",
    "COMMENT ON COLUMN borrowers.dateexpiry IS 'date the patron/borrower''s card is set to expire (YYYY-MM-DD)'",
    "COMMENT ON COLUMN borrowers.lastseen IS 'last time a patron has been seen (connected at the OPAC or "
    "staff interface)'",
    "COMMENT ON COLUMN borrowers.privacy IS 'patron/borrower''s privacy settings related to their checkout "
    "history: 0 = keep forever, 1 = default, 2 = never keep (anonymised)'",
    "COMMENT ON COLUMN item_copies.itemnumber IS 'primary key and unique identifier added by Koha'",
    "COMMENT ON COLUMN item_copies.biblionumber IS 'foreign key from biblio table used to link this item to the "
    "right bib record'",
    "COMMENT ON COLUMN item_copies.barcode IS 'item barcode (MARC21 952$p)'",
    "COMMENT ON COLUMN item_copies.dateaccessioned IS 'date the item was acquired or added to Koha (MARC21 952$d)'",
    "COMMENT ON COLUMN item_copies.price IS 'purchase price (MARC21 952$g)'",
    "COMMENT ON COLUMN item_copies.replacementprice IS 'cost the library charges to replace the item if it has "
    "been marked lost (MARC21 952$v)'",
    "COMMENT ON COLUMN item_copies.datelastborrowed IS 'the date the item was last checked out/issued'",
    "COMMENT ON COLUMN item_copies.notforloan IS 'authorized value defining why this item is not for loan "
    "(MARC21 952$7): -1 = Ordered, 0 = available for loan, 1 = Not for loan (reference)'",
    "COMMENT ON COLUMN item_copies.damaged IS 'authorized value defining this item as damaged (MARC21 952$4): "
    "0 = not damaged, 1 = Damaged'",
    "COMMENT ON COLUMN item_copies.itemlost IS 'authorized value defining this item as lost (MARC21 952$1): "
    "0 = not lost, 1 = Lost, 2 = Long overdue (lost), 3 = Lost and paid for, 4 = Missing'",
    "COMMENT ON COLUMN item_copies.withdrawn IS 'authorized value defining this item as withdrawn (MARC21 952$0): "
    "0 = not withdrawn, 1 = Withdrawn'",
    "COMMENT ON COLUMN item_copies.itemcallnumber IS 'call number for this item (MARC21 952$o)'",
    "COMMENT ON COLUMN item_copies.issues IS 'number of times this item has been checked out/issued'",
    "COMMENT ON COLUMN item_copies.renewals IS 'number of times this item has been renewed'",
    "COMMENT ON COLUMN item_copies.homebranch IS 'foreign key from the branches table for the library that owns "
    "this item (MARC21 952$a)'",
    "COMMENT ON COLUMN item_copies.holdingbranch IS 'foreign key from the branches table for the library that is "
    "currently in possession item (MARC21 952$b)'",
    "COMMENT ON COLUMN item_copies.location IS 'authorized value for the shelving location for this item "
    "(MARC21 952$c)'",
    "COMMENT ON COLUMN item_copies.itype IS 'foreign key from the itemtypes table defining the type for this item "
    "(MARC21 952$y)'",
    "COMMENT ON COLUMN item_copies.ccode IS 'authorized value for the collection code associated with this item "
    "(MARC21 952$8)'",
    "COMMENT ON COLUMN issues.issue_id IS 'primary key for issues table'",
    "COMMENT ON COLUMN issues.borrowernumber IS 'foreign key, linking this to the borrowers table for the "
    "patron this item was checked out to'",
    "COMMENT ON COLUMN issues.itemnumber IS 'foreign key, linking this to the item_copies table for the item that "
    "was checked out'",
    "COMMENT ON COLUMN issues.date_due IS 'datetime the item is due (yyyy-mm-dd hh:mm::ss)'",
    "COMMENT ON COLUMN issues.branchcode IS 'foreign key, linking to the branches table for the location the "
    "item was checked out'",
    "COMMENT ON COLUMN issues.returndate IS 'date the item was returned, will be NULL until moved to old_issues'",
    "COMMENT ON COLUMN issues.renewals_count IS 'lists the number of times the item was renewed'",
    "COMMENT ON COLUMN issues.issuedate IS 'date the item was checked out or issued'",
    "COMMENT ON COLUMN old_issues.borrowernumber IS 'foreign key, linking this to the borrowers table for "
    "the patron this item was checked out to; NULL when the patron''s history is anonymised'",
    "COMMENT ON COLUMN old_issues.itemnumber IS 'foreign key, linking this to the item_copies table for the item "
    "that was checked out'",
    "COMMENT ON COLUMN old_issues.date_due IS 'date the item is due (yyyy-mm-dd)'",
    "COMMENT ON COLUMN old_issues.branchcode IS 'foreign key, linking to the branches table for the location "
    "the item was checked out'",
    "COMMENT ON COLUMN old_issues.returndate IS 'date the item was returned'",
    "COMMENT ON COLUMN old_issues.renewals_count IS 'lists the number of times the item was renewed'",
    "COMMENT ON COLUMN old_issues.issuedate IS 'date the item was checked out or issued'",
]

# code, name, address, city, zip, daily checkouts on an open weekday
BRANCHES = [
    ("CPL", "Centerville Central Library", "100 Main Street", "Centerville", "44001", 46.0),
    ("FPL", "Fairview Branch", "22 Orchard Road", "Fairview", "44020", 22.0),
    ("MPL", "Midway Branch", "7 Lincoln Avenue", "Midway", "44031", 18.0),
    ("SPL", "Springfield Branch", "455 Elm Street", "Springfield", "44045", 20.0),
    ("RPL", "Riverside Branch", "18 River Drive", "Riverside", "44052", 12.0),
    ("BKM", "Bookmobile", "100 Main Street", "Centerville", "44001", 34.0),
]
# code, description, enrolment months, upper age limit, dob required, fee, notices, type, share of patrons
CATEGORIES = [
    ("PT", "Adult", 36, None, 0, 0.0, 1, "A", 0.52),
    ("J", "Juvenile", 36, 12, 1, 0.0, 1, "C", 0.17),
    ("YA", "Young Adult", 36, 17, 1, 0.0, 1, "C", 0.09),
    ("SR", "Senior Citizen", 60, None, 1, 0.0, 1, "A", 0.14),
    ("NR", "Non-Resident", 12, None, 0, 25.0, 1, "A", 0.03),
    ("ST", "Library staff", 99, None, 0, 0.0, 0, "S", 0.01),
    ("INST", "Institutional (schools, care homes)", 12, None, 0, 0.0, 1, "I", 0.02),
    ("HB", "Homebound", 60, None, 0, 0.0, 0, "A", 0.0),  # a category nobody is in yet
]
# code, description, rental charge, not for loan, loan days, price range
ITEMTYPES = [
    ("BK", "Print books", 0.0, 0, 21, (12.0, 32.0)),
    ("LP", "Large Print", 0.0, 0, 21, (22.0, 40.0)),
    ("DVD", "DVDs", 1.0, 0, 7, (15.0, 30.0)),
    ("AB", "Audiobooks (CD)", 0.0, 0, 21, (30.0, 60.0)),
    ("MAG", "Magazines", 0.0, 0, 14, (4.0, 9.0)),
    ("BCK", "Book Club Kits", 0.0, 0, 42, (90.0, 160.0)),
    ("WIFI", "Wi-Fi Hotspots", 0.0, 0, 14, (120.0, 180.0)),
    ("REFBK", "Reference (in-library use)", 0.0, 1, 0, (40.0, 120.0)),
    ("EBK", "eReader devices", 0.0, 0, 21, (90.0, 130.0)),  # an item type with no copies
]
# collection code, audience, item types with weights, shelving location, biblio share
COLLECTIONS = [
    ("FIC", "A", {"BK": 0.8, "LP": 0.12, "AB": 0.08}, "GEN", 0.27),
    ("NFIC", "A", {"BK": 0.9, "LP": 0.03, "AB": 0.07}, "GEN", 0.2),
    ("MYST", "A", {"BK": 0.75, "LP": 0.15, "AB": 0.1}, "GEN", 0.07),
    ("JFIC", "J", {"BK": 0.97, "AB": 0.03}, "JUV", 0.12),
    ("JNF", "J", {"BK": 1.0}, "JUV", 0.06),
    ("PIC", "J", {"BK": 1.0}, "JUV", 0.06),
    ("YAFIC", "Y", {"BK": 0.95, "AB": 0.05}, "TEEN", 0.06),
    ("FEAT", "A", {"DVD": 1.0}, "AV", 0.07),
    ("JDVD", "J", {"DVD": 1.0}, "AV", 0.02),
    ("SER", "A", {"MAG": 1.0}, "PERIODICAL", 0.02),
    ("REFC", "A", {"REFBK": 1.0}, "REFDESK", 0.03),
    ("LOCAL", "A", {"BK": 0.6, "REFBK": 0.4}, "LOCALHIST", 0.01),
    ("KITS", "A", {"BCK": 1.0}, "GEN", 0.005),
    ("TECH", "A", {"WIFI": 1.0}, "DESK", 0.002),
]
AUDIENCE_BY_CATEGORY = {
    "PT": {"A": 0.9, "J": 0.07, "Y": 0.03},
    "J": {"J": 0.92, "Y": 0.05, "A": 0.03},
    "YA": {"Y": 0.6, "A": 0.3, "J": 0.1},
    "SR": {"A": 0.97, "J": 0.03},
    "NR": {"A": 0.85, "J": 0.15},
    "ST": {"A": 0.7, "J": 0.2, "Y": 0.1},
    "INST": {"J": 0.6, "A": 0.4},
}
MONTH_FACTOR = [1.05, 1.0, 1.02, 0.95, 0.92, 1.2, 1.28, 1.08, 0.93, 0.98, 0.9, 0.78]
SURNAMES = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Kowalski",
    "Novak",
    "Schmidt",
    "Fischer",
    "Weber",
    "Okafor",
    "Patel",
    "Shah",
    "Kim",
    "Park",
    "Chen",
    "Wang",
    "Murphy",
    "O'Brien",
    "Sullivan",
    "Bianchi",
    "Rossi",
    "Larsen",
    "Berg",
    "Lindqvist",
    "Dubois",
    "Moreau",
    "Haddad",
]
FIRST_F = [
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Lisa",
    "Nancy",
    "Betty",
    "Sandra",
    "Ashley",
    "Emily",
    "Olivia",
    "Emma",
    "Ava",
    "Sophia",
    "Isabella",
    "Mia",
    "Amelia",
    "Harper",
    "Evelyn",
    "Abigail",
    "Grace",
    "Chloe",
    "Zoe",
    "Nora",
    "Ruth",
    "Joan",
]
FIRST_M = [
    "James",
    "Robert",
    "John",
    "Michael",
    "David",
    "William",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Daniel",
    "Matthew",
    "Anthony",
    "Mark",
    "Steven",
    "Paul",
    "Andrew",
    "Joshua",
    "Liam",
    "Noah",
    "Oliver",
    "Elijah",
    "Lucas",
    "Mason",
    "Ethan",
    "Logan",
    "Owen",
    "Henry",
    "Walter",
    "Frank",
    "Carl",
]
TITLE_A = [
    "The Silent",
    "The Last",
    "The Hidden",
    "A Winter's",
    "The Lost",
    "The Glass",
    "The Secret",
    "The Long",
    "The Broken",
    "The Summer",
    "The Midnight",
    "The Painted",
    "The Distant",
    "The Forgotten",
    "The Burning",
    "The Little",
    "The Golden",
    "The Quiet",
    "The Wild",
]
TITLE_B = [
    "Garden",
    "River",
    "House",
    "Harbor",
    "Orchard",
    "Letter",
    "Daughter",
    "Kingdom",
    "Road",
    "Promise",
    "Island",
    "Lighthouse",
    "Map",
    "Library",
    "Season",
    "Keeper",
    "Witness",
    "Station",
    "Valley",
    "Bridge",
    "Forest",
    "Sister",
    "Field",
    "Shore",
    "Crown",
    "Storm",
    "Journey",
    "Room",
]
NONFIC = [
    "A History of",
    "Understanding",
    "The Science of",
    "Everyday",
    "The Complete Guide to",
    "Cooking with",
    "Getting Started with",
    "The Art of",
    "A Field Guide to",
    "Inside",
    "Living with",
    "The Story of",
]
NONFIC_B = [
    "Gardening",
    "Birds",
    "the Civil War",
    "Bread",
    "Money",
    "Sleep",
    "the Ocean",
    "Python",
    "Quilting",
    "the Great Lakes",
    "Stoicism",
    "Dinosaurs",
    "Home Repair",
    "Jazz",
    "Mushrooms",
    "the Brain",
    "Ohio",
    "Photography",
    "Climate",
    "Knitting",
    "Chess",
    "Trains",
]
KIDS = [
    "Little Bear",
    "Max and the",
    "The Very Busy",
    "Pip and the",
    "Goodnight",
    "Where Is",
    "Lulu and the",
    "The Brave",
    "Super",
    "Penny and the",
    "Dragon",
    "Mouse",
]
KIDS_B = [
    "Moon",
    "Bus",
    "Pumpkin",
    "Puppy",
    "Rainbow",
    "Dinosaur",
    "Snowman",
    "Pirate",
    "Robot",
    "Farm",
    "Kitten",
    "Tractor",
]
MAGS = [
    "The New Yorker",
    "National Geographic",
    "Consumer Reports",
    "Time",
    "Cook's Illustrated",
    "Popular Science",
    "Highlights",
    "The Atlantic",
]
FILMS = [
    "Night Train",
    "Blue Horizon",
    "The Heist",
    "Far Country",
    "Paper Moons",
    "Echo Park",
    "Last Dance",
    "The Crossing",
    "Iron Sky",
    "Small Town",
    "Open Water",
    "The Verdict",
    "Silver Lining",
    "Dark Harbor",
]


def _cum(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, items: list[int], cum: list[float]) -> int:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _biblios(rng: random.Random) -> list[tuple[Row, str, str, float]]:
    """(biblio row, collection code, item type, popularity) for each record."""
    out: list[tuple[Row, str, str, float]] = []
    authors = [f"{rng.choice(SURNAMES)}, {rng.choice(FIRST_F + FIRST_M)}" for _ in range(1800)]
    author_weights = _cum(zipf_weights(len(authors), 0.7))
    n = 9000
    codes = [c[0] for c in COLLECTIONS]
    shares = [c[4] for c in COLLECTIONS]
    seen_titles: set[str] = set()
    for number in range(1, n + 1):
        ccode = weighted(rng, codes, shares)
        col = next(c for c in COLLECTIONS if c[0] == ccode)
        itype = weighted(rng, list(col[2]), list(col[2].values()))
        author: str | None = authors[bisect.bisect_right(author_weights, rng.random() * author_weights[-1])]
        series = None
        if ccode in ("JNF", "NFIC", "LOCAL", "REFC"):
            title = f"{rng.choice(NONFIC)} {rng.choice(NONFIC_B)}"
        elif ccode == "PIC":
            title = f"{rng.choice(KIDS)} {rng.choice(KIDS_B)}"
        elif ccode in ("FEAT", "JDVD"):
            title = rng.choice(FILMS)
            author = None
        elif ccode == "SER":
            title = rng.choice(MAGS)
            author = None
        elif ccode == "TECH":
            title = "Mobile Wi-Fi hotspot"
            author = None
        else:
            title = f"{rng.choice(TITLE_A)} {rng.choice(TITLE_B)}"
            if rng.random() < 0.18:
                series = f"{rng.choice(TITLE_B)} series ; {rng.randint(1, 9)}"
        if title in seen_titles and ccode not in ("SER", "TECH") and rng.random() < 0.7:
            fiction = ccode in ("FIC", "MYST", "JFIC", "YAFIC", "PIC")
            title = f"{title}{rng.choice([' Returns', ' Again', ': A Novel'] if fiction else [', 2nd ed.', ' for Beginners', ' Today'])}"
        seen_titles.add(title)
        if ccode == "TECH":
            created = dt.date(2023, 8, 21)
        elif rng.random() < 0.84:
            created = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 5000))
        else:
            created = dt.date(2021, 10, 1) + dt.timedelta(days=rng.randint(0, (SNAPSHOT - dt.date(2021, 10, 1)).days))
        if ccode in ("SER", "TECH"):
            copyright_year = None
        else:
            copyright_year = min(created.year, 2025 - int(rng.expovariate(1 / 6)))
            if rng.random() < 0.04:
                copyright_year = None
        popularity = rng.paretovariate(1.6)
        if ccode in ("SER", "REFC"):
            popularity = 1.0
        if ccode == "TECH":
            popularity = 4.0
        framework = {"FEAT": "VR", "JDVD": "VR", "SER": "SER", "TECH": "FA"}.get(ccode, "BKS")
        out.append(((number, framework, author, title, series, copyright_year, created), ccode, itype, popularity))
    return out


def build() -> Catalog:
    """Branches, patrons, records, copies and a snapshot's loans, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    branch_codes = [b[0] for b in BRANCHES]
    catalog.add(
        "library_branches",
        [
            (b[0], b[1], b[2], b[3], b[4], f"(330) 555-{1000 + i * 111:04d}", f"{b[0].lower()}@ccpl.example.org", None, 0 if b[0] == "BKM" else 1)
            for i, b in enumerate(BRANCHES)
        ],
    )  # fmt: skip
    catalog.add("patron_categories", [c[:8] for c in CATEGORIES])
    catalog.add("itemtypes", [(t[0], t[1], t[2], t[3], None) for t in ITEMTYPES])

    biblios = _biblios(rng)
    catalog.add("biblio", [b[0] for b in biblios])

    # copies
    items: list[list[Any]] = []
    item_meta: list[tuple[str, str, str, float, dt.date]] = []  # audience, itype, homebranch, weight, accessioned
    branch_share = {"CPL": 0.36, "FPL": 0.17, "MPL": 0.15, "SPL": 0.16, "RPL": 0.1, "BKM": 0.06}
    barcode = 31000000100000
    for row, ccode, itype, popularity in biblios:
        col = next(c for c in COLLECTIONS if c[0] == ccode)
        if ccode == "TECH":
            copies_at = ["CPL", "FPL", "MPL", "SPL", "RPL"]
        elif ccode in ("SER", "REFC", "LOCAL"):
            copies_at = ["CPL"] if rng.random() < 0.7 else ["CPL", weighted(rng, ["FPL", "SPL", "MPL"], [1, 1, 1])]
        else:
            n_copies = min(8, 1 + int(popularity * rng.uniform(0.3, 1.2)))
            copies_at = [weighted(rng, list(branch_share), list(branch_share.values())) for _ in range(n_copies)]
            if ccode in ("FEAT", "JDVD", "KITS"):
                copies_at = [b if b != "BKM" else "CPL" for b in copies_at]
        for home in copies_at:
            barcode += rng.randint(1, 3)
            low, high = next(t[5] for t in ITEMTYPES if t[0] == itype)
            price = round(rng.uniform(low, high), 2)
            created: dt.date = row[6]
            accessioned = created + dt.timedelta(days=rng.randint(0, 25))
            if ccode == "TECH":
                accessioned = dt.date(2023, 9, 1)
            elif rng.random() < 0.08:
                accessioned = created + dt.timedelta(days=rng.randint(30, 900))
            if accessioned > SNAPSHOT:
                accessioned = SNAPSHOT - dt.timedelta(days=rng.randint(0, 10))
            notforloan = 1 if itype == "REFBK" else 0
            if accessioned > SNAPSHOT - dt.timedelta(days=20) and rng.random() < 0.5:
                notforloan = -1
            cutter = (row[2] or row[3] or "X")[:3].upper()
            callnumber = {
                "NFIC": f"{rng.randint(1, 999):03d}.{rng.randint(0, 99)} {cutter}",
                "JNF": f"J {rng.randint(1, 999):03d}.{rng.randint(0, 9)} {cutter}",
                "FIC": f"FIC {cutter}",
                "MYST": f"MYS {cutter}",
                "JFIC": f"J FIC {cutter}",
                "PIC": f"E {cutter}",
                "YAFIC": f"YA FIC {cutter}",
                "FEAT": f"DVD {cutter}",
                "JDVD": f"J DVD {cutter}",
                "SER": None,
                "REFC": f"R {rng.randint(1, 999):03d} {cutter}",
                "LOCAL": f"LH {rng.randint(900, 999)} {cutter}",
                "KITS": f"KIT {cutter}",
                "TECH": None,
            }[ccode]
            holding = home
            if home != "BKM" and rng.random() < 0.03:
                holding = weighted(rng, ["CPL", "FPL", "MPL", "SPL", "RPL"], [1, 1, 1, 1, 1])
            number = len(items) + 1
            replacement = round(price * 1.1 + 5, 2) if rng.random() < 0.93 else None
            items.append(
                [number, row[0], str(barcode), accessioned, price if rng.random() < 0.95 else None, replacement,
                 None, None, notforloan, 0, 0, None, 0, None, callnumber, 0, 0, home, holding, col[3], itype, ccode]
            )  # fmt: skip
            item_meta.append((col[1], itype, home, popularity, accessioned))

    # patrons
    borrowers: list[list[Any]] = []
    cat_codes = [c[0] for c in CATEGORIES if c[8] > 0]
    cat_shares = [c[8] for c in CATEGORIES if c[8] > 0]
    patron_branch_share = {"CPL": 0.38, "FPL": 0.19, "MPL": 0.15, "SPL": 0.17, "RPL": 0.11}
    activity: list[float] = []
    for number in range(1, 9201):
        cat = weighted(rng, cat_codes, cat_shares)
        home = weighted(rng, list(patron_branch_share), list(patron_branch_share.values()))
        if rng.random() < 0.68:
            enrolled = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 6200))
        else:
            enrolled = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, (SNAPSHOT - dt.date(2022, 1, 1)).days))
        age = {
            "J": rng.randint(3, 12),
            "YA": rng.randint(13, 17),
            "SR": rng.randint(65, 92),
            "ST": rng.randint(22, 64),
        }.get(cat, rng.randint(18, 80))
        if cat == "J":
            enrolled = max(enrolled, dt.date(SNAPSHOT.year - age + 2, 1, 1) + dt.timedelta(days=rng.randint(0, 300)))
            enrolled = min(enrolled, SNAPSHOT - dt.timedelta(days=rng.randint(0, 30)))
        dob: dt.date | None = dt.date(SNAPSHOT.year - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        if cat in ("PT", "NR", "ST") and rng.random() < 0.3:
            dob = None
        if cat == "INST":
            dob = None
        period = next(c[2] for c in CATEGORIES if c[0] == cat)
        expiry = enrolled + dt.timedelta(days=round(period * 30.44))
        while expiry < SNAPSHOT - dt.timedelta(days=400) and rng.random() < 0.6:
            expiry += dt.timedelta(days=round(period * 30.44))
        if cat == "INST":
            first, sex = None, None
            surname = f"{rng.choice(['Lincoln', 'Maple', 'Oakwood', 'Sunrise', 'Riverbend'])} " + rng.choice(
                ["Elementary", "Care Home", "Middle School", "Day Care"]
            )
        else:
            sex = weighted(rng, ["F", "M", None], [0.55, 0.41, 0.04])
            first = rng.choice(FIRST_F if sex == "F" else FIRST_M if sex == "M" else FIRST_F + FIRST_M)
            surname = rng.choice(SURNAMES)
        city = home_city = next(b[3] for b in BRANCHES if b[0] == home)
        if rng.random() < 0.12 or cat == "NR":
            city = rng.choice(["Lakeview", "Bristol", "Cortland", "Warren"])
        zipcode = (
            next(b[4] for b in BRANCHES if b[3] == home_city) if city == home_city else f"44{rng.randint(100, 499)}"
        )
        if rng.random() < 0.03:
            zipcode = None
        privacy = weighted(rng, [1, 0, 2], [0.8, 0.08, 0.12])
        borrowers.append(
            [number, f"2{number:07d}{rng.randint(0, 9)}", surname, first, dob, home, cat, enrolled, expiry, sex,
             city, zipcode, None, privacy]
        )  # fmt: skip
        weight = rng.paretovariate(1.3) * {"INST": 6.0, "ST": 2.0, "SR": 1.3, "J": 1.2}.get(cat, 1.0)
        if rng.random() < 0.18:
            weight *= 0.02  # a card signed up for and hardly used
        activity.append(weight)

    # index copies by (branch, audience)
    pools: dict[tuple[str, str], tuple[list[int], list[float]]] = {}
    for code in branch_codes:
        for audience in ("A", "J", "Y"):
            idx = [i for i, m in enumerate(item_meta) if m[2] == code and m[0] == audience and items[i][8] == 0]
            weights = [item_meta[i][3] for i in idx]
            pools[(code, audience)] = (idx, _cum(weights))
    patron_pools: dict[str, tuple[list[int], list[float]]] = {}
    for code in branch_codes:
        idx = [i for i, b in enumerate(borrowers) if b[5] == code or (code == "BKM" and b[6] in ("SR", "INST", "J"))]
        patron_pools[code] = (idx, _cum([activity[i] for i in idx]))
    all_patrons = (list(range(len(borrowers))), _cum(activity))

    holidays: set[dt.date] = set()
    for year in range(2022, 2026):
        holidays |= {dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 12, 25), dt.date(year, 12, 24)}
        nov = [d for d in days(dt.date(year, 11, 1), dt.date(year, 11, 30)) if d.weekday() == 3]
        holidays.add(nov[3])
    busy_until: dict[int, dt.date] = {}
    loans: list[list[Any]] = []
    lost_items: dict[int, dt.datetime] = {}
    loan_days = {t[0]: t[4] for t in ITEMTYPES}
    for day in days(START, SNAPSHOT):
        if day in holidays:
            continue
        weekday = day.weekday()
        trend = 0.9 + 0.05 * (day - START).days / 365
        for code, _name, _addr, _city, _zip, base in BRANCHES:
            if code == "BKM" and weekday not in (1, 3):
                continue
            if code == "MPL" and dt.date(2023, 3, 1) <= day <= dt.date(2023, 8, 31):
                continue
            if weekday == 6 and code != "CPL":
                continue
            factor = {5: 0.8, 6: 0.45}.get(weekday, 1.0) * MONTH_FACTOR[day.month - 1] * trend
            if code == "SPL" and day >= dt.date(2024, 9, 1):
                factor *= 1.25  # extended evening hours
            n = max(0, round(rng.gauss(base * factor, (base * factor) ** 0.5)))
            for _ in range(n):
                for _try in range(12):
                    patron = _pick(rng, *(patron_pools[code] if rng.random() < 0.93 else all_patrons))
                    if borrowers[patron][7] <= day:
                        break
                else:
                    continue
                b = borrowers[patron]
                cat = str(b[6])
                mix = dict(AUDIENCE_BY_CATEGORY[cat])
                if day.month in (6, 7) and cat in ("J", "YA", "PT"):
                    mix["J"] = mix.get("J", 0) * 1.8
                audience = weighted(rng, list(mix), list(mix.values()))
                pool = pools[(code, audience)]
                if not pool[0]:
                    continue
                # a few copies in one visit (bags of picture books in summer)
                for _copy in range(1 + (rng.random() < 0.35) + (audience == "J" and rng.random() < 0.4)):
                    for _try in range(10):
                        i = _pick(rng, *pool)
                        itype = item_meta[i][1]
                        if item_meta[i][4] > day or busy_until.get(i, dt.date.min) >= day or i in lost_items:
                            continue
                        if itype in ("DVD", "AB") and rng.random() < min(0.7, (day - START).days / 1300):
                            continue  # discs fading
                        if itype == "WIFI" and rng.random() < 0.2:
                            continue
                        break
                    else:
                        continue
                    issued = dt.datetime.combine(day, dt.time(10, 0)) + dt.timedelta(
                        minutes=rng.randint(0, 540 if weekday < 5 else 300), seconds=rng.randint(0, 59)
                    )
                    period = loan_days[itype]
                    due_day = day + dt.timedelta(days=period)
                    renewals = weighted(rng, [0, 1, 2], [0.74, 0.19, 0.07]) if itype not in ("WIFI", "DVD") else 0
                    last_renewed = None
                    if renewals:
                        last_renewed = issued + dt.timedelta(
                            days=period * renewals - rng.randint(1, 4), hours=rng.randint(0, 8)
                        )
                        due_day = day + dt.timedelta(days=period * (renewals + 1))
                    due = dt.datetime.combine(due_day, dt.time(23, 59))
                    r = rng.random()
                    lost = False
                    if r < 0.006 and itype not in ("MAG",):
                        lost = True
                        back_day = due_day + dt.timedelta(days=rng.choice([28, 45, 60]))
                    elif r < 0.13 + (0.06 if cat in ("J", "YA") else 0) + (0.08 if itype == "WIFI" else 0):
                        back_day = due_day + dt.timedelta(days=1 + int(rng.expovariate(1 / 7)))
                    else:
                        back_day = due_day - dt.timedelta(days=rng.randint(0, max(1, period * (renewals + 1) - 1)))
                    back_day = max(back_day, day)
                    returned = dt.datetime.combine(back_day, dt.time(9, 30)) + dt.timedelta(minutes=rng.randint(0, 570))
                    returned = max(returned, issued + dt.timedelta(minutes=20))
                    busy_until[i] = back_day + dt.timedelta(days=1)
                    if lost:
                        lost_items[i] = returned
                    loans.append([i, int(b[0]), due, code, returned, last_renewed, renewals, issued, int(b[13]), lost])
    # mark late lost copies, damaged and withdrawn ones, counters
    loans.sort(key=lambda loan: loan[7])
    old_rows: list[Row] = []
    current_rows: list[Row] = []
    snapshot_end = dt.datetime.combine(SNAPSHOT, dt.time(23, 59, 59))
    last_seen: dict[int, dt.datetime] = {}
    for issue_id, (i, patron, due, code, returned, renewed, renewals, issued, privacy, _lost) in enumerate(loans, 1):
        item = items[i]
        item[15] = int(item[15]) + 1
        item[16] = int(item[16]) + int(renewals)
        item[6] = issued.date()
        last_seen[patron] = max(last_seen.get(patron, issued), issued)
        if returned > snapshot_end:
            lost_items.pop(i, None)
            current_rows.append((issue_id, patron, i + 1, due, code, None, renewed, renewals, 0, issued, 0))
            item[7] = issued.date()
            continue
        keep_patron = None if privacy == 2 else patron
        old_rows.append((issue_id, keep_patron, i + 1, due, code, returned, renewed, renewals, 0, issued, 0))
        item[7] = returned.date()
    for i, when in lost_items.items():
        item = items[i]
        item[10] = weighted(rng, [1, 2, 3], [0.35, 0.45, 0.2])
        item[11] = when
    for item in items:
        if item[10] == 0 and rng.random() < 0.004:
            item[10] = 4  # missing on the shelf
            item[11] = dt.datetime(2024, 8, 19, 15, 0) if rng.random() < 0.6 else dt.datetime(2025, 2, 10, 11, 0)
        if rng.random() < 0.012:
            item[9] = 1
        if (item[20] in ("DVD", "AB") and rng.random() < 0.09) or rng.random() < 0.015:
            item[12] = 1
            item[13] = dt.datetime(2024, 1, 8, 10, 0) + dt.timedelta(
                days=rng.randint(0, 500), minutes=rng.randint(0, 400)
            )
        if item[7] is None and item[8] == 0:
            item[7] = item[3]
    catalog.add("item_copies", [tuple(item) for item in items])
    for b in borrowers:
        seen = last_seen.get(int(b[0]))
        b[12] = seen + dt.timedelta(minutes=rng.randint(0, 30)) if seen else None
    catalog.add("borrowers", [tuple(b) for b in borrowers])
    catalog.add("issues", current_rows)
    catalog.add("old_issues", old_rows)
    return catalog
