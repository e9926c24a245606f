"""A place said by its name where the data stores its ISO 3166 code ("users from Germany" over country_code = 'DE',
"revenue in California" over ship_state = 'CA'), or by a code where names are stored ("customers in DE" over Country =
'Germany', "USA" over 'United States'): the filter is kept, on the stored value, and the thoughts say how the place is
stored. Whether a column holds places is read from its values. English words spelled like codes ("in", "or") never
become places. On two catalogs written here: a snake_case shop storing alpha-2 codes and US state codes, and a
PascalCase trading firm storing full country names."""

from __future__ import annotations

import duckdb
import pycountry

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same


def shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE users(user_id INTEGER, user_name VARCHAR, country_code VARCHAR, signup_date DATE)")
    con.execute(
        """INSERT INTO users SELECT i, 'User ' || i, ['DE', 'FR', 'US', 'GB', 'JP', 'KR', 'CA'][1 + i % 7],
        DATE '2023-01-01' + CAST(i * 5 AS INTEGER) FROM range(1, 50) t(i)"""
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER, user_id INTEGER, order_date DATE, ship_state VARCHAR, "
        "amount DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO orders SELECT i, 1 + (i * 7) % 49, DATE '2023-01-01' + CAST(i * 3 AS INTEGER),
        ['CA', 'NY', 'TX', 'IN', 'OR', 'WA', 'GA', 'ME'][1 + i % 8], 10 + (i * 37) % 90 FROM range(1, 400) t(i)"""
    )
    # More codes than a catalog lists (it keeps samples only): the column is read from its samples.
    codes = sorted(str(c.alpha_2) for c in pycountry.countries)[:120]
    con.execute("CREATE TABLE visits(visit_id INTEGER, visitor_nation VARCHAR, visited_on DATE)")
    con.execute(
        f"""INSERT INTO visits SELECT i, {codes!r}[1 + i % 120], DATE '2024-01-01' + CAST(i % 300 AS INTEGER)
        FROM range(1, 2000) t(i)"""
    )
    return con


def trading() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Customers"("CustomerId" INTEGER PRIMARY KEY, "CustomerName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Customers" SELECT i, 'Customer ' || i,
        ['Germany', 'France', 'United States', 'United Kingdom', 'Japan', 'Canada', 'India'][1 + i % 7]
        FROM range(1, 43) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Sales"("SaleId" INTEGER PRIMARY KEY, '
        '"CustomerId" INTEGER REFERENCES "Customers"("CustomerId"), "SaleDate" DATE, "Amount" DECIMAL(10,2))'
    )
    con.execute(
        """INSERT INTO "Sales" SELECT i, 1 + (i * 5) % 42, DATE '2024-01-01' + CAST(i AS INTEGER), 20 + (i * 13) % 70
        FROM range(1, 200) t(i)"""
    )
    return con


shop_db = catalog_fixture(shop)
trading_db = catalog_fixture(trading)


def test_country_names_find_alpha2_codes_and_say_how_they_are_stored(shop_db: Db) -> None:
    d = same(shop_db, "how many users from Germany", "SELECT COUNT(*) FROM users WHERE country_code = 'DE'")
    assert any("Germany is stored as 'DE' in country_code" in t for t in d.thoughts), d.thoughts
    same(shop_db, "number of users in South Korea", "SELECT COUNT(*) FROM users WHERE country_code = 'KR'")
    same(shop_db, "list the users in the UK", "SELECT user_name FROM users WHERE country_code = 'GB'")
    same(shop_db, "users from japan", "SELECT user_name FROM users WHERE country_code = 'JP'")


def test_a_follow_up_naming_a_place_filters_on_its_code(shop_db: Db) -> None:
    first = answer(shop_db, "number of users by signup month")
    d = answer(shop_db, "only France", previous=first)
    gold = "SELECT DATE_TRUNC('month', signup_date), COUNT(*) FROM users WHERE country_code = 'FR' GROUP BY 1"
    assert rows(shop_db[0], d.sql) == rows(shop_db[0], gold), d.sql
    assert any("France is stored as 'FR' in country_code" in t for t in d.thoughts), d.thoughts


def test_a_column_of_more_codes_than_listed_is_read_from_its_samples(shop_db: Db) -> None:
    same(shop_db, "how many visits from Germany", "SELECT COUNT(*) FROM visits WHERE visitor_nation = 'DE'")
    same(shop_db, "number of visits from Norway", "SELECT COUNT(*) FROM visits WHERE visitor_nation = 'NO'")


def test_state_names_find_state_codes(shop_db: Db) -> None:
    d = same(shop_db, "total amount of orders in California", "SELECT SUM(amount) FROM orders WHERE ship_state = 'CA'")
    assert any("California is stored as 'CA' in ship_state" in t for t in d.thoughts), d.thoughts
    same(shop_db, "how many orders in New York", "SELECT COUNT(*) FROM orders WHERE ship_state = 'NY'")
    same(
        shop_db,
        "revenue by month for orders shipped to Texas",
        """SELECT DATE_TRUNC('month', order_date), SUM(amount) FROM orders WHERE ship_state = 'TX' GROUP BY 1""",
    )


def test_english_words_spelled_like_state_codes_filter_nothing(shop_db: Db) -> None:
    d = same(
        shop_db,
        "number of orders in 2024 or later",
        "SELECT COUNT(*) FROM orders WHERE order_date >= DATE '2024-01-01'",
    )
    assert "ship_state" not in d.sql
    d = same(shop_db, "how many orders are there in total", "SELECT COUNT(*) FROM orders")
    assert "ship_state" not in d.sql
    same(
        shop_db,
        "number of orders in 2024 or later shipped to Oregon",
        "SELECT COUNT(*) FROM orders WHERE order_date >= DATE '2024-01-01' AND ship_state = 'OR'",
    )
    same(
        shop_db,
        "how many orders in Indiana or Oregon",
        "SELECT COUNT(*) FROM orders WHERE ship_state IN ('IN', 'OR')",
    )


def test_codes_find_full_country_names(trading_db: Db) -> None:
    d = same(trading_db, "how many customers in DE", """SELECT COUNT(*) FROM "Customers" WHERE "Country" = 'Germany'""")
    assert any("DE is stored as 'Germany' in Country" in t for t in d.thoughts), d.thoughts
    same(
        trading_db,
        "number of customers in USA",
        """SELECT COUNT(*) FROM "Customers" WHERE "Country" = 'United States'""",
    )
    same(
        trading_db,
        "total Amount of sales in FRA",
        """SELECT SUM(s."Amount") FROM "Sales" s JOIN "Customers" c ON s."CustomerId" = c."CustomerId"
        WHERE c."Country" = 'France'""",
    )
    same(
        trading_db,
        "customers in the United States of America",
        """SELECT "CustomerName" FROM "Customers" WHERE "Country" = 'United States'""",
    )


def test_an_unknown_code_or_a_place_not_stored_filters_nothing(trading_db: Db) -> None:
    d = answer(trading_db, "how many customers in ZZ")
    assert "Country" not in d.sql.split("FROM", 1)[1], d.sql
    d = answer(trading_db, "how many customers in Brazil")
    assert "'Brazil'" not in d.sql
