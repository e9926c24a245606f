"""Rates that are ratios of totals, on catalogs the analyst has never seen (`total_ratio_catalogs.py`: a cab firm in
snake_case with declared keys, a garden-centre chain in PascalCase without any). A part of the rows' money named before
"percentage", "rate" or "%" ("tip percentage", "discount rate", "margin %") is 100 × its total over the total of the
money it is part of, in each group — never the average of each row's own percentage."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.total_ratio_catalogs import cab_firm, garden_chain, store_chain, tour_operator

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


stores = catalog_fixture(store_chain)
tours = catalog_fixture(tour_operator)


def _both(whole: str, part: str, key: str) -> str:
    """Every group either side has: 100 × its part over its whole; no part is 0 %, no whole is no rate (NULL)."""
    return (
        f"SELECT COALESCE(w.{key}, p.{key}), 100.0 * COALESCE(p.p, 0) / w.w FROM ({whole}) w "
        f"FULL JOIN ({part}) p ON p.{key} = w.{key}"
    )


ORDERS_BY = "SELECT {g} AS g, SUM(order_total) AS w FROM orders o JOIN stores s USING (store_id) {f} GROUP BY 1"
RETURNS_BY = (
    "SELECT {g} AS g, SUM(refund_amount) AS p FROM returns r JOIN orders o USING (order_id) "
    "JOIN stores s USING (store_id) {f} GROUP BY 1"
)


# The whole named first and the part after it ("share of sales refunded", "what percentage of revenue was refunded"):
# the refunds over the money taken, each totalled on its own — the refunds by their own date, the orders by theirs.
def test_a_whole_named_first_is_still_the_whole(stores: Db, tours: Db) -> None:
    d = same(
        stores,
        "share of sales refunded",
        "SELECT 100.0 * (SELECT SUM(refund_amount) FROM returns) / (SELECT SUM(order_total) FROM orders)",
    )
    assert d.chart.chart_type == "kpi", d.chart
    assert any("returns and orders are two tables" in t for t in d.thoughts), d.thoughts
    month_orders = ORDERS_BY.format(g="DATE_TRUNC('month', ordered_on)", f="")
    month_returns = RETURNS_BY.format(g="DATE_TRUNC('month', returned_on)", f="")
    d = same(stores, "what percentage of revenue was refunded by month", _both(month_orders, month_returns, "g"))
    assert d.chart.chart_type == "line", d.chart
    assert " JOIN returns" not in d.sql and "JOIN orders" not in d.sql.split("FULL JOIN")[0], d.sql
    d = same(
        stores,
        "returns as a percentage of sales per store",
        _both(ORDERS_BY.format(g="s.store_name", f=""), RETURNS_BY.format(g="s.store_name", f=""), "g"),
    )
    assert d.chart.chart_type == "bar", d.chart
    booked = 'SELECT DATE_TRUNC(\'month\', "BookedOn") AS g, SUM("BookingAmount") AS w FROM "Bookings" GROUP BY 1'
    refunded = (
        'SELECT DATE_TRUNC(\'month\', "CancelledOn") AS g, SUM("RefundAmount") AS p FROM "Cancellations" GROUP BY 1'
    )
    same(tours, "what percentage of revenue was refunded by month", _both(booked, refunded, "g"))


# "fraction of orders that were returned": returned orders over all orders (an order returned in two parts counts once);
# where the cancellations keep no key to the bookings, the number of each, taken per group on its own.
def test_a_share_of_rows_that_were_acted_on_counts_rows(stores: Db, tours: Db, cabs: Db) -> None:
    # "refunded" spells the refunds' money, but the trips are named as rows: rows over rows
    same(
        cabs,
        "percentage of trips that were refunded",
        "SELECT 100.0 * (SELECT COUNT(*) FROM refunds) / (SELECT COUNT(*) FROM trips)",
    )
    same(
        stores,
        "fraction of orders that were returned",
        "SELECT 100.0 * COUNT(DISTINCT order_id) / (SELECT COUNT(*) FROM orders) FROM returns",
    )
    same(
        stores,
        "fraction of orders that were returned by store",
        "SELECT s.store_name, 100.0 * AVG(CASE WHEN o.order_id IN (SELECT order_id FROM returns) THEN 1 ELSE 0 END) "
        "FROM orders o JOIN stores s USING (store_id) GROUP BY 1",
    )
    same(
        tours,
        "share of bookings cancelled",
        'SELECT 100.0 * (SELECT COUNT(*) FROM "Cancellations") / (SELECT COUNT(*) FROM "Bookings")',
    )
    by_agency = (
        'SELECT a."AgencyName" AS g, COUNT(*) AS {v} FROM "{t}" x JOIN "Agencies" a ON x."AgencyId" = a."AgencyId" '
        "GROUP BY 1"
    )
    d = same(
        tours,
        "fraction of bookings that were cancelled by agency",
        _both(by_agency.format(v="w", t="Bookings"), by_agency.format(v="p", t="Cancellations"), "g"),
    )
    assert any("number of Cancellations and the number of Bookings" in t for t in d.thoughts), d.thoughts


# A group with a whole but no part shows 0 %; a group with a part but no whole stays, with no rate (nothing to divide
# by), and the thought says so: Hilltop returned nothing, Docklands has costs but no orders, Porto a cancellation but
# no bookings, December 2022 costs before the first order.
def test_groups_on_one_side_only_are_kept(stores: Db, tours: Db) -> None:
    d = answer(stores, "costs as a percentage of revenue by store")
    got = dict(stores[0].execute(d.sql).fetchall())
    assert got["Docklands"] is None and got["Hilltop"] is not None, got
    assert any("no rate" in t and "0 %" in t for t in d.thoughts), d.thoughts
    got = dict(stores[0].execute(answer(stores, "returns as a percentage of sales per store").sql).fetchall())
    assert got["Hilltop"] == 0, got
    costs = "SELECT DATE_TRUNC('month', incurred_on) AS g, SUM(cost_amount) AS p FROM operating_costs GROUP BY 1"
    d = same(
        stores,
        "cost as a share of revenue by month",
        _both(ORDERS_BY.format(g="DATE_TRUNC('month', ordered_on)", f=""), costs, "g"),
    )
    assert stores[0].execute(d.sql).fetchall()[0][1] is None  # December 2022: costs, no orders yet
    d = answer(tours, "cancellations as a percentage of bookings by agency")
    got = dict(tours[0].execute(d.sql).fetchall())
    assert got["Porto"] is None and got["Lisbon"] == 0, got


# Follow-ups narrow or regroup both sides: "only 2024" is the refunds of 2024 over the orders of 2024.
def test_follow_ups_refilter_the_part_and_the_whole(stores: Db, tours: Db) -> None:
    first = answer(stores, "what percentage of revenue was refunded by month")
    d = answer(stores, "only 2024", previous=first)
    orders = ORDERS_BY.format(g="DATE_TRUNC('month', ordered_on)", f="WHERE year(ordered_on) = 2024")
    returns = RETURNS_BY.format(g="DATE_TRUNC('month', returned_on)", f="WHERE year(returned_on) = 2024")
    assert rows(stores[0], d.sql) == rows(stores[0], _both(orders, returns, "g")), d.sql
    d = answer(stores, "by store instead", previous=d)
    orders = ORDERS_BY.format(g="s.store_name", f="WHERE year(ordered_on) = 2024")
    returns = RETURNS_BY.format(g="s.store_name", f="WHERE year(returned_on) = 2024")
    assert rows(stores[0], d.sql) == rows(stores[0], _both(orders, returns, "g")), d.sql
    first = answer(tours, "cost as a share of revenue by month")
    d = answer(tours, "by agency instead", previous=answer(tours, "only 2024", previous=first))
    by_agency = (
        'SELECT a."AgencyName" AS g, SUM(x."{c}") AS {v} FROM "{t}" x JOIN "Agencies" a ON x."AgencyId" = a."AgencyId" '
        'WHERE year(x."{d}") = 2024 GROUP BY 1'
    )
    gold = _both(
        by_agency.format(c="BookingAmount", v="w", t="Bookings", d="BookedOn"),
        by_agency.format(c="CostAmount", v="p", t="Costs", d="CostDate"),
        "g",
    )
    assert rows(tours[0], d.sql) == rows(tours[0], gold), d.sql


# "margin % by depot": the trips carry the fares and the fuel cost; the refunds, named by no word of the question,
# are no margin however few their rows.
def test_a_margin_is_of_the_table_holding_money_and_its_cost(cabs: Db) -> None:
    d = same(
        cabs,
        "margin % by depot",
        "SELECT d.depot, 100.0 * SUM(t.fare_amount - t.fuel_cost) / SUM(t.fare_amount) FROM trips t "
        "JOIN drivers d USING (driver_id) GROUP BY 1",
    )
    assert any("fuel_cost" in t for t in d.thoughts), d.thoughts
    same(
        cabs,
        "profit by month",
        "SELECT DATE_TRUNC('month', pickup_at), SUM(fare_amount - fuel_cost) FROM trips GROUP BY 1",
    )


# Shares within one table stay as they were.
def test_shares_within_one_table_stay(stores: Db, tours: Db) -> None:
    same(
        stores,
        "what percentage of orders were placed on the web",
        "SELECT 100.0 * AVG(CASE WHEN channel = 'Web' THEN 1 ELSE 0 END) FROM orders",
    )
    d = answer(tours, "share of revenue by tour type")
    assert '"Cancellations"' not in d.sql and '"Costs"' not in d.sql, d.sql
