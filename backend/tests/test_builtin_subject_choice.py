"""The thing a question counts or ranks is the one it names, measured the way its words say: "how many trucks are
there in total" counts the trucks table (the "total" is one number, not a money column of another table that keys
trucks), and "top 5 couriers by parcels delivered" ranks the couriers by the parcels they delivered in all (a count
named by a plural noun and its verb adds up; an average needs the word). On two catalogs written here: a snake_case
courier firm with declared keys, and a PascalCase bike hire with none."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, same


def courier_firm() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, city VARCHAR)")
    con.execute("INSERT INTO depots VALUES (1, 'North Hub', 'Oslo'), (2, 'South Hub', 'Lyon'), (3, 'East Hub', 'Riga')")
    con.execute(
        "CREATE TABLE trucks(truck_id INTEGER PRIMARY KEY, plate VARCHAR, truck_type VARCHAR, "
        "depot_id INTEGER REFERENCES depots(depot_id))"
    )
    con.execute(
        """INSERT INTO trucks SELECT i, 'TR-' || i, ['Van', 'Lorry', 'Van', 'Pickup'][1 + i % 4], 1 + i % 3
        FROM range(1, 31) t(i)"""
    )
    con.execute(
        "CREATE TABLE fuel_fills(fill_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id), "
        "litres DOUBLE, total_cost DECIMAL(10,2))"
    )
    # Only some trucks ever fill up: counting the trucks in this table gives a wrong answer.
    con.execute(
        """INSERT INTO fuel_fills SELECT i, 1 + (i * 7) % 12, 20 + i % 30, 30 + (i * 13) % 70
        FROM range(1, 81) t(i)"""
    )
    con.execute("CREATE TABLE couriers(courier_id INTEGER PRIMARY KEY, courier_name VARCHAR)")
    con.execute("INSERT INTO couriers SELECT i, 'Courier ' || i FROM range(1, 13) t(i)")
    con.execute(
        "CREATE TABLE runs(run_id INTEGER PRIMARY KEY, courier_id INTEGER REFERENCES couriers(courier_id), "
        "truck_id INTEGER REFERENCES trucks(truck_id), parcels_delivered INTEGER)"
    )
    # Couriers with few long runs lead on the average, couriers with many runs lead on the total.
    con.execute(
        """INSERT INTO runs SELECT i, 1 + i % 12, 1 + i % 30,
        CASE WHEN i % 12 < 3 THEN 60 + (i * 7) % 40 ELSE 1 + (i * 11) % 45 END
        FROM range(1, 301) t(i) WHERE i % 12 >= 3 OR i % 5 = 0"""
    )
    return con


def bike_hire() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Stations"("StationID" INTEGER, "StationName" VARCHAR, "Town" VARCHAR)')
    con.execute("""INSERT INTO "Stations" VALUES (1, 'Quay', 'Cork'), (2, 'Mill', 'Galway'), (3, 'Arch', 'Sligo')""")
    con.execute('CREATE TABLE "Bikes"("BikeID" INTEGER, "FrameCode" VARCHAR, "BikeType" VARCHAR, "StationID" INTEGER)')
    con.execute(
        """INSERT INTO "Bikes" SELECT i, 'F' || i, ['Cargo', 'City', 'Electric'][1 + i % 3], 1 + i % 3
        FROM range(1, 46) t(i)"""
    )
    con.execute('CREATE TABLE "Repairs"("RepairID" INTEGER, "BikeID" INTEGER, "TotalCost" DOUBLE)')
    con.execute("""INSERT INTO "Repairs" SELECT i, 1 + (i * 5) % 17, 10 + (i * 3) % 50 FROM range(1, 61) t(i)""")
    con.execute('CREATE TABLE "Riders"("RiderID" INTEGER, "RiderName" VARCHAR)')
    con.execute("""INSERT INTO "Riders" SELECT i, 'Rider ' || i FROM range(1, 16) t(i)""")
    con.execute('CREATE TABLE "Rides"("RideID" INTEGER, "RiderID" INTEGER, "BikeID" INTEGER, "ItemsCarried" INTEGER)')
    con.execute(
        """INSERT INTO "Rides" SELECT i, 1 + i % 15, 1 + i % 45,
        CASE WHEN i % 15 < 3 THEN 50 + (i * 7) % 40 ELSE 1 + (i * 11) % 37 END
        FROM range(1, 401) t(i) WHERE i % 15 >= 3 OR i % 6 = 0"""
    )
    return con


firm = catalog_fixture(courier_firm)
hire = catalog_fixture(bike_hire)


def test_how_many_in_total_counts_the_table_named(firm: Db, hire: Db) -> None:
    same(firm, "How many trucks are there in total?", "SELECT COUNT(*) FROM trucks")
    same(firm, "what is the total number of trucks", "SELECT COUNT(*) FROM trucks")
    same(hire, "How many bikes are there in total?", 'SELECT COUNT(*) FROM "Bikes"')
    same(hire, "total number of bikes", 'SELECT COUNT(*) FROM "Bikes"')


def test_a_total_without_a_count_is_still_a_sum(firm: Db, hire: Db) -> None:
    same(firm, "total cost of fuel fills", "SELECT SUM(total_cost) FROM fuel_fills")
    same(hire, "total repair cost", 'SELECT SUM("TotalCost") FROM "Repairs"')


def test_a_count_named_by_its_noun_and_verb_ranks_by_its_total(firm: Db, hire: Db) -> None:
    gold = """SELECT c.courier_name, SUM(r.parcels_delivered) AS n FROM runs r JOIN couriers c
        ON r.courier_id = c.courier_id GROUP BY 1 ORDER BY n DESC LIMIT 5"""
    d = covers(firm, "top 5 couriers by parcels delivered", gold)
    assert "SUM(" in d.sql.upper()
    gold = """SELECT d."RiderName", SUM(r."ItemsCarried") AS n FROM "Rides" r JOIN "Riders" d
        ON r."RiderID" = d."RiderID" GROUP BY 1 ORDER BY n DESC LIMIT 5"""
    d = covers(hire, "top 5 riders by items carried", gold)
    assert "SUM(" in d.sql.upper()


def test_an_average_asked_is_still_an_average(firm: Db) -> None:
    gold = """SELECT c.courier_name, AVG(r.parcels_delivered) AS n FROM runs r JOIN couriers c
        ON r.courier_id = c.courier_id GROUP BY 1 ORDER BY n DESC LIMIT 5"""
    d = covers(firm, "top 5 couriers by average parcels delivered", gold)
    assert "AVG(" in d.sql.upper()
    assert answer(firm, "top 5 couriers by parcels delivered").sql != d.sql


def gig_promoter() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE bands(band_id INTEGER PRIMARY KEY, band_name VARCHAR, style VARCHAR, fee_amt DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO bands SELECT i, 'Band ' || i, ['Jazz', 'Folk', 'Punk'][1 + i % 3], 1000 + (i * 379) % 4000
        FROM range(1, 10) t(i)"""
    )
    con.execute(
        "CREATE TABLE shows(show_id INTEGER PRIMARY KEY, band_id INTEGER REFERENCES bands(band_id), show_date DATE)"
    )
    con.execute(
        "INSERT INTO shows SELECT i, 1 + (i * 4) % 9, DATE '2024-01-05' + CAST(i * 9 AS INTEGER) FROM range(1, 41) t(i)"
    )
    con.execute(
        "CREATE TABLE tickets(ticket_id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(show_id), "
        "sold_at DATE, amount DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO tickets SELECT i, 1 + (i * 7) % 40, DATE '2024-01-01' + CAST(i % 300 AS INTEGER),
        15 + (i * 11) % 40 FROM range(1, 901) t(i)"""
    )
    return con


def fitness_studio() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Trainers"("TrainerID" INTEGER, "TrainerName" VARCHAR, "Speciality" VARCHAR, "FeeAmount" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Trainers" SELECT i, 'Trainer ' || i, ['Yoga', 'Spin'][1 + i % 2], 200 + (i * 137) % 600
        FROM range(1, 9) t(i)"""
    )
    con.execute('CREATE TABLE "Classes"("ClassID" INTEGER, "TrainerID" INTEGER, "ClassDate" DATE)')
    con.execute(
        """INSERT INTO "Classes" SELECT i, 1 + (i * 3) % 8, DATE '2024-02-01' + CAST(i * 5 AS INTEGER)
        FROM range(1, 61) t(i)"""
    )
    con.execute('CREATE TABLE "Bookings"("BookingID" INTEGER, "ClassID" INTEGER, "BookedOn" DATE, "Amount" DOUBLE)')
    con.execute(
        """INSERT INTO "Bookings" SELECT i, 1 + (i * 13) % 60, DATE '2024-01-20' + CAST(i % 330 AS INTEGER),
        8 + (i * 7) % 20 FROM range(1, 1201) t(i)"""
    )
    return con


gigs = catalog_fixture(gig_promoter)
studio = catalog_fixture(fitness_studio)


def test_revenue_is_the_money_of_the_sales_not_a_fee_of_what_they_point_at(gigs: Db, studio: Db) -> None:
    same(
        gigs,
        "revenue by band",
        """SELECT b.band_name, SUM(t.amount) FROM tickets t JOIN shows s ON t.show_id = s.show_id
        JOIN bands b ON s.band_id = b.band_id GROUP BY 1""",
    )
    same(
        studio,
        "revenue by trainer",
        """SELECT r."TrainerName", SUM(b."Amount") FROM "Bookings" b JOIN "Classes" c ON b."ClassID" = c."ClassID"
        JOIN "Trainers" r ON c."TrainerID" = r."TrainerID" GROUP BY 1""",
    )


def test_a_fee_named_outright_is_still_the_fee(gigs: Db, studio: Db) -> None:
    same(gigs, "total fee by style", "SELECT style, SUM(fee_amt) FROM bands GROUP BY 1")
    same(studio, "total trainer fee by speciality", 'SELECT "Speciality", SUM("FeeAmount") FROM "Trainers" GROUP BY 1')
