""" "top 3 products by quantity per supplier", then "per month": the members are ranked within each new group (the
top 3 of each month), never a plan that ranks within a group it no longer has (which crashed). On the sample
databases of `sample_db_catalogs.py`: a trading company in snake_case and a music store in PascalCase."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows
from backend.tests.sample_db_catalogs import chinook, northwind

trade = catalog_fixture(northwind)
music = catalog_fixture(chinook)


def test_a_new_grouping_ranks_within_its_groups(trade: Db) -> None:
    first = answer(trade, "top 3 products by quantity per supplier")
    d = answer(trade, "per month", previous=first)
    gold = """SELECT m, product_name, q FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY m ORDER BY q DESC, product_name) AS rn FROM (
                  SELECT DATE_TRUNC('month', o.order_date)::DATE AS m, p.product_name, SUM(d.quantity) AS q
                  FROM order_details d JOIN orders o ON o.order_id = d.order_id
                  JOIN products p ON p.product_id = d.product_id GROUP BY 1, 2))
              WHERE rn <= 3"""
    assert rows(trade[0], d.sql) == rows(trade[0], gold), d.sql


def test_each_new_group_keeps_at_most_n(music: Db) -> None:
    first = answer(music, "top 3 customers by invoice total per country")
    d = answer(music, "per year", previous=first)
    got = music[0].execute(d.sql).fetchall()
    years = {r[0] for r in got}
    assert len(years) > 1 and all(sum(1 for r in got if r[0] == y) <= 3 for y in years), d.sql
