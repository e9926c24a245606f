"""Which result columns add up (a SUM or COUNT per group), read from the SQL: the written answer gives a share
of the total only of those."""

from __future__ import annotations

import pytest

from backend.core.additive import additive_columns


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        # A record's own value: five rows of a listing are no parts of a whole.
        ("SELECT name, horsepower FROM engines ORDER BY horsepower DESC LIMIT 5", set()),
        ("SELECT region, SUM(amount) AS total_amount FROM sales GROUP BY region", {"total_amount"}),
        ("SELECT region, COUNT(*) AS orders FROM sales GROUP BY region", {"orders"}),
        # Rounded or cast totals still add up; averages, extremes, ratios and distinct counts do not.
        (
            "SELECT region, ROUND(SUM(amount), 2) AS t, CAST(COUNT(*) AS DOUBLE) AS n, AVG(amount) AS a, "
            "MAX(amount) AS hi, SUM(amount) / COUNT(*) AS per, COUNT(DISTINCT customer) AS buyers "
            "FROM sales GROUP BY region",
            {"t", "n"},
        ),
        # A running total or a share computed over a window is not a part of the whole either.
        ("SELECT day, SUM(amount) OVER (ORDER BY day) AS running FROM sales", set()),
        (
            "SELECT region, SUM(amount) AS total, 100.0 * SUM(amount) / SUM(SUM(amount)) OVER () AS pct "
            "FROM sales GROUP BY region",
            {"total"},
        ),
        # The total read back from a CTE or a subquery keeps adding up.
        (
            "WITH t AS (SELECT region, SUM(amount) AS total, AVG(amount) AS mean FROM sales GROUP BY region) "
            "SELECT region, total, mean FROM t ORDER BY total DESC",
            {"total"},
        ),
        ("SELECT region, total FROM (SELECT region, SUM(amount) AS total FROM sales GROUP BY region) AS q", {"total"}),
        # Names the engine chooses (an unaliased aggregate) and set operations are not judged.
        ("SELECT COUNT(*) FROM sales", set()),
        ("SELECT SUM(a) AS s FROM x UNION ALL SELECT SUM(b) AS s FROM y", set()),
        ("this is not SQL ((", set()),
    ],
)
def test_additive_columns(sql: str, expected: set[str]) -> None:
    assert additive_columns(sql) == expected
