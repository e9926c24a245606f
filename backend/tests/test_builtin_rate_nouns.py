""" "<noun> rate by month and <column>": the share of rows holding the value the noun is made from ("cancellation" of
cancelled, "failure" of failed, "return" of returned, "completion" of completed), per month, one series per value of
the column; the noun is no table or column. On two catalogs written for the test (`store_catalogs.py`): a snake_case
corner shop (orders with a status and a channel) and a snake_case courier (deliveries with a delivery_status and a
service)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.store_catalogs import corner_shop, courier

shop = catalog_fixture(corner_shop)
post = catalog_fixture(courier)


def test_rate_by_month_and_a_column(shop: Db, post: Db) -> None:
    d = same(shop, "cancellation rate by month and channel",
             """SELECT date_trunc('month', order_date), channel,
             100.0 * AVG(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) FROM orders GROUP BY 1, 2""")  # fmt: skip
    assert d.chart.chart_type == "line" and d.chart.series == "channel", d.chart
    same(post, "failure rate by month and service",
         """SELECT date_trunc('month', dispatched_at), service,
         100.0 * AVG(CASE WHEN delivery_status = 'failed' THEN 1 ELSE 0 END) FROM deliveries GROUP BY 1, 2""")  # fmt: skip


def test_rate_by_one_grouping(shop: Db, post: Db) -> None:
    same(shop, "completion rate by month",
         """SELECT date_trunc('month', order_date),
         100.0 * AVG(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) FROM orders GROUP BY 1""")  # fmt: skip
    same(post, "return rate by service",
         """SELECT service, 100.0 * AVG(CASE WHEN delivery_status = 'returned' THEN 1 ELSE 0 END)
         FROM deliveries GROUP BY 1""")  # fmt: skip
