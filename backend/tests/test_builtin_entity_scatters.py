"""Figures of each row set against its child rows' figures (issue 15): a scatter of a row's own column against the
total or the count of the rows pointing at it is one point per row ("scatter hall capacity vs tickets sold": each
hall's capacity and its tickets), not one point per child row; a threshold on such a figure keeps the rows passing it
("members with more than 5 bookings": HAVING, with the count shown), and a threshold on a column named in other words
("vans with more than 80,000 km on the clock": the odometer reading) keeps the rows of that column. On two catalogs
written here: a snake_case concert-hall catalog with declared keys, and a PascalCase courier fleet without."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, rows


def concert_halls() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE halls(hall_id INTEGER PRIMARY KEY, hall_name VARCHAR, town VARCHAR, capacity INTEGER)")
    con.execute(
        """INSERT INTO halls SELECT i, 'Hall ' || i, ['Leeds', 'Turin', 'Lyon'][1 + i % 3], 500 + (i * 733) % 4000
        FROM range(1, 9) t(i)"""
    )
    con.execute(
        "CREATE TABLE shows(show_id INTEGER PRIMARY KEY, show_title VARCHAR, "
        "hall_id INTEGER REFERENCES halls(hall_id), show_date DATE)"
    )
    con.execute(
        """INSERT INTO shows SELECT i, 'Show ' || i, 1 + (i * 5) % 8, DATE '2024-01-05' + CAST(i * 18 AS INTEGER)
        FROM range(1, 41) t(i)"""
    )
    con.execute(
        "CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR, age INTEGER, home_town VARCHAR)"
    )
    con.execute(
        """INSERT INTO members SELECT i, 'Member ' || i, 18 + (i * 37) % 60, ['Leeds', 'Turin'][1 + i % 2]
        FROM range(1, 31) t(i)"""
    )
    con.execute(
        "CREATE TABLE bookings(booking_id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(show_id), "
        "member_id INTEGER REFERENCES members(member_id), seats INTEGER, paid DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO bookings SELECT i, 1 + (i * 7) % 40, 1 + (i * i) % 30, 1 + i % 4, 20 + (i % 4) * 17.5
        FROM range(1, 301) t(i)"""
    )
    return con


def courier_fleet() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Vans"("VanID" INTEGER, "Registration" VARCHAR, "Maker" VARCHAR, "BuildYear" INTEGER, '
        '"OdometerKm" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Vans" SELECT i, 'REG-' || (100 + i), ['Ford', 'Iveco', 'Renault'][1 + i % 3],
        2012 + i % 11, 15000 + (i * 9173) % 140000 FROM range(1, 31) t(i)"""
    )
    con.execute(
        'CREATE TABLE "RepairJobs"("RepairJobID" INTEGER, "VanID" INTEGER, "JobDate" DATE, "RepairCost" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "RepairJobs" SELECT i, 1 + (i * 11) % 30, DATE '2023-02-01' + CAST(i * 3 AS INTEGER),
        80 + (i * 53) % 900 FROM range(1, 201) t(i)"""
    )
    con.execute('CREATE TABLE "Couriers"("CourierID" INTEGER, "CourierName" VARCHAR, "HomeBase" VARCHAR)')
    con.execute(
        """INSERT INTO "Couriers" SELECT i, 'Courier ' || i, ['North', 'South'][1 + i % 2] FROM range(1, 16) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Runs"("RunID" INTEGER, "CourierID" INTEGER, "VanID" INTEGER, "RunDate" DATE, '
        '"DistanceKm" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Runs" SELECT i, 1 + (i * i + 3 * i) % 15, 1 + (i * 7) % 30,
        DATE '2023-06-01' + CAST(i AS INTEGER), 10 + (i * 31) % 200 FROM range(1, 601) t(i)"""
    )
    return con


halls = catalog_fixture(concert_halls)
fleet = catalog_fixture(courier_fleet)


def test_a_scatter_of_a_rows_column_against_its_child_rows_is_one_point_per_row(halls: Db, fleet: Db) -> None:
    d = covers(
        halls,
        "scatter hall capacity vs seats booked",
        """SELECT h.hall_name, h.capacity, SUM(b.seats) FROM bookings b JOIN shows s ON b.show_id = s.show_id
        JOIN halls h ON s.hall_id = h.hall_id GROUP BY h.hall_id, h.hall_name, h.capacity""",
    )
    assert d.chart.chart_type == "scatter"
    d = covers(
        fleet,
        "scatter plot of van build year vs total repair cost",
        """SELECT v."Registration", v."BuildYear", SUM(j."RepairCost") FROM "RepairJobs" j
        JOIN "Vans" v ON j."VanID" = v."VanID" GROUP BY 1, 2""",
    )
    assert d.chart.chart_type == "scatter"


def test_a_count_of_child_rows_against_a_rows_column_is_one_point_per_row(halls: Db, fleet: Db) -> None:
    d = covers(
        halls,
        "plot number of bookings against member age",
        """SELECT m.full_name, m.age, COUNT(*) FROM bookings b JOIN members m ON b.member_id = m.member_id
        GROUP BY m.member_id, m.full_name, m.age""",
    )
    assert d.chart.chart_type == "scatter"
    covers(
        fleet,
        "scatter the number of runs vs odometer km per van",
        """SELECT v."Registration", v."OdometerKm", COUNT(*) FROM "Runs" r JOIN "Vans" v ON r."VanID" = v."VanID"
        GROUP BY 1, 2""",
    )


def test_a_scatter_of_two_columns_of_each_row_stays_one_point_per_row(halls: Db) -> None:
    d = answer(halls, "scatter of seats vs paid")
    assert rows(halls[0], d.sql) == rows(halls[0], "SELECT seats, paid FROM bookings")


def test_a_threshold_on_each_rows_count_or_total_keeps_the_rows_passing_it(halls: Db, fleet: Db) -> None:
    booked = """SELECT m.full_name, COUNT(*) AS n FROM bookings b JOIN members m ON b.member_id = m.member_id
        GROUP BY m.member_id, m.full_name HAVING COUNT(*) > 12"""
    covers(halls, "list members with more than 12 bookings", booked)
    covers(
        halls,
        "halls that sold fewer than 150 seats",
        """SELECT h.hall_name, SUM(b.seats) FROM bookings b JOIN shows s ON b.show_id = s.show_id
        JOIN halls h ON s.hall_id = h.hall_id GROUP BY h.hall_id, h.hall_name HAVING SUM(b.seats) < 150""",
    )
    covers(
        halls,
        "which halls sold more than 60 seats in 2024",
        """SELECT h.hall_name, SUM(b.seats) FROM bookings b JOIN shows s ON b.show_id = s.show_id
        JOIN halls h ON s.hall_id = h.hall_id WHERE s.show_date BETWEEN '2024-01-01' AND '2024-12-31'
        GROUP BY h.hall_id, h.hall_name HAVING SUM(b.seats) > 60""",
    )
    covers(
        fleet,
        "couriers with at least 40 runs in 2023",
        """SELECT c."CourierName", COUNT(*) FROM "Runs" r JOIN "Couriers" c ON r."CourierID" = c."CourierID"
        WHERE r."RunDate" < '2024-01-01' AND r."RunDate" >= '2023-01-01' GROUP BY 1 HAVING COUNT(*) >= 40""",
    )


def test_a_count_in_the_users_own_noun_counts_the_rows_pointing_at_each_row(halls: Db, fleet: Db) -> None:
    d = covers(
        halls,
        "list members with more than 12 orders",
        """SELECT m.full_name, COUNT(*) FROM bookings b JOIN members m ON b.member_id = m.member_id
        GROUP BY m.member_id, m.full_name HAVING COUNT(*) > 12""",
    )
    assert "orders" in d.thoughts[0]
    covers(
        fleet,
        "list couriers with more than 40 trips",
        """SELECT c."CourierName", COUNT(*) FROM "Runs" r JOIN "Couriers" c ON r."CourierID" = c."CourierID"
        GROUP BY 1 HAVING COUNT(*) > 40""",
    )


def test_a_threshold_on_a_rows_own_column_stays_a_row_filter(halls: Db, fleet: Db) -> None:
    covers(halls, "bookings with more than 3 seats", "SELECT seats FROM bookings WHERE seats > 3")
    covers(
        fleet,
        "vans with more than 80,000 km on the clock",
        """SELECT "Registration", "OdometerKm" FROM "Vans" WHERE "OdometerKm" > 80000""",
    )
    covers(
        fleet,
        "couriers with more runs than the average courier",
        """SELECT c."CourierName", COUNT(*) FROM "Runs" r JOIN "Couriers" c ON r."CourierID" = c."CourierID"
        GROUP BY 1 HAVING COUNT(*) > (SELECT AVG(n) FROM (SELECT COUNT(*) n FROM "Runs" GROUP BY "CourierID"))""",
    )
