""" "abv by orchard region", "hours billed % by practice": a figure its comment calls a percentage or a ratio, or whose
name carries "%", is averaged by group, never added up — whatever quantity it is a share of ("by volume", "hours
billed") (`percentage_catalogs.py`: a snake_case cider maker and a consultancy's spreadsheet)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.percentage_catalogs import cider_maker, consultancy_sheet

ciders = catalog_fixture(cider_maker)
sheet = catalog_fixture(consultancy_sheet)


def test_a_percent_by_volume_is_averaged(ciders: Db) -> None:
    same(ciders, "abv by orchard region", "SELECT orchard_region, AVG(abv) FROM ciders GROUP BY 1")
    same(ciders, "litres sold by orchard region", "SELECT orchard_region, SUM(litres_sold) FROM ciders GROUP BY 1")


def test_a_percent_header_is_averaged(sheet: Db) -> None:
    same(sheet, "hours billed % by practice", 'SELECT "Practice", AVG("Hours Billed %") FROM "Timesheet" GROUP BY 1')
    same(sheet, "hours by practice", 'SELECT "Practice", SUM("Hours") FROM "Timesheet" GROUP BY 1')
