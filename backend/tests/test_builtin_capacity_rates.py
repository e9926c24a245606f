"""Occupancy asked by its name ("occupancy %", "occupancy rate", "occ %") over a nightly snapshot of units available
and units taken: 100 × the total taken over the total available in each group (a ratio of totals); a written
"A / B %" reads as a percentage too; on the snake_case campground and the PascalCase lodges (`stay_catalogs.py`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.stay_catalogs import campground, lodges

camp = catalog_fixture(campground)
lodge = catalog_fixture(lodges)

PITCHES = "100.0 * SUM(n.pitches_occupied) / SUM(n.pitches_available)"
UNITS = '100.0 * SUM(n."UnitsOccupied") / SUM(n."UnitsAvailable")'


def test_occupancy_is_units_taken_over_units_available(camp: Db, lodge: Db) -> None:
    same(
        camp,
        "monthly occupancy % by park",
        f"SELECT DATE_TRUNC('month', n.night_date), p.park_nm, {PITCHES} FROM park_night n "
        "JOIN park p ON p.park_id = n.park_id GROUP BY 1, 2",
    )
    same(
        camp,
        "occupancy rate per region",
        f"SELECT p.region, {PITCHES} FROM park_night n JOIN park p ON p.park_id = n.park_id GROUP BY 1",
    )
    same(
        lodge,
        "occ % by month",
        f'SELECT DATE_TRUNC(\'month\', n."NightDate"), {UNITS} FROM "LodgeNights" n GROUP BY 1',
    )
    same(
        lodge,
        "occupancy rate per lodge in the first quarter of 2024",
        f'SELECT l."LodgeName", {UNITS} FROM "LodgeNights" n JOIN "Lodges" l ON l."LodgeId" = n."LodgeId" '
        "WHERE n.\"NightDate\" < DATE '2024-04-01' GROUP BY 1",
    )


def test_occupancy_with_a_named_member_keeps_the_rate(camp: Db, lodge: Db) -> None:
    same(
        camp,
        "monthly occupancy % at Dune Camp",
        f"SELECT DATE_TRUNC('month', n.night_date), {PITCHES} FROM park_night n JOIN park p ON p.park_id = n.park_id "
        "WHERE p.park_nm = 'Dune Camp' GROUP BY 1",
    )
    same(
        lodge,
        "units occupied / units available % by lodge",
        f'SELECT l."LodgeName", {UNITS} FROM "LodgeNights" n JOIN "Lodges" l ON l."LodgeId" = n."LodgeId" GROUP BY 1',
    )
