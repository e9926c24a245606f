"""The crash sweep's key check: a key added up or averaged is a failure, a key that only picks the rows a share
counts (inside a CASE WHEN's condition) is not."""

from __future__ import annotations

from eval.sweep import summed_keys


def test_keys_added_up_or_averaged_are_found() -> None:
    assert summed_keys("SELECT sum(customer_id) FROM t") == ["customer_id"]
    assert summed_keys("SELECT avg(CASE WHEN x = 1 THEN order_key ELSE 0 END) FROM t") == ["order_key"]


def test_keys_that_only_pick_rows_are_not() -> None:
    share = """SELECT 100.0 * avg(CASE WHEN "Project key" = 'PLAT' THEN 1 ELSE 0 END) FROM issues"""
    assert summed_keys(share) == []
    assert summed_keys("SELECT avg(CASE WHEN account_id IS NULL THEN 1 ELSE 0 END) FROM t") == []
