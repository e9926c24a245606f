"""Two dates of a row in one period, on two catalogs written for the test (`calendar_key_catalogs.py`: a snake_case
parcel carrier dated through keys into a calendar, a PascalCase help desk without declared keys): "parcels delivered
on the same day as dispatched", "tickets closed in the same week they were opened" keep the rows whose two named dates
fall in one day, week, month … (`Filter.op` `same_period`), whatever else the question groups by."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.calendar_key_catalogs import help_desk, parcel_star

parcels = catalog_fixture(parcel_star)
desk = catalog_fixture(help_desk)


def test_two_dates_of_a_row_in_the_same_period(parcels: Db, desk: Db) -> None:
    same(parcels, "how many parcels were delivered on the same day as dispatched",
         "SELECT count(*) FROM fct_parcel WHERE delivery_calendar_key = dispatch_calendar_key")  # fmt: skip
    same(parcels, "parcels delivered in the same calendar month as their dispatch, by depot",
         "SELECT d.depot_name, count(*) FROM fct_parcel p JOIN dim_depot d USING (depot_key) "
         "WHERE p.delivery_calendar_key // 100 = p.dispatch_calendar_key // 100 GROUP BY 1")  # fmt: skip
    same(desk, "how many tickets were closed the same week they were opened",
         'SELECT count(*) FROM "FactTicket" t JOIN "DimDay" c ON c."DayKey" = t."ClosedDayKey" '
         'JOIN "DimDay" o ON o."DayKey" = t."OpenedDayKey" '
         "WHERE date_trunc('week', c.\"CalendarDate\") = date_trunc('week', o.\"CalendarDate\")")  # fmt: skip
