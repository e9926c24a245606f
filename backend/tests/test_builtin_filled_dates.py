"""A table's main date ("by month", "last year", "trend") is a date most of its rows have: a date NULL on most rows
dates an event few rows have (a cancellation, a delivery) and is taken only when the question names it; on the
snake_case campground and the PascalCase lodges written for the tests (`stay_catalogs.py`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.stay_catalogs import campground, lodges

camp = catalog_fixture(campground)
lodge = catalog_fixture(lodges)
BOOKED = '"BookedAt"'


def test_the_catalog_counts_empty_values(camp: Db) -> None:
    booking = next(t for t in camp[1].tables if t.name == "booking")
    counts = {c.name: c.null_count for c in booking.columns}
    assert counts["booked_on"] == 0
    assert counts["cancellation_date"] == 500  # all but one in six bookings


def test_a_mostly_empty_date_is_not_the_main_date(camp: Db, lodge: Db) -> None:
    month = "DATE_TRUNC('month', {0}), COUNT(*)"
    same(camp, "bookings by month", f"SELECT {month.format('booked_on')} FROM booking GROUP BY 1")
    same(camp, "bookings trend", f"SELECT {month.format('booked_on')} FROM booking GROUP BY 1")
    same(
        camp,
        "how many bookings were made in 2024",
        "SELECT COUNT(*) FROM booking WHERE YEAR(booked_on) = 2024",
    )
    same(lodge, "reservations by month", f'SELECT {month.format(BOOKED)} FROM "Reservations" GROUP BY 1')
    same(
        lodge,
        "how many reservations in 2024",
        'SELECT COUNT(*) FROM "Reservations" WHERE YEAR("BookedAt") = 2024',
    )


def test_a_mostly_empty_date_named_by_the_question_is_taken(camp: Db, lodge: Db) -> None:
    # The rows without the date are in no month (test_builtin_empty_dates).
    same(
        camp,
        "bookings by month of cancellation date",
        "SELECT DATE_TRUNC('month', cancellation_date), COUNT(*) FROM booking WHERE cancellation_date IS NOT NULL "
        "GROUP BY 1",
    )
    same(
        lodge,
        "reservations by delivery date month",
        'SELECT DATE_TRUNC(\'month\', "DeliveryDate"), COUNT(*) FROM "Reservations" '
        'WHERE "DeliveryDate" IS NOT NULL GROUP BY 1',
    )
