""" "subscriptions started in 2023 vs 2024 by plan": periods compared across another grouping are one column each, every
group's figure in each period on one row (a period with none counts 0), drawn as grouped bars; asked of no other
grouping the periods stay one bar each. On `event_date_catalogs.py`: subscriptions (snake_case) and shipments
(PascalCase)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.event_date_catalogs import parcel_shipments, subscriptions

subs = catalog_fixture(subscriptions)
parcels = catalog_fixture(parcel_shipments)


def test_periods_across_groups_are_columns(subs: Db, parcels: Db) -> None:
    d = same(
        subs,
        "subscriptions started in 2023 vs 2024 by plan",
        """SELECT plan, COUNT(*) FILTER (WHERE YEAR(started_on) = 2023), COUNT(*) FILTER (WHERE YEAR(started_on) = 2024)
        FROM subscriptions GROUP BY 1""",
    )
    assert d.chart.chart_type == "bar"
    assert "I set 2023 and 2024 side by side" in " ".join(d.thoughts), d.thoughts
    d = same(
        parcels,
        "total charge by carrier, shipped in Q1 2024 vs Q2 2024",
        """SELECT "Carrier", SUM("ChargeUsd") FILTER (WHERE QUARTER("ShippedAt") = 1),
        SUM("ChargeUsd") FILTER (WHERE QUARTER("ShippedAt") = 2) FROM "Shipments" GROUP BY 1""",
    )
    assert d.chart.chart_type == "bar"
    assert "total Charge (USD) in Q1 2024" in " ".join(d.thoughts), d.thoughts


def test_periods_alone_stay_rows(subs: Db) -> None:
    d = answer(subs, "subscriptions started in 2023 vs 2024")
    assert len(rows(subs[0], d.sql)) == 2, d.sql
