"""Three catalogs shaped like data warehouses, written for the analyst's schema-structure tests (none is the demo nor
an eval catalog): a snake_case retail star with declared keys, role-playing date keys (order, ship; -1 = not
shipped yet, a dimension row of its own) and a type 2 store dimension; a PascalCase internet-sales star without
declared keys (role-playing date keys, a customer's country two joins away, a product's category three joins away);
an expense ledger with yyyymmdd integer dates and no date dimension, whose employee keys play roles (claimant,
approver) and are declared nowhere; and a car rental star whose calendar dimension four keys reference (booked,
pickup, return, cancelled; -1 = not cancelled)."""

from __future__ import annotations

import duckdb


def retail_star() -> duckdb.DuckDBPyConnection:
    """fact_sales around dim_date (yyyymmdd keys, a -1 'Unknown' row), dim_store (type 2), dim_product and
    dim_time_of_day (one row per minute)."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE dim_date(date_key INTEGER PRIMARY KEY, full_date DATE, year INTEGER, month INTEGER, "
        "month_name VARCHAR, quarter INTEGER, day_of_week VARCHAR, is_weekend BOOLEAN)"
    )
    con.execute(
        """INSERT INTO dim_date SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), month(d),
        monthname(d), quarter(d), dayname(d), dayofweek(d) IN (0, 6)
        FROM range(DATE '2023-01-01', DATE '2025-01-01', INTERVAL 1 DAY) t(d)"""
    )
    con.execute("INSERT INTO dim_date VALUES (-1, NULL, NULL, NULL, 'Unknown', NULL, 'Unknown', NULL)")
    con.execute(
        "CREATE TABLE dim_store(store_key INTEGER PRIMARY KEY, store_id VARCHAR, store_name VARCHAR, city VARCHAR, "
        "region VARCHAR, is_current BOOLEAN, valid_from DATE, valid_to DATE)"
    )
    con.execute(
        """INSERT INTO dim_store VALUES
        (1, 'S01', 'Harbour Point', 'Bergen', 'West', true, DATE '2020-01-01', NULL),
        (2, 'S02', 'Old Mill', 'Leeds', 'North', true, DATE '2020-01-01', NULL),
        (3, 'S03', 'Riverside', 'York', 'North', false, DATE '2020-01-01', DATE '2023-12-31'),
        (4, 'S04', 'Market Cross', 'Norwich', 'East', true, DATE '2020-01-01', NULL),
        (5, 'S05', 'Kingsway', 'Bristol', 'West', true, DATE '2020-01-01', NULL),
        (6, 'S06', 'Dockside', 'Hull', 'East', true, DATE '2020-01-01', NULL),
        (7, 'S03', 'Riverside', 'York', 'East', true, DATE '2024-01-01', NULL)"""
    )
    con.execute(
        "CREATE TABLE dim_product(product_key INTEGER PRIMARY KEY, product_name VARCHAR, category VARCHAR, "
        "list_price DECIMAL(8,2))"
    )
    con.execute(
        """INSERT INTO dim_product SELECT i, 'Product ' || lpad(CAST(i AS VARCHAR), 2, '0'),
        ['Garden', 'Kitchen', 'Tools'][1 + i % 3], 10 + i * 3.5 FROM range(1, 13) t(i)"""
    )
    con.execute(
        "CREATE TABLE dim_time_of_day(time_key INTEGER PRIMARY KEY, hour_of_day INTEGER, minute INTEGER, "
        "day_part VARCHAR)"
    )
    con.execute(
        """INSERT INTO dim_time_of_day SELECT i, i // 60, i % 60,
        CASE WHEN i < 720 THEN 'Morning' WHEN i < 1080 THEN 'Afternoon' ELSE 'Evening' END FROM range(1440) t(i)"""
    )
    con.execute(
        "CREATE TABLE fact_sales(order_number VARCHAR, order_date_key INTEGER REFERENCES dim_date(date_key), "
        "ship_date_key INTEGER REFERENCES dim_date(date_key), store_key INTEGER REFERENCES dim_store(store_key), "
        "product_key INTEGER REFERENCES dim_product(product_key), "
        "order_time_key INTEGER REFERENCES dim_time_of_day(time_key), quantity INTEGER, sales_amount DECIMAL(10,2), "
        "cost_amount DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO fact_sales
        WITH base AS (
            SELECT i, DATE '2023-01-01' + CAST((i * 7919) % 731 AS INTEGER) AS placed,
                   1 + i % 6 AS slot, 1 + (i * 31) % 12 AS product, 1 + i % 7 AS qty FROM range(4000) t(i)
        ), shipped AS (
            SELECT *, placed + CAST(i % 5 AS INTEGER) AS sent FROM base
        )
        SELECT 'SO' || lpad(CAST(i AS VARCHAR), 5, '0'), CAST(strftime(placed, '%Y%m%d') AS INTEGER),
               CASE WHEN i % 13 = 0 OR sent > DATE '2024-12-31' THEN -1
                    ELSE CAST(strftime(sent, '%Y%m%d') AS INTEGER) END,
               CASE WHEN slot = 3 AND placed >= DATE '2024-01-01' THEN 7 ELSE slot END,
               product, (i * 37 + 480) % 1440, qty, qty * (10 + product * 3.5) * (CASE WHEN month(placed) = 12 THEN 1.5 ELSE 1 END),
               qty * (6 + product * 2)
        FROM shipped"""
    )
    return con


def internet_star() -> duckdb.DuckDBPyConnection:
    """FactInternetSales around DimDate, DimTime, DimCustomer → DimGeography and DimProduct → DimProductSubcategory
    → DimProductCategory, in PascalCase, without a single declared key."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "DimDate"("DateKey" INTEGER, "FullDateAlternateKey" DATE, "DayNumberOfWeek" SMALLINT, '
        '"EnglishDayNameOfWeek" VARCHAR, "EnglishMonthName" VARCHAR, "MonthNumberOfYear" SMALLINT, '
        '"CalendarQuarter" SMALLINT, "CalendarYear" SMALLINT)'
    )
    con.execute(
        """INSERT INTO "DimDate" SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), isodow(d),
        dayname(d), monthname(d), month(d), quarter(d), year(d)
        FROM range(DATE '2022-07-01', DATE '2024-07-01', INTERVAL 1 DAY) t(d)"""
    )
    con.execute(
        'CREATE TABLE "DimGeography"("GeographyKey" INTEGER, "City" VARCHAR, "StateProvinceName" VARCHAR, '
        '"EnglishCountryRegionName" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "DimGeography" VALUES (1, 'Lyon', 'Rhone', 'France'), (2, 'Paris', 'Ile-de-France', 'France'),
        (3, 'Bonn', 'Nordrhein-Westfalen', 'Germany'), (4, 'Perth', 'Western Australia', 'Australia'),
        (5, 'Sydney', 'New South Wales', 'Australia')"""
    )
    con.execute(
        'CREATE TABLE "DimCustomer"("CustomerKey" INTEGER, "CustomerAlternateKey" VARCHAR, "FirstName" VARCHAR, '
        '"LastName" VARCHAR, "GeographyKey" INTEGER, "YearlyIncome" DOUBLE, "Gender" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "DimCustomer" SELECT i, 'AW' || lpad(CAST(i AS VARCHAR), 5, '0'), 'First' || i, 'Last' || i,
        1 + (i * 3) % 5, 20000 + (i % 9) * 10000, ['F', 'M'][1 + i % 2] FROM range(1, 121) t(i)"""
    )
    con.execute('CREATE TABLE "DimProductCategory"("ProductCategoryKey" INTEGER, "EnglishProductCategoryName" VARCHAR)')
    con.execute("""INSERT INTO "DimProductCategory" VALUES (1, 'Bikes'), (2, 'Components'), (3, 'Clothing')""")
    con.execute(
        'CREATE TABLE "DimProductSubcategory"("ProductSubcategoryKey" INTEGER, '
        '"EnglishProductSubcategoryName" VARCHAR, "ProductCategoryKey" INTEGER)'
    )
    con.execute(
        """INSERT INTO "DimProductSubcategory" VALUES (1, 'Road Bikes', 1), (2, 'Mountain Bikes', 1),
        (3, 'Chains', 2), (4, 'Wheels', 2), (5, 'Jerseys', 3), (6, 'Gloves', 3)"""
    )
    con.execute(
        'CREATE TABLE "DimProduct"("ProductKey" INTEGER, "EnglishProductName" VARCHAR, '
        '"ProductSubcategoryKey" INTEGER, "ListPrice" DOUBLE, "Color" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "DimProduct" SELECT i, 'Item ' || i, 1 + i % 6, 20 + i * 15.0,
        ['Red', 'Black', 'Silver'][1 + i % 3] FROM range(1, 31) t(i)"""
    )
    con.execute('CREATE TABLE "DimTime"("TimeKey" INTEGER, "HourOfDay" SMALLINT, "MinuteOfHour" SMALLINT)')
    con.execute("""INSERT INTO "DimTime" SELECT i, i // 60, i % 60 FROM range(1440) t(i)""")
    con.execute(
        'CREATE TABLE "FactInternetSales"("SalesOrderNumber" VARCHAR, "SalesOrderLineNumber" SMALLINT, '
        '"ProductKey" INTEGER, "OrderDateKey" INTEGER, "DueDateKey" INTEGER, "ShipDateKey" INTEGER, '
        '"OrderTimeKey" INTEGER, "CustomerKey" INTEGER, "OrderQuantity" SMALLINT, "UnitPrice" DOUBLE, '
        '"SalesAmount" DOUBLE, "TotalProductCost" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "FactInternetSales"
        WITH base AS (
            SELECT i, DATE '2022-07-01' + CAST((i * 4099) % 700 AS INTEGER) AS ordered, 1 + (i * 7) % 30 AS product,
                   1 + i % 3 AS qty FROM range(3000) t(i)
        )
        SELECT 'SO' || (40000 + i // 2), 1 + i % 2, product, CAST(strftime(ordered, '%Y%m%d') AS INTEGER),
               CAST(strftime(ordered + 12, '%Y%m%d') AS INTEGER),
               CAST(strftime(ordered + CAST(3 + i % 9 AS INTEGER), '%Y%m%d') AS INTEGER), (i * 53) % 1440,
               1 + (i * 13) % 120, qty,
               20 + product * 15.0, qty * (20 + product * 15.0), qty * (12 + product * 9.0)
        FROM base"""
    )
    return con


def expense_ledger() -> duckdb.DuckDBPyConnection:
    """employees and expense_claims (a claimant and an approver, both employees; submitted and paid dates as yyyymmdd
    integers, -1 when not paid yet), no date dimension and no declared key."""
    con = duckdb.connect()
    con.execute("CREATE TABLE employees(emp_id INTEGER, emp_name VARCHAR, department VARCHAR)")
    con.execute(
        """INSERT INTO employees SELECT i, 'Employee ' || lpad(CAST(i AS VARCHAR), 2, '0'),
        ['Finance', 'Sales', 'Research', 'Support'][1 + i % 4] FROM range(1, 25) t(i)"""
    )
    con.execute(
        "CREATE TABLE expense_claims(claim_id INTEGER, claimant_emp_id INTEGER, approver_emp_id INTEGER, "
        "submitted_date_key INTEGER, paid_date_key INTEGER, claim_amount DECIMAL(10,2), expense_type VARCHAR)"
    )
    con.execute(
        """INSERT INTO expense_claims
        WITH base AS (SELECT i, DATE '2023-03-01' + CAST((i * 577) % 640 AS INTEGER) AS sent FROM range(1500) t(i))
        SELECT i, 1 + (i * 5) % 24, 1 + (i * 7) % 6, CAST(strftime(sent, '%Y%m%d') AS INTEGER),
               CASE WHEN i % 9 = 0 THEN -1 ELSE CAST(strftime(sent + CAST(5 + i % 20 AS INTEGER), '%Y%m%d') AS INTEGER)
               END, 15 + (i * 37) % 400 + 0.5, ['Travel', 'Meals', 'Lodging', 'Software'][1 + i % 4]
        FROM base"""
    )
    return con


def rental_star() -> duckdb.DuckDBPyConnection:
    """fact_rental around dim_calendar (four role-playing keys, a -1 'n/a' row) and dim_branch (type 2, a CHAR flag)."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE dim_calendar(calendar_key INTEGER PRIMARY KEY, calendar_date DATE, year_number INTEGER, "
        "month_number INTEGER, weekday_name VARCHAR)"
    )
    con.execute(
        """INSERT INTO dim_calendar SELECT CAST(strftime(d, '%Y%m%d') AS INTEGER), CAST(d AS DATE), year(d), month(d),
        dayname(d) FROM range(DATE '2022-01-01', DATE '2025-01-01', INTERVAL 1 DAY) t(d)"""
    )
    con.execute("INSERT INTO dim_calendar VALUES (-1, NULL, NULL, NULL, 'n/a')")
    con.execute(
        "CREATE TABLE dim_branch(branch_key INTEGER PRIMARY KEY, branch_code VARCHAR, branch_name VARCHAR, "
        "city VARCHAR, current_flag VARCHAR)"
    )
    con.execute(
        """INSERT INTO dim_branch VALUES (1, 'B1', 'Airport', 'Oslo', 'Y'), (2, 'B2', 'Central', 'Oslo', 'N'),
        (3, 'B2', 'Central', 'Bergen', 'Y'), (4, 'B3', 'Harbour', 'Bergen', 'Y')"""
    )
    con.execute(
        "CREATE TABLE fact_rental(rental_id INTEGER, "
        "booked_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "pickup_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "return_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "cancelled_calendar_key INTEGER REFERENCES dim_calendar(calendar_key), "
        "branch_key INTEGER REFERENCES dim_branch(branch_key), rental_amount DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO fact_rental
        WITH base AS (SELECT i, DATE '2022-01-01' + CAST((i * 389) % 1000 AS INTEGER) AS booked FROM range(2000) t(i))
        SELECT i, CAST(strftime(booked, '%Y%m%d') AS INTEGER),
               CAST(strftime(booked + CAST(3 + i % 20 AS INTEGER), '%Y%m%d') AS INTEGER),
               CAST(strftime(booked + CAST(25 + i % 6 AS INTEGER), '%Y%m%d') AS INTEGER),
               CASE WHEN i % 7 = 0 THEN CAST(strftime(booked + 2, '%Y%m%d') AS INTEGER) ELSE -1 END,
               CASE WHEN i % 4 = 1 AND booked >= DATE '2023-06-01' THEN 3 ELSE 1 + i % 4 END, 100 + i % 50
        FROM base"""
    )
    return con
