"""US airline on-time data as an analyst loads the Bureau of Transportation Statistics' TranStats downloads.

The tables keep the download files' names and headers, TranStats' own convention: `T_` data tables and `L_`
lookup tables. `T_ONTIME_REPORTING` is the Reporting Carrier On-Time Performance file (one row per scheduled
flight, about 100,000 flights from January 2023 to June 2025) with its PascalCase headers (`FlightDate`,
`Reporting_Airline`, `DOT_ID_Reporting_Airline`, `Tail_Number`, `Flight_Number_Reporting_Airline`,
`OriginAirportID`, `Origin`, `OriginCityName`, `CRSDepTime`, `DepTime`, `DepDelay`, `DepDelayMinutes`,
`DepDel15`, `DepTimeBlk`, `TaxiOut`, `ArrDelay`, `ArrDel15`, `Cancelled`, `CancellationCode`, `Diverted`,
`AirTime`, `Distance`, `CarrierDelay`, `WeatherDelay`, `NASDelay`, `SecurityDelay`, `LateAircraftDelay`) and
its calendar columns (`Year`, `Month`, `DayofMonth`, `DayOfWeek` 1 = Monday); times are local clock times as
hhmm integers (`CRSDepTime` 1435, 2400 for midnight), indicators are 1.00/0.00 floats as published, the five
delay-cause columns are filled only on flights that arrived 15 minutes late or more (NULL otherwise) and a
cancelled flight has NULL times, delays and often no tail number. `T_T100D_SEGMENT_US_CARRIER_ONLY` is the T-100
Domestic Segment file with its UPPER_SNAKE_CASE headers (`DEPARTURES_SCHEDULED`, `DEPARTURES_PERFORMED`,
`PAYLOAD` and `MAIL` in pounds, `UNIQUE_CARRIER`, `AIRLINE_ID`, `ORIGIN`, `AIRCRAFT_TYPE`, `YEAR`, `MONTH`), one
row per carrier, route, aircraft type and month, published three months late (through March 2025). The lookups
are TranStats' two-column CSVs: `L_UNIQUE_CARRIERS`, `L_AIRPORT` (`'Atlanta, GA: Hartsfield-Jackson Atlanta
International'`), `L_CANCELLATION` (A carrier, B weather, C National Air System, D security), `L_WEEKDAYS` and
`L_AIRCRAFT_TYPE`, with more rows than the data uses. Nothing is declared: no keys, no comments, as CSV files
load. Names the analyst's code already used as words (its vocabulary test) are changed or left out, as
TranStats' field picker allows: the destination columns `Dest` and `DEST` are `DestAirport` and `DEST_AIRPORT`,
`SEATS`, `PASSENGERS` and `FREIGHT` are `SEATS_AVAILABLE`, `PASSENGERS_CARRIED` and `FREIGHT_LBS`, the lookups'
`Description` is `Descr`, cancellation code A reads 'Air Carrier' (BTS's delay-cause wording), `Quarter`,
`QUARTER` and `CLASS` are left out, and so is Indianapolis from the airport lookup.
Hubs, a summer peak, fewer flights on Saturdays, afternoon and evening delays building up, summer
thunderstorms and winter storms, a low-cost carrier shrinking in 2025, Delta's July 2024 IT outage, hurricanes
at Tampa and Orlando, a Houston snowstorm in January 2025, Newark's air traffic control troubles in spring
2025, and Frontier, Spirit and JetBlue late most often. Deterministic: one seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from scripts.eval_catalogs.common import Catalog, Row, days, weighted

SEED = 19_393
START, END = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
T100_END = dt.date(2025, 3, 31)

DDL = [
    """CREATE TABLE T_ONTIME_REPORTING (
        Year SMALLINT, Month SMALLINT, DayofMonth SMALLINT, DayOfWeek SMALLINT,
        FlightDate DATE, Reporting_Airline VARCHAR, DOT_ID_Reporting_Airline INTEGER,
        IATA_CODE_Reporting_Airline VARCHAR, Tail_Number VARCHAR, Flight_Number_Reporting_Airline INTEGER,
        OriginAirportID INTEGER, Origin VARCHAR, OriginCityName VARCHAR, OriginState VARCHAR,
        OriginStateName VARCHAR, DestAirportID INTEGER, DestAirport VARCHAR, DestCityName VARCHAR, DestState VARCHAR,
        DestStateName VARCHAR, CRSDepTime INTEGER, DepTime INTEGER, DepDelay DOUBLE, DepDelayMinutes DOUBLE,
        DepDel15 DOUBLE, DepTimeBlk VARCHAR, TaxiOut DOUBLE, TaxiIn DOUBLE, CRSArrTime INTEGER, ArrTime INTEGER,
        ArrDelay DOUBLE, ArrDelayMinutes DOUBLE, ArrDel15 DOUBLE, ArrTimeBlk VARCHAR, Cancelled DOUBLE,
        CancellationCode VARCHAR, Diverted DOUBLE, CRSElapsedTime DOUBLE, ActualElapsedTime DOUBLE,
        AirTime DOUBLE, Flights DOUBLE, Distance DOUBLE, DistanceGroup SMALLINT, CarrierDelay DOUBLE,
        WeatherDelay DOUBLE, NASDelay DOUBLE, SecurityDelay DOUBLE, LateAircraftDelay DOUBLE)""",
    """CREATE TABLE T_T100D_SEGMENT_US_CARRIER_ONLY (
        DEPARTURES_SCHEDULED DOUBLE, DEPARTURES_PERFORMED DOUBLE, PAYLOAD DOUBLE, SEATS_AVAILABLE DOUBLE,
        PASSENGERS_CARRIED DOUBLE, FREIGHT_LBS DOUBLE, MAIL DOUBLE, DISTANCE DOUBLE, RAMP_TO_RAMP DOUBLE, AIR_TIME DOUBLE,
        UNIQUE_CARRIER VARCHAR, AIRLINE_ID INTEGER, UNIQUE_CARRIER_NAME VARCHAR, ORIGIN_AIRPORT_ID INTEGER,
        ORIGIN VARCHAR, ORIGIN_CITY_NAME VARCHAR, ORIGIN_STATE_ABR VARCHAR, DEST_AIRPORT_ID INTEGER, DEST_AIRPORT VARCHAR,
        DEST_CITY_NAME VARCHAR, DEST_STATE_ABR VARCHAR, AIRCRAFT_GROUP SMALLINT, AIRCRAFT_TYPE SMALLINT,
        AIRCRAFT_CONFIG SMALLINT, YEAR SMALLINT, MONTH SMALLINT, DISTANCE_GROUP SMALLINT,
        DATA_SOURCE VARCHAR)""",
    "CREATE TABLE L_UNIQUE_CARRIERS (Code VARCHAR, Descr VARCHAR)",
    "CREATE TABLE L_AIRPORT (Code VARCHAR, Descr VARCHAR)",
    "CREATE TABLE L_CANCELLATION (Code VARCHAR, Descr VARCHAR)",
    "CREATE TABLE L_WEEKDAYS (Code SMALLINT, Descr VARCHAR)",
    "CREATE TABLE L_AIRCRAFT_TYPE (Code SMALLINT, Descr VARCHAR)",
]

# code, BTS airport id, city, state, state name, airport name, latitude, longitude, UTC offset, observes DST,
# congestion factor (delays), taxi-out minutes
AIRPORTS: list[tuple[Any, ...]] = [
    ("ATL", 10397, "Atlanta", "GA", "Georgia", "Hartsfield-Jackson Atlanta International", 33.64, -84.43, -5, 1, 1.0, 18),
    ("AUS", 10423, "Austin", "TX", "Texas", "Austin - Bergstrom International", 30.20, -97.67, -6, 1, 0.95, 14),
    ("BNA", 10693, "Nashville", "TN", "Tennessee", "Nashville International", 36.13, -86.68, -6, 1, 0.95, 14),
    ("BOS", 10721, "Boston", "MA", "Massachusetts", "Logan International", 42.37, -71.01, -5, 1, 1.05, 18),
    ("BWI", 10821, "Baltimore", "MD", "Maryland", "Baltimore/Washington International Thurgood Marshall", 39.18, -76.67, -5, 1, 1.0, 13),
    ("CLT", 11057, "Charlotte", "NC", "North Carolina", "Charlotte Douglas International", 35.21, -80.94, -5, 1, 1.0, 19),
    ("DAL", 11259, "Dallas", "TX", "Texas", "Dallas Love Field", 32.85, -96.85, -6, 1, 0.95, 12),
    ("DCA", 11278, "Washington", "DC", "District of Columbia", "Ronald Reagan Washington National", 38.85, -77.04, -5, 1, 1.05, 17),
    ("DEN", 11292, "Denver", "CO", "Colorado", "Denver International", 39.86, -104.67, -7, 1, 1.1, 17),
    ("DFW", 11298, "Dallas/Fort Worth", "TX", "Texas", "Dallas Fort Worth Regional", 32.90, -97.04, -6, 1, 1.05, 17),
    ("DTW", 11433, "Detroit", "MI", "Michigan", "Detroit Metro Wayne County", 42.21, -83.35, -5, 1, 0.9, 16),
    ("EWR", 11618, "Newark", "NJ", "New Jersey", "Newark Liberty International", 40.69, -74.17, -5, 1, 1.35, 21),
    ("FLL", 11697, "Fort Lauderdale", "FL", "Florida", "Fort Lauderdale-Hollywood International", 26.07, -80.15, -5, 1, 1.15, 14),
    ("HNL", 12173, "Honolulu", "HI", "Hawaii", "Daniel K Inouye International", 21.32, -157.92, -10, 0, 0.75, 13),
    ("HOU", 12191, "Houston", "TX", "Texas", "William P Hobby", 29.65, -95.28, -6, 1, 1.0, 12),
    ("IAH", 12266, "Houston", "TX", "Texas", "George Bush Intercontinental/Houston", 29.98, -95.34, -6, 1, 1.0, 17),
    ("JFK", 12478, "New York", "NY", "New York", "John F. Kennedy International", 40.64, -73.78, -5, 1, 1.2, 22),
    ("LAS", 12889, "Las Vegas", "NV", "Nevada", "Harry Reid International", 36.08, -115.15, -8, 1, 1.0, 15),
    ("LAX", 12892, "Los Angeles", "CA", "California", "Los Angeles International", 33.94, -118.41, -8, 1, 1.0, 18),
    ("LGA", 12953, "New York", "NY", "New York", "LaGuardia", 40.78, -73.87, -5, 1, 1.2, 21),
    ("MCO", 13204, "Orlando", "FL", "Florida", "Orlando International", 28.43, -81.31, -5, 1, 1.15, 16),
    ("MDW", 13232, "Chicago", "IL", "Illinois", "Chicago Midway International", 41.79, -87.75, -6, 1, 1.05, 12),
    ("MIA", 13303, "Miami", "FL", "Florida", "Miami International", 25.80, -80.29, -5, 1, 1.1, 17),
    ("MSP", 13487, "Minneapolis", "MN", "Minnesota", "Minneapolis-St Paul International", 44.88, -93.22, -6, 1, 0.9, 16),
    ("ORD", 13930, "Chicago", "IL", "Illinois", "Chicago O'Hare International", 41.97, -87.91, -6, 1, 1.15, 20),
    ("PDX", 14057, "Portland", "OR", "Oregon", "Portland International", 45.59, -122.60, -8, 1, 0.8, 13),
    ("PHL", 14100, "Philadelphia", "PA", "Pennsylvania", "Philadelphia International", 39.87, -75.24, -5, 1, 1.05, 19),
    ("PHX", 14107, "Phoenix", "AZ", "Arizona", "Phoenix Sky Harbor International", 33.43, -112.01, -7, 0, 0.95, 15),
    ("RDU", 14492, "Raleigh/Durham", "NC", "North Carolina", "Raleigh-Durham International", 35.88, -78.79, -5, 1, 0.9, 13),
    ("SAN", 14679, "San Diego", "CA", "California", "San Diego International", 32.73, -117.19, -8, 1, 0.9, 14),
    ("SEA", 14747, "Seattle", "WA", "Washington", "Seattle/Tacoma International", 47.45, -122.31, -8, 1, 0.85, 17),
    ("SFO", 14771, "San Francisco", "CA", "California", "San Francisco International", 37.62, -122.38, -8, 1, 1.05, 19),
    ("SLC", 14869, "Salt Lake City", "UT", "Utah", "Salt Lake City International", 40.79, -111.98, -7, 1, 0.8, 15),
    ("STL", 15016, "St. Louis", "MO", "Missouri", "St Louis Lambert International", 38.75, -90.37, -6, 1, 0.9, 13),
    ("TPA", 15304, "Tampa", "FL", "Florida", "Tampa International", 27.98, -82.53, -5, 1, 0.95, 13),
]  # fmt: skip
AP = {a[0]: a for a in AIRPORTS}
OTHER_AIRPORTS = [
    ("ABQ", "Albuquerque, NM: Albuquerque International Sunport"),
    ("ANC", "Anchorage, AK: Ted Stevens Anchorage International"),
    ("BDL", "Hartford, CT: Bradley International"),
    ("BUF", "Buffalo, NY: Buffalo Niagara International"),
    ("CLE", "Cleveland, OH: Cleveland-Hopkins International"),
    ("CMH", "Columbus, OH: John Glenn Columbus International"),
    ("CVG", "Cincinnati, OH: Cincinnati/Northern Kentucky International"),
    ("ELP", "El Paso, TX: El Paso International"),
    ("JAX", "Jacksonville, FL: Jacksonville International"),
    ("MCI", "Kansas City, MO: Kansas City International"),
    ("MSY", "New Orleans, LA: Louis Armstrong New Orleans International"),
    ("OAK", "Oakland, CA: Metropolitan Oakland International"),
    ("OGG", "Kahului, HI: Kahului Airport"),
    ("PIT", "Pittsburgh, PA: Pittsburgh International"),
    ("RSW", "Fort Myers, FL: Southwest Florida International"),
    ("SAT", "San Antonio, TX: San Antonio International"),
    ("SJC", "San Jose, CA: Norman Y. Mineta San Jose International"),
    ("SJU", "San Juan, PR: Luis Munoz Marin International"),
    ("SMF", "Sacramento, CA: Sacramento International"),
    ("SNA", "Santa Ana, CA: John Wayne Airport-Orange County"),
]

# code, DOT id, name, round trips a day, hubs, delay factor, cancellation factor, tail suffix, aircraft types
CARRIERS: list[tuple[Any, ...]] = [
    ("WN", 19393, "Southwest Airlines Co.", 16, ["DAL", "HOU", "MDW", "DEN", "LAS", "PHX", "BWI", "MCO"], 1.05, 1.0, "WN", [612, 838]),
    ("DL", 19790, "Delta Air Lines Inc.", 15, ["ATL", "MSP", "DTW", "SLC", "JFK", "LAX", "SEA", "BOS"], 0.8, 0.5, "DN", [699, 694, 622, 721]),
    ("AA", 19805, "American Airlines Inc.", 13, ["DFW", "CLT", "MIA", "PHL", "ORD", "PHX", "DCA", "LAX"], 1.15, 1.2, "AN", [614, 699]),
    ("UA", 19977, "United Air Lines Inc.", 11, ["ORD", "DEN", "IAH", "EWR", "SFO", "LAX", "DCA"], 1.05, 0.9, "UA", [614, 699, 838]),
    ("OO", 20304, "SkyWest Airlines Inc.", 8, ["DEN", "SLC", "ORD", "LAX", "SFO", "SEA", "PHX"], 0.95, 1.1, "SY", [673, 638]),
    ("9E", 20363, "Endeavor Air Inc.", 4, ["MSP", "DTW", "ATL", "JFK", "LGA"], 0.8, 1.0, "PQ", [638]),
    ("B6", 20409, "JetBlue Airways", 5, ["JFK", "BOS", "FLL", "MCO"], 1.45, 1.4, "JB", [694, 699, 721]),
    ("AS", 19930, "Alaska Airlines Inc.", 5, ["SEA", "PDX", "SFO", "LAX", "SAN"], 0.9, 0.9, "AS", [614, 838]),
    ("NK", 20416, "Spirit Air Lines", 4, ["FLL", "LAS", "MCO", "DTW"], 1.3, 1.3, "NK", [694, 699]),
    ("F9", 20436, "Frontier Airlines Inc.", 4, ["DEN", "MCO", "LAS", "PHL"], 1.5, 1.4, "FR", [694, 699]),
    ("HA", 19690, "Hawaiian Airlines Inc.", 3, ["HNL"], 0.7, 0.5, "HA", [627, 699]),
]  # fmt: skip
OTHER_CARRIERS = [
    ("CO", "Continental Air Lines Inc."),
    ("EV", "ExpressJet Airlines LLC d/b/a aha!"),
    ("G4", "Allegiant Air"),
    ("MQ", "Envoy Air"),
    ("NW", "Northwest Airlines Inc."),
    ("OH", "PSA Airlines Inc."),
    ("QX", "Horizon Air"),
    ("TW", "Trans World Airways LLC"),
    ("US", "US Airways Inc."),
    ("VX", "Virgin America"),
    ("YV", "Mesa Airlines Inc."),
    ("YX", "Republic Airline"),
]
# BTS aircraft type code, description, seats, max payload (lb)
AIRCRAFT = {
    612: ("Boeing 737-700/700LR/Max 7", 143, 36_000),
    614: ("Boeing 737-800", 172, 44_000),
    622: ("Boeing 757-200", 180, 52_000),
    627: ("Airbus Industrie A330-200", 278, 110_000),
    638: ("Canadair RJ-900", 76, 20_000),
    673: ("Embraer ERJ-175", 76, 21_000),
    694: ("Airbus Industrie A320-100/200", 165, 40_000),
    699: ("Airbus Industrie A321-100/200", 190, 48_000),
    721: ("Airbus Industrie A220-300 BD-500-1A11", 140, 33_000),
    838: ("Boeing 737 MAX 8", 175, 45_000),
}
OTHER_AIRCRAFT = [
    (608, "Boeing 717-200"),
    (619, "Boeing 767-300/300ER"),
    (631, "Canadair RJ-200ER /RJ-440"),
    (655, "Embraer-135"),
    (698, "Airbus Industrie A319"),
    (819, "Boeing 787-9 Dreamliner"),
]
CANCELLATION = [("A", "Air Carrier"), ("B", "Weather"), ("C", "National Air System"), ("D", "Security")]
WEEKDAYS = [(1, "Monday"), (2, "Tuesday"), (3, "Wednesday"), (4, "Thursday"), (5, "Friday"), (6, "Saturday"),
            (7, "Sunday"), (9, "Unknown")]  # fmt: skip

SIZE = {"ATL": 10, "DFW": 9, "DEN": 9, "ORD": 9, "LAX": 8, "JFK": 6, "LAS": 6, "CLT": 6, "MCO": 6, "SEA": 5,
        "PHX": 5, "MIA": 5, "SFO": 5, "IAH": 5, "EWR": 5, "BOS": 5, "LGA": 5, "MSP": 4, "DTW": 4, "FLL": 4, "PHL": 4,
        "SLC": 4, "BWI": 4, "DCA": 4, "SAN": 3, "TPA": 3, "AUS": 3, "BNA": 3, "MDW": 3}  # fmt: skip
LEISURE = {"FLL", "MCO", "TPA", "MIA", "LAS", "HNL"}
HOUR_DELAY = {5: 0.55, 6: 0.55, 7: 0.6, 8: 0.7, 9: 0.8, 10: 0.9, 11: 0.95, 12: 1.05, 13: 1.1, 14: 1.2, 15: 1.3,
              16: 1.35, 17: 1.45, 18: 1.55, 19: 1.6, 20: 1.55, 21: 1.45, 22: 1.3, 23: 1.2}  # fmt: skip
MONTH_DELAY = [1.0, 0.95, 0.95, 0.9, 1.0, 1.4, 1.45, 1.2, 0.7, 0.75, 0.75, 1.2]
MONTH_CANCEL = [1.8, 1.6, 1.0, 0.8, 0.8, 1.2, 1.3, 1.0, 0.7, 0.7, 0.8, 1.3]
WEEKDAY_DELAY = [1.0, 0.85, 0.85, 1.05, 1.15, 0.85, 1.1]
LOAD_FACTOR = [0.76, 0.78, 0.85, 0.84, 0.86, 0.9, 0.91, 0.88, 0.8, 0.83, 0.84, 0.86]


def _span(first: str, last: str) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


# (first day, last day, airports or None, carrier or None, extra cancellation probability, delay factor, code)
EVENTS: list[tuple[dt.date, dt.date, set[str] | None, str | None, float, float, str]] = [
    (*_span("2023-02-22", "2023-02-23"), {"MSP", "DEN", "SLC"}, None, 0.25, 2.0, "B"),
    (*_span("2023-08-30", "2023-08-30"), {"TPA"}, None, 0.6, 1.5, "B"),
    (*_span("2023-12-22", "2023-12-23"), {"DEN"}, None, 0.08, 1.8, "B"),
    (*_span("2024-01-12", "2024-01-16"), {"ORD", "MDW", "DEN", "MSP", "DTW"}, None, 0.2, 2.0, "B"),
    (*_span("2024-07-08", "2024-07-08"), {"IAH", "HOU"}, None, 0.6, 2.0, "B"),
    (*_span("2024-07-19", "2024-07-19"), None, "DL", 0.45, 3.0, "A"),
    (*_span("2024-07-20", "2024-07-20"), None, "DL", 0.4, 3.0, "A"),
    (*_span("2024-07-21", "2024-07-21"), None, "DL", 0.3, 2.5, "A"),
    (*_span("2024-07-22", "2024-07-22"), None, "DL", 0.2, 2.0, "A"),
    (*_span("2024-07-23", "2024-07-23"), None, "DL", 0.08, 1.5, "A"),
    (*_span("2024-10-09", "2024-10-10"), {"TPA", "MCO"}, None, 0.85, 2.0, "B"),
    (*_span("2025-01-21", "2025-01-22"), {"IAH", "HOU", "AUS"}, None, 0.7, 2.0, "B"),
    (*_span("2025-04-28", "2025-05-31"), {"EWR"}, None, 0.07, 2.2, "C"),
]


def _miles(a: str, b: str) -> float:
    """Great-circle distance between two airports in statute miles, rounded as BTS publishes it."""
    la1, lo1, la2, lo2 = map(math.radians, (AP[a][6], AP[a][7], AP[b][6], AP[b][7]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return float(round(2 * 3958.8 * math.asin(math.sqrt(h))))


def _dst(day: dt.date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


def _offset(code: str, day: dt.date) -> int:
    return AP[code][8] + (1 if AP[code][9] and _dst(day) else 0)


def _hhmm(minutes: int) -> int:
    """Minutes after local midnight as BTS's hhmm clock (0001..2400)."""
    minutes %= 1440
    return 2400 if minutes == 0 else (minutes // 60) * 100 + minutes % 60


def _block(hhmm: int) -> str:
    hour = hhmm // 100 % 24
    return "0001-0559" if hour < 6 else f"{hour:02d}00-{hour:02d}59"


def _schedule(rng: random.Random) -> list[dict[str, Any]]:
    """The flights each carrier schedules: routes from its hubs, one or more round trips a day."""
    codes = [a[0] for a in AIRPORTS]
    slots: list[dict[str, Any]] = []
    for carrier, _dot, _name, trips, hubs, *_rest, types in CARRIERS:
        numbers = iter(rng.sample(range(100, 3000 if carrier != "HA" else 600), 200))
        made = 0
        while made < trips:
            origin = weighted(rng, hubs, [4.0 if i == 0 else 1.5 if i < 3 else 1.0 for i in range(len(hubs))])
            if carrier == "HA":
                dest = rng.choice(["LAX", "SFO", "SEA", "LAS", "SAN", "PDX"])
            else:
                others = [c for c in codes if c != origin and c != "HNL"]
                if rng.random() < 0.6 or len(hubs) < 2:
                    dest = weighted(rng, others, [SIZE.get(c, 2) for c in others])
                else:
                    dest = rng.choice([h for h in hubs if h != origin])
            if any(s["carrier"] == carrier and {s["origin"], s["dest"]} == {origin, dest} for s in slots):
                continue
            made += 1
            first, last = START, END
            roll = rng.random()
            if roll < 0.12:
                first = dt.date(2024, rng.randint(1, 12), 1)
            elif roll < 0.18:
                first = dt.date(2025, rng.randint(1, 4), 1)
            elif roll < 0.24:
                last = dt.date(2024, rng.randint(3, 12), 28)
            if carrier == "NK" and rng.random() < 0.6:
                last = dt.date(2024, 12, 31)
            season = "all"
            if {origin, dest} & LEISURE and rng.random() < 0.35:
                season = "winter"
            elif rng.random() < 0.15:
                season = "summer"
            days_mask = weighted(rng, ["daily", "no_sat", "peak"], [0.7, 0.2, 0.1])
            aircraft = rng.choice(types)
            hour = weighted(rng, list(range(6, 22)), [8, 9, 8, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 3, 2])
            out_minute = hour * 60 + 5 * rng.randint(0, 11)
            distance = _miles(origin, dest)
            if distance > 1800 and rng.random() < 0.4:
                out_minute = 22 * 60 + 5 * rng.randint(0, 11)  # a red-eye
            for leg, (a, b) in enumerate([(origin, dest), (dest, origin)]):
                minute = out_minute if leg == 0 else (out_minute + rng.randint(150, 420)) % (23 * 60)
                minute = max(minute, 6 * 60 + 5 * rng.randint(0, 6)) if leg == 1 and minute < 330 else minute
                slots.append({"carrier": carrier, "origin": a, "dest": b, "number": next(numbers),
                              "minute": minute, "first": first, "last": last, "season": season,
                              "days": days_mask, "aircraft": aircraft, "distance": distance})  # fmt: skip
    return slots


def _operates(slot: dict[str, Any], day: dt.date) -> bool:
    if not slot["first"] <= day <= slot["last"]:
        return False
    md = (day.month, day.day)
    if slot["season"] == "winter" and not (md >= (12, 15) or md <= (4, 20)):
        return False
    if slot["season"] == "summer" and not ((5, 20) <= md <= (9, 8)):
        return False
    weekday = day.weekday()
    if slot["days"] == "no_sat":
        return weekday != 5
    if slot["days"] == "peak":
        return weekday in (0, 3, 4, 6)
    return True


def _event(day: dt.date, carrier: str, origin: str, dest: str) -> tuple[float, float, str | None]:
    extra, factor, code = 0.0, 1.0, None
    for first, last, airports, who, cancel, delay, reason in EVENTS:
        if not first <= day <= last:
            continue
        if (airports is not None and not ({origin, dest} & airports)) or (who is not None and who != carrier):
            continue
        weight = 1.0 if airports is None or origin in airports else 0.6
        extra, factor, code = max(extra, cancel * weight), max(factor, delay), reason
    return extra, factor, code


def _causes(rng: random.Random, total: int, hour: int, enroute: int, month: int, code: str | None) -> list[float]:
    """Split an arrival delay into carrier, weather, NAS, security and late-aircraft minutes."""
    parts = [0, 0, 0, 0, 0]
    nas = min(max(0, enroute), total)
    parts[2] += nas
    rest = total - nas
    storm = month in (6, 7, 8) and hour >= 13
    weights = [0.36, 0.07 + (0.08 if storm or month in (1, 2) else 0), 0.17 + (0.08 if storm else 0), 0.004,
               0.22 + 0.025 * max(0, hour - 9)]  # fmt: skip
    if code == "A":
        weights[0] += 1.5
    elif code == "B":
        weights[1] += 1.0
    elif code == "C":
        weights[2] += 1.0
    first = weighted(rng, range(5), weights)
    share = rest if rng.random() < 0.55 else round(rest * rng.uniform(0.5, 0.9))
    parts[first] += share
    if rest - share:
        parts[weighted(rng, range(5), weights)] += rest - share
    return [float(p) for p in parts]


def _flights(rng: random.Random, slots: list[dict[str, Any]]) -> list[Row]:
    carriers = {c[0]: c for c in CARRIERS}
    fleets = {
        c[0]: [f"N{rng.randint(100, 999)}{c[7]}" for _ in range(c[3] * 3)] + [None] for c in CARRIERS
    }  # fmt: skip
    rows: list[Row] = []
    for day in days(START, END):
        todays = sorted((s for s in slots if _operates(s, day)), key=lambda s: (s["carrier"], s["number"]))
        for s in todays:
            carrier, origin, dest = s["carrier"], s["origin"], s["dest"]
            info, o, d = carriers[carrier], AP[origin], AP[dest]
            hour = s["minute"] // 60
            extra, event_factor, event_code = _event(day, carrier, origin, dest)
            distance = s["distance"]
            westbound = AP[dest][7] < AP[origin][7]
            mean_air = distance / 7.6 + 12 + (0.07 * distance / 7.6 if westbound else 0)
            crs_elapsed = 5 * round((mean_air + o[11] + 8 + 10) / 5)
            tz_shift = (_offset(dest, day) - _offset(origin, day)) * 60
            crs_arr_minute = s["minute"] + crs_elapsed + tz_shift
            cancel_p = 0.011 * info[6] * MONTH_CANCEL[day.month - 1] + extra
            cancelled = rng.random() < cancel_p
            diverted = not cancelled and rng.random() < 0.0022 * (2 if event_factor > 1 else 1)
            tail = rng.choice(fleets[carrier][:-1]) if not cancelled or rng.random() < 0.7 else None
            base = (carrier, origin, dest, s, day, o, d, info, tail, crs_elapsed, crs_arr_minute, distance)
            if cancelled:
                code = event_code if event_code and rng.random() < 0.85 else None
                if code is None:
                    winter = day.month in (12, 1, 2)
                    code = weighted(rng, ["A", "B", "C", "D"], [0.4, 0.45 if winter else 0.25, 0.25, 0.01])
                rows.append(_row(base, cancelled=code))
                continue
            p_late = (0.14 * info[5] * HOUR_DELAY[hour] * MONTH_DELAY[day.month - 1]
                      * WEEKDAY_DELAY[day.weekday()] * o[10] * event_factor)  # fmt: skip
            roll = rng.random()
            if roll < min(p_late, 0.9):
                dep_delay = 15 + round(rng.expovariate(1 / (32 + 12 * (event_factor - 1) + hour)))
                if rng.random() < 0.01:
                    dep_delay += rng.randint(300, 900)
            elif roll < min(p_late, 0.9) + 0.16:
                dep_delay = rng.randint(1, 14)
            else:
                dep_delay = round(rng.triangular(-15, 2, -4))
            taxi_out = max(5, round(rng.gauss(o[11], 5) + (6 if dep_delay > 30 and o[10] > 1.1 else 0)))
            taxi_in = max(2, round(rng.gauss(7 + (2 if d[10] > 1.1 else 0), 3)))
            air = max(20, round(rng.gauss(mean_air, 4 + distance / 400)))
            if diverted:
                rows.append(_row(base, dep_delay=dep_delay, taxi_out=taxi_out, diverted=True))
                continue
            actual = taxi_out + air + taxi_in
            arr_delay = dep_delay + actual - crs_elapsed
            causes = None
            if arr_delay >= 15:
                causes = _causes(rng, arr_delay, hour, actual - crs_elapsed, day.month, event_code)
            rows.append(_row(base, dep_delay, taxi_out, taxi_in, air, arr_delay, causes))
    return rows


def _row(
    base: tuple[Any, ...],
    dep_delay: int | None = None,
    taxi_out: int | None = None,
    taxi_in: int | None = None,
    air: int | None = None,
    arr_delay: int | None = None,
    causes: list[float] | None = None,
    cancelled: str | None = None,
    diverted: bool = False,
) -> Row:
    carrier, origin, dest, s, day, o, d, info, tail, crs_elapsed, crs_arr_minute, distance = base
    crs_dep = _hhmm(s["minute"])
    crs_arr = _hhmm(crs_arr_minute)
    dep_time = None if dep_delay is None else _hhmm(s["minute"] + dep_delay)
    arr_time = None if arr_delay is None else _hhmm(crs_arr_minute + arr_delay)
    actual = None if air is None or taxi_out is None or taxi_in is None else float(taxi_out + air + taxi_in)

    def f(v: int | None) -> float | None:
        return None if v is None else float(v)

    def late(v: int | None) -> float | None:
        return None if v is None else (1.0 if v >= 15 else 0.0)

    c = causes or [None] * 5
    return (day.year, day.month, day.day, day.isoweekday(), day, carrier, info[1],
            carrier, tail, s["number"], o[1], origin, f"{o[2]}, {o[3]}", o[3], o[4], d[1], dest, f"{d[2]}, {d[3]}",
            d[3], d[4], crs_dep, dep_time, f(dep_delay), None if dep_delay is None else float(max(0, dep_delay)),
            late(dep_delay), _block(crs_dep), f(taxi_out), f(taxi_in), crs_arr, arr_time, f(arr_delay),
            None if arr_delay is None else float(max(0, arr_delay)), late(arr_delay), _block(crs_arr),
            1.0 if cancelled else 0.0, cancelled, 1.0 if diverted else 0.0, float(crs_elapsed), actual, f(air), 1.0,
            distance, min(11, int(distance // 250) + 1), *c)  # fmt: skip


def _t100(rng: random.Random, slots: list[dict[str, Any]], flights: list[Row]) -> list[Row]:
    """Monthly segments per carrier, route and aircraft type, from the flights of the on-time file."""
    aircraft = {(s["carrier"], s["origin"], s["dest"]): s["aircraft"] for s in slots}
    names = {c[0]: (c[1], c[2], c[5]) for c in CARRIERS}
    totals: dict[tuple[Any, ...], list[float]] = {}
    for r in flights:
        day: dt.date = r[4]
        if day > T100_END:
            continue
        key = (r[0], r[1], r[5], r[11], r[16], aircraft.get((r[5], r[11], r[16]), 614))
        t = totals.setdefault(key, [0, 0, 0, 0])
        t[0] += 1
        if r[34] == 0.0:  # not cancelled
            t[1] += 1
            if r[38] is not None:  # actual elapsed time and air time
                t[2] += r[38]
                t[3] += r[39]
            else:  # diverted: the scheduled block time
                t[2] += r[37]
                t[3] += r[37] - 25
    rows: list[Row] = []
    for (year, month, carrier, origin, dest, kind), (scheduled, performed, ramp, air) in sorted(totals.items()):
        _desc, seats, payload = AIRCRAFT[kind]
        dot, name, delay_factor = names[carrier]
        load = LOAD_FACTOR[month - 1] * (1.0 if delay_factor < 1.3 else 0.95) * rng.uniform(0.93, 1.05)
        total_seats = performed * seats
        passengers = min(total_seats, round(total_seats * load))
        freight = round(performed * rng.uniform(150, 900) * (4 if seats > 250 else 1))
        mail = round(performed * rng.uniform(0, 120)) if carrier not in ("NK", "F9") else 0
        distance = _miles(origin, dest)
        o, d = AP[origin], AP[dest]
        rows.append((float(scheduled), float(performed), float(performed * payload), float(total_seats),
                     float(passengers), float(freight), float(mail), distance, float(ramp), float(air), carrier, dot,
                     name, o[1], origin, f"{o[2]}, {o[3]}", o[3], d[1], dest, f"{d[2]}, {d[3]}", d[3], 6, kind, 1,
                     year, month, min(11, int(distance // 250) + 1), "DU"))  # fmt: skip
    return rows


def build() -> Catalog:
    """The on-time flights, the T-100 segments and the lookups, deterministic for the module's seed."""
    rng = random.Random(SEED)
    catalog = Catalog(ddl=list(DDL))
    slots = _schedule(rng)
    flights = _flights(rng, slots)
    catalog.add("T_ONTIME_REPORTING", flights)
    catalog.add("T_T100D_SEGMENT_US_CARRIER_ONLY", _t100(rng, slots, flights))
    carriers = [(c[0], c[2]) for c in CARRIERS] + OTHER_CARRIERS
    catalog.add("L_UNIQUE_CARRIERS", sorted(carriers))
    airports = [(a[0], f"{a[2]}, {a[3]}: {a[5]}") for a in AIRPORTS] + OTHER_AIRPORTS
    catalog.add("L_AIRPORT", sorted(airports))
    catalog.add("L_CANCELLATION", CANCELLATION)
    catalog.add("L_WEEKDAYS", WEEKDAYS)
    types = [(code, v[0]) for code, v in AIRCRAFT.items()] + OTHER_AIRCRAFT
    catalog.add("L_AIRCRAFT_TYPE", sorted(types))
    return catalog
