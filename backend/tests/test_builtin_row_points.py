"""Two figures "for each <row>" of rows that have no name are one point per row, a scatter of the rows as "A versus
B" is, not totals per the rows' category; "<figure> for each <row> type" still groups by the category. On catalogs
written for the test (`row_point_catalogs.py`): a snake_case parcel log and a PascalCase salon book."""

from __future__ import annotations

from backend.agents.builtin.models import Intent
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.row_point_catalogs import parcels, salon

log = catalog_fixture(parcels)
book = catalog_fixture(salon)


def test_two_figures_for_each_row_are_one_point_per_row(log: Db, book: Db) -> None:
    d = same(log, "weight and cost for each shipment", "SELECT weight_kg, cost FROM shipment")
    assert d.plan is not None and d.plan.kind == Intent.SCATTER and d.chart.chart_type == "scatter"
    d = same(book, "fee and tip for every visit", 'SELECT "Fee", "Tip" FROM "Visit"')
    assert d.chart.chart_type == "scatter"
    same(book, "show the fee and the tip of each individual visit", 'SELECT "Fee", "Tip" FROM "Visit"')


def test_a_figure_for_each_kind_of_row_still_groups_by_the_kind(log: Db, book: Db) -> None:
    same(log, "average cost for each shipment type", "SELECT carrier_type, avg(cost) FROM shipment GROUP BY 1")
    same(book, "total fee by visit kind", 'SELECT "VisitKind", sum("Fee") FROM "Visit" GROUP BY 1')
