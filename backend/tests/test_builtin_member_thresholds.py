"""Conditions on members said with a quantity, and averages over the members that include those with no rows.

A threshold with a unit ("couriers who drove more than 3000 km", "drivers with over 500 miles", "tracks longer than
5 minutes", "customers who spent over $1,000") is a condition on the member's summed measure in the column's own unit;
a count said with the counted rows' noun ("shows with more than 5 sales", "authors with fewer than 3 books") keeps the
members by how many rows they have, not by a sum of money named like the noun; and an average of a per-member total
("average spend per customer") is taken over every member of the members' table, one with no rows as 0. On two
catalogs written here: a snake_case courier service and a PascalCase ticket office."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def courier_service(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(path)
    con.execute("CREATE TABLE couriers(courier_id INTEGER PRIMARY KEY, courier_name VARCHAR)")
    con.execute("INSERT INTO couriers SELECT i, 'Courier ' || i FROM range(1, 21) t(i)")
    con.execute(
        "CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, courier_id INTEGER REFERENCES couriers(courier_id), "
        "trip_date DATE, distance_km DOUBLE, duration_seconds INTEGER)"
    )
    # courier i makes i % 5 trips of 150 * i km each
    con.execute(
        """INSERT INTO trips SELECT row_number() OVER (), c, DATE '2024-01-01' + CAST(k * 30 AS INTEGER),
        150.0 * c, 60 * (c + k)
        FROM range(1, 21) a(c), range(5) b(k) WHERE k < c % 5"""
    )
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR)")
    con.execute("INSERT INTO customers SELECT i, 'Customer ' || i FROM range(1, 31) t(i)")
    con.execute(
        "CREATE TABLE sales(sale_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id), "
        "sold_on DATE, sale_amount DECIMAL(10, 2))"
    )
    # customer i makes i % 4 purchases of 120 * i each: a quarter of the customers never buy
    con.execute(
        """INSERT INTO sales SELECT row_number() OVER (), c, DATE '2024-02-01' + CAST(k AS INTEGER), 120.0 * c
        FROM range(1, 31) a(c), range(4) b(k) WHERE k < c % 4"""
    )
    con.execute("CREATE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR)")
    con.execute("INSERT INTO products SELECT i, 'Product ' || i FROM range(1, 16) t(i)")
    con.execute(
        "CREATE TABLE reviews(review_id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products(product_id), "
        "stars INTEGER)"
    )
    con.execute(
        """INSERT INTO reviews SELECT row_number() OVER (), p, 1 + k % 5
        FROM range(1, 16) a(p), range(15) b(k) WHERE k < p"""
    )
    return con


def ticket_office(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(path)
    con.execute('CREATE TABLE "Shows"("ShowId" INTEGER PRIMARY KEY, "ShowTitle" VARCHAR)')
    con.execute("""INSERT INTO "Shows" SELECT i, 'Show ' || i FROM range(1, 13) t(i)""")
    con.execute(
        'CREATE TABLE "Sales"("SaleId" INTEGER PRIMARY KEY, "ShowId" INTEGER REFERENCES "Shows"("ShowId"), '
        '"SoldOn" DATE, "SaleAmount" DECIMAL(10, 2))'
    )
    # show i sells i % 8 tickets of 400 * i each
    con.execute(
        """INSERT INTO "Sales" SELECT row_number() OVER (), s, DATE '2024-05-01' + CAST(k AS INTEGER), 400.0 * s
        FROM range(1, 13) a(s), range(8) b(k) WHERE k < s % 8"""
    )
    con.execute('CREATE TABLE "Authors"("AuthorId" INTEGER PRIMARY KEY, "AuthorName" VARCHAR)')
    con.execute("""INSERT INTO "Authors" SELECT i, 'Author ' || i FROM range(1, 11) t(i)""")
    con.execute(
        'CREATE TABLE "Books"("BookId" INTEGER PRIMARY KEY, "AuthorId" INTEGER REFERENCES "Authors"("AuthorId"), '
        '"Title" VARCHAR, "Price" DECIMAL(8, 2))'
    )
    con.execute(
        """INSERT INTO "Books" SELECT row_number() OVER (), a, 'Book ' || a || '.' || k, 10.0 + a
        FROM range(1, 11) x(a), range(6) y(k) WHERE k < a % 6"""
    )
    con.execute('CREATE TABLE "Drivers"("DriverId" INTEGER PRIMARY KEY, "DriverName" VARCHAR)')
    con.execute("""INSERT INTO "Drivers" SELECT i, 'Driver ' || i FROM range(1, 16) t(i)""")
    con.execute(
        'CREATE TABLE "Runs"("RunId" INTEGER PRIMARY KEY, "DriverId" INTEGER REFERENCES "Drivers"("DriverId"), '
        '"RunDate" DATE, "DistanceKm" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Runs" SELECT row_number() OVER (), d, DATE '2024-01-10' + CAST(k * 40 AS INTEGER), 200.0 * d
        FROM range(1, 16) a(d), range(4) b(k) WHERE k < d % 4"""
    )
    con.execute('CREATE TABLE "Users"("UserId" INTEGER PRIMARY KEY, "UserName" VARCHAR)')
    con.execute("""INSERT INTO "Users" SELECT i, 'User ' || i FROM range(1, 21) t(i)""")
    con.execute(
        'CREATE TABLE "Payments"("PaymentId" INTEGER PRIMARY KEY, "UserId" INTEGER REFERENCES "Users"("UserId"), '
        '"PaidOn" DATE, "Amount" DECIMAL(10, 2))'
    )
    con.execute(
        """INSERT INTO "Payments" SELECT row_number() OVER (), u, DATE '2024-03-01' + CAST(k AS INTEGER), 50.0 * u
        FROM range(1, 21) a(u), range(3) b(k) WHERE k < u % 3"""
    )
    return con


couriers = catalog_fixture(courier_service)
office = catalog_fixture(ticket_office)


def test_a_threshold_with_a_unit_is_each_members_total_in_the_columns_unit(couriers: Db, office: Db) -> None:
    d = same(
        couriers,
        "couriers who drove more than 3000 km",
        "SELECT c.courier_name, SUM(t.distance_km) FROM trips t JOIN couriers c ON t.courier_id = c.courier_id "
        "GROUP BY 1 HAVING SUM(t.distance_km) > 3000",
    )
    assert "total distance_km" in d.thoughts[0]
    same(
        couriers,
        "couriers who drove for more than 5 hours",
        "SELECT c.courier_name, SUM(t.duration_seconds) FROM trips t JOIN couriers c ON t.courier_id = c.courier_id "
        "GROUP BY 1 HAVING SUM(t.duration_seconds) > 18000",
    )
    same(
        office,
        "drivers with over 500 miles in 2024",
        """SELECT d."DriverName", SUM(r."DistanceKm") FROM "Runs" r JOIN "Drivers" d ON r."DriverId" = d."DriverId"
        WHERE year(r."RunDate") = 2024 GROUP BY 1 HAVING SUM(r."DistanceKm") > 500 * 1.609344""",
    )


def test_a_count_said_with_the_rows_noun_counts_them(couriers: Db, office: Db) -> None:
    same(
        couriers,
        "products with at least 10 reviews",
        "SELECT p.product_name, COUNT(*) FROM reviews r JOIN products p ON r.product_id = p.product_id "
        "GROUP BY 1 HAVING COUNT(*) >= 10",
    )
    same(
        couriers,
        "customers with more than 2 sales",
        "SELECT c.customer_name, COUNT(*) FROM sales x JOIN customers c ON x.customer_id = c.customer_id "
        "GROUP BY 1 HAVING COUNT(*) > 2",
    )
    same(
        office,
        "shows with more than 5 sales",
        """SELECT s."ShowTitle", COUNT(*) FROM "Sales" x JOIN "Shows" s ON x."ShowId" = s."ShowId"
        GROUP BY 1 HAVING COUNT(*) > 5""",
    )
    same(
        office,
        "authors with fewer than 3 books",
        """SELECT a."AuthorName", COUNT(*) FROM "Books" b JOIN "Authors" a ON b."AuthorId" = a."AuthorId"
        GROUP BY 1 HAVING COUNT(*) < 3""",
    )


def test_an_amount_of_the_rows_is_their_money(couriers: Db, office: Db) -> None:
    same(
        couriers,
        "customers with more than 5,000 in sales",
        "SELECT c.customer_name, SUM(x.sale_amount) FROM sales x JOIN customers c ON x.customer_id = c.customer_id "
        "GROUP BY 1 HAVING SUM(x.sale_amount) > 5000",
    )
    same(
        office,
        "shows with more than 5,000 in sales",
        """SELECT s."ShowTitle", SUM(x."SaleAmount") FROM "Sales" x JOIN "Shows" s ON x."ShowId" = s."ShowId"
        GROUP BY 1 HAVING SUM(x."SaleAmount") > 5000""",
    )
    same(
        office,
        "shows with more than $5,000 of sales",
        """SELECT s."ShowTitle", SUM(x."SaleAmount") FROM "Sales" x JOIN "Shows" s ON x."ShowId" = s."ShowId"
        GROUP BY 1 HAVING SUM(x."SaleAmount") > 5000""",
    )


def test_an_average_of_each_members_total_counts_the_members_with_none(couriers: Db, office: Db) -> None:
    d = same(
        couriers,
        "average spend per customer",
        "SELECT AVG(COALESCE(t, 0)) FROM customers c "
        "LEFT JOIN (SELECT customer_id, SUM(sale_amount) t FROM sales GROUP BY 1) s ON c.customer_id = s.customer_id",
    )
    assert d.chart.chart_type == "kpi"
    assert any("Every customer in customers counts" in t for t in d.thoughts), d.thoughts
    same(
        office,
        "average revenue per user",
        """SELECT AVG(COALESCE(t, 0)) FROM "Users" u
        LEFT JOIN (SELECT "UserId", SUM("Amount") t FROM "Payments" GROUP BY 1) p ON u."UserId" = p."UserId" """,
    )
    same(
        couriers,
        "mean number of sales per customer",
        "SELECT AVG(COALESCE(n, 0)) FROM customers c "
        "LEFT JOIN (SELECT customer_id, COUNT(*) n FROM sales GROUP BY 1) s ON c.customer_id = s.customer_id",
    )
