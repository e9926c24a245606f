"""A sample of New York taxi trips as an analyst loads the TLC's published files: the TLC's own column names.

`yellow_tripdata` and `green_tripdata` keep the trip record files' names and types (`VendorID`,
`tpep_pickup_datetime` / `lpep_pickup_datetime`, `passenger_count`, `trip_distance` in miles, `RatecodeID`,
`store_and_fwd_flag`, `PULocationID`, `DOLocationID`, `payment_type`, `fare_amount`, `mta_tax`, `tip_amount`,
`tolls_amount`, `improvement_surcharge`, `congestion_surcharge`, `Airport_fee`, `cbd_congestion_fee`; green trips
add `ehail_fee`, always NULL, and `trip_type`), the codes explained in column comments as the TLC's data
dictionary explains them. Four published names are changed because the analyst's code already used them as
words (its vocabulary test): `extra` is `extra_amount`, `total_amount` is `total_amt`, the lookup's `Zone` is
`zone_name` and the weather's `STATION` column is left out. `taxi_zone_lookup` keeps its other CSV headers
(`LocationID`, `Borough`, `service_zone`); both location columns of a yellow trip are declared keys to it, a
green trip's are not. `central_park_weather` is a NOAA GHCN-Daily download for Central Park with NOAA's
upper-case element names (`DATE`, `PRCP` and `SNOW` in inches, `TMAX`/`TMIN` in °F, `AWND` in mph), joined to
trips by date only. January 2024 to June 2025: morning and evening peaks, late nights at weekends, a winter
low, more trips on rainy days and fewer in snow, flat JFK fares (`RatecodeID` 2), Newark trips with tolls, an
airport fee on airport pickups, tips on card payments only, flex-fare rows (`payment_type` 0) with NULL
passenger count, rate code and surcharges, disputed trips refunded as negative amounts, the Manhattan congestion
relief zone fee from 5 January 2025 (NULL in 2024, when the column did not exist), a third vendor from March
2025, green trips declining year on year, a Staten Island zone with no trips and unknown locations (264, 265).
Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, days, poisson

SEED = 100_265
START, END = dt.date(2024, 1, 1), dt.date(2025, 6, 30)
CBD_START = dt.date(2025, 1, 5)

TRIP_COLUMNS = """VendorID INTEGER, {p}_pickup_datetime TIMESTAMP, {p}_dropoff_datetime TIMESTAMP,
        passenger_count BIGINT, trip_distance DOUBLE, RatecodeID BIGINT, store_and_fwd_flag VARCHAR,
        PULocationID INTEGER{pu}, DOLocationID INTEGER{do}, payment_type BIGINT, fare_amount DOUBLE,
        extra_amount DOUBLE, mta_tax DOUBLE, tip_amount DOUBLE, tolls_amount DOUBLE,"""
DDL = [
    """CREATE TABLE taxi_zone_lookup (
        LocationID INTEGER PRIMARY KEY, Borough VARCHAR, zone_name VARCHAR, service_zone VARCHAR)""",
    "CREATE TABLE yellow_tripdata ("
    + TRIP_COLUMNS.format(
        p="tpep",
        pu=" REFERENCES taxi_zone_lookup (LocationID)",
        do=" REFERENCES taxi_zone_lookup (LocationID)",
    )
    + """
        improvement_surcharge DOUBLE, total_amt DOUBLE, congestion_surcharge DOUBLE, Airport_fee DOUBLE,
        cbd_congestion_fee DOUBLE)""",
    "CREATE TABLE green_tripdata ("
    + TRIP_COLUMNS.format(p="lpep", pu="", do="")
    + """
        ehail_fee DOUBLE, improvement_surcharge DOUBLE, total_amt DOUBLE, trip_type BIGINT,
        congestion_surcharge DOUBLE, cbd_congestion_fee DOUBLE)""",
    """CREATE TABLE central_park_weather (
        NAME VARCHAR, DATE DATE, AWND DOUBLE, PRCP DOUBLE, SNOW DOUBLE, SNWD DOUBLE,
        TMAX INTEGER, TMIN INTEGER)""",
]
_TRIP_COMMENTS = {
    "VendorID": "TPEP/LPEP provider: 1 = Creative Mobile Technologies, 2 = Curb Mobility, 6 = Myle Technologies, "
    "7 = Helix",
    "passenger_count": "number of passengers, entered by the driver",
    "trip_distance": "elapsed trip distance in miles reported by the taximeter",
    "RatecodeID": "final rate code: 1 = standard rate, 2 = JFK, 3 = Newark, 4 = Nassau or Westchester, "
    "5 = negotiated fare, 6 = group ride, 99 = null/unknown",
    "store_and_fwd_flag": "Y = trip record held in vehicle memory before sending (no server connection), N = not",
    "PULocationID": "TLC taxi zone in which the taximeter was engaged",
    "DOLocationID": "TLC taxi zone in which the taximeter was disengaged",
    "payment_type": "0 = flex fare trip, 1 = credit card, 2 = cash, 3 = no charge, 4 = dispute, 5 = unknown, "
    "6 = voided trip",
    "fare_amount": "time-and-distance fare calculated by the meter, USD",
    "extra_amount": "miscellaneous extras and surcharges (rush hour and overnight charges), USD",
    "tip_amount": "tip amount; automatically populated for credit card tips, cash tips are not included",
    "tolls_amount": "total amount of all tolls paid in trip, USD",
    "total_amt": "total amount charged to passengers, cash tips not included",
    "congestion_surcharge": "New York State congestion surcharge, USD",
    "cbd_congestion_fee": "MTA congestion relief zone fee per trip, from 5 January 2025",
}
COMMENTS = [
    "COMMENT ON TABLE yellow_tripdata IS 'yellow taxi trip records (sample), TLC trip record data'",
    "COMMENT ON TABLE green_tripdata IS 'green taxi (street hail livery) trip records (sample), TLC trip record data'",
    "COMMENT ON TABLE central_park_weather IS 'NOAA GHCN-Daily, station USW00094728 NY CITY CENTRAL PARK'",
    *(f"COMMENT ON COLUMN yellow_tripdata.{c} IS '{text}'" for c, text in _TRIP_COMMENTS.items()),
    *(f"COMMENT ON COLUMN green_tripdata.{c} IS '{text}'" for c, text in _TRIP_COMMENTS.items()),
    "COMMENT ON COLUMN yellow_tripdata.Airport_fee IS 'USD 1.75 for pick up only at LaGuardia and JFK airports'",
    "COMMENT ON COLUMN green_tripdata.trip_type IS '1 = street-hail, 2 = dispatch'",
    "COMMENT ON COLUMN green_tripdata.ehail_fee IS 'not used'",
    "COMMENT ON COLUMN central_park_weather.PRCP IS 'precipitation, inches'",
    "COMMENT ON COLUMN central_park_weather.SNOW IS 'snowfall, inches'",
    "COMMENT ON COLUMN central_park_weather.SNWD IS 'snow depth, inches'",
    "COMMENT ON COLUMN central_park_weather.TMAX IS 'maximum temperature, degrees Fahrenheit'",
    "COMMENT ON COLUMN central_park_weather.TMIN IS 'minimum temperature, degrees Fahrenheit'",
    "COMMENT ON COLUMN central_park_weather.AWND IS 'average daily wind speed, mph'",
]

M, B, Q, X, S = "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"
YZ, BZ = "Yellow Zone", "Boro Zone"
ZONES = [  # id, borough, zone, service zone, x, y (miles from Midtown, rough), yellow pickup weight
    (1, "EWR", "Newark Airport", "EWR", -10.0, -8.0, 0.05),
    (4, M, "Alphabet City", YZ, 1.0, -3.2, 0.5),
    (7, Q, "Astoria", BZ, 3.5, 3.0, 0.3),
    (12, M, "Battery Park", YZ, -1.0, -5.6, 0.1),
    (13, M, "Battery Park City", YZ, -1.2, -5.0, 0.9),
    (17, B, "Bedford", BZ, 3.0, -6.0, 0.1),
    (24, M, "Bloomingdale", YZ, -0.6, 4.6, 0.5),
    (25, B, "Boerum Hill", BZ, 0.8, -6.3, 0.1),
    (33, B, "Brooklyn Heights", BZ, 0.2, -5.6, 0.2),
    (41, M, "Central Harlem", BZ, 0.0, 6.2, 0.4),
    (42, M, "Central Harlem North", BZ, 0.2, 7.3, 0.3),
    (43, M, "Central Park", YZ, 0.0, 2.5, 1.4),
    (48, M, "Clinton East", YZ, -0.8, 0.4, 2.3),
    (50, M, "Clinton West", YZ, -1.3, 0.5, 1.0),
    (61, B, "Crown Heights North", BZ, 3.0, -7.5, 0.1),
    (65, B, "Downtown Brooklyn/MetroTech", BZ, 0.7, -5.8, 0.2),
    (68, M, "East Chelsea", YZ, -0.9, -1.3, 2.4),
    (69, X, "East Concourse/Concourse Village", BZ, 1.2, 8.5, 0.05),
    (74, M, "East Harlem North", BZ, 1.3, 5.8, 0.4),
    (75, M, "East Harlem South", BZ, 1.3, 4.8, 0.6),
    (79, M, "East Village", YZ, 0.6, -2.8, 2.5),
    (82, Q, "Elmhurst", BZ, 6.5, 0.0, 0.1),
    (87, M, "Financial District North", YZ, -0.3, -5.0, 1.0),
    (88, M, "Financial District South", YZ, -0.4, -5.5, 0.4),
    (90, M, "Flatiron", YZ, -0.3, -1.6, 1.9),
    (95, Q, "Forest Hills", BZ, 8.0, -1.5, 0.05),
    (97, B, "Fort Greene", BZ, 1.5, -5.8, 0.1),
    (100, M, "Garment District", YZ, -0.6, -0.5, 1.9),
    (107, M, "Gramercy", YZ, 0.1, -1.8, 2.2),
    (113, M, "Greenwich Village North", YZ, -0.3, -2.6, 1.6),
    (114, M, "Greenwich Village South", YZ, -0.4, -3.1, 1.4),
    (125, M, "Hudson Sq", YZ, -0.9, -3.5, 0.7),
    (129, Q, "Jackson Heights", BZ, 6.0, 1.2, 0.1),
    (132, Q, "JFK Airport", "Airports", 11.0, -8.5, 3.8),
    (138, Q, "LaGuardia Airport", "Airports", 5.5, 2.5, 2.7),
    (140, M, "Lenox Hill East", YZ, 1.2, 1.8, 2.0),
    (141, M, "Lenox Hill West", YZ, 0.8, 1.9, 2.3),
    (142, M, "Lincoln Square East", YZ, -0.4, 1.7, 2.8),
    (143, M, "Lincoln Square West", YZ, -0.9, 1.8, 1.1),
    (144, M, "Little Italy/NoLiTa", YZ, 0.0, -3.6, 0.8),
    (145, Q, "Long Island City/Hunters Point", BZ, 2.0, -0.5, 0.2),
    (146, Q, "Long Island City/Queens Plaza", BZ, 2.4, 0.4, 0.1),
    (148, M, "Lower East Side", YZ, 0.8, -3.9, 1.2),
    (151, M, "Manhattan Valley", YZ, -0.3, 4.9, 0.5),
    (158, M, "Meatpacking/West Village West", YZ, -1.1, -2.3, 1.1),
    (159, X, "Melrose South", BZ, 1.6, 7.9, 0.03),
    (161, M, "Midtown Center", YZ, 0.0, 0.0, 4.3),
    (162, M, "Midtown East", YZ, 0.5, 0.2, 3.4),
    (163, M, "Midtown North", YZ, -0.2, 0.9, 2.7),
    (164, M, "Midtown South", YZ, -0.1, -0.8, 2.3),
    (166, M, "Morningside Heights", BZ, -0.5, 5.9, 0.5),
    (168, X, "Mott Haven/Port Morris", BZ, 1.8, 7.2, 0.05),
    (170, M, "Murray Hill", YZ, 0.5, -0.8, 2.6),
    (181, B, "Park Slope", BZ, 1.3, -7.4, 0.1),
    (186, M, "Penn Station/Madison Sq West", YZ, -0.6, -1.0, 3.1),
    (206, S, "Saint George/New Brighton", BZ, -4.0, -9.5, 0.003),
    (209, M, "Seaport", YZ, 0.1, -4.9, 0.4),
    (211, M, "SoHo", YZ, -0.4, -3.7, 1.1),
    (224, M, "Stuy Town/Peter Cooper Village", YZ, 1.0, -2.2, 0.4),
    (226, Q, "Sunnyside", BZ, 3.8, 0.3, 0.05),
    (229, M, "Sutton Place/Turtle Bay North", YZ, 0.9, 0.7, 1.7),
    (230, M, "Times Sq/Theatre District", YZ, -0.4, 0.3, 3.1),
    (231, M, "TriBeCa/Civic Center", YZ, -0.6, -4.3, 1.6),
    (233, M, "UN/Turtle Bay South", YZ, 0.9, 0.1, 1.3),
    (234, M, "Union Sq", YZ, -0.1, -2.2, 2.6),
    (236, M, "Upper East Side North", YZ, 1.1, 3.3, 4.4),
    (237, M, "Upper East Side South", YZ, 1.0, 2.4, 4.9),
    (238, M, "Upper West Side North", YZ, -0.5, 3.9, 2.0),
    (239, M, "Upper West Side South", YZ, -0.7, 2.9, 2.4),
    (243, M, "Washington Heights North", BZ, -0.3, 10.5, 0.1),
    (244, M, "Washington Heights South", BZ, -0.4, 9.0, 0.2),
    (245, S, "West Brighton", BZ, -5.0, -10.0, 0.0),
    (246, M, "West Chelsea/Hudson Yards", YZ, -1.3, -0.8, 1.7),
    (247, X, "West Concourse", BZ, 0.8, 8.9, 0.04),
    (249, M, "West Village", YZ, -0.7, -2.7, 1.9),
    (255, B, "Williamsburg (North Side)", BZ, 2.3, -3.3, 0.3),
    (256, B, "Williamsburg (South Side)", BZ, 2.2, -4.2, 0.2),
    (260, Q, "Woodside", BZ, 4.5, 0.5, 0.05),
    (261, M, "World Trade Center", YZ, -0.8, -4.8, 1.0),
    (262, M, "Yorkville East", YZ, 1.6, 3.2, 0.9),
    (263, M, "Yorkville West", YZ, 1.3, 3.0, 1.6),
    (264, "Unknown", "N/A", "N/A", 0.0, 0.0, 0.5),
    (265, "N/A", "Outside of NYC", "N/A", -14.0, 6.0, 0.02),
]
BY_ID = {z[0]: z for z in ZONES}
AIRPORTS = {1, 132, 138}
CORE = {z[0] for z in ZONES if z[3] == YZ}  # Manhattan's yellow zone
CBD = {z[0] for z in ZONES if z[1] == M and z[5] < 2.0}  # below 60th Street
HOURS = [2.6, 1.8, 1.2, 0.8, 0.6, 0.7, 1.6, 3.0, 4.0, 4.2, 4.3, 4.6, 5.0, 5.1, 5.6, 5.9, 5.9, 6.6, 7.0, 6.2, 5.4,
         5.3, 4.9, 3.8]  # fmt: skip
WEEKEND_HOURS = [4.6, 3.9, 3.0, 2.0, 1.0, 0.6, 0.6, 0.9, 1.6, 2.6, 3.6, 4.4, 4.9, 5.0, 5.1, 5.1, 5.0, 5.1, 5.3,
                 5.2, 5.0, 5.2, 5.5, 5.3]  # fmt: skip
GREEN_HOURS = [1.2, 0.8, 0.5, 0.4, 0.4, 0.6, 1.4, 3.0, 4.4, 4.2, 4.0, 4.1, 4.2, 4.4, 4.9, 5.3, 5.6, 5.8, 5.4, 4.6,
               3.8, 3.2, 2.6, 1.8]  # fmt: skip
WEEKDAY = [0.88, 0.98, 1.03, 1.08, 1.07, 1.02, 0.86]
MONTH = [0.88, 0.92, 1.05, 1.02, 1.04, 1.0, 0.92, 0.9, 0.98, 1.06, 1.0, 1.0]
HOLIDAYS = {(1, 1): 0.75, (7, 4): 0.7, (11, 28): 0.6, (12, 25): 0.55, (12, 24): 0.75, (5, 27): 0.8, (9, 2): 0.8}
STATION_NAME = "NY CITY CENTRAL PARK, NY US"


class Draw:
    """A weighted draw of one item, its cumulative weights computed once (the trip loop draws ~10 a trip)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        return self.items[min(bisect_right(self.cum, rng.random() * self.cum[-1]), len(self.items) - 1)]


HOUR_DRAWS = {
    kind: Draw(range(24), h) for kind, h in (("weekday", HOURS), ("weekend", WEEKEND_HOURS), ("green", GREEN_HOURS))
}
NEGOTIATED = Draw([4, 5], [1, 2])
PAYMENT = Draw([1, 2, 3, 4, 0], [76, 15, 0.6, 0.4, 3.5])
GREEN_PAYMENT = Draw([1, 2, 3, 4], [76, 30, 0.6, 0.4])
TIP_PCT = Draw([0, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3], [14, 10, 12, 30, 8, 16, 10])
VENDOR_2025 = Draw([1, 2, 7], [24, 68, 8])
VENDOR = Draw([1, 2], [28, 72])
GREEN_VENDOR = Draw([1, 2], [12, 88])
PASSENGERS = Draw([1, 2, 3, 4, 5, 6, 0], [75, 14, 4, 2, 2, 1.5, 1.5])


def _weather(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    snow_depth = 0.0
    for day in days(START, END):
        season = -math.cos((day.timetuple().tm_yday - 20) / 365.25 * 2 * math.pi)
        tmax = round(62 + 23 * season + rng.gauss(0, 6.5))
        tmin = round(tmax - rng.uniform(8, 19))
        wet = rng.random() < 0.33
        prcp = round(rng.expovariate(1 / 0.32), 2) if wet else (0.0 if rng.random() < 0.85 else 0.01)
        snow = 0.0
        if wet and tmax < 38:
            snow = round(prcp * rng.uniform(7, 12), 1)
        snow_depth = max(0.0, snow_depth * (0.5 if tmax > 40 else 0.85) + snow)
        awnd = None if rng.random() < 0.03 else round(max(1.0, rng.gauss(6.0 - 1.5 * season + 3 * wet, 2.2)), 2)
        rows.append((STATION_NAME, day, awnd, prcp, snow, round(snow_depth, 1), tmax, tmin))
    return rows


def _speed(hour: int, weekend: bool, airport: bool) -> float:
    """Typical door-to-door speed in mph."""
    if airport:
        return 19.0 if hour < 6 or hour >= 21 else 14.0
    if 7 <= hour <= 19 and not weekend:
        return 8.5
    return 13.5 if hour < 6 or hour >= 22 else 10.5


def _distance(rng: random.Random, pu: int, do: int) -> float:
    a, b = BY_ID[pu], BY_ID[do]
    if pu == do or 264 in (pu, do):
        return round(rng.uniform(0.4, 1.6), 2)
    straight = abs(a[4] - b[4]) + abs(a[5] - b[5])
    return round(straight * rng.uniform(1.05, 1.3) + rng.uniform(0.1, 0.5), 2)


def _dropoff(rng: random.Random, pu: int, draw: Draw, near: dict[int, list[int]]) -> int:
    if pu in AIRPORTS:
        if rng.random() < 0.07:
            return 265
        return draw(rng)
    r = rng.random()
    if r < 0.035:
        return 138
    if r < 0.055:
        return 132
    if r < 0.058:
        return 1
    if r < 0.062:
        return 265
    if rng.random() < 0.55 and near[pu]:  # a short hop within the neighbourhood
        return rng.choice(near[pu])
    return draw(rng)


def _fare(
    rng: random.Random, day: dt.date, hour: int, pu: int, do: int, dist: float, minutes: float, green: bool
) -> dict[str, float | int | str | None]:
    """The money columns of one trip and its codes."""
    weekend = day.weekday() >= 5
    if {pu, do} & {132} and ({pu, do} - {132}) <= CORE and not green:
        rate, fare = 2, 70.0
    elif 1 in (pu, do):
        rate, fare = 3, round(3.0 + 3.5 * dist + 0.3 * minutes, 1) + 20.0
    elif 265 in (pu, do) and rng.random() < 0.4:
        rate, fare = NEGOTIATED(rng), float(rng.randrange(60, 160, 5))
    else:
        rate, fare = 1, round(3.0 + 3.5 * dist + 0.3 * minutes, 1)
    if rng.random() < 0.003:
        rate = 99
    if rate == 1 and rng.random() < 0.004:
        rate = 5
    extra = 0.0
    if 16 <= hour < 20 and not weekend:
        extra += 2.5
    if hour >= 20 or hour < 6:
        extra += 1.0
    if rate == 2 and 16 <= hour < 20 and not weekend:
        extra += 2.5
    tolls = 0.0
    if rate == 3:
        tolls = 17.06 if day.year == 2024 else 18.31
    elif {pu, do} & {132, 138} or rng.random() < 0.02:
        tolls = 6.94 if rng.random() < 0.55 else 0.0
    airport_fee = 1.75 if pu in (132, 138) and not green else 0.0
    yellow_zone = pu in CORE or do in CORE
    congestion = (2.75 if green else 2.5) if yellow_zone else 0.0
    cbd: float | None = None
    if day >= CBD_START:
        cbd = 0.75 if pu in CBD or do in CBD else 0.0
    elif day.year == 2025:
        cbd = 0.0
    payment = GREEN_PAYMENT(rng) if green else PAYMENT(rng)
    tip = 0.0
    if payment in (1, 0):
        pct = TIP_PCT(rng)
        if rate in (2, 3):
            pct += 0.02
        tip = round((fare + extra + tolls) * pct + (rng.choice([0, 0, 0.5, 1]) if pct else 0), 2)
    flex = payment == 0
    improvement = 1.0
    mta = 0.5
    total = fare + extra + mta + tip + tolls + improvement + congestion + airport_fee + (cbd or 0.0)
    row: dict[str, float | int | str | None] = {
        "RatecodeID": None if flex else rate,
        "fare_amount": fare,
        "extra": extra,
        "mta_tax": mta,
        "tip_amount": tip,
        "tolls_amount": tolls,
        "improvement_surcharge": improvement,
        "total_amount": round(total, 2),
        "congestion_surcharge": None if flex else congestion,
        "Airport_fee": None if flex else airport_fee,
        "cbd_congestion_fee": cbd,
        "payment_type": payment,
    }
    if payment == 4 and rng.random() < 0.5:  # refunded: the reversal row carries negative amounts
        for key in ("fare_amount", "extra", "mta_tax", "tolls_amount", "improvement_surcharge", "total_amount",
                    "congestion_surcharge", "Airport_fee", "cbd_congestion_fee"):  # fmt: skip
            value = row[key]
            if isinstance(value, float) and value:
                row[key] = -value
    return row


def _trips(rng: random.Random, weather: list[Row], green: bool) -> list[Row]:
    rain = {r[1]: (r[3], r[4]) for r in weather}
    if green:
        pickups = [z for z in ZONES if z[3] == BZ and z[0] != 245]
        pu_ids = [z[0] for z in pickups]
        pu_weights = [{74: 6, 75: 5, 41: 4, 42: 3, 166: 3, 7: 3, 255: 2, 129: 2, 82: 2, 244: 2}.get(z[0], 0.6)
                      for z in pickups]  # fmt: skip
    else:
        pu_ids = [z[0] for z in ZONES]
        pu_weights = [z[6] for z in ZONES]
    do_ids = [z[0] for z in ZONES if z[0] not in (245, 264, 265, 1)]
    do_weights = [max(BY_ID[z][6], 0.15 if green and BY_ID[z][3] == BZ else 0.02) for z in do_ids]
    do_draw = Draw(do_ids, do_weights)
    pu_draw = Draw(pu_ids, pu_weights)
    near = {z[0]: [d for d in do_ids if abs(BY_ID[d][4] - z[4]) + abs(BY_ID[d][5] - z[5]) < 2.2] for z in ZONES}
    rows: list[Row] = []
    for day in days(START, END):
        weekend = day.weekday() >= 5
        precipitation, snow = rain[day]
        factor = WEEKDAY[day.weekday()] * MONTH[day.month - 1] * HOLIDAYS.get((day.month, day.day), 1.0)
        factor *= 1.12 if precipitation >= 0.1 else 1.0
        factor *= 0.75 if snow >= 2 else 1.0
        years = (day - START).days / 365.25
        mean = (26 * 0.85**years if green else 215 * (1.04 if day >= CBD_START else 1.0)) * factor
        hour_draw = HOUR_DRAWS["green" if green else "weekend" if weekend else "weekday"]
        for _ in range(poisson(rng, mean)):
            hour = hour_draw(rng)
            pickup = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))
            pu = pu_draw(rng)
            if not green and hour < 6 and pu in AIRPORTS and rng.random() < 0.7:
                pu = 161  # few flights land overnight
            do = _dropoff(rng, pu, do_draw, near)
            dist = _distance(rng, pu, do)
            if rng.random() < 0.012:
                dist = 0.0
            speed = _speed(hour, weekend, bool({pu, do} & AIRPORTS)) * (0.85 if precipitation >= 0.1 else 1.0)
            minutes = max(1.5, dist / speed * 60 + rng.uniform(1, 5) + rng.gauss(0, 2))
            dropoff = pickup + dt.timedelta(seconds=round(minutes * 60))
            money_cols = _fare(rng, day, hour, pu, do, dist, minutes, green)
            flex = money_cols["payment_type"] == 0
            if day.year == 2025 and day.month >= 3 and not green:
                vendor = VENDOR_2025(rng)
            else:
                vendor = GREEN_VENDOR(rng) if green else VENDOR(rng)
            passengers = None if flex else PASSENGERS(rng)
            flag = None if flex else ("Y" if rng.random() < (0.012 if vendor == 1 else 0.001) else "N")
            c = money_cols
            if green:
                rows.append((vendor, pickup, dropoff, passengers, dist, c["RatecodeID"], flag, pu, do,
                             c["payment_type"], c["fare_amount"], c["extra"], c["mta_tax"], c["tip_amount"],
                             c["tolls_amount"], None, c["improvement_surcharge"], c["total_amount"],
                             1 if rng.random() < 0.95 else 2, c["congestion_surcharge"],
                             c["cbd_congestion_fee"]))  # fmt: skip
            else:
                rows.append((vendor, pickup, dropoff, passengers, dist, c["RatecodeID"], flag, pu, do,
                             c["payment_type"], c["fare_amount"], c["extra"], c["mta_tax"], c["tip_amount"],
                             c["tolls_amount"], c["improvement_surcharge"], c["total_amount"],
                             c["congestion_surcharge"], c["Airport_fee"], c["cbd_congestion_fee"]))  # fmt: skip
    rows.sort(key=lambda r: (r[1], r[7]))
    return rows


def build() -> Catalog:
    """The trip sample, its zone lookup and the weather, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL), comments=list(COMMENTS))
    catalog.add("taxi_zone_lookup", [z[:4] for z in ZONES])
    weather = _weather(rng)
    catalog.add("central_park_weather", weather)
    catalog.add("yellow_tripdata", _trips(rng, weather, green=False))
    catalog.add("green_tripdata", _trips(rng, weather, green=True))
    return catalog
