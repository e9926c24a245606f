"""A period said of another table's noun ("tickets sold for concerts in 2024", "total quantity for orders shipped in
2024"): the date filtered is the one of the table the period qualifies, not the counted rows' own date. A table the
counted rows reach by their keys is joined (the concert of each ticket); a table whose rows point at theirs (the
shipments of an order, some orders shipped in two parts) keeps the keys its rows of that period hold, so no row is
counted twice. On two catalogs written here: a snake_case box office (tickets sold up to 90 days before the concert,
so the two years differ) and a PascalCase shop (orders, their lines and their shipments)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def box_office() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, city VARCHAR)")
    con.execute("INSERT INTO venues VALUES (1,'Blue Hall','Oslo'),(2,'Red Room','Bergen'),(3,'Grand Arena','Lyon')")
    con.execute(
        "CREATE TABLE concerts(concert_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues(venue_id), "
        "concert_date DATE)"
    )
    con.execute(
        "INSERT INTO concerts SELECT i, 1 + i % 3, DATE '2023-06-01' + CAST(i * 23 AS INTEGER) FROM range(1, 41) t(i)"
    )
    con.execute(
        "CREATE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY, concert_id INTEGER REFERENCES concerts(concert_id), "
        "sold_on DATE, price DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO ticket_sales SELECT row_number() OVER (), c.concert_id,
        c.concert_date - CAST((k * 37 + c.concert_id) % 90 AS INTEGER), 20 + (c.concert_id % 7) * 5
        FROM concerts c, range(6) b(k) WHERE k < 2 + c.concert_id % 5"""
    )
    return con


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Products"("ProductId" INTEGER PRIMARY KEY, "ProductName" VARCHAR)')
    con.execute("""INSERT INTO "Products" SELECT i, 'Product ' || i FROM range(1, 13) t(i)""")
    con.execute('CREATE TABLE "Orders"("OrderId" INTEGER PRIMARY KEY, "OrderDate" DATE, "Revenue" DECIMAL(10,2))')
    con.execute(
        """INSERT INTO "Orders" SELECT i, DATE '2023-11-01' + CAST(i * 9 AS INTEGER), 100 + (i * 37) % 400
        FROM range(1, 81) t(i)"""
    )
    con.execute(
        'CREATE TABLE "OrderLines"("LineId" INTEGER PRIMARY KEY, "OrderId" INTEGER REFERENCES "Orders"("OrderId"), '
        '"ProductId" INTEGER REFERENCES "Products"("ProductId"), "Quantity" INTEGER)'
    )
    con.execute(
        """INSERT INTO "OrderLines" SELECT row_number() OVER (), o, 1 + (o * 5 + k * 7) % 12, 1 + (o + k) % 5
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


tickets = catalog_fixture(box_office)
orders = catalog_fixture(shop)


def test_a_period_after_a_parent_noun_filters_the_parents_date(tickets: Db) -> None:
    decision = same(
        tickets,
        "how many tickets were sold for concerts in 2024",
        "SELECT COUNT(*) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "WHERE c.concert_date >= DATE '2024-01-01' AND c.concert_date < DATE '2025-01-01'",
    )
    assert decision.chart.chart_type == "kpi"
    same(
        tickets,
        "total ticket price for concerts held in 2024 by venue",
        "SELECT v.venue_name, SUM(t.price) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "JOIN venues v ON c.venue_id = v.venue_id WHERE year(c.concert_date) = 2024 GROUP BY 1",
    )


def test_the_period_of_the_counted_rows_stays_theirs(tickets: Db) -> None:
    same(
        tickets,
        "how many tickets were sold in 2024",
        "SELECT COUNT(*) FROM ticket_sales WHERE year(sold_on) = 2024",
    )
    same(
        tickets,
        "ticket sales by venue in 2024",
        "SELECT v.venue_name, COUNT(*) FROM ticket_sales t JOIN concerts c ON t.concert_id = c.concert_id "
        "JOIN venues v ON c.venue_id = v.venue_id WHERE year(t.sold_on) = 2024 GROUP BY 1",
    )


def test_a_period_after_a_verb_of_another_table_keeps_the_keys_it_holds(orders: Db) -> None:
    decision = same(
        orders,
        "total quantity for orders shipped in 2024",
        """SELECT SUM("Quantity") FROM "OrderLines" WHERE "OrderId" IN
        (SELECT "OrderId" FROM "Shipments" WHERE year("ShippedDate") = 2024)""",
    )
    assert any("shipped date in 2024" in t.lower() for t in decision.thoughts)
    same(
        orders,
        "how many order lines for orders shipped in March 2024",
        """SELECT COUNT(*) FROM "OrderLines" WHERE "OrderId" IN (SELECT "OrderId" FROM "Shipments"
        WHERE "ShippedDate" >= DATE '2024-03-01' AND "ShippedDate" < DATE '2024-04-01')""",
    )


def test_the_order_date_still_dates_its_lines(orders: Db) -> None:
    same(
        orders,
        "total quantity for orders placed in March 2024",
        """SELECT SUM(l."Quantity") FROM "OrderLines" l JOIN "Orders" o ON l."OrderId" = o."OrderId"
        WHERE o."OrderDate" >= DATE '2024-03-01' AND o."OrderDate" < DATE '2024-04-01'""",
    )
    assert answer(orders, "total quantity for orders placed in March 2024").chart.chart_type == "kpi"
