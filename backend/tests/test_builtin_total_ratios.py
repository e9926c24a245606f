"""Rates that are ratios of totals, on catalogs the analyst has never seen (`total_ratio_catalogs.py`: a cab firm in
snake_case with declared keys, a garden-centre chain in PascalCase without any). A part of the rows' money named before
"percentage", "rate" or "%" ("tip percentage", "discount rate", "margin %") is 100 × its total over the total of the
money it is part of, in each group — never the average of each row's own percentage."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
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
