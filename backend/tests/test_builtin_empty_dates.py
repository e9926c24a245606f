"""A period of a date some rows leave empty ('parcels picked up by day of the week', 'tickets by year of resolved
date') groups only the rows that have the date: an empty date is no point of a time axis, so no NULL bar; on the
snake_case parcel lockers and the PascalCase help desk written for the tests (`empty_date_catalogs.py`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.empty_date_catalogs import help_desk, lockers

locker = catalog_fixture(lockers)
desk = catalog_fixture(help_desk)
DAY = "CAST(ISODOW({0}) AS TEXT) || ' ' || DAYNAME({0})"
RESOLVED = '"ResolvedAt"'


def test_a_period_of_a_date_left_empty_has_no_empty_group(locker: Db, desk: Db) -> None:
    same(
        locker,
        "parcels picked up by day of the week",
        f"SELECT {DAY.format('pickup_at')}, COUNT(*) FROM locker_parcel WHERE pickup_at IS NOT NULL GROUP BY 1",
    )
    same(
        locker,
        "parcels by year of pickup",
        "SELECT DATE_TRUNC('year', pickup_at), COUNT(*) FROM locker_parcel WHERE pickup_at IS NOT NULL GROUP BY 1",
    )
    same(
        desk,
        "tickets by year of resolved date",
        'SELECT DATE_TRUNC(\'year\', "ResolvedAt"), COUNT(*) FROM "Tickets" WHERE "ResolvedAt" IS NOT NULL GROUP BY 1',
    )
    same(
        desk,
        "tickets resolved per weekday",
        f'SELECT {DAY.format(RESOLVED)}, COUNT(*) FROM "Tickets" WHERE "ResolvedAt" IS NOT NULL GROUP BY 1',
    )


def test_a_date_every_row_has_keeps_every_row(locker: Db, desk: Db) -> None:
    same(locker, "parcels by year", "SELECT DATE_TRUNC('year', dropped_at), COUNT(*) FROM locker_parcel GROUP BY 1")
    same(desk, "tickets per month", 'SELECT DATE_TRUNC(\'month\', "OpenedAt"), COUNT(*) FROM "Tickets" GROUP BY 1')
