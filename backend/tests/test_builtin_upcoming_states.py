""" "Upcoming" asks for the rows whose event is still ahead: the value of a status saying so ("Scheduled"), or the
code whose meaning in the column's comment says so ("F = future arrival, still to come"); on the snake_case
campground and the PascalCase lodges written for the tests (`stay_catalogs.py`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.stay_catalogs import campground, lodges

camp = catalog_fixture(campground)
lodge = catalog_fixture(lodges)


def test_upcoming_is_the_state_still_ahead(camp: Db, lodge: Db) -> None:
    same(camp, "how many bookings are upcoming", "SELECT COUNT(*) FROM booking WHERE status_cd = 'F'")
    same(
        camp,
        "upcoming bookings by park",
        "SELECT p.park_nm, COUNT(*) FROM booking b JOIN park p ON p.park_id = b.park_id WHERE b.status_cd = 'F' "
        "GROUP BY 1",
    )
    same(lodge, "how many upcoming reservations", 'SELECT COUNT(*) FROM "Reservations" WHERE "Status" = \'Scheduled\'')
    same(
        lodge,
        "upcoming reservations per lodge",
        'SELECT l."LodgeName", COUNT(*) FROM "Reservations" r JOIN "Lodges" l ON l."LodgeId" = r."LodgeId" '
        "WHERE r.\"Status\" = 'Scheduled' GROUP BY 1",
    )
