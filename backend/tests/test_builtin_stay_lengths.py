"""A stay's length ("length of stay", "stay length") is the column counting its nights (nights_cnt, NightCount), on the
snake_case campground and the PascalCase lodges written for the tests (`stay_catalogs.py`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.stay_catalogs import campground, lodges

camp = catalog_fixture(campground)
lodge = catalog_fixture(lodges)


def test_length_of_stay_is_the_count_of_nights(camp: Db, lodge: Db) -> None:
    same(
        camp,
        "average length of stay by park",
        "SELECT p.park_nm, AVG(b.nights_cnt) FROM booking b JOIN park p ON p.park_id = b.park_id GROUP BY 1",
    )
    same(
        camp,
        "min / avg / max length of stay per region",
        "SELECT p.region, MIN(b.nights_cnt), AVG(b.nights_cnt), MAX(b.nights_cnt) FROM booking b "
        "JOIN park p ON p.park_id = b.park_id GROUP BY 1",
    )
    same(
        lodge,
        "average length of stay per lodge",
        'SELECT l."LodgeName", AVG(r."NightCount") FROM "Reservations" r JOIN "Lodges" l ON l."LodgeId" = r."LodgeId" '
        "GROUP BY 1",
    )
    same(
        lodge,
        "median stay length by lodge",
        'SELECT l."LodgeName", MEDIAN(r."NightCount") FROM "Reservations" r JOIN "Lodges" l ON l."LodgeId" = r."LodgeId" '
        "GROUP BY 1",
    )
