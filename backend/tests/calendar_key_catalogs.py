"""Two stars whose facts are dated through integer keys into a calendar table and timed through keys into a
time-of-day table, written for the calendar-dimension tests (none is the demo nor an eval catalog): a snake_case
parcel carrier with declared keys (dispatch and delivery each have a calendar key and a clock key; the calendar has a
weekend flag), and a PascalCase help desk without a single declared key (a ticket opened and closed on DimDay days,
opened at a DimClock minute; DimDay has an IsWeekend column)."""

from __future__ import annotations

import duckdb


def parcel_star() -> duckdb.DuckDBPyConnection:
    """fct_parcel around dim_calendar (yyyymmdd keys), dim_clock (one row per minute) and dim_depot."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE dim_calendar(calendar_key INTEGER PRIMARY KEY, calendar_dt DATE, cal_year INTEGER, "
        "month_of_year INTEGER, month_label VARCHAR, weekday_label VARCHAR, weekend_flag BOOLEAN)"
    )
    con.execute(
        """INSERT INTO dim_calendar SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), month(d),
        monthname(d), dayname(d), isodow(d) IN (6, 7)
        FROM range(DATE '2023-01-01', DATE '2025-03-01', INTERVAL 1 DAY) t(d)"""
    )
    con.execute("CREATE TABLE dim_clock(clock_key INTEGER PRIMARY KEY, hour_num INTEGER, minute_num INTEGER)")
    con.execute("INSERT INTO dim_clock SELECT i, i // 60, i % 60 FROM range(1440) t(i)")
    con.execute(
        "CREATE TABLE dim_depot(depot_key INTEGER PRIMARY KEY, depot_name VARCHAR, district VARCHAR, "
        "annual_revenue DECIMAL(12,2))"
    )
    con.execute(
        """INSERT INTO dim_depot VALUES (1, 'Quayside', 'Harbour', 410000), (2, 'Hilltop', 'Uplands', 255000),
        (3, 'Millbank', 'Harbour', 198500), (4, 'Eastgate', 'Uplands', 320750)"""
    )
    con.execute(
        "CREATE TABLE fct_parcel(parcel_ref VARCHAR, "
        "dispatch_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "dispatch_clock_key INTEGER REFERENCES dim_clock(clock_key), "
        "delivery_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "delivery_clock_key INTEGER REFERENCES dim_clock(clock_key), "
        "depot_key INTEGER REFERENCES dim_depot(depot_key), weight_kg DOUBLE, postage_amt DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO fct_parcel
        WITH base AS (SELECT i, DATE '2023-01-01' + CAST((i * 613) % 760 AS INTEGER) AS sent FROM range(3000) t(i))
        SELECT 'P' || lpad(CAST(i AS VARCHAR), 5, '0'), CAST(strftime(sent, '%Y%m%d') AS INTEGER),
               360 + (i * 47) % 600,
               CAST(strftime(sent + CAST(i % 4 AS INTEGER), '%Y%m%d') AS INTEGER),
               480 + (i * 89) % 720, 1 + i % 4, 0.5 + (i % 40) / 4.0, 3.5 + (i % 17) * 1.25
        FROM base"""
    )
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    """FactTicket around DimDay, DimClock and DimAgent, in PascalCase, keys declared nowhere."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "DimDay"("DayKey" INTEGER, "CalendarDate" DATE, "YearNumber" SMALLINT, "MonthNumber" SMALLINT, '
        '"MonthName" VARCHAR, "DayName" VARCHAR, "IsWeekend" BOOLEAN)'
    )
    con.execute(
        """INSERT INTO "DimDay" SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), month(d),
        monthname(d), dayname(d), isodow(d) >= 6
        FROM range(DATE '2022-10-01', DATE '2024-10-01', INTERVAL 1 DAY) t(d)"""
    )
    con.execute('CREATE TABLE "DimClock"("ClockKey" INTEGER, "HourOfDay" SMALLINT, "MinuteOfHour" SMALLINT)')
    con.execute("""INSERT INTO "DimClock" SELECT i, i // 60, i % 60 FROM range(1440) t(i)""")
    con.execute('CREATE TABLE "DimAgent"("AgentKey" INTEGER, "AgentName" VARCHAR, "Team" VARCHAR)')
    con.execute(
        """INSERT INTO "DimAgent" VALUES (1, 'Ines Moreau', 'Billing'), (2, 'Tomas Berg', 'Hardware'),
        (3, 'Aiko Sato', 'Billing'), (4, 'Ravi Nair', 'Accounts'), (5, 'Lena Vogel', 'Hardware')"""
    )
    con.execute(
        'CREATE TABLE "FactTicket"("TicketNumber" VARCHAR, "OpenedDayKey" INTEGER, "OpenedClockKey" INTEGER, '
        '"ClosedDayKey" INTEGER, "AgentKey" INTEGER, "HandleMinutes" INTEGER, "SatisfactionScore" SMALLINT, '
        '"UpsellRevenue" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "FactTicket"
        WITH base AS (SELECT i, DATE '2022-10-01' + CAST((i * 337) % 700 AS INTEGER) AS opened FROM range(2500) t(i))
        SELECT 'T-' || (70000 + i), CAST(strftime(opened, '%Y%m%d') AS INTEGER), (i * 131) % 1440,
               CAST(strftime(opened + CAST(i % 9 AS INTEGER), '%Y%m%d') AS INTEGER), 1 + (i * 7) % 5,
               5 + (i * 13) % 90, 1 + i % 5, CASE WHEN i % 6 = 0 THEN 20 + i % 80 ELSE 0 END
        FROM base"""
    )
    return con
