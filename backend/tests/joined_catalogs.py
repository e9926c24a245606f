"""Two catalogs whose questions cross tables (test_builtin_owned_dates.py, test_builtin_tops_through_keys.py): a
snake_case box office (tickets sold up to 90 days before their concert, concerts at venues in three countries, by
artists of three genres) and a PascalCase shop (orders of customers in regions, their lines of products in
categories, their shipments, some orders shipped in two parts)."""

from __future__ import annotations

import duckdb


def box_office() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, city VARCHAR, country VARCHAR)")
    con.execute(
        """INSERT INTO venues VALUES (1,'Blue Hall','Oslo','Norway'),(2,'Red Room','Bergen','Norway'),
        (3,'Grand Arena','Lyon','France'),(4,'Petit Club','Paris','France'),(5,'Old Barn','Cork','Ireland')"""
    )
    con.execute("CREATE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR, genre VARCHAR)")
    con.execute(
        """INSERT INTO artists VALUES (1,'Nora Quinn','folk'),(2,'Max Berg','rock'),(3,'Lia Stone','jazz'),
        (4,'Ivo Lund','folk'),(5,'Ada Reyes','rock')"""
    )
    con.execute(
        "CREATE TABLE concerts(concert_id INTEGER PRIMARY KEY, artist_id INTEGER REFERENCES artists(artist_id), "
        "venue_id INTEGER REFERENCES venues(venue_id), concert_date DATE)"
    )
    con.execute(
        """INSERT INTO concerts SELECT i, 1 + i % 5, 1 + (i * 3) % 5, DATE '2023-06-01' + CAST(i * 23 AS INTEGER)
        FROM range(1, 41) t(i)"""
    )
    con.execute(
        "CREATE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY, concert_id INTEGER REFERENCES concerts(concert_id), "
        "sold_on DATE, price DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO ticket_sales SELECT row_number() OVER (), c.concert_id,
        c.concert_date - CAST((k * 37 + c.concert_id) % 90 AS INTEGER), 20 + (c.concert_id % 7) * 5
        FROM concerts c, range(9) b(k) WHERE k < 2 + (c.concert_id * c.concert_id) % 8"""
    )
    return con


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Regions"("RegionId" INTEGER PRIMARY KEY, "RegionName" VARCHAR)')
    con.execute("""INSERT INTO "Regions" VALUES (1,'North'),(2,'South'),(3,'West')""")
    con.execute(
        'CREATE TABLE "Customers"("CustomerId" INTEGER PRIMARY KEY, "CustomerName" VARCHAR, '
        '"RegionId" INTEGER REFERENCES "Regions"("RegionId"))'
    )
    con.execute(
        """INSERT INTO "Customers" VALUES (1,'Acme',1),(2,'Globex',2),(3,'Initech',3),(4,'Umbrella',1),
        (5,'Hooli',2),(6,'Vandelay',3),(7,'Stark',1)"""
    )
    con.execute('CREATE TABLE "Categories"("CategoryId" INTEGER PRIMARY KEY, "CategoryName" VARCHAR)')
    con.execute("""INSERT INTO "Categories" VALUES (1,'Tools'),(2,'Toys'),(3,'Books')""")
    con.execute(
        'CREATE TABLE "Products"("ProductId" INTEGER PRIMARY KEY, "ProductName" VARCHAR, '
        '"CategoryId" INTEGER REFERENCES "Categories"("CategoryId"))'
    )
    con.execute("""INSERT INTO "Products" SELECT i, 'Product ' || i, 1 + i % 3 FROM range(1, 13) t(i)""")
    con.execute(
        'CREATE TABLE "Orders"("OrderId" INTEGER PRIMARY KEY, "CustomerId" INTEGER REFERENCES '
        '"Customers"("CustomerId"), "OrderDate" DATE, "Revenue" DECIMAL(10,2))'
    )
    con.execute(
        """INSERT INTO "Orders" SELECT i, 1 + (i * i) % 7, DATE '2023-11-01' + CAST(i * 9 AS INTEGER),
        100 + (i * 37) % 400 FROM range(1, 81) t(i)"""
    )
    con.execute(
        'CREATE TABLE "OrderLines"("LineId" INTEGER PRIMARY KEY, "OrderId" INTEGER REFERENCES "Orders"("OrderId"), '
        '"ProductId" INTEGER REFERENCES "Products"("ProductId"), "Quantity" INTEGER)'
    )
    con.execute(
        """INSERT INTO "OrderLines" SELECT row_number() OVER (), o, 1 + (o * 5 + k * 7) % 12, 1 + (o * o + k) % 9
        FROM range(1, 81) a(o), range(3) b(k) WHERE k < 1 + o % 3"""
    )
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, '
        '"OrderId" INTEGER REFERENCES "Orders"("OrderId"), "ShippedDate" DATE)'
    )
    # shipped 3 to 13 days after the order; every fourth order in two parts, the second a week later
    con.execute(
        """INSERT INTO "Shipments" SELECT row_number() OVER (), i, DATE '2023-11-01' + CAST(i * 9 + 3 + i % 11 + 7 * p
        AS INTEGER) FROM range(1, 81) t(i), range(2) s(p) WHERE p = 0 OR i % 4 = 0"""
    )
    return con
