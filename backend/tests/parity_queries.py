"""Queries over the demo catalog that every engine must answer identically (local, remote, Spark).

Each query is DuckDB dialect as the guard renders it, ordered totally so rows compare one by one;
`normalise` turns a result into plain comparable rows (floats rounded, decimals and dates as text)
so engines that differ only in Arrow types (DECIMAL vs DOUBLE widths, date32 vs timestamp) agree.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from typing import Any

import pyarrow as pa

PARITY_QUERIES: list[tuple[str, str]] = [
    ("count_rows", "SELECT count(*) AS n FROM flights"),
    (
        "group_by_region",
        "SELECT region, count(*) AS orders, sum(amount) AS revenue FROM sales GROUP BY region ORDER BY region",
    ),
    ("decimal_sum_avg", "SELECT sum(amount) AS total, round(avg(amount), 2) AS mean, max(amount) AS top FROM sales"),
    (
        "date_filter_range",
        "SELECT count(*) AS n, min(date) AS first, max(date) AS last FROM sales WHERE date BETWEEN DATE '2024-01-01' AND DATE '2024-03-31'",
    ),
    (
        "monthly_trunc",
        "SELECT date_trunc('month', date) AS month, sum(quantity) AS units FROM sales WHERE date < DATE '2023-07-01' GROUP BY 1 ORDER BY 1",
    ),
    ("year_extract", "SELECT extract(year FROM date) AS yr, count(*) AS n FROM sales GROUP BY 1 ORDER BY 1"),
    (
        "exact_quartiles",  # a box plot's numbers: Spark has them as PERCENTILE, not PERCENTILE_CONT(x, q)
        "SELECT species, quantile_cont(body_mass_g, 0.25) AS q1, median(body_mass_g) AS mid, "
        "quantile_cont(body_mass_g, 0.75) AS q3 FROM penguins GROUP BY species ORDER BY species",
    ),
    ("nulls_counted", "SELECT sex, count(*) AS n FROM penguins GROUP BY sex ORDER BY sex NULLS LAST"),
    ("null_filter", "SELECT count(*) AS n FROM penguins WHERE sex IS NULL OR beak_length_mm IS NULL"),
    (
        "coalesce_nulls",
        "SELECT species, coalesce(sex, 'unknown') AS sex, count(*) AS n FROM penguins GROUP BY 1, 2 ORDER BY 1, 2",
    ),
    (
        "avg_ignores_nulls",
        "SELECT species, round(avg(body_mass_g), 3) AS mass, count(body_mass_g) AS known FROM penguins GROUP BY species ORDER BY species",
    ),
    (
        "join_fk_top",
        "SELECT p.name, sum(s.amount) AS revenue FROM sales s JOIN products p ON s.product_id = p.id GROUP BY p.name ORDER BY revenue DESC, p.name LIMIT 5",
    ),
    (
        "join_category",
        "SELECT p.category, s.region, sum(s.quantity) AS units FROM sales s JOIN products p ON s.product_id = p.id GROUP BY 1, 2 ORDER BY 1, 2",
    ),
    (
        "left_join_unmatched",
        "SELECT a.state, count(*) AS airports FROM airports a LEFT JOIN (SELECT DISTINCT origin FROM flights) f ON a.iata = f.origin WHERE f.origin IS NULL AND a.state IS NOT NULL GROUP BY a.state ORDER BY airports DESC, a.state LIMIT 10",
    ),
    (
        "window_rank",
        "SELECT symbol, date, price, rank() OVER (PARTITION BY symbol ORDER BY price DESC) AS r FROM stocks QUALIFY r <= 2 ORDER BY symbol, r, date",
    ),
    (
        "window_running_sum",
        "SELECT date, price, sum(price) OVER (ORDER BY date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM sp500 ORDER BY date LIMIT 20",
    ),
    (
        "window_lag",
        "SELECT year, temp, temp - lag(temp) OVER (ORDER BY year) AS change FROM global_temp ORDER BY year LIMIT 15",
    ),
    (
        "window_row_number",
        "SELECT country, year, life_expect FROM (SELECT country, year, life_expect, row_number() OVER (PARTITION BY year ORDER BY life_expect DESC, country) AS rn FROM gapminder) t WHERE rn = 1 ORDER BY year",
    ),
    (
        "cte_share",
        "WITH totals AS (SELECT region, sum(amount) AS revenue FROM sales GROUP BY region) SELECT region, round(100 * revenue / (SELECT sum(revenue) FROM totals), 4) AS pct FROM totals ORDER BY region",
    ),
    (
        "case_buckets",
        "SELECT CASE WHEN delay < 0 THEN 'early' WHEN delay = 0 THEN 'on time' WHEN delay <= 30 THEN 'late' ELSE 'very late' END AS bucket, count(*) AS n FROM flights GROUP BY 1 ORDER BY 1",
    ),
    (
        "flights_by_origin",
        "SELECT origin, count(*) AS flights, avg(delay) AS mean_delay FROM flights GROUP BY origin ORDER BY flights DESC, origin LIMIT 10",
    ),
    ("timestamp_hour", "SELECT extract(hour FROM date) AS hour, count(*) AS n FROM flights GROUP BY 1 ORDER BY 1"),
    (
        "having_filter",
        "SELECT major_genre, count(*) AS films FROM movies WHERE major_genre IS NOT NULL GROUP BY major_genre HAVING count(*) > 100 ORDER BY films DESC, major_genre",
    ),
    (
        "distinct_count",
        "SELECT count(DISTINCT origin) AS origins, count(DISTINCT destination) AS destinations FROM flights",
    ),
    (
        "string_functions",
        "SELECT upper(substr(name, 1, 3)) AS prefix, count(*) AS n FROM cars GROUP BY 1 ORDER BY n DESC, prefix LIMIT 8",
    ),
    (
        "date_column_year",
        "SELECT year, origin, round(avg(miles_per_gallon), 3) AS mpg FROM cars GROUP BY year, origin ORDER BY year, origin",
    ),
    (
        "in_list_and_like",
        "SELECT weather, count(*) AS days FROM seattle_weather WHERE weather IN ('rain', 'sun') OR weather LIKE 'sn%' GROUP BY weather ORDER BY weather",
    ),
]


def _value(v: Any) -> Any:
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        return round(v, 6)
    if isinstance(v, decimal.Decimal):
        return round(float(v), 6)
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return dt.datetime(v.year, v.month, v.day).isoformat(sep=" ")
    return v


def normalise(table: pa.Table) -> list[tuple[Any, ...]]:
    """Rows as tuples of plain values: floats/decimals rounded to 6 places, dates as midnight timestamps."""
    columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
    return [tuple(_value(col[i]) for col in columns) for i in range(table.num_rows)]
