""" "revenue by month", "revenue from Express parcels from March to May 2024": where the only money taken in is what
a carrier charges for carrying (a postage charge, a haulage charge), that charge is the revenue, added up — one total
over a range, not a listing nor a daily line (`carrier_catalogs.py`: a snake_case parcel courier and a camelCase
haulage firm)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.carrier_catalogs import haulage_firm, parcel_courier

courier = catalog_fixture(parcel_courier)
haulage = catalog_fixture(haulage_firm)


def test_a_couriers_revenue_is_its_postage_charges(courier: Db) -> None:
    same(
        courier,
        "revenue by month",
        "SELECT DATE_TRUNC('month', booked_on), SUM(postage_charge) FROM parcels GROUP BY 1",
    )
    d = same(
        courier,
        "revenue from Express parcels from March to May 2024",
        "SELECT SUM(postage_charge) FROM parcels WHERE service = 'Express' "
        "AND booked_on >= DATE '2024-03-01' AND booked_on < DATE '2024-06-01'",
    )
    assert d.chart.chart_type == "kpi"


def test_a_hauliers_revenue_is_its_haulage_charges(haulage: Db) -> None:
    same(
        haulage,
        "total revenue by customer",
        'SELECT c."customerName", SUM(l."haulageCharge") FROM "loads" l JOIN "customers" c USING ("customerId") '
        "GROUP BY 1",
    )
