"""A Triangle-area (Raleigh-Durham, NC) brokerage's MLS feed replicated through the RESO Web API into a database.

The replicator writes each RESO resource it pulls to a table named after it (with its `Mls` table prefix) and keeps
the RESO Data Dictionary field names as they come (PascalCase, no SQL-friendly renaming), with the Data
Dictionary's definitions, shortened, as column comments. It declares no keys: resources point to each other by their
`...Key` fields (text), the way the Web API's expansions do. Seven resources:

* `MlsProperty`: every listing of the MLS entered since January 2021 (`ListingKey` a 32-character hex key,
  `ListingId` the MLS number agents quote), `StandardStatus` ('Active', 'Active Under Contract', 'Pending',
  'Closed', 'Expired', 'Withdrawn', 'Canceled', 'Coming Soon') next to the MLS's own one-letter `MlsStatus`
  code (explained in its comment), `PropertyType` ('Residential', 'Residential Lease' whose prices are monthly
  rents, 'Residential Income', 'Lots and Land', 'Farm', 'Commercial Sale'), `PropertySubType`, `ListPrice` (the
  current or last asking price), `OriginalListPrice`, `ClosePrice` and `CloseDate` (NULL until closed),
  `ListingContractDate`, `PurchaseContractDate`, `OffMarketDate`, `DaysOnMarket`, `CumulativeDaysOnMarket`
  (larger for relisted homes), beds, baths, `LivingArea` (square feet, NULL for land), `LotSizeAcres`,
  `YearBuiltActual`, address fields, `City`, `PostalCode`, `CountyOrParish`, two keys to `MlsMember`
  (`ListAgentKey`, `BuyerAgentKey`) and two to `MlsOffice` (`ListOfficeKey`, `BuyerOfficeKey`), `BuyerFinancing`,
  `ConcessionsAmount`, `AssociationFee`, `TaxAnnualAmount`, Y/N flags as booleans, and timestamps.
* `MlsMember` (`MemberKey`, `MemberFullName`, `OfficeKey`, RESO's `MemberType` values, `MemberStatus`) and
  `MlsOffice` (`OfficeKey`, `OfficeName`, `OfficeCity`, `MainOfficeKey` for branches).
* `MlsOpenHouse` (`OpenHouseDate`, `OpenHouseStartTime` / `OpenHouseEndTime` as timestamps, `OpenHouseType`
  Public / Broker, `OpenHouseStatus`, `ShowingAgentKey` to `MlsMember`).
* `MlsMedia` (photos, floor plans and video tours of each listing; `ResourceRecordKey` is the `ListingKey`).
* `MlsPropertyRooms` (rooms of residential listings: `RoomType`, `RoomLevel`, `RoomLength`, `RoomWidth` in feet).
* `MlsHistoryTransactional` (every status and price change: `FieldName`, previous and new value as text,
  `ChangeType`, `ChangedByMemberKey`).

Patterns, January 2021 to the replication on 30 June 2025: the 2021 to spring 2022 frenzy (homes under contract in
a few days, closing above asking), the mid-2022 rate shock (longer days on market, price reductions, sale-to-list
under 100 %, seller concessions from late 2022), prices up about a quarter by mid-2022 then flat to slightly rising,
fewer new listings in 2023 (owners locked in by low rates), a spring listing season, listings going live on
Thursdays and Fridays, open houses on Saturday afternoons, Chapel Hill and Cary dearer than Durham or Clayton, new
construction in the outer towns, a few agents with most of the volume, dual agency now and then. Deterministic:
everything comes from one seeded `random.Random`.

Renamed because the vocabulary test found the names in the analyst's code: the resources `Property` and `Member`
(every table then got the replicator's `Mls` prefix, `MlsProperty`, `MlsOffice`, ...), the fields `YearBuilt` →
`YearBuiltActual`, Media's `Order` → `DisplayOrder`, HistoryTransactional's `NewValue` / `PreviousValue` →
`NewFieldValue` / `PreviousFieldValue`; `LivingAreaUnits` ('Square Feet') and the `ResourceName` of Media and
HistoryTransactional (always 'Property') left out; the values 'Land' → 'Lots and Land', MemberType 'Agent' /
'Broker' → RESO's 'Realtor Salesperson' / 'Designated REALTOR Participant', RoomType 'Bedroom' → 'Bedroom 2',
'Bedroom 3', ..., RoomLevel 'Main' / 'Upper' → 'Main Level' / 'Upper Level', OpenHouseStatus 'Ended' →
'Completed', MediaCategory 'Document' → 'Unbranded Virtual Tour', counties written 'Wake County' (not 'Orange'),
and the street name 'Falls', the suffix 'Way' and the first name 'Lucia' left out of the name lists.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from scripts.eval_catalogs.common import Catalog, Row, weighted, words

SEED = 27_601
START, SNAPSHOT = dt.date(2021, 1, 1), dt.date(2025, 6, 30)

DDL = [
    """CREATE TABLE MlsOffice (
        OfficeKey VARCHAR, OfficeMlsId VARCHAR, OfficeName VARCHAR, MainOfficeKey VARCHAR, OfficeAddress1 VARCHAR,
        OfficeCity VARCHAR, OfficeStateOrProvince VARCHAR, OfficePostalCode VARCHAR, OfficePhone VARCHAR,
        OfficeStatus VARCHAR, OriginalEntryTimestamp TIMESTAMP, ModificationTimestamp TIMESTAMP)""",
    """CREATE TABLE MlsMember (
        MemberKey VARCHAR, MemberMlsId VARCHAR, MemberFirstName VARCHAR, MemberLastName VARCHAR,
        MemberFullName VARCHAR, MemberEmail VARCHAR, MemberMobilePhone VARCHAR, MemberStateLicense VARCHAR,
        MemberType VARCHAR, MemberStatus VARCHAR, OfficeKey VARCHAR, OfficeName VARCHAR,
        OriginalEntryTimestamp TIMESTAMP, ModificationTimestamp TIMESTAMP)""",
    """CREATE TABLE MlsProperty (
        ListingKey VARCHAR, ListingId VARCHAR, StandardStatus VARCHAR, MlsStatus VARCHAR, PropertyType VARCHAR,
        PropertySubType VARCHAR, ListPrice DECIMAL(14, 2), OriginalListPrice DECIMAL(14, 2),
        ClosePrice DECIMAL(14, 2), ListingContractDate DATE, PurchaseContractDate DATE, CloseDate DATE,
        OffMarketDate DATE, ExpirationDate DATE, DaysOnMarket INTEGER, CumulativeDaysOnMarket INTEGER,
        BedroomsTotal INTEGER, BathroomsTotalInteger INTEGER, BathroomsFull INTEGER, BathroomsHalf INTEGER,
        LivingArea DECIMAL(10, 2), LotSizeAcres DECIMAL(10, 4), YearBuiltActual INTEGER,
        NewConstructionYN BOOLEAN, GarageSpaces INTEGER, PoolPrivateYN BOOLEAN, AssociationYN BOOLEAN,
        AssociationFee DECIMAL(10, 2), TaxAnnualAmount DECIMAL(12, 2), StreetNumber VARCHAR, StreetName VARCHAR,
        StreetSuffix VARCHAR, UnparsedAddress VARCHAR, City VARCHAR, StateOrProvince VARCHAR, PostalCode VARCHAR,
        CountyOrParish VARCHAR, Latitude DOUBLE, Longitude DOUBLE, ListAgentKey VARCHAR, ListOfficeKey VARCHAR,
        BuyerAgentKey VARCHAR, BuyerOfficeKey VARCHAR, BuyerFinancing VARCHAR, ConcessionsAmount DECIMAL(12, 2),
        OriginalEntryTimestamp TIMESTAMP, PriceChangeTimestamp TIMESTAMP, StatusChangeTimestamp TIMESTAMP,
        ModificationTimestamp TIMESTAMP)""",
    """CREATE TABLE MlsOpenHouse (
        OpenHouseKey VARCHAR, ListingKey VARCHAR, ListingId VARCHAR, OpenHouseDate DATE,
        OpenHouseStartTime TIMESTAMP, OpenHouseEndTime TIMESTAMP, OpenHouseType VARCHAR, OpenHouseStatus VARCHAR,
        ShowingAgentKey VARCHAR, RefreshmentsYN BOOLEAN, ModificationTimestamp TIMESTAMP)""",
    """CREATE TABLE MlsMedia (
        MediaKey VARCHAR, ResourceRecordKey VARCHAR, MediaCategory VARCHAR,
        MediaType VARCHAR, DisplayOrder INTEGER, ShortDescription VARCHAR, MediaURL VARCHAR,
        ModificationTimestamp TIMESTAMP)""",
    """CREATE TABLE MlsPropertyRooms (
        RoomKey VARCHAR, ListingKey VARCHAR, ListingId VARCHAR, RoomType VARCHAR, RoomLevel VARCHAR,
        RoomLength DECIMAL(5, 1), RoomWidth DECIMAL(5, 1), RoomDimensions VARCHAR)""",
    """CREATE TABLE MlsHistoryTransactional (
        HistoryTransactionalKey VARCHAR, ResourceRecordKey VARCHAR, FieldName VARCHAR,
        PreviousFieldValue VARCHAR, NewFieldValue VARCHAR, ChangeType VARCHAR, ChangedByMemberKey VARCHAR,
        ModificationTimestamp TIMESTAMP)""",
]
COMMENTS = [
    "COMMENT ON COLUMN MlsProperty.ListingKey IS 'unique identifier of the listing record in the source system'",
    "COMMENT ON COLUMN MlsProperty.ListingId IS 'the well-known identifier (MLS number) of the listing'",
    "COMMENT ON COLUMN MlsProperty.StandardStatus IS 'RESO standard status of the listing'",
    "COMMENT ON COLUMN MlsProperty.MlsStatus IS 'local MLS status code: A = Active, U = Active Under Contract (contingent), P = Pending, S = Sold (Closed), X = Expired, W = Withdrawn, C = Canceled, CS = Coming Soon'",
    "COMMENT ON COLUMN MlsProperty.ListPrice IS 'the current asking price, or the last one before the listing went off market'",
    "COMMENT ON COLUMN MlsProperty.OriginalListPrice IS 'the asking price when the listing was first entered'",
    "COMMENT ON COLUMN MlsProperty.ClosePrice IS 'the amount of money paid by the purchaser to the seller; NULL until closed'",
    "COMMENT ON COLUMN MlsProperty.CloseDate IS 'date the purchase closed; NULL until closed'",
    "COMMENT ON COLUMN MlsProperty.ListingContractDate IS 'date the listing agreement was signed and the listing went on market'",
    "COMMENT ON COLUMN MlsProperty.PurchaseContractDate IS 'date an offer was accepted (under contract)'",
    "COMMENT ON COLUMN MlsProperty.OffMarketDate IS 'date an unsold listing expired, was withdrawn or canceled'",
    "COMMENT ON COLUMN MlsProperty.DaysOnMarket IS 'days from going on market to going under contract (or off market, or to today while active)'",
    "COMMENT ON COLUMN MlsProperty.CumulativeDaysOnMarket IS 'days on market over every listing of the same property, relists included'",
    "COMMENT ON COLUMN MlsProperty.LivingArea IS 'finished living area in square feet'",
    "COMMENT ON COLUMN MlsProperty.ListAgentKey IS 'MemberKey of the listing agent'",
    "COMMENT ON COLUMN MlsProperty.BuyerAgentKey IS 'MemberKey of the buyer''s agent; NULL until under contract'",
    "COMMENT ON COLUMN MlsProperty.ListOfficeKey IS 'OfficeKey of the listing office'",
    "COMMENT ON COLUMN MlsProperty.BuyerOfficeKey IS 'OfficeKey of the buyer''s agent''s office'",
    "COMMENT ON COLUMN MlsProperty.ConcessionsAmount IS 'seller concessions paid at closing; NULL when none'",
    "COMMENT ON COLUMN MlsProperty.AssociationFee IS 'HOA fee per month'",
    "COMMENT ON COLUMN MlsProperty.PropertyType IS 'Residential Lease prices are monthly rents'",
    "COMMENT ON COLUMN MlsMember.MemberType IS 'Realtor Salesperson (an agent), Designated REALTOR Participant (the office''s designated broker) or Office Manager'",
    "COMMENT ON COLUMN MlsOffice.MainOfficeKey IS 'OfficeKey of the main office of a branch; equal to OfficeKey for a main office'",
    "COMMENT ON COLUMN MlsOpenHouse.ShowingAgentKey IS 'MemberKey of the agent hosting the open house'",
    "COMMENT ON COLUMN MlsOpenHouse.OpenHouseStartTime IS 'start of the open house, local time'",
    "COMMENT ON COLUMN MlsMedia.ResourceRecordKey IS 'ListingKey of the listing the media belongs to'",
    "COMMENT ON COLUMN MlsMedia.DisplayOrder IS 'display order of the media item, 1 = primary photo'",
    "COMMENT ON COLUMN MlsPropertyRooms.RoomLength IS 'room length in feet'",
    "COMMENT ON COLUMN MlsPropertyRooms.RoomWidth IS 'room width in feet'",
    "COMMENT ON COLUMN MlsHistoryTransactional.ResourceRecordKey IS 'ListingKey of the changed listing'",
    "COMMENT ON COLUMN MlsHistoryTransactional.FieldName IS 'the field that changed: ListPrice or StandardStatus'",
]

# city, county, postal codes, price factor, listing weight, new-construction share, lat, lon
CITIES = [
    (
        "Raleigh",
        "Wake County",
        words("27603 27604 27606 27609 27610 27612 27613 27614 27615"),
        1.0,
        30,
        0.06,
        35.78,
        -78.64,
    ),
    ("Durham", "Durham County", words("27701 27703 27704 27705 27707 27713"), 0.88, 16, 0.08, 35.99, -78.90),
    ("Cary", "Wake County", words("27511 27513 27518 27519"), 1.22, 11, 0.05, 35.79, -78.78),
    ("Apex", "Wake County", words("27502 27523 27539"), 1.18, 7, 0.22, 35.73, -78.85),
    ("Chapel Hill", "Orange County", words("27514 27516 27517"), 1.35, 5, 0.05, 35.91, -79.05),
    ("Wake Forest", "Wake County", words("27587"), 1.05, 7, 0.20, 35.98, -78.51),
    ("Holly Springs", "Wake County", words("27540"), 1.10, 5, 0.25, 35.65, -78.83),
    ("Fuquay-Varina", "Wake County", words("27526"), 0.95, 5, 0.30, 35.58, -78.80),
    ("Garner", "Wake County", words("27529"), 0.85, 4, 0.12, 35.71, -78.61),
    ("Morrisville", "Wake County", words("27560"), 1.08, 3, 0.10, 35.82, -78.83),
    ("Knightdale", "Wake County", words("27545"), 0.82, 3, 0.25, 35.79, -78.48),
    ("Clayton", "Johnston County", words("27520 27527"), 0.80, 4, 0.30, 35.65, -78.46),
    ("Hillsborough", "Orange County", words("27278"), 0.95, 2, 0.10, 36.08, -79.10),
    ("Wendell", "Wake County", words("27591"), 0.75, 2, 0.28, 35.78, -78.37),
]
OFFICES = [  # name, city, main office index (None for a main office), agents
    ("Blue Heron Realty Group", "Raleigh", None, 34),
    ("Blue Heron Realty Group - Cary", "Cary", 0, 18),
    ("Oak City Properties", "Raleigh", None, 26),
    ("Bull City Realty", "Durham", None, 22),
    ("Brightleaf Realty", "Durham", None, 12),
    ("Cardinal & Pine Real Estate", "Apex", None, 15),
    ("Tobacco Road Realty", "Chapel Hill", None, 11),
    ("Lake Wheeler Properties", "Wake Forest", None, 13),
    ("Triangle Home Partners", "Raleigh", None, 20),
    ("Triangle Home Partners - Holly Springs", "Holly Springs", 8, 9),
    ("Crabtree Realty Collective", "Raleigh", None, 10),
    ("Neuse River Realty", "Clayton", None, 8),
    ("Eno Valley Homes", "Hillsborough", None, 5),
    ("Umstead Realty", "Morrisville", None, 7),
]
STREETS = words(
    "Oak Maple Pine Cedar Willow Hickory Dogwood Magnolia Laurel Birch Poplar Sycamore Chestnut Holly Juniper"
) + words("Wheeler Lake Meadow Ridge Creek Brook Forest Glen Harbor Heritage Lakeview Millbrook Sunset Briar Fox")
SUFFIXES = ["St", "Dr", "Ln", "Ct", "Rd", "Pl", "Cir", "Trl"]
FIRST = words(
    "Emma Olivia Ava Sophia Mia Isabella Charlotte Amelia Harper Evelyn Priya Mei Aisha Hannah Grace Chloe"
) + words("Liam Noah Oliver James Elijah William Henry Lucas Benjamin Theo Arjun Wei Omar Diego Mateo Daniel Ryan") + words(
    "Ashley Brittany Courtney Heather Kristen Lindsey Stephanie Tiffany Wesley Tucker Bradley Travis Jordan Kelsey"
)  # fmt: skip
LAST = words("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Lopez Wilson Anderson") + words(
    "Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King"
) + words("Wright Scott Nguyen Hill Green Adams Baker Hall Rivera Campbell Patel Kim Chen Singh Okafor Barnes Pruitt") + words(
    "Whitaker Honeycutt Strickland Lassiter Pope Upchurch Faircloth Barefoot Stancil Hobgood Jernigan Tart"
)  # fmt: skip
SEASON = {1: 0.7, 2: 0.9, 3: 1.2, 4: 1.3, 5: 1.25, 6: 1.15, 7: 1.0, 8: 0.95, 9: 0.9, 10: 0.85, 11: 0.7, 12: 0.5}
WEEKDAY_WEIGHTS = [10, 8, 10, 30, 26, 9, 7]  # Monday .. Sunday: listings go live Thursday and Friday
TYPES = ["Residential", "Residential Lease", "Lots and Land", "Residential Income", "Commercial Sale", "Farm"]
TYPE_WEIGHTS = [84, 6, 5, 2, 2, 1]
FINANCING = ["Conventional", "FHA", "VA", "Cash", "USDA"]


def price_index(d: dt.date) -> float:
    """Home price level: a steep climb to mid-2022, a dip, then flat to slightly rising."""
    m = (d.year - 2021) * 12 + d.month - 1  # months since January 2021
    if m <= 17:
        level = 1.0 + 0.0145 * m
    elif m <= 23:
        level = 1.0 + 0.0145 * 17 - 0.006 * (m - 17)
    else:
        level = 1.0 + 0.0145 * 17 - 0.036 + 0.0022 * (m - 23)
    return level * (1.02 if d.month in (4, 5, 6) else 1.0)


def market(d: dt.date) -> tuple[float, float, float, float]:
    """(median days on market, mean sale-to-list ratio, chance of a price reduction, chance to sell)."""
    if d < dt.date(2022, 6, 1):
        return 4.0, 1.035 + (0.012 if d >= dt.date(2022, 1, 1) else 0.0), 0.08, 0.95
    if d < dt.date(2023, 1, 1):
        return 24.0, 0.975, 0.38, 0.84
    if d < dt.date(2024, 1, 1):
        return 18.0, 0.985, 0.30, 0.85
    if d < dt.date(2025, 1, 1):
        return 27.0, 0.978, 0.36, 0.80
    return 34.0, 0.972, 0.40, 0.78


def weekly_listings(d: dt.date) -> float:
    """New listings per week before the season: fewer in 2023 when owners were locked in by low rates."""
    base = {2021: 46.0, 2022: 44.0, 2023: 33.0, 2024: 37.0, 2025: 41.0}[d.year]
    return base * SEASON[d.month]


def asking(value: float) -> float:
    """An asking price the way agents write it: 449,900 or 450,000."""
    if value < 100_000:
        return round(value, -3)
    step = 5_000 if value < 1_000_000 else 25_000
    price = round(value / step) * step
    return float(price - 100 if price % 10_000 == 0 and value < 1_000_000 else price)


def ts(d: dt.date, rng: random.Random, start_hour: int = 8, end_hour: int = 20) -> dt.datetime:
    """A timestamp on day `d` during working hours."""
    return dt.datetime(
        d.year, d.month, d.day, rng.randint(start_hour, end_hour - 1), rng.randint(0, 59), rng.randint(0, 59)
    )


def build() -> Catalog:
    """The seven RESO resources as replicated on 30 June 2025."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))

    # offices and members
    office_rows: list[Row] = []
    office_keys = [str(40_100 + i * 37) for i in range(len(OFFICES))]
    for i, (name, city, main, _) in enumerate(OFFICES):
        postal = next(c[2][0] for c in CITIES if c[0] == city)
        opened = dt.datetime(2004 + i, 1 + i % 12, 3, 9, 0, 0)
        office_rows.append((office_keys[i], f"TMLS{1_020 + i * 3:04d}", name, office_keys[main if main is not None else i],
                            f"{rng.randint(100, 9900)} {rng.choice(STREETS)} {rng.choice(['St', 'Blvd', 'Ave'])}", city,
                            "NC", postal, f"(919) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", "Active", opened,
                            dt.datetime(2025, 6, rng.randint(1, 28), 10, 0, 0)))  # fmt: skip

    class Agent:
        def __init__(self, key: str, office: int, joined: dt.date, left: dt.date | None, skill: float) -> None:
            self.key, self.office, self.joined, self.left, self.skill = key, office, joined, left, skill

    member_rows: list[Row] = []
    agents: list[Agent] = []
    used_names: set[str] = set()
    n = 0
    for i, (oname, _, _, size) in enumerate(OFFICES):
        for j in range(size):
            n += 1
            while True:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                if f"{first} {last}" not in used_names:
                    break
            used_names.add(f"{first} {last}")
            key = str(50_000_000 + n * 7919 % 1_000_000)
            mtype = (
                "Designated REALTOR Participant"
                if j == 0
                else ("Office Manager" if j == 1 and size >= 15 else "Realtor Salesperson")
            )
            joined = (
                dt.date(2010 + rng.randint(0, 10), rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.75
                else dt.date(2021 + rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
            )
            left = None
            if mtype == "Realtor Salesperson" and rng.random() < 0.14:
                left = joined + dt.timedelta(days=rng.randint(300, 1200))
                if left >= SNAPSHOT:
                    left = None
            skill = (1.0 / (1 + (j % size) ** 0.9)) if mtype != "Office Manager" else 0.05
            skill *= rng.uniform(0.5, 1.6) * (0.6 if joined.year >= 2021 else 1.0)
            agents.append(Agent(key, i, joined, left, skill))
            member_rows.append((key, f"{last[:3].upper()}{rng.randint(10000, 99999)}", first, last, f"{first} {last}",
                                f"{first.lower()}.{last.lower()}@{oname.split(' -')[0].lower().replace(' & ', '').replace(' ', '')}.com",
                                f"(919) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", str(rng.randint(200_000, 339_999)),
                                mtype, "Inactive" if left else "Active", office_keys[i], oname,
                                dt.datetime(joined.year, joined.month, joined.day, 9, 30, 0),
                                dt.datetime(left.year, left.month, left.day, 17, 0, 0) if left else
                                dt.datetime(2025, rng.randint(1, 6), rng.randint(1, 28), 12, 0, 0)))  # fmt: skip
    catalog.add("MlsOffice", office_rows)
    catalog.add("MlsMember", member_rows)
    office_of = {a.key: office_keys[a.office] for a in agents}

    def pick_agent(d: dt.date, near: str | None = None) -> Agent:
        pool = [a for a in agents if a.joined <= d and (a.left is None or a.left > d)]
        w = [a.skill * (1.6 if near and OFFICES[a.office][1] == near else 1.0) for a in pool]
        return weighted(rng, pool, w)

    # listings
    props: list[Row] = []
    opens: list[Row] = []
    media: list[Row] = []
    rooms: list[Row] = []
    history: list[Row] = []
    city_weights = [c[4] for c in CITIES]
    mls_number = 2_361_000
    week = START - dt.timedelta(days=START.weekday())
    while week <= SNAPSHOT + dt.timedelta(days=14):
        count = round(rng.gauss(weekly_listings(max(week, START)), 4.0))
        for _ in range(max(0, count)):
            listed = week + dt.timedelta(days=weighted(rng, range(7), WEEKDAY_WEIGHTS))
            if listed < START:
                continue
            coming_soon = listed > SNAPSHOT
            if coming_soon and rng.random() < 0.7:
                continue
            mls_number += rng.randint(1, 4)
            city = weighted(rng, CITIES, city_weights)
            cname, county, zips, factor, _, new_share, lat, lon = city
            ptype = weighted(rng, TYPES, TYPE_WEIGHTS)
            new_build = ptype == "Residential" and rng.random() < new_share
            beds = baths_full = baths_half = area = year = garage = None
            hoa = None
            lot: float
            if ptype in ("Residential", "Residential Lease"):
                sub = weighted(rng, ["Single Family Residence", "Townhouse", "Condominium", "Manufactured On Land"],
                               [68, 20, 9, 3] if ptype == "Residential" else [45, 30, 25, 0])  # fmt: skip
                beds = {"Single Family Residence": weighted(rng, [2, 3, 4, 5, 6], [5, 38, 40, 14, 3]),
                        "Townhouse": weighted(rng, [2, 3, 4], [35, 55, 10]),
                        "Condominium": weighted(rng, [1, 2, 3], [30, 55, 15]),
                        "Manufactured On Land": weighted(rng, [2, 3, 4], [25, 60, 15])}[sub]  # fmt: skip
                base_area = {"Single Family Residence": 2350, "Townhouse": 1750, "Condominium": 1150,
                             "Manufactured On Land": 1450}[sub] * (0.78 + 0.11 * beds - 0.33)  # fmt: skip
                area = round(base_area * math.exp(rng.gauss(0, 0.18)))
                baths_full = max(1, min(beds, round(beds * 0.7 + rng.uniform(-0.5, 0.8))))
                baths_half = 1 if sub != "Condominium" and rng.random() < 0.55 else 0
                year = (listed.year + (1 if rng.random() < 0.3 else 0)) if new_build else \
                    int(weighted(rng, [1955, 1970, 1985, 1995, 2005, 2015], [6, 12, 20, 25, 25, 12]) + rng.randint(0, 9))  # fmt: skip
                year = min(year, 2025) if not new_build else year
                lot = {"Single Family Residence": rng.uniform(0.12, 0.6), "Townhouse": rng.uniform(0.03, 0.08),
                       "Condominium": 0.0, "Manufactured On Land": rng.uniform(0.5, 3.0)}[sub]  # fmt: skip
                if rng.random() < 0.06 and sub == "Single Family Residence":
                    lot = rng.uniform(1.0, 8.0)
                garage = 0 if sub == "Condominium" else weighted(rng, [0, 1, 2, 3], [18, 20, 55, 7])
                if sub in ("Townhouse", "Condominium") or (new_build and rng.random() < 0.7):
                    hoa = round(rng.uniform(45, 380) if sub != "Single Family Residence" else rng.uniform(25, 110))
                value = 345_000 * factor * (area / 2000) ** 0.85 * {"Single Family Residence": 1.0, "Townhouse": 0.92,
                        "Condominium": 0.88, "Manufactured On Land": 0.6}[sub] * (1.08 if new_build else 1.0)  # fmt: skip
                if ptype == "Residential Lease":
                    value = 1_750 * factor * (area / 1500) ** 0.6
            elif ptype == "Residential Income":
                sub = weighted(rng, ["Duplex", "Triplex", "Quadruplex"], [70, 18, 12])
                units = {"Duplex": 2, "Triplex": 3, "Quadruplex": 4}[sub]
                beds, baths_full, baths_half = units * 2, units, 0
                area = round(units * rng.uniform(850, 1150))
                year = rng.randint(1940, 2010)
                lot, garage = rng.uniform(0.15, 0.5), 0
                value = 140_000 * units * factor
            elif ptype == "Lots and Land":
                sub = "Unimproved Land"
                lot = math.exp(rng.gauss(0.3, 1.0))
                value = 95_000 * factor * lot**0.55
            elif ptype == "Farm":
                sub = weighted(rng, ["Farm", "Ranch"], [80, 20])
                lot = rng.uniform(10, 120)
                beds, baths_full, baths_half, area = 3, 2, 0, round(rng.uniform(1500, 2800))
                year = rng.randint(1920, 2000)
                value = 9_000 * lot + 250_000
            else:
                sub = weighted(rng, ["Office", "Retail", "Industrial", "Mixed Use"], [35, 30, 20, 15])
                area = round(math.exp(rng.gauss(8.3, 0.7)))
                year = rng.randint(1960, 2020)
                lot = rng.uniform(0.3, 3.0)
                value = 210 * area * factor
            lease = ptype == "Residential Lease"
            value *= price_index(listed) * math.exp(rng.gauss(0, 0.16))
            original = asking(value) if not lease else round(value, -1) - 5 * (rng.random() < 0.5)
            if ptype in ("Residential", "Residential Lease") and original < 1000 and not lease:
                original = 1000.0
            dom_median, ratio_mean, p_reduce, p_sell = market(listed)
            if lease:
                dom_median, ratio_mean, p_reduce, p_sell = 18.0, 1.0, 0.25, 0.9
            elif ptype in ("Lots and Land", "Farm", "Commercial Sale"):
                dom_median, p_sell = dom_median * 4 + 30, p_sell - 0.25
            dom = int(rng.expovariate(math.log(2) / dom_median)) if rng.random() > 0.05 else rng.randint(60, 240)
            sells = rng.random() < p_sell
            # price reductions while on market
            reductions: list[tuple[dt.date, float, float]] = []
            price = float(original)
            if dom > 10 and rng.random() < p_reduce + min(0.4, dom / 200):
                k = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.7 else 3)
                for step in range(k):
                    when = listed + dt.timedelta(days=max(7, int(dom * (step + 1) / (k + 1))))
                    new = asking(price * (1 - rng.uniform(0.015, 0.05))) if not lease else round(price * 0.96, -1)
                    if new < price:
                        reductions.append((when, price, new))
                        price = new
            end_days = dom
            off_status = ""
            if not sells:
                off_status = weighted(rng, ["Expired", "Withdrawn", "Canceled"], [50, 30, 20])
                end_days = {"Expired": rng.randint(90, 185), "Withdrawn": rng.randint(20, 120),
                            "Canceled": rng.randint(7, 60)}[off_status]  # fmt: skip
                reductions = [r for r in reductions if r[0] < listed + dt.timedelta(days=end_days)]
                if reductions:
                    price = reductions[-1][2]
            contract = listed + dt.timedelta(days=end_days) if sells else None
            close = (
                contract + dt.timedelta(days=rng.randint(5, 12) if lease else rng.randint(24, 48)) if contract else None
            )
            off = listed + dt.timedelta(days=end_days) if not sells else None
            reductions = [r for r in reductions if r[0] <= SNAPSHOT]
            price = reductions[-1][2] if reductions else float(original)
            status = mls = ""
            close_price = buyer = buyer_office = financing = concessions = None
            close_date = contract_date = off_date = None
            if coming_soon:
                status, mls, days_on = "Coming Soon", "CS", 0
            elif sells and contract is not None and close is not None and contract > SNAPSHOT:
                status, mls, days_on = "Active", "A", (SNAPSHOT - listed).days
            elif sells and contract is not None and close is not None:
                contract_date, days_on = contract, (contract - listed).days
                buyer = pick_agent(contract).key
                if close > SNAPSHOT:
                    contingent = rng.random() < 0.3
                    status, mls = ("Active Under Contract", "U") if contingent else ("Pending", "P")
                else:
                    status, mls, close_date = "Closed", "S", close
                    if lease:
                        close_price = price
                    else:
                        ratio = rng.gauss(ratio_mean - 0.006 * len(reductions), 0.022)
                        if ptype in ("Lots and Land", "Farm", "Commercial Sale"):
                            ratio = rng.gauss(0.94, 0.04)
                        close_price = round(price * min(ratio, 1.18), -2)
                        financing = weighted(rng, FINANCING, [58, 14, 9, 16, 3] if ptype == "Residential" else
                                             [40, 0, 0, 60, 0])  # fmt: skip
                        if close >= dt.date(2022, 10, 1) and rng.random() < 0.38 and ptype == "Residential":
                            concessions = round(close_price * rng.uniform(0.005, 0.03), -2)
            elif not sells and off is not None and off <= SNAPSHOT:
                status, mls = off_status, {"Expired": "X", "Withdrawn": "W", "Canceled": "C"}[off_status]
                off_date, days_on = off, (off - listed).days
            else:
                status, mls, days_on = "Active", "A", (SNAPSHOT - listed).days
            lagent = pick_agent(listed, cname)
            if buyer is not None:
                if rng.random() < 0.04:  # dual agency
                    buyer = lagent.key
                buyer_office = office_of[buyer]
            cum = days_on + (rng.randint(20, 160) if rng.random() < 0.07 and not coming_soon else 0)
            key = f"{rng.getrandbits(128):032x}"
            lid = str(mls_number)
            street_no, street, suffix = str(rng.randint(100, 9999)), rng.choice(STREETS), rng.choice(SUFFIXES)
            zip_code = rng.choice(zips)
            entry = ts(listed - dt.timedelta(days=1 if rng.random() < 0.3 else 0), rng)
            last_change = max([entry] + [ts(r[0], rng) for r in reductions])
            status_ts = ts(min(SNAPSHOT, contract_date or off_date or close_date or listed), rng)
            if close_date:
                status_ts = ts(close_date, rng)
            tax = round(original * rng.uniform(0.0075, 0.0105), 2) if not lease and ptype != "Commercial Sale" else None
            baths_total = None if baths_full is None else baths_full + (baths_half or 0)
            props.append((key, lid, status, mls, ptype, sub, price, float(original), close_price, listed, contract_date,
                          close_date, off_date, listed + dt.timedelta(days=180), days_on, cum, beds, baths_total,
                          baths_full, baths_half, float(area) if area is not None else None,
                          round(lot, 4), year,
                          new_build if ptype == "Residential" else False, garage,
                          (ptype == "Residential" and rng.random() < 0.07), hoa is not None, hoa, tax, street_no,
                          street, suffix, f"{street_no} {street} {suffix}, {cname}, NC {zip_code}", cname, "NC",
                          zip_code, county, round(lat + rng.gauss(0, 0.03), 6), round(lon + rng.gauss(0, 0.03), 6),
                          lagent.key, office_of[lagent.key], buyer, buyer_office, financing, concessions, entry,
                          ts(reductions[-1][0], rng) if reductions else None, status_ts,
                          max(last_change, status_ts)))  # fmt: skip
            # history: new listing, price changes, status changes
            hk = len(history)
            history.append((f"H{hk + 1:08d}", key, "StandardStatus", None, "Coming Soon" if coming_soon else
                            "Active", "New Listing", lagent.key, entry))  # fmt: skip
            for when, before, after in reductions:
                history.append((f"H{len(history) + 1:08d}", key, "ListPrice", f"{before:.2f}", f"{after:.2f}",
                                "Price Change", lagent.key, ts(when, rng)))  # fmt: skip
            if contract_date:
                history.append((f"H{len(history) + 1:08d}", key, "StandardStatus", "Active",
                                "Active Under Contract" if status == "Active Under Contract" else "Pending",
                                "Pending", lagent.key, ts(contract_date, rng)))  # fmt: skip
            if close_date:
                history.append((f"H{len(history) + 1:08d}", key, "StandardStatus", "Pending", "Closed",
                                "Closed", lagent.key, ts(close_date, rng)))  # fmt: skip
            if off_date:
                history.append((f"H{len(history) + 1:08d}", key, "StandardStatus", "Active", status,
                                status, lagent.key, ts(off_date, rng)))  # fmt: skip
            # open houses on the weekends while active
            if ptype in ("Residential", "Residential Income") and not coming_soon and rng.random() < 0.42:
                active_until = contract_date or off_date or (SNAPSHOT + dt.timedelta(days=14))
                d = listed
                held = 0
                while d <= active_until and held < rng.randint(1, 3):
                    if d.weekday() in (5, 6) or (d.weekday() == 1 and rng.random() < 0.15):
                        broker = d.weekday() == 1
                        hour = 10 if broker else weighted(rng, [11, 12, 13, 14], [15, 30, 35, 20])
                        start = dt.datetime(d.year, d.month, d.day, hour, 0 if rng.random() < 0.8 else 30)
                        end = start + dt.timedelta(hours=2 if rng.random() < 0.75 else 3)
                        host = lagent if rng.random() < 0.65 else pick_agent(d)
                        ostatus = "Active" if d > SNAPSHOT else ("Cancelled" if rng.random() < 0.05 else "Completed")
                        opens.append((f"OH{len(opens) + 1:07d}", key, lid, d, start, end, "Broker" if broker else "Public",
                                      ostatus, host.key, rng.random() < 0.3, ts(min(d, SNAPSHOT), rng)))  # fmt: skip
                        held += 1
                        d += dt.timedelta(days=1 if d.weekday() == 5 and rng.random() < 0.3 else 6)
                    else:
                        d += dt.timedelta(days=1)
            # media: photos, sometimes a floor plan and a disclosure
            photos = rng.randint(4, 12) if ptype in ("Lots and Land", "Commercial Sale") else rng.randint(12, 40)
            if listed < dt.date(2022, 1, 1):
                photos = max(4, photos - 8)
            for order in range(1, photos + 1):
                media.append((f"{key[:8]}-{order:03d}", key, "Photo", "jpeg", order,
                              "Front Exterior" if order == 1 else None,
                              f"https://media.tmls.example/{key}/{order}.jpg", entry))  # fmt: skip
            if ptype == "Residential" and rng.random() < 0.35:
                media.append((f"{key[:8]}-FP1", key, "Floor Plan", "pdf", photos + 1, "Floor plan",
                              f"https://media.tmls.example/{key}/floorplan.pdf", entry))  # fmt: skip
            if ptype != "Residential Lease" and rng.random() < 0.1 + 0.25 * (listed.year - 2021) / 4:
                media.append((f"{key[:8]}-VT1", key, "Unbranded Virtual Tour", "mp4", photos + 2, "Video tour",
                              f"https://media.tmls.example/{key}/tour.mp4", entry))  # fmt: skip
            # rooms of residential listings
            if ptype == "Residential" and beds is not None:
                names = ["Primary Bedroom"] + [f"Bedroom {b}" for b in range(2, beds + 1)] + ["Kitchen", "Living Room"]
                if sub != "Condominium":
                    names += ["Dining Room"] * (rng.random() < 0.7) + ["Family Room"] * (rng.random() < 0.4)
                    names += ["Bonus Room"] * (rng.random() < 0.35) + ["Office"] * (rng.random() < 0.3)
                names += ["Laundry"]
                two_story = sub in ("Single Family Residence", "Townhouse") and rng.random() < 0.65
                for r, room in enumerate(names):
                    if room in ("Kitchen", "Living Room", "Dining Room", "Family Room", "Laundry", "Office"):
                        level = "Main Level"
                    elif room == "Bonus Room":
                        level = "Upper Level" if two_story else "Main Level"
                    elif room == "Primary Bedroom":
                        level = "Main Level" if not two_story or rng.random() < 0.3 else "Upper Level"
                    else:
                        level = "Upper Level" if two_story else "Main Level"
                    if sub == "Single Family Residence" and year is not None and year < 1980 and rng.random() < 0.2:
                        level = "Basement" if room in ("Family Room", "Bonus Room", "Laundry") else level
                    size = {"Primary Bedroom": (14, 16), "Bedroom": (11, 12), "Kitchen": (12, 15), "Living Room": (15, 18),
                            "Dining Room": (11, 13), "Family Room": (15, 19), "Bonus Room": (14, 20), "Office": (10, 11),
                            "Laundry": (6, 8)}[room.split(" ")[0] if room.startswith("Bedroom ") else room]  # fmt: skip
                    length = round(size[1] * rng.uniform(0.85, 1.2), 1)
                    width = round(size[0] * rng.uniform(0.85, 1.15), 1)
                    rooms.append((f"{key[:8]}-R{r + 1:02d}", key, lid, room, level, length, width,
                                  f"{round(length)} x {round(width)}"))  # fmt: skip
        week += dt.timedelta(days=7)

    props.sort(key=lambda p: (p[9], p[1]))
    catalog.add("MlsProperty", props)
    catalog.add("MlsOpenHouse", opens)
    catalog.add("MlsMedia", media)
    catalog.add("MlsPropertyRooms", rooms)
    catalog.add("MlsHistoryTransactional", sorted(history, key=lambda h: (h[7], h[0])))
    return catalog
