"""Rates that are ratios of totals, on catalogs the analyst has never seen (`total_ratio_catalogs.py`: a cab firm in
snake_case with declared keys, a garden-centre chain in PascalCase without any). A part of the rows' money named before
"percentage", "rate" or "%" ("tip percentage", "discount rate", "margin %") is 100 × its total over the total of the
money it is part of, in each group — never the average of each row's own percentage."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.total_ratio_catalogs import cab_firm, garden_chain

cabs = catalog_fixture(cab_firm)
garden = catalog_fixture(garden_chain)


# "tip percentage by payment type": the tips over the fares they were given on, a ratio of the two totals per group.
def test_a_part_named_before_percentage_is_its_total_over_the_whole(cabs: Db, garden: Db) -> None:
    d = same(
        cabs,
        "tip percentage by payment type",
        "SELECT payment_type, 100.0 * SUM(tip_amount) / SUM(fare_amount) FROM trips GROUP BY 1",
    )
    assert any("tip_amount" in t and "fare_amount" in t and "ratio of totals" in t for t in d.thoughts), d.thoughts
    assert d.chart.chart_type == "bar", d.chart
    same(
        cabs,
        "tip % by payment type",
        "SELECT payment_type, 100.0 * SUM(tip_amount) / SUM(fare_amount) FROM trips GROUP BY 1",
    )
    d = same(
        garden,
        "tip percentage by payment method",
        'SELECT "PaymentMethod", 100.0 * SUM("TipAmount") / SUM("NetAmount") FROM "Sales" GROUP BY 1',
    )
    assert any("NetAmount" in t for t in d.thoughts), d.thoughts


# "discount rate by category": the discounts over the amount before them (the gross amount where the rows keep one).
def test_a_discount_rate_is_over_the_amount_before_the_discount(cabs: Db, garden: Db) -> None:
    same(
        cabs,
        "discount rate by service class",
        "SELECT service_class, 100.0 * SUM(discount_amount) / SUM(fare_amount) FROM trips GROUP BY 1",
    )
    d = same(
        garden,
        "discount rate by category",
        'SELECT "Category", 100.0 * SUM("DiscountAmount") / SUM("GrossAmount") FROM "Sales" GROUP BY 1',
    )
    assert any("GrossAmount" in t for t in d.thoughts), d.thoughts
    d = same(
        garden,
        "monthly discount rate",
        'SELECT DATE_TRUNC(\'month\', "SaleDate"), 100.0 * SUM("DiscountAmount") / SUM("GrossAmount") '
        'FROM "Sales" GROUP BY 1',
    )
    assert d.chart.chart_type == "line", d.chart


# "margin % by product line": (revenue − cost) over revenue, each a total of the group's rows.
def test_a_margin_percentage_is_revenue_less_cost_over_revenue(cabs: Db, garden: Db) -> None:
    d = same(
        cabs,
        "margin % by service class",
        "SELECT service_class, 100.0 * SUM(fare_amount - fuel_cost) / SUM(fare_amount) FROM trips GROUP BY 1",
    )
    assert any("fuel_cost" in t and "ratio of totals" in t for t in d.thoughts), d.thoughts
    same(
        garden,
        "margin % by product line",
        'SELECT "ProductLine", 100.0 * SUM("NetAmount" - "CostAmount") / SUM("NetAmount") FROM "Sales" GROUP BY 1',
    )
    same(
        garden,
        "profit margin percentage by category",
        'SELECT "Category", 100.0 * SUM("NetAmount" - "CostAmount") / SUM("NetAmount") FROM "Sales" GROUP BY 1',
    )


# What was answered before stays: an average of the part, a share of rows, a figure as a percentage of another.
def test_averages_and_shares_of_rows_stay_as_they_were(cabs: Db, garden: Db) -> None:
    same(cabs, "average tip by payment type", "SELECT payment_type, AVG(tip_amount) FROM trips GROUP BY 1")
    same(
        cabs,
        "what percentage of trips were paid by card",
        "SELECT 100.0 * AVG(CASE WHEN payment_type = 'Card' THEN 1 ELSE 0 END) FROM trips",
    )
    same(cabs, "margin by service class", "SELECT service_class, SUM(fare_amount - fuel_cost) FROM trips GROUP BY 1")
    same(garden, "total discount by category", 'SELECT "Category", SUM("DiscountAmount") FROM "Sales" GROUP BY 1')
    # a percentage change is a change from month to month, no part of a whole
    assert "_pct_of_" not in answer(cabs, "fare percentage change by month").sql


TRIPS_BY_DEPOT = "SELECT d.depot, SUM(t.fare_amount) AS w FROM trips t JOIN drivers d USING (driver_id) GROUP BY 1"
REFUNDS_BY_DEPOT = (
    "SELECT d.depot, SUM(f.refund_amount) AS p FROM refunds f JOIN drivers d USING (driver_id) GROUP BY 1"
)
SALES_BY_REGION = (
    'SELECT g."RegionName", SUM(s."NetAmount") AS w FROM "Sales" s JOIN "Customers" c ON s."CustomerId" = c."CustomerId" '
    'JOIN "Regions" g ON c."RegionId" = g."RegionId" GROUP BY 1'
)
RETURNS_BY_REGION = (
    'SELECT g."RegionName", SUM(x."ReturnAmount") AS p FROM "Returns" x JOIN "Customers" c ON x."CustomerId" = '
    'c."CustomerId" JOIN "Regions" g ON c."RegionId" = g."RegionId" GROUP BY 1'
)


def _apart(whole: str, part: str, key: str) -> str:
    """100 × each group's part total over its whole total, each taken in its own subquery."""
    return f"SELECT w.{key}, 100.0 * COALESCE(p.p, 0) / w.w FROM ({whole}) w LEFT JOIN ({part}) p ON p.{key} = w.{key}"


# "refunds as a share of fares by depot": the refunds and the fares are two tables reaching the depot through their
# own keys; each total is taken per depot on its own, then divided — a join of the two would repeat rows.
def test_a_part_and_its_whole_in_two_tables_are_totalled_apart(cabs: Db, garden: Db) -> None:
    d = same(cabs, "refunds as a share of fares by depot", _apart(TRIPS_BY_DEPOT, REFUNDS_BY_DEPOT, "depot"))
    assert any("two tables" in t and "refund_amount" in t and "fare_amount" in t for t in d.thoughts), d.thoughts
    assert d.chart.chart_type == "bar", d.chart  # rates of each depot, not parts of one whole
    d = same(
        garden, "returns as a share of sales by region", _apart(SALES_BY_REGION, RETURNS_BY_REGION, '"RegionName"')
    )
    assert any("two tables" in t and "NetAmount" in t for t in d.thoughts), d.thoughts
    same(
        garden,
        "returns as a percentage of sales in 2024",
        'SELECT 100.0 * (SELECT SUM("ReturnAmount") FROM "Returns" WHERE year("ReturnDate") = 2024) '
        '/ (SELECT SUM("NetAmount") FROM "Sales" WHERE year("SaleDate") = 2024)',
    )


# "refund rate by month": the refunds of each month (by their own date) over the money taken that month (by the
# trips' or the sales' own date); "refund rate by depot" through each table's own keys.
def test_a_rate_of_another_tables_rows_by_month_and_by_group(cabs: Db, garden: Db) -> None:
    months = (
        "SELECT CAST(DATE_TRUNC('month', pickup_at) AS DATE) AS m, SUM(fare_amount) AS w FROM trips GROUP BY 1",
        "SELECT DATE_TRUNC('month', refund_date) AS m, SUM(refund_amount) AS p FROM refunds GROUP BY 1",
    )
    d = same(cabs, "refund rate by month", _apart(*months, "m"))
    assert d.chart.chart_type == "line", d.chart
    same(cabs, "refund rate by depot", _apart(TRIPS_BY_DEPOT, REFUNDS_BY_DEPOT, "depot"))
    months = (
        'SELECT DATE_TRUNC(\'month\', "SaleDate") AS m, SUM("NetAmount") AS w FROM "Sales" GROUP BY 1',
        'SELECT DATE_TRUNC(\'month\', "ReturnDate") AS m, SUM("ReturnAmount") AS p FROM "Returns" GROUP BY 1',
    )
    d = same(garden, "return rate by month", _apart(*months, "m"))
    assert 'JOIN "Returns"' not in d.sql and 'JOIN "Sales"' not in d.sql, d.sql  # never joined row by row


# A follow-up narrowing the groups narrows both totals: the Harbour depot's refunds over the Harbour depot's fares.
def test_a_follow_up_filters_the_part_and_the_whole(cabs: Db) -> None:
    first = answer(cabs, "refund rate by depot")
    d = answer(cabs, "only the Harbour depot", previous=first)
    harbour = " WHERE d.depot = 'Harbour' GROUP BY"
    gold = _apart(TRIPS_BY_DEPOT.replace(" GROUP BY", harbour), REFUNDS_BY_DEPOT.replace(" GROUP BY", harbour), "depot")
    assert rows(cabs[0], d.sql) == rows(cabs[0], gold), d.sql
