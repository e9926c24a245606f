"""Two trip catalogs written for the tests of how the analyst answers trip records (neither the demo nor an eval
catalog), named as their well-known public originals name them: taxi trips as a city's yellow-cab records publish them
(pickup and drop-off timestamps, a passenger count, a distance, pickup and drop-off location ids that both reference a
zone lookup with a borough, a zone and a service zone, a payment type as a numeric code with its lookup, fare, tip,
tolls and total amounts, a vendor and a rate code) and flights as a transport bureau's on-time performance file
publishes them (a flight date, the reporting airline's code with a carriers lookup, origin and destination airport
codes with an airports lookup, departure and arrival delays in minutes, a cancelled 0/1 flag with a cancellation code
and its lookup, a diverted flag, a distance and an air time).

`QUESTIONS` holds, per catalog, twenty-five questions worded as people who analyse such records ask them, each with
gold SQL (any of the gold queries counts as right). They were written before reading the parser."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

_ZONES = [
    (1, "EWR", "Newark Airport", "EWR"),
    (4, "Manhattan", "Alphabet City", "Yellow Zone"),
    (13, "Manhattan", "Battery Park City", "Yellow Zone"),
    (48, "Manhattan", "Clinton East", "Yellow Zone"),
    (68, "Manhattan", "East Chelsea", "Yellow Zone"),
    (79, "Manhattan", "East Village", "Yellow Zone"),
    (132, "Queens", "JFK Airport", "Airports"),
    (138, "Queens", "LaGuardia Airport", "Airports"),
    (161, "Manhattan", "Midtown Center", "Yellow Zone"),
    (162, "Manhattan", "Midtown East", "Yellow Zone"),
    (186, "Manhattan", "Penn Station/Madison Sq West", "Yellow Zone"),
    (230, "Manhattan", "Times Sq/Theatre District", "Yellow Zone"),
    (236, "Manhattan", "Upper East Side North", "Yellow Zone"),
    (237, "Manhattan", "Upper East Side South", "Yellow Zone"),
    (33, "Brooklyn", "Brooklyn Heights", "Boro Zone"),
    (181, "Brooklyn", "Park Slope", "Boro Zone"),
    (7, "Queens", "Astoria", "Boro Zone"),
    (69, "Bronx", "East Concourse/Concourse Village", "Boro Zone"),
    (264, "Unknown", "NV", "N/A"),
]
_PAYMENTS = [(1, "Credit card"), (2, "Cash"), (3, "No charge"), (4, "Dispute")]


def yellow_taxi() -> duckdb.DuckDBPyConnection:
    """taxi_zone_lookup(LocationID, Borough, Zone, service_zone); payment_types(payment_type, payment_desc);
    yellow_tripdata: 400 trips from 2024-01-01 to 2024-03-31 (tpep_pickup_datetime, tpep_dropoff_datetime 3-70
    minutes later, passenger_count 1-6, trip_distance, RatecodeID, PULocationID, DOLocationID, payment_type, fare,
    extra, mta_tax, tip only on card payments, tolls on airport trips, total). No declared keys, as the files ship."""
    con = duckdb.connect()
    rnd = random.Random(2024)
    con.execute(
        'CREATE TABLE taxi_zone_lookup("LocationID" INTEGER, "Borough" VARCHAR, "Zone" VARCHAR, service_zone VARCHAR)'
    )
    con.executemany("INSERT INTO taxi_zone_lookup VALUES (?, ?, ?, ?)", _ZONES)
    con.execute("CREATE TABLE payment_types(payment_type INTEGER, payment_desc VARCHAR)")
    con.executemany("INSERT INTO payment_types VALUES (?, ?)", _PAYMENTS)
    con.execute(
        'CREATE TABLE yellow_tripdata("VendorID" INTEGER, tpep_pickup_datetime TIMESTAMP, '
        'tpep_dropoff_datetime TIMESTAMP, passenger_count INTEGER, trip_distance DOUBLE, "RatecodeID" INTEGER, '
        'store_and_fwd_flag VARCHAR, "PULocationID" INTEGER, "DOLocationID" INTEGER, payment_type INTEGER, '
        "fare_amount DOUBLE, extra DOUBLE, mta_tax DOUBLE, tip_amount DOUBLE, tolls_amount DOUBLE, "
        "total_amount DOUBLE)"
    )
    ids = [z[0] for z in _ZONES]
    weights = [1, 6, 3, 8, 5, 6, 4, 4, 10, 7, 6, 9, 5, 5, 2, 2, 2, 1, 1]
    trips = []
    day0 = dt.datetime(2024, 1, 1)
    for _ in range(400):
        hour = rnd.choices(range(24), [2, 1, 1, 1, 1, 2, 4, 7, 9, 8, 7, 7, 8, 8, 8, 9, 10, 11, 12, 11, 9, 7, 5, 3])[0]
        pickup = day0 + dt.timedelta(days=rnd.randrange(91), hours=hour, minutes=rnd.randrange(60))
        pu, do = rnd.choices(ids, weights)[0], rnd.choices(ids, weights)[0]
        airport = pu in (1, 132, 138) or do in (1, 132, 138)
        distance = round(rnd.uniform(8, 22) if airport else rnd.uniform(0.4, 6.5), 2)
        minutes = max(3, min(70, round(distance * rnd.uniform(2.5, 5.5))))
        dropoff = pickup + dt.timedelta(minutes=minutes, seconds=rnd.randrange(60))
        rate = 2 if (pu == 132 or do == 132) and rnd.random() < 0.7 else (3 if 1 in (pu, do) else 1)
        fare = 70.0 if rate == 2 else round(3.0 + distance * 2.5 + minutes * 0.5, 2)
        pay = rnd.choices([1, 2, 3, 4], [70, 25, 3, 2])[0]
        tip = round(fare * rnd.choice([0.0, 0.15, 0.18, 0.2, 0.25, 0.3]), 2) if pay == 1 else 0.0
        tolls = 6.94 if airport and rnd.random() < 0.6 else 0.0
        extra = rnd.choice([0.0, 1.0, 2.5])
        total = round(fare + extra + 0.5 + tip + tolls + 1.0, 2)
        trips.append(
            (rnd.choice([1, 2]), pickup, dropoff, rnd.choices([1, 2, 3, 4, 5, 6], [60, 20, 7, 4, 5, 4])[0], distance,
             rate, rnd.choices(["N", "Y"], [97, 3])[0], pu, do, pay, fare, extra, 0.5, tip, tolls, total)
        )  # fmt: skip
    con.executemany("INSERT INTO yellow_tripdata VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", trips)
    return con


_AIRPORTS = [
    ("ATL", "Hartsfield-Jackson Atlanta International", "Atlanta, GA", "GA"),
    ("BOS", "Logan International", "Boston, MA", "MA"),
    ("DEN", "Denver International", "Denver, CO", "CO"),
    ("DFW", "Dallas/Fort Worth International", "Dallas/Fort Worth, TX", "TX"),
    ("JFK", "John F. Kennedy International", "New York, NY", "NY"),
    ("LAX", "Los Angeles International", "Los Angeles, CA", "CA"),
    ("LGA", "LaGuardia", "New York, NY", "NY"),
    ("ORD", "Chicago O'Hare International", "Chicago, IL", "IL"),
    ("SEA", "Seattle/Tacoma International", "Seattle, WA", "WA"),
    ("SFO", "San Francisco International", "San Francisco, CA", "CA"),
]
_MILES = {"ATL": (33.6, -84.4), "BOS": (42.4, -71.0), "DEN": (39.9, -104.7), "DFW": (32.9, -97.0),
          "JFK": (40.6, -73.8), "LAX": (33.9, -118.4), "LGA": (40.8, -73.9), "ORD": (42.0, -87.9),
          "SEA": (47.4, -122.3), "SFO": (37.6, -122.4)}  # fmt: skip
_CARRIERS = [
    ("AA", "American Airlines Inc."),
    ("DL", "Delta Air Lines Inc."),
    ("UA", "United Air Lines Inc."),
    ("WN", "Southwest Airlines Co."),
    ("B6", "JetBlue Airways"),
    ("AS", "Alaska Airlines Inc."),
]
_REASONS = [("A", "Carrier"), ("B", "Weather"), ("C", "National Air System"), ("D", "Security")]


def on_time_flights() -> duckdb.DuckDBPyConnection:
    """L_AIRPORT(Code, Description, CityName, State); L_CARRIERS(Code, Description); L_CANCELLATION(Code,
    Description); ontime: 420 flights from 2023-01-01 to 2023-06-30 (FlightDate, Reporting_Airline,
    Flight_Number_Reporting_Airline, Origin, Dest, CRSDepTime as hhmm, DepDelay, ArrDelay (NULL when cancelled or
    diverted), Cancelled and Diverted as 0/1 doubles, CancellationCode (NULL unless cancelled), Distance, AirTime)."""
    con = duckdb.connect()
    rnd = random.Random(1987)
    con.execute('CREATE TABLE "L_AIRPORT"("Code" VARCHAR, "Description" VARCHAR, "CityName" VARCHAR, "State" VARCHAR)')
    con.executemany('INSERT INTO "L_AIRPORT" VALUES (?, ?, ?, ?)', _AIRPORTS)
    con.execute('CREATE TABLE "L_CARRIERS"("Code" VARCHAR, "Description" VARCHAR)')
    con.executemany('INSERT INTO "L_CARRIERS" VALUES (?, ?)', _CARRIERS)
    con.execute('CREATE TABLE "L_CANCELLATION"("Code" VARCHAR, "Description" VARCHAR)')
    con.executemany('INSERT INTO "L_CANCELLATION" VALUES (?, ?)', _REASONS)
    con.execute(
        'CREATE TABLE ontime("FlightDate" DATE, "Reporting_Airline" VARCHAR, "Flight_Number_Reporting_Airline" '
        'INTEGER, "Origin" VARCHAR, "Dest" VARCHAR, "CRSDepTime" INTEGER, "DepDelay" DOUBLE, "ArrDelay" DOUBLE, '
        '"Cancelled" DOUBLE, "CancellationCode" VARCHAR, "Diverted" DOUBLE, "Distance" DOUBLE, "AirTime" DOUBLE)'
    )
    codes = [a[0] for a in _AIRPORTS]
    hubs = [9, 4, 6, 5, 6, 7, 4, 8, 3, 5]
    flights = []
    for _ in range(420):
        origin = rnd.choices(codes, hubs)[0]
        dest = rnd.choice([c for c in codes if c != origin])
        (a, b), (c, d) = _MILES[origin], _MILES[dest]
        distance = float(round((((a - c) * 69) ** 2 + ((b - d) * 53) ** 2) ** 0.5))
        carrier = rnd.choices([c[0] for c in _CARRIERS], [6, 6, 5, 5, 2, 2])[0]
        date = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(181))
        cancelled = 1.0 if rnd.random() < (0.09 if date.month in (1, 2) else 0.03) else 0.0
        diverted = 1.0 if not cancelled and rnd.random() < 0.02 else 0.0
        code = rnd.choices("ABCD", [4, 4, 2, 1])[0] if cancelled else None
        dep = (
            None
            if cancelled
            else float(rnd.choices([rnd.randint(-10, 5), rnd.randint(6, 40), rnd.randint(41, 200)], [60, 28, 12])[0])
        )
        arr = None if cancelled or diverted or dep is None else dep + rnd.randint(-15, 12)
        air = None if cancelled or diverted else float(round(distance / 8 + 20 + rnd.randint(-8, 8)))
        flights.append(
            (date, carrier, rnd.randint(100, 2999), origin, dest, rnd.choice([600, 745, 930, 1115, 1340, 1605, 1850, 2110]),
             dep, arr, cancelled, code, diverted, distance, air)
        )  # fmt: skip
    con.executemany("INSERT INTO ontime VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", flights)
    return con


Question = tuple[str, tuple[str, ...]]  # question, gold SQL (any of them)

_T = "yellow_tripdata t"
_PU = f'{_T} JOIN taxi_zone_lookup z ON z."LocationID" = t."PULocationID"'
_DO = f'{_T} JOIN taxi_zone_lookup z ON z."LocationID" = t."DOLocationID"'
_PAY = f"{_T} JOIN payment_types p ON p.payment_type = t.payment_type"
_MIN = "date_diff('second', tpep_pickup_datetime, tpep_dropoff_datetime) / 60.0"
_DOW = (
    "dayname(tpep_pickup_datetime)",
    "dayofweek(tpep_pickup_datetime)",
    "isodow(tpep_pickup_datetime)",
    "CAST(isodow(tpep_pickup_datetime) AS TEXT) || ' ' || dayname(tpep_pickup_datetime)",
)

TAXI_QUESTIONS: list[Question] = [
    ("trips per hour of day", ("SELECT hour(tpep_pickup_datetime), COUNT(*) FROM yellow_tripdata GROUP BY 1",)),
    (
        "average tip by payment type",
        (
            f"SELECT p.payment_desc, AVG(t.tip_amount) FROM {_PAY} GROUP BY 1",
            "SELECT payment_type, AVG(tip_amount) FROM yellow_tripdata GROUP BY 1",
        ),
    ),
    ("top 10 busiest pickup zones", (f'SELECT z."Zone", COUNT(*) FROM {_PU} GROUP BY 1 ORDER BY 2 DESC LIMIT 10',)),
    (
        "average fare by borough",
        (
            f'SELECT z."Borough", AVG(t.fare_amount) FROM {_PU} GROUP BY 1',
            f'SELECT z."Borough", AVG(t.fare_amount) FROM {_DO} GROUP BY 1',
        ),
    ),
    ("number of trips by day of week", tuple(f"SELECT {d}, COUNT(*) FROM yellow_tripdata GROUP BY 1" for d in _DOW)),
    (
        "average tip percentage",
        (
            "SELECT AVG(tip_amount / fare_amount * 100) FROM yellow_tripdata WHERE fare_amount > 0",
            "SELECT SUM(tip_amount) / SUM(fare_amount) * 100 FROM yellow_tripdata",
            "SELECT AVG(tip_amount / total_amount * 100) FROM yellow_tripdata WHERE total_amount > 0",
            "SELECT SUM(tip_amount) / SUM(total_amount) * 100 FROM yellow_tripdata",
        ),
    ),
    (
        "average trip duration in minutes",
        (
            f"SELECT AVG({_MIN}) FROM yellow_tripdata",
            "SELECT AVG(date_diff('minute', tpep_pickup_datetime, tpep_dropoff_datetime)) FROM yellow_tripdata",
        ),
    ),
    (
        "longest trips by distance",
        (
            "SELECT trip_distance FROM yellow_tripdata ORDER BY 1 DESC LIMIT 10",
            "SELECT trip_distance FROM yellow_tripdata ORDER BY 1 DESC LIMIT 5",
            "SELECT trip_distance FROM yellow_tripdata ORDER BY 1 DESC LIMIT 20",
        ),
    ),
    ("how many trips are there", ("SELECT COUNT(*) FROM yellow_tripdata",)),
    (
        "total revenue by month",
        (
            "SELECT date_trunc('month', tpep_pickup_datetime), SUM(total_amount) FROM yellow_tripdata GROUP BY 1",
            "SELECT month(tpep_pickup_datetime), SUM(total_amount) FROM yellow_tripdata GROUP BY 1",
        ),
    ),
    (
        "average trip distance by passenger count",
        ("SELECT passenger_count, AVG(trip_distance) FROM yellow_tripdata GROUP BY 1",),
    ),
    (
        "number of trips by payment type",
        (
            f"SELECT p.payment_desc, COUNT(*) FROM {_PAY} GROUP BY 1",
            "SELECT payment_type, COUNT(*) FROM yellow_tripdata GROUP BY 1",
        ),
    ),
    (
        "average fare per mile",
        (
            "SELECT SUM(fare_amount) / SUM(trip_distance) FROM yellow_tripdata",
            "SELECT AVG(fare_amount / trip_distance) FROM yellow_tripdata WHERE trip_distance > 0",
        ),
    ),
    (
        "which dropoff borough has the most trips",
        (f'SELECT z."Borough", COUNT(*) FROM {_DO} GROUP BY 1 ORDER BY 2 DESC LIMIT 1',),
    ),
    ("average total amount by vendor", ('SELECT "VendorID", AVG(total_amount) FROM yellow_tripdata GROUP BY 1',)),
    (
        "how many trips went from Manhattan to Queens",
        (
            f'SELECT COUNT(*) FROM {_PU} JOIN taxi_zone_lookup d ON d."LocationID" = t."DOLocationID" '
            "WHERE z.\"Borough\" = 'Manhattan' AND d.\"Borough\" = 'Queens'",
        ),
    ),
    (
        "average tip by hour of day",
        ("SELECT hour(tpep_pickup_datetime), AVG(tip_amount) FROM yellow_tripdata GROUP BY 1",),
    ),
    (
        "what share of trips are paid by credit card",
        (
            f"SELECT AVG(CASE WHEN p.payment_desc = 'Credit card' THEN 100.0 ELSE 0 END) FROM {_PAY}",
            f"SELECT AVG(CASE WHEN p.payment_desc = 'Credit card' THEN 1.0 ELSE 0 END) FROM {_PAY}",
        ),
    ),
    ("how many trips had more than 4 passengers", ("SELECT COUNT(*) FROM yellow_tripdata WHERE passenger_count > 4",)),
    ("how many trips were longer than 10 miles", ("SELECT COUNT(*) FROM yellow_tripdata WHERE trip_distance > 10",)),
    (
        "average trip duration by pickup borough",
        (
            f'SELECT z."Borough", AVG({_MIN}) FROM {_PU} GROUP BY 1',
            f"SELECT z.\"Borough\", AVG(date_diff('minute', tpep_pickup_datetime, tpep_dropoff_datetime)) FROM {_PU} "
            "GROUP BY 1",
        ),
    ),
    ("total tolls by dropoff borough", (f'SELECT z."Borough", SUM(t.tolls_amount) FROM {_DO} GROUP BY 1',)),
    (
        "busiest day of the week",
        tuple(f"SELECT {d}, COUNT(*) FROM yellow_tripdata GROUP BY 1 ORDER BY 2 DESC LIMIT 1" for d in _DOW),
    ),
    (
        "what percentage of trips had a tip",
        (
            "SELECT AVG(CASE WHEN tip_amount > 0 THEN 100.0 ELSE 0 END) FROM yellow_tripdata",
            "SELECT AVG(CASE WHEN tip_amount > 0 THEN 1.0 ELSE 0 END) FROM yellow_tripdata",
        ),
    ),
    (
        "trips longer than 60 minutes",
        (f"SELECT COUNT(*) FROM yellow_tripdata WHERE {_MIN} > 60", f"SELECT * FROM yellow_tripdata WHERE {_MIN} > 60"),
    ),
]

_F = "ontime f"
_CAR = f'{_F} JOIN "L_CARRIERS" c ON c."Code" = f."Reporting_Airline"'
_ORI = f'{_F} JOIN "L_AIRPORT" a ON a."Code" = f."Origin"'
_DST = f'{_F} JOIN "L_AIRPORT" a ON a."Code" = f."Dest"'


def _by_airline(figure: str, where: str = "") -> tuple[str, ...]:
    """A figure per airline, named by its lookup's description or by its code."""
    w = f" WHERE {where}" if where else ""
    return (f'SELECT c."Description", {figure} FROM {_CAR}{w} GROUP BY 1',
            f'SELECT f."Reporting_Airline", {figure} FROM {_F}{w} GROUP BY 1')  # fmt: skip


def _pct(cond: str) -> tuple[str, str]:
    return (f"AVG(CASE WHEN {cond} THEN 100.0 ELSE 0 END)", f"AVG(CASE WHEN {cond} THEN 1.0 ELSE 0 END)")


_FDOW = (
    'dayname("FlightDate")',
    'dayofweek("FlightDate")',
    'isodow("FlightDate")',
    'CAST(isodow("FlightDate") AS TEXT) || \' \' || dayname("FlightDate")',
)

FLIGHT_QUESTIONS: list[Question] = [
    (
        "on-time rate by airline",
        tuple(
            s
            for on in ('f."ArrDelay" < 15', 'f."ArrDelay" <= 15', 'f."ArrDelay" <= 0')
            for p in _pct(on)
            for s in _by_airline(p, 'f."ArrDelay" IS NOT NULL')
        ),
    ),
    (
        "average arrival delay by month",
        (
            'SELECT date_trunc(\'month\', "FlightDate"), AVG("ArrDelay") FROM ontime GROUP BY 1',
            'SELECT month("FlightDate"), AVG("ArrDelay") FROM ontime GROUP BY 1',
        ),
    ),
    (
        "most cancelled routes",
        tuple(
            f'SELECT "Origin", "Dest", SUM("Cancelled") FROM ontime GROUP BY 1, 2 ORDER BY 3 DESC LIMIT {n}'
            for n in (5, 10)
        ),
    ),
    (
        "top 10 busiest airports by departures",
        (
            f'SELECT a."Description", COUNT(*) FROM {_ORI} GROUP BY 1 ORDER BY 2 DESC LIMIT 10',
            'SELECT "Origin", COUNT(*) FROM ontime GROUP BY 1 ORDER BY 2 DESC LIMIT 10',
        ),
    ),
    (
        "share of flights delayed more than 15 minutes",
        tuple(
            f"SELECT {p} FROM ontime{w}" for p in _pct('"ArrDelay" > 15') for w in ("", ' WHERE "ArrDelay" IS NOT NULL')
        ),
    ),
    (
        "cancellations by reason",
        (
            'SELECT r."Description", COUNT(*) FROM ontime f JOIN "L_CANCELLATION" r ON r."Code" = f."CancellationCode" '
            'WHERE f."Cancelled" = 1 GROUP BY 1',
            'SELECT r."Description", SUM(f."Cancelled") FROM ontime f JOIN "L_CANCELLATION" r '
            'ON r."Code" = f."CancellationCode" GROUP BY 1',
        ),
    ),
    ("average departure delay by airline", _by_airline('AVG(f."DepDelay")')),
    ("number of flights by airline", _by_airline("COUNT(*)")),
    ("cancellation rate by airline", _by_airline('AVG(f."Cancelled") * 100') + _by_airline('AVG(f."Cancelled")')),
    ("how many flights were diverted", ('SELECT SUM("Diverted") FROM ontime',)),
    ("average distance by airline", _by_airline('AVG(f."Distance")')),
    (
        "top 10 longest routes",
        (
            'SELECT DISTINCT "Origin", "Dest", "Distance" FROM ontime ORDER BY 3 DESC LIMIT 10',
            'SELECT "Origin", "Dest", MAX("Distance") FROM ontime GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10',
        ),
    ),
    ("number of flights by day of week", tuple(f"SELECT {d}, COUNT(*) FROM ontime GROUP BY 1" for d in _FDOW)),
    (
        "average air time from JFK to LAX",
        ('SELECT AVG("AirTime") FROM ontime WHERE "Origin" = \'JFK\' AND "Dest" = \'LAX\'',),
    ),
    (
        "which airline has the highest average arrival delay",
        tuple(s + " ORDER BY 2 DESC LIMIT 1" for s in _by_airline('AVG(f."ArrDelay")')),
    ),
    ("number of departures by origin state", (f'SELECT a."State", COUNT(*) FROM {_ORI} GROUP BY 1',)),
    ("how many flights departed from ATL", ("SELECT COUNT(*) FROM ontime WHERE \"Origin\" = 'ATL'",)),
    (
        "what percentage of flights were cancelled",
        ('SELECT AVG("Cancelled") * 100 FROM ontime', 'SELECT AVG("Cancelled") FROM ontime'),
    ),
    (
        "monthly number of flights",
        (
            "SELECT date_trunc('month', \"FlightDate\"), COUNT(*) FROM ontime GROUP BY 1",
            'SELECT month("FlightDate"), COUNT(*) FROM ontime GROUP BY 1',
        ),
    ),
    (
        "average arrival delay by destination airport",
        (
            f'SELECT a."Description", AVG(f."ArrDelay") FROM {_DST} GROUP BY 1',
            'SELECT "Dest", AVG("ArrDelay") FROM ontime GROUP BY 1',
        ),
    ),
    ("how many flights arrived more than an hour late", ('SELECT COUNT(*) FROM ontime WHERE "ArrDelay" > 60',)),
    (
        "top 5 origin airports by average departure delay",
        (
            f'SELECT a."Description", AVG(f."DepDelay") FROM {_ORI} GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
            'SELECT "Origin", AVG("DepDelay") FROM ontime GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
        ),
    ),
    (
        "top 5 routes by number of flights",
        ('SELECT "Origin", "Dest", COUNT(*) FROM ontime GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5',),
    ),
    ("number of flights delayed more than 15 minutes by airline", _by_airline("COUNT(*)", 'f."ArrDelay" > 15')),
    (
        "average arrival delay by day of week",
        tuple(f'SELECT {d}, AVG("ArrDelay") FROM ontime GROUP BY 1' for d in _FDOW),
    ),
]

QUESTIONS = {"taxi": TAXI_QUESTIONS, "flights": FLIGHT_QUESTIONS}
