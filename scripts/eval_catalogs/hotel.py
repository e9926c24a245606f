"""A boutique hotel group's Kimball star schema: `fact_*` and `dim_*` tables joined on surrogate keys.

`fact_reservation` (one row per reservation, a confirmation number as degenerate dimension) carries four
role-playing keys to `dim_date` (booking, arrival, departure and cancellation date; integer keys such as
20240131, -1 for "not applicable"), a `booking_time_key` to `dim_time_of_day` (hhmm), and keys to
`dim_hotel` (type 2 slowly changing: a renovated hotel gets a new row and key, `is_current_row`),
`dim_guest`, `dim_channel` and `dim_room_type`. `fact_daily_occupancy` is a periodic snapshot per hotel
and night. Measures are summed columns with `_amt` / `_qty` suffixes, codes are explained in column comments.
Growth, a summer and a December peak, weekday business and weekend leisure patterns, lead times by
channel, cancellations, no-shows, future reservations and NULL guest ratings. Deterministic: one seeded
`random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from scripts.eval_catalogs.common import Catalog, Row, money, poisson, weighted, words, zipf_weights

SEED = 170_012
FIRST_NIGHT, LAST_NIGHT = dt.date(2022, 1, 1), dt.date(2025, 6, 30)
EXTRACT = dt.date(2025, 2, 28)  # the warehouse was loaded on this day: later arrivals are still reservations
UNKNOWN_DATE_KEY = -1

DDL = [
    """CREATE TABLE dim_date (
        date_key INTEGER PRIMARY KEY, full_date DATE, day_of_week_name VARCHAR NOT NULL,
        day_of_week_number INTEGER, is_weekend BOOLEAN, day_of_month INTEGER, week_of_year INTEGER,
        month_number INTEGER, month_name VARCHAR NOT NULL, quarter_name VARCHAR NOT NULL, calendar_year INTEGER,
        year_month VARCHAR NOT NULL)""",
    """CREATE TABLE dim_time_of_day (
        time_key INTEGER PRIMARY KEY, hour_24 INTEGER NOT NULL, minute_of_hour INTEGER NOT NULL,
        am_pm VARCHAR NOT NULL, day_part VARCHAR NOT NULL)""",
    """CREATE TABLE dim_hotel (
        hotel_key INTEGER PRIMARY KEY, hotel_code VARCHAR NOT NULL, hotel_name VARCHAR NOT NULL,
        city VARCHAR NOT NULL, country VARCHAR NOT NULL, region VARCHAR NOT NULL, hotel_segment VARCHAR NOT NULL,
        star_rating INTEGER NOT NULL, room_count INTEGER NOT NULL, opened_date DATE NOT NULL,
        row_effective_date DATE NOT NULL, row_expiration_date DATE NOT NULL, is_current_row BOOLEAN NOT NULL)""",
    """CREATE TABLE dim_guest (
        guest_key INTEGER PRIMARY KEY, guest_number VARCHAR NOT NULL, loyalty_tier VARCHAR NOT NULL,
        home_country VARCHAR, age_band VARCHAR, is_corporate BOOLEAN NOT NULL, first_stay_date DATE)""",
    """CREATE TABLE dim_channel (
        channel_key INTEGER PRIMARY KEY, channel_code VARCHAR NOT NULL, channel_name VARCHAR NOT NULL,
        channel_group VARCHAR NOT NULL, commission_pct DECIMAL(5, 2) NOT NULL)""",
    """CREATE TABLE dim_room_type (
        room_type_key INTEGER PRIMARY KEY, room_type_code VARCHAR NOT NULL, room_type_name VARCHAR NOT NULL,
        bed_configuration VARCHAR NOT NULL, max_occupancy INTEGER NOT NULL)""",
    """CREATE TABLE fact_reservation (
        confirmation_number VARCHAR PRIMARY KEY,
        booking_date_key INTEGER NOT NULL REFERENCES dim_date (date_key),
        booking_time_key INTEGER NOT NULL REFERENCES dim_time_of_day (time_key),
        arrival_date_key INTEGER NOT NULL REFERENCES dim_date (date_key),
        departure_date_key INTEGER NOT NULL REFERENCES dim_date (date_key),
        cancellation_date_key INTEGER NOT NULL REFERENCES dim_date (date_key),
        hotel_key INTEGER NOT NULL REFERENCES dim_hotel (hotel_key),
        guest_key INTEGER NOT NULL REFERENCES dim_guest (guest_key),
        channel_key INTEGER NOT NULL REFERENCES dim_channel (channel_key),
        room_type_key INTEGER NOT NULL REFERENCES dim_room_type (room_type_key),
        rate_plan_code VARCHAR NOT NULL, reservation_status_code VARCHAR(1) NOT NULL,
        nights_qty INTEGER NOT NULL, adults_qty INTEGER NOT NULL, children_qty INTEGER NOT NULL,
        room_revenue_amt DECIMAL(10, 2) NOT NULL, tax_amt DECIMAL(10, 2) NOT NULL,
        ancillary_revenue_amt DECIMAL(10, 2), commission_amt DECIMAL(10, 2) NOT NULL, guest_rating INTEGER)""",
    """CREATE TABLE fact_daily_occupancy (
        date_key INTEGER NOT NULL REFERENCES dim_date (date_key),
        hotel_key INTEGER NOT NULL REFERENCES dim_hotel (hotel_key),
        rooms_available_qty INTEGER NOT NULL, rooms_sold_qty INTEGER NOT NULL, out_of_order_qty INTEGER NOT NULL,
        room_revenue_amt DECIMAL(12, 2) NOT NULL, PRIMARY KEY (date_key, hotel_key))""",
]
COMMENTS = [
    "COMMENT ON COLUMN fact_reservation.reservation_status_code IS "
    "'O = checked out (stayed), X = cancelled, N = no-show, R = reserved (arrival still to come)'",
    "COMMENT ON COLUMN fact_reservation.rate_plan_code IS "
    "'BAR = best available rate, ADV = advance purchase, PKG = package with breakfast, CRP = corporate, GRP = group'",
    "COMMENT ON COLUMN fact_reservation.cancellation_date_key IS '-1 when the reservation was not cancelled'",
    "COMMENT ON COLUMN dim_date.date_key IS 'yyyymmdd; -1 is the not-applicable row'",
    "COMMENT ON COLUMN fact_reservation.guest_rating IS 'post-stay survey, 1 to 10; NULL when not answered'",
    "COMMENT ON COLUMN dim_hotel.is_current_row IS 'type 2 history: a renovation or rebranding adds a new row'",
]

# code, name, city, country, region, segment, stars, rooms, opened, base rate
HOTELS = [
    ("LIS1", "Casa do Rio", "Lisbon", "Portugal", "Southern Europe", "City", 4, 30, dt.date(2016, 5, 1), 165),
    ("POR1", "Ribeira Loft Hotel", "Porto", "Portugal", "Southern Europe", "City", 3, 20, dt.date(2018, 3, 1), 120),
    ("BCN1", "Hotel Eixample", "Barcelona", "Spain", "Southern Europe", "City", 4, 40, dt.date(2012, 6, 1), 190),
    ("MAL1", "Cala Serena Resort", "Palma", "Spain", "Southern Europe", "Resort", 4, 44, dt.date(2014, 4, 1), 210),
    ("AMS1", "Grachtenhuis", "Amsterdam", "Netherlands", "Northern Europe", "City", 4, 24, dt.date(2015, 9, 1), 230),
    ("CPH1", "Nyhavn Quarters", "Copenhagen", "Denmark", "Northern Europe", "City", 3, 22, dt.date(2019, 2, 1), 175),
    ("BER1", "Spree Yard", "Berlin", "Germany", "Central Europe", "Business", 3, 34, dt.date(2017, 1, 15), 125),
    ("VIE1", "Palais Lindgasse", "Vienna", "Austria", "Central Europe", "Business", 5, 26, dt.date(2010, 10, 1), 260),
    ("ALG1", "Quinta da Luz", "Lagos", "Portugal", "Southern Europe", "Resort", 4, 28, dt.date(2023, 5, 1), 185),
]
# hotel code → (date of the change, new star rating, extra rooms): a second dim_hotel row from that day
RENOVATIONS = {"POR1": (dt.date(2023, 3, 1), 4, 4), "BER1": (dt.date(2024, 1, 1), 4, 0)}
CHANNELS = [  # code, name, group, commission %, weight, mean lead days
    ("WEB", "Brand website", "Direct", 0.0, 30, 34),
    ("APP", "Mobile app", "Direct", 0.0, 8, 12),
    ("OTA", "Online travel agency", "Indirect", 17.0, 38, 26),
    ("GDS", "Global distribution system", "Indirect", 10.0, 9, 18),
    ("TEL", "Call centre", "Direct", 0.0, 7, 40),
    ("WLK", "Walk-in", "Direct", 0.0, 3, 0),
    ("TOP", "Tour operator", "Indirect", 22.0, 5, 75),
]
ROOM_TYPES = [  # code, name, beds, occupancy, rate factor, weight
    ("STD", "Standard Double", "1 double", 2, 1.0, 45),
    ("TWN", "Standard Twin", "2 single", 2, 1.0, 18),
    ("SUP", "Superior Room", "1 king", 2, 1.3, 20),
    ("FAM", "Family Room", "1 king + 2 single", 4, 1.6, 10),
    ("STE", "Junior Suite", "1 king + sofa", 3, 2.2, 7),
]
RATE_PLANS = {"BAR": 1.0, "ADV": 0.85, "PKG": 1.15, "CRP": 0.9, "GRP": 0.8}
COUNTRIES = words("Germany UK USA France Netherlands Spain Portugal Italy Denmark Sweden Canada Austria Brazil Japan")
COUNTRY_WEIGHTS = [18, 16, 12, 9, 7, 7, 6, 5, 4, 4, 3, 3, 3, 3]
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
SEASON = {  # segment: month factors
    "City": [0.6, 0.65, 0.8, 0.95, 1.05, 1.1, 1.15, 1.15, 1.1, 1.0, 0.8, 0.95],
    "Business": [0.8, 0.95, 1.05, 1.05, 1.05, 1.0, 0.75, 0.7, 1.1, 1.15, 1.1, 0.85],
    "Resort": [0.25, 0.3, 0.5, 0.8, 1.1, 1.45, 1.7, 1.75, 1.35, 0.8, 0.35, 0.45],
}
ARRIVAL_WEEKDAY = {  # segment: Monday..Sunday factors
    "City": [0.8, 0.8, 0.9, 1.1, 1.5, 1.2, 0.7],
    "Business": [1.5, 1.4, 1.2, 0.9, 0.6, 0.4, 0.9],
    "Resort": [0.8, 0.7, 0.7, 0.8, 1.2, 1.7, 1.1],
}
BOOKING_HOURS = [1, 1, 0.5, 0.5, 0.5, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 7, 9, 10, 8, 4]


def date_key(day: dt.date) -> int:
    """The yyyymmdd integer key of a day."""
    return day.year * 10_000 + day.month * 100 + day.day


def _dates() -> list[Row]:
    rows: list[Row] = [(UNKNOWN_DATE_KEY, None, "N/A", None, None, None, None, None, "N/A", "N/A", None, "N/A")]
    day = dt.date(2020, 1, 1)
    while day <= dt.date(2025, 12, 31):
        rows.append((date_key(day), day, day.strftime("%A"), day.isoweekday(), day.weekday() >= 5, day.day,
                     day.isocalendar()[1], day.month, day.strftime("%B"), f"Q{(day.month - 1) // 3 + 1}", day.year,
                     day.strftime("%Y-%m")))  # fmt: skip
        day += dt.timedelta(days=1)
    return rows


def _times() -> list[Row]:
    parts = [(5, "Night"), (12, "Morning"), (17, "Afternoon"), (21, "Evening"), (24, "Night")]
    return [(h * 100 + m, h, m, "AM" if h < 12 else "PM", next(p for limit, p in parts if h < limit))
            for h in range(24) for m in range(60)]  # fmt: skip


def _hotels() -> tuple[list[Row], dict[str, list[tuple[dt.date, dt.date, int, int]]]]:
    """dim_hotel rows and, per hotel code, its versions: (from, to, key, rooms)."""
    rows: list[Row] = []
    versions: dict[str, list[tuple[dt.date, dt.date, int, int]]] = {}
    far = dt.date(9999, 12, 31)
    for code, name, city, country, region, segment, stars, rooms, opened, _ in HOTELS:
        start = min(opened, dt.date(2010, 1, 1))
        if code in RENOVATIONS:
            change, new_stars, extra = RENOVATIONS[code]
            rows.append((len(rows) + 1, code, name, city, country, region, segment, stars, rooms, opened, start,
                         change - dt.timedelta(days=1), False))  # fmt: skip
            versions[code] = [(start, change - dt.timedelta(days=1), len(rows), rooms)]
            stars, rooms, start = new_stars, rooms + extra, change
        rows.append((len(rows) + 1, code, name, city, country, region, segment, stars, rooms, opened, start, far,
                     True))  # fmt: skip
        versions.setdefault(code, []).append((start, far, len(rows), rooms))
    return rows, versions


def _guests(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for i in range(1, 18_001):
        corporate = rng.random() < 0.18
        tier = weighted(
            rng, ["None", "Silver", "Gold", "Platinum"], [62, 22, 11, 5] if not corporate else [35, 30, 22, 13]
        )
        country = None if rng.random() < 0.04 else weighted(rng, COUNTRIES, COUNTRY_WEIGHTS)
        age = None if rng.random() < 0.12 else weighted(rng, AGE_BANDS, [6, 24, 25, 20, 15, 10])
        rows.append((i, f"G{700_000 + i * 7:07d}", tier, country, age, corporate, None))
    return rows


def _reservations(rng: random.Random, versions: dict[str, list[tuple[dt.date, dt.date, int, int]]],
                  guests: list[Row]) -> list[Row]:  # fmt: skip
    guest_cum = list(accumulate(zipf_weights(len(guests), 0.3)))
    guest_order = list(range(len(guests)))
    rng.shuffle(guest_order)
    channel_weights = [c[4] for c in CHANNELS]
    rows: list[Row] = []
    night = FIRST_NIGHT
    while night <= LAST_NIGHT:
        years = (night - FIRST_NIGHT).days / 365.25
        for hotel in HOTELS:
            code, segment, opened, base_rate = hotel[0], hotel[5], hotel[8], hotel[9]
            if night < opened:
                continue
            version = next(v for v in versions[code] if v[0] <= night <= v[1])
            ramp = min(1.0, 0.35 + (night - opened).days / 540)  # a new hotel fills up over its first months
            stay_mean = 4.5 if segment == "Resort" else 2.0 if segment == "Business" else 2.6
            mean = (version[3] * 0.82 / stay_mean * SEASON[segment][night.month - 1]
                    * ARRIVAL_WEEKDAY[segment][night.weekday()] * ramp * 1.06**years)  # fmt: skip
            if night.month == 12 and 27 <= night.day <= 31 and segment == "City":
                mean *= 1.6  # new year's eve in town
            for _ in range(poisson(rng, mean)):
                channel = rng.choices(CHANNELS, weights=channel_weights)[0]
                if segment == "Business" and rng.random() < 0.25:
                    channel = CHANNELS[3]  # GDS: corporate travel agents
                lead = 0 if channel[0] == "WLK" else round(rng.expovariate(1 / channel[5]))
                booked = night - dt.timedelta(days=lead)
                if booked > EXTRACT:
                    continue
                nights = max(1, min(21, round(rng.gammavariate(2.0, stay_mean / 2.0))))
                departure = night + dt.timedelta(days=nights)
                guest = guests[guest_order[rng.choices(range(len(guests)), cum_weights=guest_cum)[0]]]
                room = weighted(rng, ROOM_TYPES, [r[5] for r in ROOM_TYPES])
                if segment == "Resort" and rng.random() < 0.25:
                    room = ROOM_TYPES[3]
                plan = weighted(rng, list(RATE_PLANS), [40, 20 if lead > 20 else 3, 18, 14 if guest[5] else 2, 6])
                adults = min(room[3], weighted(rng, [1, 2, 3], [30 if segment == "Business" else 12, 80, 4]))
                children = rng.randint(1, 2) if room[0] == "FAM" else (1 if rng.random() < 0.04 else 0)
                rate = base_rate * room[4] * RATE_PLANS[plan] * SEASON[segment][night.month - 1] ** 0.6
                rate *= (1.12 if night.weekday() >= 4 else 0.95) * 1.05**years * rng.uniform(0.9, 1.1)
                status = weighted(rng, ["O", "X", "N"], [84, 12 if plan != "ADV" else 3, 3])
                if channel[0] == "WLK":
                    status = "O"
                cancelled = UNKNOWN_DATE_KEY
                if status == "X":
                    cancel_day = booked + dt.timedelta(days=rng.randint(0, max(0, lead)))
                    if cancel_day > EXTRACT:
                        status = "R"
                    else:
                        cancelled = date_key(cancel_day)
                if status != "X" and night > EXTRACT:
                    status = "R"
                stay_value = rate * nights
                revenue = 0.0 if status == "X" else rate if status == "N" else stay_value
                tax = revenue * (0.06 if hotel[3] in ("Portugal", "Spain") else 0.1)
                extras = money(rng.gammavariate(1.5, 18 * nights)) if status == "O" else None
                commission = revenue * channel[3] / 100
                rating = None
                if status == "O" and rng.random() < 0.28:
                    rating = max(1, min(10, round(rng.gauss(8.3 if room[0] != "STD" else 7.8, 1.4))))
                hour = rng.choices(range(24), weights=BOOKING_HOURS)[0]
                if channel[0] == "WLK":
                    hour = rng.randint(14, 23)
                time_key = hour * 100 + rng.randint(0, 59)
                rows.append((booked, time_key, night, departure, cancelled, version[2], guest[0],
                             CHANNELS.index(channel) + 1, ROOM_TYPES.index(room) + 1, plan, status, nights, adults,
                             children, money(revenue), money(tax), extras, money(commission), rating))  # fmt: skip
        night += dt.timedelta(days=1)
    rows.sort(key=lambda r: (r[0], r[1], r[5]))
    return [
        (f"{r[0]:%y%m}{i + 1:06d}", date_key(r[0]), r[1], date_key(r[2]), date_key(r[3]), *r[4:])
        for i, r in enumerate(rows)
    ]


def _occupancy(
    rng: random.Random, reservations: list[Row], versions: dict[str, list[tuple[dt.date, dt.date, int, int]]]
) -> list[Row]:
    sold: dict[tuple[int, int], int] = {}
    revenue: dict[tuple[int, int], float] = {}
    for r in reservations:
        if r[11] not in ("O", "N"):
            continue
        arrival = dt.date(r[3] // 10_000, r[3] // 100 % 100, r[3] % 100)
        nights = 1 if r[11] == "N" else r[12]
        for i in range(nights):
            day = arrival + dt.timedelta(days=i)
            if day > EXTRACT:
                break
            key = (date_key(day), r[6])
            sold[key] = sold.get(key, 0) + 1
            revenue[key] = revenue.get(key, 0.0) + float(r[15]) / nights
    rows: list[Row] = []
    key_of = {v[2]: v for vs in versions.values() for v in vs}
    opened = {v[2]: next(h[8] for h in HOTELS if h[0] == code) for code, vs in versions.items() for v in vs}
    day = FIRST_NIGHT
    while day <= EXTRACT:
        for hotel_key, (start, stop, _, rooms) in sorted(key_of.items()):
            if not (start <= day <= stop) or day < opened[hotel_key]:
                continue
            out_of_order = poisson(rng, 0.4)
            available = rooms - out_of_order
            count = sold.get((date_key(day), hotel_key), 0)
            scale = min(1.0, available / count) if count else 1.0
            rows.append((date_key(day), hotel_key, available, min(count, available), out_of_order,
                         money(revenue.get((date_key(day), hotel_key), 0.0) * scale)))  # fmt: skip
        day += dt.timedelta(days=1)
    return rows


def build() -> Catalog:
    """The whole star schema, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("dim_date", _dates())
    catalog.add("dim_time_of_day", _times())
    hotels, versions = _hotels()
    catalog.add("dim_hotel", hotels)
    guests = _guests(rng)
    catalog.add("dim_channel", [(i + 1, *c[:4]) for i, c in enumerate(CHANNELS)])
    catalog.add("dim_room_type", [(i + 1, *r[:4]) for i, r in enumerate(ROOM_TYPES)])
    reservations = _reservations(rng, versions, guests)
    first_stay: dict[int, int] = {}
    for r in reservations:
        if r[11] == "O":
            first_stay[r[7]] = min(first_stay.get(r[7], r[3]), r[3])
    catalog.add("dim_guest", [(*g[:6], _day(first_stay[g[0]]) if g[0] in first_stay else None) for g in guests])
    catalog.add("fact_reservation", reservations)
    catalog.add("fact_daily_occupancy", _occupancy(rng, reservations, versions))
    return catalog


def _day(key: int) -> dt.date:
    return dt.date(key // 10_000, key // 100 % 100, key % 100)
