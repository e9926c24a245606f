"""Places said the way people say them: "German customers", "Dutch suppliers" (a demonym), "Holland", "Britain",
"the States", "U.S.", "Korea", "Russia" (an everyday name ISO 3166 does not give), "Curacao" typed for
'Curaçao', "US-CA" or "DE-BY" (a subdivision's full code) where the short code or the name is stored, "in Germany"
over alpha-3 codes, and a country stored by name in a column of too many values to list, found through the value
lookup. A demonym that is a value of the catalog ("German" in a language column) or a nation's name that is a
person's ("Jordan") stays what the catalog says it is. On two catalogs written here: a snake_case shop storing names
and alpha-3 codes, and a PascalCase retailer storing alpha-3 codes and German state names."""

from __future__ import annotations

import duckdb
import pycountry

from backend.agents.builtin import QueryDecision, understand
from backend.core.sql_guard import guard_sql
from backend.core.value_index import build_value_index
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same

_NAMES = ["Switzerland", "Japan", "Brazil", "India", "Italy", "United Kingdom", "United States", "Türkiye", "Czechia",
          "South Korea", "Russia", "Viet Nam", "Curaçao", "Reunion", "Netherlands", "France"]  # fmt: skip
# More countries than a catalog lists, stored by their everyday names: the value index holds them all.
_MANY = sorted(n for c in pycountry.countries if "'" not in (n := str(getattr(c, "common_name", c.name))))


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER, customer_name VARCHAR, country VARCHAR, "
        "preferred_language VARCHAR)"
    )
    con.execute(
        f"""INSERT INTO customers SELECT i, 'Customer ' || i, {_NAMES!r}[1 + i % {len(_NAMES)}],
        ['German', 'French', 'Dutch', 'Spanish'][1 + i % 4] FROM range(1, 120) t(i)"""
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER, customer_id INTEGER, order_date DATE, ship_state VARCHAR, "
        "amount DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO orders SELECT i, 1 + (i * 7) % 119, DATE '2024-01-01' + CAST(i AS INTEGER),
        ['CA', 'NY', 'TX', 'WA', 'FL', 'IL'][1 + i % 6], 10 + (i * 37) % 90 FROM range(1, 400) t(i)"""
    )
    con.execute("CREATE TABLE suppliers(supplier_id INTEGER, supplier_name VARCHAR, country_iso3 VARCHAR)")
    con.execute(
        """INSERT INTO suppliers SELECT i, 'Supplier ' || i, ['DEU', 'FRA', 'ITA', 'CHE', 'NLD', 'JPN', 'USA'][1 + i % 7]
        FROM range(1, 50) t(i)"""
    )
    con.execute("CREATE TABLE visits(visit_id INTEGER, visitor_country VARCHAR, visited_on DATE)")
    con.execute(
        f"""INSERT INTO visits SELECT i, {_MANY!r}[1 + i % {len(_MANY)}], DATE '2024-01-01' + CAST(i % 300 AS INTEGER)
        FROM range(1, 3000) t(i)"""
    )
    return con


def retail() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Customers"("CustomerId" INTEGER PRIMARY KEY, "CustomerName" VARCHAR, "CountryCode" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "Customers" SELECT i, 'Customer ' || i,
        ['DEU', 'FRA', 'NLD', 'GBR', 'USA', 'JPN', 'KOR', 'TUR', 'CZE', 'RUS', 'VNM', 'CIV', 'CUW', 'JOR'][1 + i % 14]
        FROM range(1, 140) t(i)"""
    )
    con.execute('CREATE TABLE "SalesReps"("RepId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR)')
    con.execute(
        """INSERT INTO "SalesReps" VALUES (1, 'Jordan', 'Smith'), (2, 'Morgan', 'Lee'), (3, 'Avery', 'Brown'),
        (4, 'Riley', 'Jones')"""
    )
    con.execute('CREATE TABLE "Stores"("StoreId" INTEGER PRIMARY KEY, "StoreName" VARCHAR, "StateName" VARCHAR)')
    con.execute(
        """INSERT INTO "Stores" SELECT i, 'Store ' || i,
        ['Bayern', 'Berlin', 'Hamburg', 'Hessen', 'Sachsen', 'Niedersachsen'][1 + i % 6] FROM range(1, 30) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Sales"("SaleId" INTEGER PRIMARY KEY, "StoreId" INTEGER, '
        '"CustomerId" INTEGER, "RepId" INTEGER, '
        '"SaleDate" DATE, "Amount" DECIMAL(10,2))'
    )
    con.execute(
        """INSERT INTO "Sales" SELECT i, 1 + i % 29, 1 + (i * 5) % 139, 1 + i % 4, DATE '2024-01-01' + CAST(i AS INTEGER),
        20 + (i * 13) % 70 FROM range(1, 600) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "DestinationCountry" VARCHAR, "Weight" DOUBLE)'
    )
    con.execute(
        f"""INSERT INTO "Shipments" SELECT i, {_MANY!r}[1 + (i * 7) % {len(_MANY)}], 1 + i % 40 FROM range(1, 3000) t(i)"""
    )
    return con


shop_db = catalog_fixture(shop)
retail_db = catalog_fixture(retail)


def ask(db: Db, question: str) -> QueryDecision:
    """The analyst's decision with the data's values to look up, as the app asks it: a query its guard accepts."""
    d = understand(question, db[1], lookup=build_value_index(db[0], db[1]).lookup)
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    return d


def same_looked_up(db: Db, question: str, gold: str) -> QueryDecision:
    """The answer, asked with the value lookup, has the gold SQL's rows."""
    d = ask(db, question)
    assert rows(db[0], d.sql) == rows(db[0], gold), d.sql
    return d


def test_demonyms_filter_on_the_stored_name(shop_db: Db) -> None:
    d = same(shop_db, "how many Swiss customers", "SELECT COUNT(*) FROM customers WHERE country = 'Switzerland'")
    assert any("Swiss is read as Switzerland" in t for t in d.thoughts), d.thoughts
    same(shop_db, "number of japanese customers", "SELECT COUNT(*) FROM customers WHERE country = 'Japan'")
    same(shop_db, "list the Brazilian customers", "SELECT customer_name FROM customers WHERE country = 'Brazil'")
    same(
        shop_db,
        "total amount of orders from Italian customers",
        """SELECT SUM(o.amount) FROM orders o JOIN customers c ON o.customer_id = c.customer_id
        WHERE c.country = 'Italy'""",
    )
    same(shop_db, "how many Americans are customers", "SELECT COUNT(*) FROM customers WHERE country = 'United States'")


def test_demonyms_filter_on_the_stored_code(retail_db: Db) -> None:
    d = same(retail_db, "how many German customers", """SELECT COUNT(*) FROM "Customers" WHERE "CountryCode" = 'DEU'""")
    assert any("German is read as Germany, stored as 'DEU' in CountryCode" in t for t in d.thoughts), d.thoughts
    same(
        retail_db,
        "total sales of Dutch customers",
        """SELECT SUM(s."Amount") FROM "Sales" s JOIN "Customers" c ON s."CustomerId" = c."CustomerId"
        WHERE c."CountryCode" = 'NLD'""",
    )
    same(retail_db, "French customers", """SELECT "CustomerName" FROM "Customers" WHERE "CountryCode" = 'FRA'""")
    same(retail_db, "count of Czech customers", """SELECT COUNT(*) FROM "Customers" WHERE "CountryCode" = 'CZE'""")


def test_everyday_names_of_nations(shop_db: Db, retail_db: Db) -> None:
    for said, stored in (("Holland", "Netherlands"), ("Britain", "United Kingdom"), ("the States", "United States")):
        d = same(shop_db, f"customers in {said}", f"SELECT customer_name FROM customers WHERE country = '{stored}'")
        assert any(f"{said} is read as" in t for t in d.thoughts), d.thoughts
    for said, stored in (("Britain", "GBR"), ("America", "USA"), ("the U.S.", "USA"), ("Korea", "KOR"),
                         ("Russia", "RUS"), ("Vietnam", "VNM"), ("Holland", "NLD")):  # fmt: skip
        gold = f"""SELECT COUNT(*) FROM "Customers" WHERE "CountryCode" = '{stored}'"""
        same(retail_db, f"how many customers in {said}", gold)


def test_names_typed_with_or_without_accents(shop_db: Db, retail_db: Db) -> None:
    same(shop_db, "customers in Curacao", "SELECT customer_name FROM customers WHERE country = 'Curaçao'")
    same(shop_db, "customers in Réunion", "SELECT customer_name FROM customers WHERE country = 'Reunion'")
    same(retail_db, "how many customers in Curaçao", """SELECT COUNT(*) FROM "Customers" WHERE "CountryCode" = 'CUW'""")


def test_subdivision_codes_written_whole(shop_db: Db, retail_db: Db) -> None:
    d = same(
        shop_db, "total amount of orders shipped to US-CA", "SELECT SUM(amount) FROM orders WHERE ship_state = 'CA'"
    )
    assert "country" not in d.sql, d.sql
    assert any("US-CA is stored as 'CA' in ship_state" in t for t in d.thoughts), d.thoughts
    same(
        retail_db,
        "total amount of sales in DE-BY stores",
        """SELECT SUM(s."Amount") FROM "Sales" s JOIN "Stores" t ON s."StoreId" = t."StoreId"
        WHERE t."StateName" = 'Bayern'""",
    )


def test_alpha3_codes_found_by_name(shop_db: Db, retail_db: Db) -> None:
    # The language column holds 'German': "Germany" is the nation all the same.
    same(shop_db, "how many suppliers in Germany", "SELECT COUNT(*) FROM suppliers WHERE country_iso3 = 'DEU'")
    same(shop_db, "how many suppliers from Switzerland", "SELECT COUNT(*) FROM suppliers WHERE country_iso3 = 'CHE'")
    same(retail_db, "customers in Germany", """SELECT "CustomerName" FROM "Customers" WHERE "CountryCode" = 'DEU'""")


def test_names_in_a_column_too_long_to_list_are_looked_up(shop_db: Db, retail_db: Db) -> None:
    d = same_looked_up(
        shop_db, "number of Swiss visitors", "SELECT COUNT(*) FROM visits WHERE visitor_country = 'Switzerland'"
    )
    assert any("Swiss is read as Switzerland" in t for t in d.thoughts), d.thoughts
    same_looked_up(
        shop_db,
        "visits from Holland by month",
        """SELECT DATE_TRUNC('month', visited_on), COUNT(*) FROM visits WHERE visitor_country = 'Netherlands'
        GROUP BY 1""",
    )
    same_looked_up(
        retail_db,
        "total weight of German shipments",
        """SELECT SUM("Weight") FROM "Shipments" WHERE "DestinationCountry" = 'Germany'""",
    )
    same_looked_up(
        retail_db,
        "how many shipments to Vietnam",
        """SELECT COUNT(*) FROM "Shipments" WHERE "DestinationCountry" = 'Vietnam'""",
    )


def test_a_demonym_the_catalog_holds_or_a_persons_name_is_no_nation(shop_db: Db, retail_db: Db) -> None:
    d = same(shop_db, "how many German customers", "SELECT COUNT(*) FROM customers WHERE preferred_language = 'German'")
    assert "country" not in d.sql, d.sql
    d = same(shop_db, "how many Dutch suppliers", "SELECT COUNT(*) FROM suppliers")
    assert "country_iso3" not in d.sql, d.sql
    d = ask(retail_db, "total sales made by Jordan")
    assert "'JOR'" not in d.sql and "'Jordan'" in d.sql, d.sql
    d = answer(retail_db, "customers in Jordan")
    assert "'JOR'" not in d.sql, d.sql
