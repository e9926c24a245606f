"""The crash sweep's key check: a key added up or averaged is a failure, a key that only picks the rows a share
counts (inside a CASE WHEN's condition) or that a running total counts is not."""

from __future__ import annotations

from eval.sweep import summed_keys


def test_keys_added_up_or_averaged_are_found() -> None:
    assert summed_keys("SELECT sum(customer_id) FROM t") == ["customer_id"]
    assert summed_keys("SELECT avg(CASE WHEN x = 1 THEN order_key ELSE 0 END) FROM t") == ["order_key"]


def test_keys_that_only_pick_rows_are_not() -> None:
    share = """SELECT 100.0 * avg(CASE WHEN "Project key" = 'PLAT' THEN 1 ELSE 0 END) FROM issues"""
    assert summed_keys(share) == []
    assert summed_keys("SELECT avg(CASE WHEN account_id IS NULL THEN 1 ELSE 0 END) FROM t") == []


def test_keys_counted_inside_a_running_total_are_not() -> None:
    running = "SELECT m, sum(count(DISTINCT c.shipping_address_id)) OVER (ORDER BY m) FROM t GROUP BY m"
    assert summed_keys(running) == []
    assert summed_keys("SELECT avg(n) FROM (SELECT count(order_id) AS n FROM t)") == []
    assert summed_keys("SELECT sum(order_id) OVER (ORDER BY d) FROM t") == ["order_id"]
