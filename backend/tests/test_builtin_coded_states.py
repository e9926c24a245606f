"""Filter words a catalog stores as codes. A state said in words ("open orders", "how many parcels were damaged") is the
one-letter code of a status or flag column whose initial it is: the state words of the language, or the column's own
word said as a participle (damage_flag ↔ "damaged"). A word that is the whole word of one ranked value ("rush" ↔
'1-RUSH') is that value. A verb is no value of a column of means ("shipped by AIR" asks for AIR alone, never the mode
SHIP). A follow-up naming a state keeps the breakdown and adds the filter. On two catalogs written here: a snake_case
freight service and a PascalCase web shop."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same


def freight() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR, region VARCHAR)")
    con.execute(
        "INSERT INTO clients SELECT i, 'Client ' || i, ['North', 'South', 'East', 'West'][1 + i % 4] FROM range(1, 41) t(i)"
    )
    con.execute(
        """CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
        sent_on DATE, promised_on DATE, delivered_on DATE, parcel_status VARCHAR, damage_flag VARCHAR,
        service_level VARCHAR, ship_mode VARCHAR, weight_kg DOUBLE)"""
    )
    con.execute(
        """INSERT INTO parcels SELECT i, 1 + i % 40, DATE '2024-01-01' + CAST(i % 300 AS INTEGER),
        DATE '2024-01-04' + CAST(i % 300 AS INTEGER), DATE '2024-01-02' + CAST(i % 300 + i % 5 AS INTEGER),
        ['O', 'C', 'C', 'H', 'C'][1 + i % 5], CASE WHEN i % 7 = 0 THEN 'D' ELSE 'N' END,
        ['1-RUSH', '2-EXPRESS', '3-STANDARD', '3-STANDARD', '4-ECONOMY'][1 + i % 5 * 3 % 5],
        ['AIR', 'TRUCK', 'SHIP', 'RAIL', 'TRUCK', 'SHIP'][1 + i % 6], 0.5 + (i * 37 % 200) / 10.0
        FROM range(1, 601) t(i)"""
    )
    return con


def web_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Customers"("CustomerId" INTEGER PRIMARY KEY, "CustomerName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Customers" SELECT i, 'Customer ' || i, ['France', 'Spain', 'Italy'][1 + i % 3]
        FROM range(1, 31) t(i)"""
    )
    con.execute(
        """CREATE TABLE "Orders"("OrderId" INTEGER PRIMARY KEY, "CustomerId" INTEGER REFERENCES "Customers"("CustomerId"),
        "OrderDate" DATE, "DueDate" DATE, "DeliveryDate" DATE, "OrderStatus" VARCHAR, "RefundFlag" VARCHAR,
        "Urgency" VARCHAR, "ShipMode" VARCHAR, "Amount" DECIMAL(10, 2))"""
    )
    con.execute(
        """INSERT INTO "Orders" SELECT i, 1 + i % 30, DATE '2023-06-01' + CAST(i % 400 AS INTEGER),
        DATE '2023-06-08' + CAST(i % 400 AS INTEGER), DATE '2023-06-03' + CAST(i % 400 + i % 9 AS INTEGER),
        ['C', 'O', 'C', 'P', 'C', 'C'][1 + i % 6], CASE WHEN i % 9 = 2 THEN 'R' ELSE 'N' END,
        ['1-CRITICAL', '2-HIGH', '3-NORMAL', '3-NORMAL', '4-LOW'][1 + i * 2 % 5],
        ['GROUND', 'AIR', 'SHIP', 'GROUND', 'POST'][1 + i % 5], 10 + (i * 53 % 900) / 4.0
        FROM range(1, 801) t(i)"""
    )
    return con


parcels = catalog_fixture(freight)
shop = catalog_fixture(web_shop)


def test_a_state_word_is_the_code_of_its_initial(parcels: Db, shop: Db) -> None:
    d = same(parcels, "how many open parcels", "SELECT COUNT(*) FROM parcels WHERE parcel_status = 'O'")
    assert d.chart.chart_type == "kpi"
    assert "I read “open” as the code 'O' of parcel_status." in " ".join(d.thoughts)
    same(shop, "how many pending orders", """SELECT COUNT(*) FROM "Orders" WHERE "OrderStatus" = 'P'""")
    d = same(shop, "How many closed orders do we have?", """SELECT COUNT(*) FROM "Orders" WHERE "OrderStatus" = 'C'""")
    assert "code 'C' of OrderStatus" in " ".join(d.thoughts)


def test_a_flag_named_by_its_own_word_said_as_a_participle_filters(parcels: Db, shop: Db) -> None:
    d = same(parcels, "how many parcels were damaged", "SELECT COUNT(*) FROM parcels WHERE damage_flag = 'D'")
    assert d.chart.chart_type == "kpi"  # a filter, not a breakdown by the flag
    same(shop, "How many orders were refunded?", """SELECT COUNT(*) FROM "Orders" WHERE "RefundFlag" = 'R'""")


def test_a_word_no_code_fits_is_read_as_before(parcels: Db, shop: Db) -> None:
    d = same(shop, "how many approved orders", 'SELECT COUNT(*) FROM "Orders"')  # no code 'A'
    assert not any("code" in t for t in d.thoughts)
    same(parcels, "parcels by parcel status", "SELECT parcel_status, COUNT(*) FROM parcels GROUP BY 1")
    # a flag of one thing takes no other state word: "delivered" is no 'D' (damaged)
    same(parcels, "how many delivered parcels", "SELECT COUNT(*) FROM parcels")


def test_a_word_of_one_ranked_value_is_that_value(parcels: Db, shop: Db) -> None:
    same(parcels, "how many rush parcels", "SELECT COUNT(*) FROM parcels WHERE service_level = '1-RUSH'")
    same(
        parcels,
        "economy parcels by region",
        """SELECT c.region, COUNT(*) FROM parcels p JOIN clients c ON p.client_id = c.client_id
        WHERE p.service_level = '4-ECONOMY' GROUP BY 1""",
    )
    same(shop, "number of critical orders", """SELECT COUNT(*) FROM "Orders" WHERE "Urgency" = '1-CRITICAL'""")
    same(
        shop,
        "high urgency orders per country",
        """SELECT c."Country", COUNT(*) FROM "Orders" o JOIN "Customers" c ON o."CustomerId" = c."CustomerId"
        WHERE o."Urgency" = '2-HIGH' GROUP BY 1""",
    )


def test_a_verb_is_no_value_of_a_column_of_means(parcels: Db, shop: Db) -> None:
    same(
        parcels,
        "what percentage of parcels were shipped by AIR",
        "SELECT 100.0 * AVG(CASE WHEN ship_mode = 'AIR' THEN 1 ELSE 0 END) FROM parcels",
    )
    same(
        shop,
        "What share of orders were shipped by AIR?",
        """SELECT 100.0 * AVG(CASE WHEN "ShipMode" = 'AIR' THEN 1 ELSE 0 END) FROM "Orders\"""",
    )
    d = same(
        parcels,
        "parcels shipped late (delivered after the promised date) - how many?",
        "SELECT COUNT(*) FROM parcels WHERE delivered_on > promised_on",
    )
    assert d.chart.chart_type == "kpi"
    d = same(
        shop,
        "orders shipped late (delivered after the due date) - how many?",
        """SELECT COUNT(*) FROM "Orders" WHERE "DeliveryDate" > "DueDate\"""",
    )
    assert d.chart.chart_type == "kpi"


def test_a_state_said_in_a_follow_up_keeps_the_breakdown(parcels: Db, shop: Db) -> None:
    first = answer(parcels, "total weight by ship mode")
    d = answer(parcels, "just for damaged parcels", previous=first)
    gold = "SELECT ship_mode, SUM(weight_kg) FROM parcels WHERE damage_flag = 'D' GROUP BY 1"
    assert rows(parcels[0], d.sql) == rows(parcels[0], gold), d.sql
    first = answer(shop, "total amount by ship mode")
    d = answer(shop, "only refunded orders", previous=first)
    gold = """SELECT "ShipMode", SUM("Amount") FROM "Orders" WHERE "RefundFlag" = 'R' GROUP BY 1"""
    assert rows(shop[0], d.sql) == rows(shop[0], gold), d.sql
