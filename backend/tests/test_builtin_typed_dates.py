""" "grants by year", "inspections per month in 2024": of a table's dates, one the owner typed as a date is the rows'
date before one kept as ISO text ahead of it; the text date is read, parsed, when its verb is said ("grants lodged per
month") (`typed_date_catalogs.py`: a snake_case arts council and a camelCase fire-safety office)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.typed_date_catalogs import arts_grants, fire_inspections

grants = catalog_fixture(arts_grants)
inspections = catalog_fixture(fire_inspections)


def test_the_typed_date_dates_the_grants(grants: Db) -> None:
    same(grants, "grants by year", "SELECT DATE_TRUNC('year', decided_date), COUNT(*) FROM grants GROUP BY 1")
    same(
        grants,
        "grants by programme in 2024",
        "SELECT programme, COUNT(*) FROM grants WHERE decided_date >= DATE '2024-01-01' "
        "AND decided_date < DATE '2025-01-01' GROUP BY 1",
    )
    same(
        grants,
        "grants lodged per month in 2024",
        "SELECT DATE_TRUNC('month', CAST(lodged_date AS DATE)), COUNT(*) FROM grants "
        "WHERE CAST(lodged_date AS DATE) >= DATE '2024-01-01' AND CAST(lodged_date AS DATE) < DATE '2025-01-01' "
        "GROUP BY 1",
    )


def test_the_typed_date_dates_the_inspections(inspections: Db) -> None:
    same(
        inspections,
        "inspections per month in 2024",
        'SELECT DATE_TRUNC(\'month\', "visitDate"), COUNT(*) FROM "inspections" '
        "WHERE \"visitDate\" >= DATE '2024-01-01' AND \"visitDate\" < DATE '2025-01-01' GROUP BY 1",
    )
