"""The built-in analyst on warehouse-shaped catalogs (`star_catalogs.py`, written for the test): facts whose dates are
integer keys (yyyymmdd) into a date dimension, read through it by the role the question names (order, ship) or the
fact's first one, unknown members (-1) left off time axes; the same keys read as yyyymmdd digits where no date
dimension exists; surrogate keys never measured nor grouped by; a type 2 dimension counted by its current rows;
parents two and three joins away; and role keys no catalog declares (claimant_emp_id, approver_emp_id)."""

from __future__ import annotations

from backend.agents.builtin.sql_builder import build_sql
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.star_catalogs import expense_ledger, internet_star, rental_star, retail_star

shop = catalog_fixture(retail_star)
web = catalog_fixture(internet_star)
rental = catalog_fixture(rental_star)
ledger = catalog_fixture(expense_ledger)


ORDERED = "FROM fact_sales f JOIN dim_date d ON f.order_date_key = d.date_key"
SHIPPED = "FROM fact_sales f JOIN dim_date d ON f.ship_date_key = d.date_key"
WEB_ORDERED = 'FROM "FactInternetSales" f JOIN "DimDate" d ON f."OrderDateKey" = d."DateKey"'
WEB_SHIPPED = 'FROM "FactInternetSales" f JOIN "DimDate" d ON f."ShipDateKey" = d."DateKey"'
WEEKDAY = "CAST(isodow(d.full_date) AS VARCHAR) || ' ' || dayname(d.full_date)"


# Time axes and ranges on a fact with only date keys: through the date dimension, by the role the question names.


def test_a_trend_reads_the_facts_first_date_key_through_the_date_dimension(shop: Db, web: Db) -> None:
    d = same(shop, "total sales amount by month",
             f"SELECT date_trunc('month', d.full_date), sum(f.sales_amount) {ORDERED} GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type == "line", d.chart
    same(web, "sales amount by month",
         f"""SELECT date_trunc('month', d."FullDateAlternateKey"), sum(f."SalesAmount") {WEB_ORDERED}
         GROUP BY 1""")  # fmt: skip


def test_the_role_named_chooses_the_date_key(shop: Db, web: Db) -> None:
    same(shop, "quantity shipped by month in 2024",
         f"""SELECT date_trunc('month', d.full_date), sum(f.quantity) {SHIPPED}
         WHERE d.full_date >= DATE '2024-01-01' AND d.full_date < DATE '2025-01-01' GROUP BY 1""")  # fmt: skip
    same(web, "order quantity by ship month in 2023",
         f"""SELECT date_trunc('month', d."FullDateAlternateKey"), sum(f."OrderQuantity") {WEB_SHIPPED}
         WHERE d."CalendarYear" = 2023 GROUP BY 1""")  # fmt: skip


def test_a_bucket_named_after_a_dates_role_and_the_money_column_a_table_word_names(shop: Db, web: Db) -> None:
    same(shop, "revenue by order quarter",
         f"SELECT date_trunc('quarter', d.full_date), sum(f.sales_amount) {ORDERED} GROUP BY 1")  # fmt: skip
    same(web, "sales by ship year",
         f'SELECT date_trunc(\'year\', d."FullDateAlternateKey"), sum(f."SalesAmount") {WEB_SHIPPED} GROUP BY 1')  # fmt: skip


def test_unknown_members_are_left_off_the_time_axis(shop: Db, ledger: Db) -> None:
    d = same(shop, "number of sales by ship month",
             f"SELECT date_trunc('month', d.full_date), count(*) {SHIPPED} WHERE d.full_date IS NOT NULL GROUP BY 1")  # fmt: skip
    assert [x.column.column for x in d.plan.dimensions] == ["ship_date_key"], d.sql
    same(ledger, "number of claims paid per month",
         """SELECT date_trunc('month', strptime(CAST(paid_date_key AS VARCHAR), '%Y%m%d')), count(*)
         FROM expense_claims WHERE paid_date_key > 0 GROUP BY 1""")  # fmt: skip


def test_cycles_and_ranges_on_date_keys(shop: Db, web: Db) -> None:
    same(shop, "sales amount by day of week",
         f"SELECT {WEEKDAY}, sum(f.sales_amount) {ORDERED} GROUP BY 1")  # fmt: skip
    same(web, "sales amount by year",
         f'SELECT date_trunc(\'year\', d."FullDateAlternateKey"), sum(f."SalesAmount") {WEB_ORDERED} GROUP BY 1')  # fmt: skip


def test_yyyymmdd_keys_without_a_date_dimension_are_read_as_dates(ledger: Db) -> None:
    same(ledger, "total claim amount by month",
         """SELECT date_trunc('month', strptime(CAST(submitted_date_key AS VARCHAR), '%Y%m%d')), sum(claim_amount)
         FROM expense_claims GROUP BY 1""")  # fmt: skip
    same(ledger, "claims submitted in 2024 by expense type",
         """SELECT expense_type, count(*) FROM expense_claims
         WHERE submitted_date_key BETWEEN 20240101 AND 20241231 GROUP BY 1""")  # fmt: skip


def test_a_date_key_is_written_for_spark(ledger: Db, shop: Db) -> None:
    d = answer(ledger, "total claim amount by month")
    spark = build_sql(d.plan, ledger[1], dialect="spark")
    assert "yyyyMMdd" in spark, spark
    d = answer(shop, "total sales amount by month")
    assert "dim_date" in build_sql(d.plan, shop[1], dialect="spark")


# Surrogate keys, type 2 dimensions and joins further away.


def test_dimension_labels_not_surrogate_keys(shop: Db) -> None:
    d = same(shop, "revenue by region in 2024",
             f"""SELECT s.region, sum(f.sales_amount) {ORDERED} JOIN dim_store s ON f.store_key = s.store_key
             WHERE d.year = 2024 GROUP BY 1""")  # fmt: skip
    same(shop, "total sales amount by store",
         "SELECT s.store_name, sum(f.sales_amount) FROM fact_sales f JOIN dim_store s USING (store_key) GROUP BY 1")  # fmt: skip
    d = answer(shop, "average sales amount by product")
    assert all(m.column is None or not m.column.column.endswith("_key") for m in d.plan.measures), d.sql
    assert [x.column.column for x in d.plan.dimensions] == ["product_name"], d.sql


def test_a_type_2_dimension_counts_its_current_rows(shop: Db) -> None:
    same(shop, "number of stores by region",
         "SELECT region, count(*) FROM dim_store WHERE is_current GROUP BY 1")  # fmt: skip
    # Counted from the fact, a member is counted once whatever the versions its rows point at (Riverside has two).
    same(shop, "number of stores with sales",
         "SELECT count(DISTINCT s.store_id) FROM fact_sales f JOIN dim_store s USING (store_key)")  # fmt: skip


def test_parents_two_and_three_joins_away(web: Db) -> None:
    same(web, "sales amount by country",
         """SELECT g."EnglishCountryRegionName", sum(f."SalesAmount") FROM "FactInternetSales" f
         JOIN "DimCustomer" c ON f."CustomerKey" = c."CustomerKey"
         JOIN "DimGeography" g ON c."GeographyKey" = g."GeographyKey" GROUP BY 1""")  # fmt: skip
    same(web, "total sales amount by product category",
         """SELECT pc."EnglishProductCategoryName", sum(f."SalesAmount") FROM "FactInternetSales" f
         JOIN "DimProduct" p ON f."ProductKey" = p."ProductKey"
         JOIN "DimProductSubcategory" ps ON p."ProductSubcategoryKey" = ps."ProductSubcategoryKey"
         JOIN "DimProductCategory" pc ON ps."ProductCategoryKey" = pc."ProductCategoryKey" GROUP BY 1""")  # fmt: skip


# Role keys no catalog declares.


def test_undeclared_role_keys_are_chosen_by_the_role_word(ledger: Db) -> None:
    d = same(ledger, "total claim amount by approver",
             """SELECT e.emp_name, sum(c.claim_amount) FROM expense_claims c
             JOIN employees e ON c.approver_emp_id = e.emp_id GROUP BY 1""")  # fmt: skip
    assert [j.column for j in d.plan.joins] == ["approver_emp_id"]
    d = same(ledger, "claim amount by claimant department",
             """SELECT e.department, sum(c.claim_amount) FROM expense_claims c
             JOIN employees e ON c.claimant_emp_id = e.emp_id GROUP BY 1""")  # fmt: skip
    assert [j.column for j in d.plan.joins] == ["claimant_emp_id"]


def test_members_counted_over_a_range_in_the_dated_table_that_references_them(shop: Db, web: Db) -> None:
    same(web, "how many customers bought in 2023",
         f'SELECT count(DISTINCT f."CustomerKey") {WEB_ORDERED} WHERE d."CalendarYear" = 2023')  # fmt: skip
    same(shop, "number of products with sales in 2024",
         f"SELECT count(DISTINCT f.product_key) {ORDERED} WHERE d.year = 2024")  # fmt: skip


def test_the_hour_of_day_of_a_time_of_day_dimension(shop: Db, web: Db) -> None:
    d = same(shop, "total sales amount by hour of day",
             """SELECT t.hour_of_day, sum(f.sales_amount) FROM fact_sales f
             JOIN dim_time_of_day t ON f.order_time_key = t.time_key GROUP BY 1""")  # fmt: skip
    assert [o.alias for o in d.plan.order] == ["hour_of_day"], d.sql  # a cycle in its own order
    same(web, "order quantity by hour",
         """SELECT t."HourOfDay", sum(f."OrderQuantity") FROM "FactInternetSales" f
         JOIN "DimTime" t ON f."OrderTimeKey" = t."TimeKey" GROUP BY 1""")  # fmt: skip


def test_a_follow_up_keeps_the_date_key_and_groups_by_a_table_further_up(shop: Db, web: Db) -> None:
    first = answer(web, "sales amount by country in 2023")
    d = answer(web, "by product category instead", previous=first)
    assert rows(web[0], d.sql) == rows(web[0],
        f"""SELECT pc."EnglishProductCategoryName", sum(f."SalesAmount") {WEB_ORDERED}
        JOIN "DimProduct" p ON f."ProductKey" = p."ProductKey"
        JOIN "DimProductSubcategory" ps ON p."ProductSubcategoryKey" = ps."ProductSubcategoryKey"
        JOIN "DimProductCategory" pc ON ps."ProductCategoryKey" = pc."ProductCategoryKey"
        WHERE d."CalendarYear" = 2023 GROUP BY 1"""), d.sql  # fmt: skip
    first = answer(shop, "quantity shipped by month in 2024")
    d = answer(shop, "by store instead", previous=first)
    assert rows(shop[0], d.sql) == rows(shop[0],
        f"""SELECT s.store_name, sum(f.quantity) {SHIPPED} JOIN dim_store s ON f.store_key = s.store_key
        WHERE d.year = 2024 GROUP BY 1"""), d.sql  # fmt: skip


def test_a_verb_names_the_role_of_a_date_key(rental: Db, shop: Db) -> None:
    cancelled = "FROM fact_rental f JOIN dim_calendar c ON f.cancelled_calendar_key = c.calendar_key"
    same(rental, "number of rentals cancelled in 2023",
         f"SELECT count(*) {cancelled} WHERE c.year_number = 2023")  # fmt: skip
    same(rental, "cancellations by month",
         f"SELECT date_trunc('month', c.calendar_date), count(*) {cancelled} WHERE f.cancelled_calendar_key > 0 "
         "GROUP BY 1")  # fmt: skip
    # A verb and its particle written as one word in the key's name: "picked up" → pickup_calendar_key.
    same(rental, "rentals picked up on each day of week",
         """SELECT CAST(isodow(c.calendar_date) AS VARCHAR) || ' ' || dayname(c.calendar_date), count(*)
         FROM fact_rental f JOIN dim_calendar c ON f.pickup_calendar_key = c.calendar_key GROUP BY 1""")  # fmt: skip
    same(rental, "average days between booking and pickup",
         """SELECT avg(date_diff('day', b.calendar_date, p.calendar_date)) FROM fact_rental f
         JOIN dim_calendar b ON f.booked_calendar_key = b.calendar_key
         JOIN dim_calendar p ON f.pickup_calendar_key = p.calendar_key""")  # fmt: skip
    same(shop, "average days between order and ship",
         """SELECT avg(date_diff('day', o.full_date, s.full_date)) FROM fact_sales f
         JOIN dim_date o ON f.order_date_key = o.date_key JOIN dim_date s ON f.ship_date_key = s.date_key
         WHERE s.full_date IS NOT NULL""")  # fmt: skip


def test_a_type_2_dimension_with_a_y_n_flag(rental: Db) -> None:
    same(rental, "number of branches by city",
         "SELECT city, count(*) FROM dim_branch WHERE current_flag = 'Y' GROUP BY 1")  # fmt: skip
    same(rental, "how many branches had rentals",
         "SELECT count(DISTINCT b.branch_code) FROM fact_rental f JOIN dim_branch b USING (branch_key)")  # fmt: skip


def test_a_figure_per_date_through_a_date_key_runs_over_the_dates_it_has(shop: Db, web: Db) -> None:
    # "ARPU by month" once joined the dimension's integer key to the date it stands for (a failed cast): a key into a
    # date dimension is read as its date, no member of a table to count every one of.
    for db in (shop, web):
        d = answer(db, "average revenue per date")
        assert len(db[0].execute(d.sql).fetchall()) == 1, d.sql
