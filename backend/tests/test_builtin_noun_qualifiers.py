"""A table's noun that only says whose thing the next words name, or whose rows a value keeps, is no grouping of its
own: "orders per customer nation" (the nation of the customer), "count of orders by order priority" (the orders'
priority), "revenue by nation for customers in Asia" (the customers kept by their region); "top customers by order
count" ranks by the number of orders; "best selling genre by revenue" ranks by the money named after "by", not by the
units "selling" names. On two catalogs written here: a snake_case shop with declared keys and a PascalCase trading
house without."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE regions(region_id INTEGER PRIMARY KEY, region_name VARCHAR)")
    con.execute("INSERT INTO regions VALUES (1, 'North'), (2, 'South'), (3, 'East')")
    con.execute(
        "CREATE TABLE countries(country_id INTEGER PRIMARY KEY, country_name VARCHAR,"
        " region_id INTEGER REFERENCES regions(region_id))"
    )
    con.execute(
        "INSERT INTO countries VALUES (1, 'Norway', 1), (2, 'Sweden', 1), (3, 'Italy', 2), (4, 'Spain', 2),"
        " (5, 'Poland', 3)"
    )
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,"
        " country_id INTEGER REFERENCES countries(country_id), segment VARCHAR)"
    )
    con.execute(
        "INSERT INTO customers SELECT i, 'Customer ' || i, 1 + (i * 7) % 5, ['retail', 'trade', 'public'][1 + i % 3]"
        " FROM range(1, 41) t(i)"
    )
    con.execute("CREATE TABLE genres(genre_id INTEGER PRIMARY KEY, genre_name VARCHAR)")
    con.execute("INSERT INTO genres VALUES (1, 'Rock'), (2, 'Jazz'), (3, 'Folk'), (4, 'Blues')")
    con.execute(
        "CREATE TABLE records(record_id INTEGER PRIMARY KEY, title VARCHAR,"
        " genre_id INTEGER REFERENCES genres(genre_id))"
    )
    con.execute("INSERT INTO records SELECT i, 'Record ' || i, 1 + i % 4 FROM range(1, 21) t(i)")
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),"
        " order_status VARCHAR, order_priority VARCHAR, ordered_on DATE, order_total DECIMAL(10, 2))"
    )
    con.execute(
        """INSERT INTO orders SELECT i, 1 + (i * i) % 40, ['open', 'closed'][1 + i % 2],
        ['high', 'medium', 'low', 'high', 'low'][1 + (i * 3) % 5], DATE '2024-01-01' + CAST(i AS INTEGER),
        10 + (i * 37) % 250 FROM range(1, 301) t(i)"""
    )
    # Cheap records sell many copies, dear ones few: units and money rank the genres differently.
    con.execute(
        "CREATE TABLE order_lines(line_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id),"
        " record_id INTEGER REFERENCES records(record_id), unit_price DECIMAL(10, 2), quantity INTEGER)"
    )
    con.execute(
        """INSERT INTO order_lines SELECT i, 1 + i % 300, 1 + (i * 7) % 20,
        CASE (1 + (i * 7) % 20) % 4 WHEN 1 THEN 60 WHEN 2 THEN 5 WHEN 3 THEN 12 ELSE 25 END,
        CASE (1 + (i * 7) % 20) % 4 WHEN 1 THEN 1 WHEN 2 THEN 9 WHEN 3 THEN 3 ELSE 2 END
        FROM range(1, 601) t(i)"""
    )
    return con


def trading_house() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Zones"("ZoneId" INTEGER, "ZoneName" VARCHAR)')
    con.execute("""INSERT INTO "Zones" VALUES (1, 'Coast'), (2, 'Inland')""")
    con.execute('CREATE TABLE "Nations"("NationId" INTEGER, "NationName" VARCHAR, "ZoneId" INTEGER)')
    con.execute(
        """INSERT INTO "Nations" VALUES (1, 'Chile', 1), (2, 'Peru', 1), (3, 'Bolivia', 2), (4, 'Paraguay', 2)"""
    )
    con.execute('CREATE TABLE "Clients"("ClientId" INTEGER, "ClientName" VARCHAR, "NationId" INTEGER)')
    con.execute("""INSERT INTO "Clients" SELECT i, 'Client ' || i, 1 + (i * 3) % 4 FROM range(1, 31) t(i)""")
    con.execute('CREATE TABLE "Styles"("StyleId" INTEGER, "StyleName" VARCHAR)')
    con.execute("""INSERT INTO "Styles" VALUES (1, 'Linen'), (2, 'Wool'), (3, 'Silk')""")
    con.execute('CREATE TABLE "Fabrics"("FabricId" INTEGER, "FabricName" VARCHAR, "StyleId" INTEGER)')
    con.execute("""INSERT INTO "Fabrics" SELECT i, 'Fabric ' || i, 1 + i % 3 FROM range(1, 13) t(i)""")
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER, "ClientId" INTEGER, "ShipPriority" VARCHAR,'
        ' "ShipmentState" VARCHAR, "ShippedOn" DATE)'
    )
    con.execute(
        """INSERT INTO "Shipments" SELECT i, 1 + (i * 11) % 30, ['urgent', 'normal', 'slow'][1 + (i * 5) % 3],
        ['sent', 'held'][1 + i % 2], DATE '2024-02-01' + CAST(i AS INTEGER) FROM range(1, 201) t(i)"""
    )
    con.execute(
        'CREATE TABLE "ShipmentLines"("ShipmentLineId" INTEGER, "ShipmentId" INTEGER, "FabricId" INTEGER,'
        ' "UnitPrice" DECIMAL(10, 2), "Quantity" INTEGER)'
    )
    con.execute(
        """INSERT INTO "ShipmentLines" SELECT i, 1 + i % 200, 1 + (i * 5) % 12,
        CASE (1 + (i * 5) % 12) % 3 WHEN 1 THEN 80 WHEN 2 THEN 4 ELSE 15 END,
        CASE (1 + (i * 5) % 12) % 3 WHEN 1 THEN 1 WHEN 2 THEN 12 ELSE 3 END
        FROM range(1, 401) t(i)"""
    )
    return con


def ledger() -> duckdb.DuckDBPyConnection:
    """Names prefixed by their table's letter and squashed (o_orderpriority), as dumped by an old warehouse."""
    con = duckdb.connect()
    con.execute("CREATE TABLE client(c_clientkey INTEGER, c_name VARCHAR, c_acctbal DECIMAL(10, 2))")
    con.execute("INSERT INTO client SELECT i, 'Client ' || i, i * 10 FROM range(1, 21) t(i)")
    con.execute(
        "CREATE TABLE orders(o_orderkey INTEGER, o_clientkey INTEGER, o_orderstatus VARCHAR,"
        " o_orderpriority VARCHAR, o_orderdate DATE, o_totalprice DECIMAL(10, 2))"
    )
    con.execute(
        """INSERT INTO orders SELECT i, 1 + i % 20, ['O', 'F', 'P'][1 + i % 3], ['1-HIGH', '2-MEDIUM', '3-LOW'][1 + i % 4
        % 3], DATE '2024-01-01' + CAST(i AS INTEGER), 100 + i FROM range(1, 121) t(i)"""
    )
    return con


shops = catalog_fixture(shop)
ledgers = catalog_fixture(ledger)
houses = catalog_fixture(trading_house)


def test_a_table_noun_before_a_table_further_up_says_whose(shops: Db, houses: Db) -> None:
    same(
        shops,
        "number of orders per customer country",
        "SELECT co.country_name, COUNT(*) FROM orders o JOIN customers c ON o.customer_id = c.customer_id"
        " JOIN countries co ON c.country_id = co.country_id GROUP BY co.country_name",
    )
    same(
        houses,
        "number of shipments per client nation",
        'SELECT n."NationName", COUNT(*) FROM "Shipments" s JOIN "Clients" c ON s."ClientId" = c."ClientId"'
        ' JOIN "Nations" n ON c."NationId" = n."NationId" GROUP BY n."NationName"',
    )


def test_the_main_tables_noun_before_its_own_column_is_no_second_grouping(ledgers: Db, houses: Db) -> None:
    same(
        ledgers,
        "count of orders by order priority",
        "SELECT o_orderpriority, COUNT(*) FROM orders GROUP BY o_orderpriority",
    )
    same(
        houses,
        "count of shipments by shipment priority",
        'SELECT "ShipPriority", COUNT(*) FROM "Shipments" GROUP BY "ShipPriority"',
    )


def test_rows_kept_by_a_value_further_up_are_no_grouping(shops: Db, houses: Db) -> None:
    same(
        shops,
        "total order value by country for customers in the South",
        "SELECT co.country_name, SUM(o.order_total) FROM orders o JOIN customers c ON o.customer_id = c.customer_id"
        " JOIN countries co ON c.country_id = co.country_id JOIN regions r ON co.region_id = r.region_id"
        " WHERE r.region_name = 'South' GROUP BY co.country_name",
    )
    same(
        houses,
        "number of shipments by nation for clients in Coast",
        'SELECT n."NationName", COUNT(*) FROM "Shipments" s JOIN "Clients" c ON s."ClientId" = c."ClientId"'
        ' JOIN "Nations" n ON c."NationId" = n."NationId" JOIN "Zones" z ON n."ZoneId" = z."ZoneId"'
        ' WHERE z."ZoneName" = \'Coast\' GROUP BY n."NationName"',
    )


def test_ranked_by_the_count_of_a_tables_rows(shops: Db, houses: Db) -> None:
    covers(
        shops,
        "top 5 customers by order count",
        "SELECT c.customer_name, COUNT(*) AS n FROM orders o JOIN customers c ON o.customer_id = c.customer_id"
        " GROUP BY c.customer_name ORDER BY n DESC, c.customer_name LIMIT 5",
    )
    covers(
        houses,
        "top 5 clients by shipment count",
        'SELECT c."ClientName", COUNT(*) AS n FROM "Shipments" s JOIN "Clients" c ON s."ClientId" = c."ClientId"'
        ' GROUP BY c."ClientName" ORDER BY n DESC, c."ClientName" LIMIT 5',
    )


def test_the_measure_after_by_ranks_a_best_selling_noun(shops: Db, houses: Db) -> None:
    gold = (
        "SELECT g.genre_name, SUM(l.unit_price * l.quantity) FROM order_lines l"
        " JOIN records r ON l.record_id = r.record_id JOIN genres g ON r.genre_id = g.genre_id GROUP BY g.genre_name"
    )
    covers(shops, "best selling genres by revenue", gold)
    covers(shops, "top selling genres by revenue", gold)
    covers(
        houses,
        "top selling styles by revenue",
        'SELECT st."StyleName", SUM(l."UnitPrice" * l."Quantity") FROM "ShipmentLines" l'
        ' JOIN "Fabrics" f ON l."FabricId" = f."FabricId" JOIN "Styles" st ON f."StyleId" = st."StyleId"'
        ' GROUP BY st."StyleName"',
    )
    # Without "by", selling still counts the units.
    covers(
        shops,
        "best selling genres",
        "SELECT g.genre_name, SUM(l.quantity) FROM order_lines l"
        " JOIN records r ON l.record_id = r.record_id JOIN genres g ON r.genre_id = g.genre_id GROUP BY g.genre_name",
    )
