"""The built-in analyst on kinds of request beyond one measure by one category, over catalogs that are not the demo:
roles of two keys to one table, comparisons with an aggregate, derived measures, series, bubbles and row points."""

from __future__ import annotations

import pytest

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, covers, rows, same

# Two keys to one table: the role the question names picks the key to join along.


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("number of transfers by target department", "trans_tgt_dept_id"),
        ("average transfer cost per source department", "trans_src_dept_id"),
        ("transfers by target region", "trans_tgt_dept_id"),
        ("transfer cost by source region", "trans_src_dept_id"),
    ],
)
def test_two_keys_to_one_table_join_by_the_named_role(hr: Db, question: str, key: str) -> None:
    d = answer(hr, question)
    assert [j.column for j in d.plan.joins] == [key], d.sql
    column = "dept_rgn" if "region" in question else "dept_nm"
    measure = (
        "avg(t.trans_cost_amt)"
        if "average" in question
        else ("sum(t.trans_cost_amt)" if "cost" in question else "count(*)")
    )
    same(
        hr,
        question,
        f"SELECT d.{column}, {measure} FROM hr_transfer t JOIN hr_dept d ON t.{key} = d.dept_id GROUP BY 1",
    )


def test_seller_and_buyer_roles_on_a_camel_case_schema(market: Db) -> None:
    same(
        market,
        "revenue by seller region",
        'SELECT c.region, sum(o.revenue) FROM "Orders" o JOIN "Customers" c ON o."sellerId" = c."customerId" GROUP BY 1',
    )
    same(
        market,
        "revenue by buyer segment",
        'SELECT c.segment, sum(o.revenue) FROM "Orders" o JOIN "Customers" c ON o."buyerId" = c."customerId" GROUP BY 1',
    )
    # The key column after "by" is its row's name, never the id.
    same(
        market,
        "orders by buyer",
        'SELECT c."customerName", count(*) FROM "Orders" o JOIN "Customers" c ON o."buyerId" = c."customerId" GROUP BY 1',
    )


def test_a_direction_word_before_a_value_picks_the_key(hr: Db) -> None:
    d = answer(hr, "transfer cost from Finance by month")
    assert [j.column for j in d.plan.joins] == ["trans_src_dept_id"]
    d = answer(hr, "number of transfers to Legal by month")
    assert [j.column for j in d.plan.joins] == ["trans_tgt_dept_id"]
    total = sum(r[-1] for r in rows(hr[0], d.sql))
    gold = (
        "SELECT count(*) FROM hr_transfer t JOIN hr_dept d ON t.trans_tgt_dept_id = d.dept_id WHERE d.dept_nm = 'Legal'"
    )
    assert total == rows(hr[0], gold)[0][0]


# One-level comparisons with an aggregate: the column's own average, or a count of rows per group (HAVING).


def test_rows_above_or_below_the_average_of_their_column(hr: Db, market: Db) -> None:
    d = covers(
        hr,
        "employees earning above the average salary",
        "SELECT emp_full_nm, emp_sal_amt FROM hr_emp WHERE emp_sal_amt > (SELECT avg(emp_sal_amt) FROM hr_emp)",
    )
    assert d.plan.kind == "rows"
    covers(
        hr,
        "employees with a bonus below average",
        "SELECT emp_full_nm FROM hr_emp WHERE emp_bonus_amt < (SELECT avg(emp_bonus_amt) FROM hr_emp)",
    )
    covers(
        market,
        "products with a retail price below average",
        'SELECT "productName" FROM "Products" WHERE "retailPrice" < (SELECT avg("retailPrice") FROM "Products")',
    )
    same(
        market,
        "how many orders have a revenue above the average",
        'SELECT count(*) FROM "Orders" WHERE revenue > (SELECT avg(revenue) FROM "Orders")',
    )


def test_groups_with_more_than_n_rows(hr: Db, market: Db) -> None:
    covers(
        hr,
        "departments with more than 30 employees",
        "SELECT d.dept_nm FROM hr_emp e JOIN hr_dept d ON e.emp_dept_id = d.dept_id GROUP BY 1 HAVING count(*) > 30",
    )
    same(
        hr,
        "average salary of departments with more than 30 employees",
        "SELECT d.dept_nm, avg(e.emp_sal_amt) FROM hr_emp e JOIN hr_dept d ON e.emp_dept_id = d.dept_id GROUP BY 1 "
        "HAVING count(*) > 30",
    )
    covers(
        market,
        "buyers with at least 45 orders",
        'SELECT c."customerName" FROM "Orders" o JOIN "Customers" c ON o."buyerId" = c."customerId" GROUP BY 1 '
        "HAVING count(*) >= 45",
    )


# Derived measures: a difference of two columns, the share of the total, a running total.


def test_difference_of_two_columns(hr: Db, market: Db) -> None:
    same(
        market,
        "profit by seller region",
        'SELECT c.region, sum(o.revenue - o.cost) FROM "Orders" o JOIN "Customers" c ON o."sellerId" = c."customerId" '
        "GROUP BY 1",
    )
    same(
        market,
        "revenue minus cost by sales channel",
        'SELECT "salesChannel", sum(revenue - cost) FROM "Orders" GROUP BY 1',
    )
    same(
        market,
        "average margin per category",
        'SELECT p.category, avg(o.revenue - o.cost) FROM "Orders" o JOIN "Products" p ON o."productId" = p."productId" '
        "GROUP BY 1",
    )
    same(
        hr,
        "difference between salary and bonus by department",
        "SELECT d.dept_nm, sum(e.emp_sal_amt - e.emp_bonus_amt) FROM hr_emp e JOIN hr_dept d ON e.emp_dept_id = d.dept_id "
        "GROUP BY 1",
    )


def test_share_of_the_total_per_group(hr: Db, market: Db) -> None:
    d = covers(
        market,
        "share of revenue by sales channel",
        'SELECT "salesChannel", 100.0 * sum(revenue) / (SELECT sum(revenue) FROM "Orders") FROM "Orders" GROUP BY 1',
    )
    assert d.chart.chart_type == "pie"
    covers(
        market,
        "percentage of orders per sales channel",
        'SELECT "salesChannel", 100.0 * count(*) / (SELECT count(*) FROM "Orders") FROM "Orders" GROUP BY 1',
    )
    covers(
        hr,
        "percentage of employees per department",
        "SELECT d.dept_nm, 100.0 * count(*) / 200 FROM hr_emp e JOIN hr_dept d ON e.emp_dept_id = d.dept_id GROUP BY 1",
    )


def test_running_totals_along_time(hr: Db, market: Db) -> None:
    d = same(
        market,
        "cumulative revenue by month",
        "SELECT m, sum(r) OVER (ORDER BY m) FROM (SELECT date_trunc('month', \"orderDate\")::DATE m, sum(revenue) r "
        'FROM "Orders" GROUP BY 1)',
    )
    assert d.chart.chart_type == "line"
    same(
        hr,
        "cumulative hires by year",
        "SELECT y, sum(n) OVER (ORDER BY y) FROM (SELECT date_trunc('year', emp_hire_dt)::DATE y, count(*) n "
        "FROM hr_emp GROUP BY 1)",
    )
    same(
        hr,
        "running total of transfer cost by quarter",
        "SELECT q, sum(c) OVER (ORDER BY q) FROM (SELECT date_trunc('quarter', trans_dt)::DATE q, sum(trans_cost_amt) c "
        "FROM hr_transfer GROUP BY 1)",
    )


# Series per entity over time, and points: rows compared on two measures, bubbles sized by a third.


def test_one_line_per_entity_over_time(hr: Db, market: Db) -> None:
    d = same(
        market,
        "price of each product over time",
        'SELECT date_trunc(\'month\', c."changedOn")::DATE, p."productName", avg(c.price) FROM "PriceChanges" c '
        'JOIN "Products" p ON c."productId" = p."productId" GROUP BY 1, 2',
    )
    assert d.chart.chart_type == "line" and d.chart.series == "product"
    d = same(
        market,
        "monthly revenue per seller region",
        'SELECT date_trunc(\'month\', o."orderDate")::DATE, c.region, sum(o.revenue) FROM "Orders" o '
        'JOIN "Customers" c ON o."sellerId" = c."customerId" GROUP BY 1, 2',
    )
    assert d.chart.chart_type == "line" and d.chart.series == "region"
    d = same(
        hr,
        "yearly hires per department",
        "SELECT date_trunc('year', e.emp_hire_dt)::DATE, d.dept_nm, count(*) FROM hr_emp e "
        "JOIN hr_dept d ON e.emp_dept_id = d.dept_id GROUP BY 1, 2",
    )
    assert d.chart.chart_type == "line" and d.chart.series is not None


def test_top_n_series_keep_only_the_leaders(market: Db) -> None:
    d = same(
        market,
        "monthly revenue of the top 3 products",
        'SELECT date_trunc(\'month\', o."orderDate")::DATE, p."productName", sum(o.revenue) FROM "Orders" o '
        'JOIN "Products" p ON o."productId" = p."productId" WHERE p."productName" IN (SELECT p2."productName" '
        'FROM "Orders" o2 JOIN "Products" p2 ON o2."productId" = p2."productId" GROUP BY 1 ORDER BY sum(o2.revenue) '
        "DESC LIMIT 3) GROUP BY 1, 2",
    )
    assert d.chart.chart_type == "line"


def test_two_measures_for_each_row_are_one_point_per_row(hr: Db, market: Db) -> None:
    d = covers(hr, "salary and bonus for each employee", "SELECT emp_full_nm, emp_sal_amt, emp_bonus_amt FROM hr_emp")
    assert d.chart.chart_type == "scatter" and d.chart.series is None
    d = covers(
        market,
        "retail price and weight for individual products",
        'SELECT "productName", "retailPrice", "weightGrams" FROM "Products"',
    )
    assert d.chart.chart_type == "scatter"
    # "A versus B" without a grouping: every row is a point, not an aggregate.
    d = covers(hr, "salary versus bonus", "SELECT emp_sal_amt, emp_bonus_amt FROM hr_emp")
    assert d.chart.chart_type == "scatter" and d.plan.kind == "scatter"


def test_bubble_charts_carry_the_size_measure(hr: Db, market: Db) -> None:
    d = covers(
        market,
        "bubble chart of retail price vs weight sized by shelf area",
        'SELECT "retailPrice", "weightGrams", "shelfArea" FROM "Products"',
    )
    assert d.chart.chart_type == "scatter" and d.chart.size == "shelfArea", d.chart
    assert {d.chart.x, *d.chart.y} == {"retailPrice", "weightGrams"}
    d = covers(
        hr,
        "bubble chart of salary against bonus sized by tenure",
        "SELECT emp_sal_amt, emp_bonus_amt, emp_tenure_yrs FROM hr_emp",
    )
    assert d.chart.chart_type == "scatter" and d.chart.size == "emp_tenure_yrs", d.chart
    # A plain scatter has no size.
    d = answer(hr, "scatter plot of salary against bonus")
    assert d.chart.chart_type == "scatter" and d.chart.size is None


# When it cannot answer: what it understood, and questions it can answer about the tables the user named.


@pytest.mark.parametrize(
    ("which", "question", "table_word"),
    [
        ("hr", "average salary by favourite colour", "salary"),
        ("hr", "predict next year's transfer cost", "cost"),
        ("market", "forecast revenue for next year", "revenue"),
        ("market", "delete the orders", "revenue"),
    ],
)
def test_clarifications_offer_answerable_questions_about_the_named_table(
    hr: Db, market: Db, which: str, question: str, table_word: str
) -> None:
    db = hr if which == "hr" else market
    d = understand(question, db[1])
    assert not isinstance(d, QueryDecision), d
    assert d.understood.startswith("I understood") and d.needs.startswith("I need")
    assert 2 <= len(d.suggestions) <= 4, d.suggestions
    assert table_word in " ".join(d.suggestions[:3]).lower() or "sal" in d.suggestions[0], d.suggestions
    for s in d.suggestions:
        assert not any(w in ("id", "key") for w in s.lower().split()), s
        answer(db, s)  # every suggestion is a question the analyst answers with a query


@pytest.mark.parametrize(
    ("which", "question", "table"),
    [
        ("hr", "scatter plot of salary against temperature", "hr_emp"),
        ("market", "show the correlation between revenue and rainfall", "Orders"),
    ],
)
def test_a_scatter_with_one_measure_found_asks_for_the_second(
    hr: Db, market: Db, which: str, question: str, table: str
) -> None:
    """One total of the measure found is not the scatter asked for: say what is missing, suggest that table."""
    db = hr if which == "hr" else market
    d = understand(question, db[1])
    assert isinstance(d, Clarification), d
    assert "second measure" in d.needs and table in d.needs
    assert 2 <= len(d.suggestions) <= 4


def test_a_scatter_of_two_measures_of_one_table_is_one_point_per_row(market: Db) -> None:
    d = answer(market, "scatter of retail price against weight for every product")
    assert d.chart.chart_type == "scatter"
    rows = market[0].execute(d.sql).fetchall()
    assert len(rows) == 12
