""" "total cancellations by month", "total deliveries by carrier": an event said after "total" whose only trace is a
date of the rows counts the rows it happened to — as "number of cancellations" does — never a sum of some money
column; a figure said after "total" is still summed. On `event_date_catalogs.py`: subscriptions with a
cancellation date (snake_case) and shipments with a delivery date (PascalCase)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.event_date_catalogs import parcel_shipments, subscriptions

subs = catalog_fixture(subscriptions)
parcels = catalog_fixture(parcel_shipments)


def test_a_total_of_dated_events_counts_them(subs: Db, parcels: Db) -> None:
    same(
        subs,
        "total cancellations by plan",
        "SELECT plan, COUNT(*) FROM subscriptions WHERE cancellation_date IS NOT NULL GROUP BY 1",
    )
    d = same(
        subs,
        "total cancellations by month",
        "SELECT DATE_TRUNC('month', cancellation_date)::DATE, COUNT(*) FROM subscriptions "
        "WHERE cancellation_date IS NOT NULL GROUP BY 1",  # rows never cancelled are in no month
    )
    assert d.chart.chart_type == "line"
    same(
        parcels,
        "total deliveries by carrier",
        'SELECT "Carrier", COUNT(*) FROM "Shipments" WHERE "DeliveryDate" IS NOT NULL GROUP BY 1',
    )


def test_the_same_as_number_of(subs: Db, parcels: Db) -> None:
    for db, q in ((subs, "{} cancellations by month"), (parcels, "{} deliveries by carrier")):
        total, number = answer(db, q.format("total")), answer(db, q.format("number of"))
        assert db[0].execute(total.sql).fetchall() == db[0].execute(number.sql).fetchall(), total.sql


def test_a_figure_after_total_is_still_summed(subs: Db, parcels: Db) -> None:
    same(subs, "total monthly fee by plan", "SELECT plan, SUM(monthly_fee) FROM subscriptions GROUP BY 1")
    same(parcels, "total charge by carrier", 'SELECT "Carrier", SUM("ChargeUsd") FROM "Shipments" GROUP BY 1')
