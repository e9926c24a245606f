"""A day written without its year ("on 3 June", "on April 2", "June 3rd") is that day in its latest year in the data,
not the whole month: "hourly number of trips on 3 June" keeps the hour axis and filters the one day. "top 3 june
trips" stays a ranking of three in June. On two catalogs written for the test (`store_catalogs.py`): a PascalCase
agency's trips (StartTime) and a snake_case courier's deliveries (dispatched_at)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.store_catalogs import agency, courier

firm = catalog_fixture(agency)
post = catalog_fixture(courier)


def test_hours_of_one_day(firm: Db, post: Db) -> None:
    same(firm, "hourly number of trips on 3 June",
         """SELECT date_trunc('hour', "StartTime"), COUNT(*) FROM "Trips"
         WHERE "StartTime" >= DATE '2024-06-03' AND "StartTime" < DATE '2024-06-04' GROUP BY 1""")  # fmt: skip
    same(post, "number of deliveries by hour on 12 March",
         """SELECT date_trunc('hour', dispatched_at), COUNT(*) FROM deliveries
         WHERE dispatched_at >= DATE '2025-03-12' AND dispatched_at < DATE '2025-03-13' GROUP BY 1""")  # fmt: skip
    same(post, "hourly deliveries on April 2nd",
         """SELECT date_trunc('hour', dispatched_at), COUNT(*) FROM deliveries
         WHERE dispatched_at >= DATE '2025-04-02' AND dispatched_at < DATE '2025-04-03' GROUP BY 1""")  # fmt: skip


def test_the_rows_of_one_day(firm: Db) -> None:
    d = answer(firm, "trips on June 3")
    days = {r[0] for r in firm[0].execute(f'SELECT DISTINCT CAST("StartTime" AS DATE) FROM ({d.sql})').fetchall()}
    assert [str(x) for x in days] == ["2024-06-03"], d.sql


def test_a_count_before_a_month_is_no_day(firm: Db) -> None:
    d = answer(firm, "top 3 june trips")
    assert "2024-06-01" in d.sql and "2024-07-01" in d.sql and "LIMIT 3" in d.sql, d.sql
