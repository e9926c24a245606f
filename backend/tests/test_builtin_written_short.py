"""Words business people write short (the whole word, not letters of a name), on two catalogs written for the test
(`calendar_key_catalogs.py`: a snake_case parcel carrier whose depots have an annual revenue, a PascalCase help desk
whose tickets have an upsell revenue): "qtrly" is quarterly and "rev" revenue where no name of the catalog is written
so."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.calendar_key_catalogs import help_desk, parcel_star

parcels = catalog_fixture(parcel_star)
desk = catalog_fixture(help_desk)


def test_qtrly_is_quarterly(parcels: Db, desk: Db) -> None:
    same(parcels, "qtrly postage by district",
         "SELECT date_trunc('quarter', c.calendar_dt), d.district, sum(p.postage_amt) FROM fct_parcel p "
         "JOIN dim_calendar c ON c.calendar_key = p.dispatch_calendar_key JOIN dim_depot d USING (depot_key) "
         "GROUP BY 1, 2")  # fmt: skip
    same(desk, "qtrly tickets by team",
         "SELECT date_trunc('quarter', c.\"CalendarDate\"), a.\"Team\", count(*) FROM \"FactTicket\" t "
         'JOIN "DimDay" c ON c."DayKey" = t."OpenedDayKey" JOIN "DimAgent" a ON a."AgentKey" = t."AgentKey" '
         "GROUP BY 1, 2")  # fmt: skip


def test_rev_is_revenue(parcels: Db, desk: Db) -> None:
    same(parcels, "rev by district", "SELECT district, sum(annual_revenue) FROM dim_depot GROUP BY 1")
    same(desk, "total upsell rev by team",
         'SELECT a."Team", sum(t."UpsellRevenue") FROM "FactTicket" t JOIN "DimAgent" a ON a."AgentKey" = t."AgentKey" '
         "GROUP BY 1")  # fmt: skip
