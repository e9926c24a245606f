"""Two catalogs whose stored values are spelled like other words of the question (written for the word-reading
tests; neither is the demo nor an eval catalog): a ferry line's ticket office in PascalCase tables with camelCase
columns, whose ticket statuses are the participles its date columns are named after (Booked ↔ bookedAt, Boarded ↔
boardedAt); and a campground's star schema in snake_case whose slot dimension holds the value Night next to a fact's
nights_qty, whose pitch areas include Bar, and whose codes a comment explains (GRP = group, N = no-show)."""

from __future__ import annotations

import duckdb


def ferry_line() -> duckdb.DuckDBPyConnection:
    """Routes and Tickets: 600 tickets over 2024, each booked, then boarded or refunded (or still booked)."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "Routes"("routeId" INTEGER PRIMARY KEY, "routeName" VARCHAR, "crossingMinutes" INTEGER)')
    con.execute(
        """INSERT INTO "Routes" VALUES (1, 'Harbour to Isle', 45), (2, 'Isle to Point', 70), (3, 'Point to Harbour',
        95)"""
    )
    con.execute(
        'CREATE TABLE "Tickets"("ticketId" INTEGER PRIMARY KEY, "routeId" INTEGER REFERENCES "Routes"("routeId"), '
        '"bookedAt" TIMESTAMP, "boardedAt" TIMESTAMP, "ticketStatus" VARCHAR, "fareAmount" DECIMAL(8,2), '
        '"passengerCount" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Tickets" SELECT i, 1 + i % 3,
        TIMESTAMP '2024-01-01 08:00' + INTERVAL (i * 14) HOUR,
        CASE WHEN i % 5 = 0 THEN NULL WHEN i % 7 = 0 THEN NULL
             ELSE TIMESTAMP '2024-01-01 08:00' + INTERVAL (i * 14 + 30 + i % 9 * 24) HOUR END,
        CASE WHEN i % 5 = 0 THEN 'Refunded' WHEN i % 7 = 0 THEN 'Booked' ELSE 'Boarded' END,
        12.5 + (i % 11) * 3, 1 + i % 4 FROM range(1, 601) t(i)"""
    )
    return con


def campground_star() -> duckdb.DuckDBPyConnection:
    """fact_stay around dim_pitch, dim_arrival_slot (Morning, Afternoon, Night) and coded tariff and status columns."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE dim_pitch(pitch_key INTEGER PRIMARY KEY, pitch_label VARCHAR, pitch_type VARCHAR, "
        "pitch_area VARCHAR)"
    )
    con.execute(
        """INSERT INTO dim_pitch SELECT i, 'P' || lpad(CAST(i AS VARCHAR), 2, '0'),
        ['Tent', 'Caravan', 'Cabin'][1 + i % 3], ['Lakeside', 'Forest', 'Bar'][1 + i // 4 % 3] FROM range(1, 13) t(i)"""
    )
    con.execute("CREATE TABLE dim_arrival_slot(slot_key INTEGER PRIMARY KEY, slot_name VARCHAR)")
    con.execute("INSERT INTO dim_arrival_slot VALUES (1, 'Morning'), (2, 'Afternoon'), (3, 'Night')")
    con.execute(
        "CREATE TABLE fact_stay(stay_number VARCHAR, pitch_key INTEGER REFERENCES dim_pitch(pitch_key), "
        "slot_key INTEGER REFERENCES dim_arrival_slot(slot_key), tariff_code VARCHAR, stay_status_code VARCHAR, "
        "nights_qty INTEGER, kids_qty INTEGER, stay_fee_amt DECIMAL(8,2))"
    )
    con.execute("COMMENT ON COLUMN fact_stay.tariff_code IS 'STD = standard, GRP = group, LNG = long stay'")
    con.execute("COMMENT ON COLUMN fact_stay.stay_status_code IS 'C = completed, N = no-show, X = cancelled'")
    con.execute(
        """INSERT INTO fact_stay SELECT 'S' || i, 1 + i % 12, 1 + i % 3, ['STD', 'GRP', 'LNG'][1 + i % 7 % 3],
        CASE WHEN i % 11 = 0 THEN 'N' WHEN i % 6 = 0 THEN 'X' ELSE 'C' END,
        1 + i % 9, i % 4, 20 + (i % 9) * 17.5 FROM range(1, 401) t(i)"""
    )
    return con
