"""Two lodging catalogs written for the analyst's tests (neither the demo nor an eval catalog): bookings with a
well-filled booking date beside a date most rows leave empty (the cancellation), a column counting a stay's nights,
a status saying which bookings are still to come, and a nightly snapshot of units available and occupied. A campground
in abbreviated snake_case with declared keys, and a group of lodges in PascalCase whose keys are implied by names."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

FIRST = dt.date(2023, 1, 1)


def campground() -> duckdb.DuckDBPyConnection:
    """4 parks, 600 bookings (booked_on always, cancellation_date on one in six, nights_cnt, status_cd explained in
    its comment) and one park_night row per park and night of 2024 (pitches available and occupied)."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute("CREATE TABLE park(park_id INTEGER PRIMARY KEY, park_nm VARCHAR, region VARCHAR, pitch_cnt INTEGER)")
    parks = [(1, "Pine Hollow", "North", 40), (2, "Lake Shore", "North", 60), (3, "Dune Camp", "South", 30),
             (4, "Red Canyon", "South", 50)]  # fmt: skip
    con.executemany("INSERT INTO park VALUES (?, ?, ?, ?)", parks)
    con.execute(
        "CREATE TABLE guest(guest_id INTEGER PRIMARY KEY, guest_nm VARCHAR, home_state VARCHAR, first_visit_date DATE)"
    )
    con.executemany(
        "INSERT INTO guest VALUES (?, ?, ?, NULL)",
        [(i, f"Camper {i}", ["Ohio", "Texas", "Maine", "Utah"][i % 4]) for i in range(1, 121)],
    )
    con.execute(
        "CREATE TABLE booking(booking_id INTEGER PRIMARY KEY, park_id INTEGER REFERENCES park(park_id), "
        "guest_id INTEGER REFERENCES guest(guest_id), booked_on DATE NOT NULL, arrival_day DATE NOT NULL, "
        "cancellation_date DATE, nights_cnt INTEGER NOT NULL, party_size INTEGER, amount_paid DECIMAL(8,2), "
        "status_cd VARCHAR(1))"
    )
    con.execute(
        "COMMENT ON COLUMN booking.status_cd IS 'D = departed (stayed), C = cancelled, F = future arrival, still to come'"
    )
    rows = []
    for i in range(1, 601):
        booked = FIRST + dt.timedelta(days=rnd.randrange(700))
        arrival = booked + dt.timedelta(days=rnd.randrange(1, 90))
        cancelled = i % 6 == 0
        status = "C" if cancelled else "F" if arrival > dt.date(2024, 10, 31) else "D"
        when = booked + dt.timedelta(days=rnd.randrange(1, 20)) if cancelled else None
        nights = rnd.choice([1, 2, 2, 3, 3, 4, 5, 7, 10])
        rows.append((i, rnd.randint(1, 4), rnd.randint(1, 120), booked, arrival, when, nights, rnd.randint(1, 6),
                     round(nights * rnd.uniform(25, 60), 2), status))  # fmt: skip
    con.executemany("INSERT INTO booking VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE park_night(night_date DATE, park_id INTEGER REFERENCES park(park_id), "
        "pitches_available INTEGER, pitches_occupied INTEGER)"
    )
    nights = []
    for park_id, _, _, pitches in parks:
        day = dt.date(2024, 1, 1)
        while day <= dt.date(2024, 12, 31):
            open_now = pitches - rnd.randint(0, 12)  # pitches closed for works are not available that night
            nights.append((day, park_id, open_now, rnd.randint(open_now // 5, open_now)))
            day += dt.timedelta(days=1)
    con.executemany("INSERT INTO park_night VALUES (?, ?, ?, ?)", nights)
    return con


def lodges() -> duckdb.DuckDBPyConnection:
    """3 lodges, 500 reservations (BookedAt always, DeliveryDate of a welcome hamper on one in five, NightCount,
    Status in words) and one LodgeNight row per lodge and night of 2024 (UnitsAvailable, UnitsOccupied)."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute('CREATE TABLE "Lodges"("LodgeId" INTEGER, "LodgeName" VARCHAR, "Country" VARCHAR)')
    lodges = [(1, "Fjord View", "Norway"), (2, "Birch Hut", "Finland"), (3, "Glacier Rest", "Iceland")]
    con.executemany('INSERT INTO "Lodges" VALUES (?, ?, ?)', lodges)
    con.execute(
        'CREATE TABLE "Guests"("GuestId" INTEGER, "GuestName" VARCHAR, "HomeCountry" VARCHAR, "FirstStayDate" DATE)'
    )
    con.executemany(
        'INSERT INTO "Guests" VALUES (?, ?, ?, NULL)',
        [(i, f"Visitor {i}", ["Germany", "France", "Japan"][i % 3]) for i in range(1, 91)],
    )
    con.execute(
        'CREATE TABLE "Reservations"("ReservationId" INTEGER, "LodgeId" INTEGER, "GuestId" INTEGER, '
        '"BookedAt" TIMESTAMP, "CheckIn" DATE, "DeliveryDate" DATE, "NightCount" INTEGER, "TotalPrice" DECIMAL(9,2), '
        '"Status" VARCHAR)'
    )
    rows = []
    for i in range(1, 501):
        booked = dt.datetime(2023, 1, 1, 8) + dt.timedelta(days=rnd.randrange(700), minutes=rnd.randrange(600))
        check_in = booked.date() + dt.timedelta(days=rnd.randrange(1, 60))
        hamper = check_in if i % 5 == 0 else None
        status = "Cancelled" if i % 7 == 0 else "Scheduled" if check_in > dt.date(2024, 10, 31) else "Completed"
        nights = rnd.choice([1, 2, 3, 3, 4, 6, 8])
        rows.append((i, rnd.randint(1, 3), rnd.randint(1, 90), booked, check_in, hamper, nights,
                     round(nights * rnd.uniform(80, 200), 2), status))  # fmt: skip
    con.executemany('INSERT INTO "Reservations" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', rows)
    con.execute(
        'CREATE TABLE "LodgeNights"("NightDate" DATE, "LodgeId" INTEGER, "UnitsAvailable" INTEGER, '
        '"UnitsOccupied" INTEGER)'
    )
    nights = []
    for lodge_id, _, _ in lodges:
        day = dt.date(2024, 1, 1)
        while day <= dt.date(2024, 12, 31):
            nights.append((day, lodge_id, 12, rnd.randint(2, 12)))
            day += dt.timedelta(days=1)
    con.executemany('INSERT INTO "LodgeNights" VALUES (?, ?, ?, ?)', nights)
    return con
