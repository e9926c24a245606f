"""A word that is both a stored value and something else of the question is read by what it does there
(`word_catalogs.py`, two catalogs written for the test): a participle naming a date column is that date in a question
about time, a plural noun names a quantity column, "bar chart" asks for a chart, "whole group" and "group-wide" are
the scope of everything; a code's hyphenated meaning ("no-show") is found whole, "<value> rate" is the share of the
value's rows, and "#" is "number of"."""

from __future__ import annotations

import pytest

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.word_catalogs import campground_star, ferry_line

ferry = catalog_fixture(ferry_line)
camp = catalog_fixture(campground_star)


STAY_PITCH = "FROM fact_stay f JOIN dim_pitch p ON p.pitch_key = f.pitch_key"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "number of tickets booked each month",
            'SELECT date_trunc(\'month\', "bookedAt"), COUNT(*) FROM "Tickets" GROUP BY 1',
        ),
        (
            "ticket bookings by day of the week",
            'SELECT isodow("bookedAt") || \' \' || dayname("bookedAt"), COUNT(*) FROM "Tickets" GROUP BY 1',
        ),
        (
            "tickets boarded per week in March 2024",
            """SELECT date_trunc('week', "boardedAt"), COUNT(*) FROM "Tickets"
            WHERE "boardedAt" >= DATE '2024-03-01' AND "boardedAt" < DATE '2024-04-01' GROUP BY 1""",
        ),
    ],
)
def test_a_participle_naming_a_date_is_that_date_in_a_question_about_time(ferry: Db, question: str, gold: str) -> None:
    same(ferry, question, gold)


def test_without_time_the_participle_is_the_stored_value(ferry: Db) -> None:
    same(ferry, "how many tickets are booked", """SELECT COUNT(*) FROM "Tickets" WHERE "ticketStatus" = 'Booked'""")
    same(ferry, "refunded tickets by route",
         """SELECT r."routeName", COUNT(*) FROM "Tickets" t JOIN "Routes" r ON r."routeId" = t."routeId"
         WHERE "ticketStatus" = 'Refunded' GROUP BY 1""")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("stays by number of nights", "SELECT nights_qty, COUNT(*) FROM fact_stay GROUP BY 1"),
        ("average stay fee by # kids", "SELECT kids_qty, AVG(stay_fee_amt) FROM fact_stay GROUP BY 1"),
        ("stays by # of nights", "SELECT nights_qty, COUNT(*) FROM fact_stay GROUP BY 1"),
        ("night stays by pitch type",
         f"""SELECT p.pitch_type, COUNT(*) {STAY_PITCH} JOIN dim_arrival_slot s ON s.slot_key = f.slot_key
         WHERE s.slot_name = 'Night' GROUP BY 1"""),
    ],
)  # fmt: skip
def test_a_plural_noun_names_a_quantity_column_not_a_value_spelled_alike(camp: Db, question: str, gold: str) -> None:
    same(camp, question, gold)


def test_a_chart_kind_is_no_value(camp: Db) -> None:
    d = same(camp, "bar chart of stays per pitch type", f"SELECT p.pitch_type, COUNT(*) {STAY_PITCH} GROUP BY 1")
    assert d.chart.chart_type == "bar", d.chart
    same(camp, "how many stays in the Bar area", f"SELECT COUNT(*) {STAY_PITCH} WHERE p.pitch_area = 'Bar'")


def test_the_whole_group_is_the_scope_not_a_code_meaning_group(camp: Db) -> None:
    same(camp, "average stay fee by pitch type across the whole group",
         f"SELECT p.pitch_type, AVG(f.stay_fee_amt) {STAY_PITCH} GROUP BY 1")  # fmt: skip
    same(camp, "group-wide average stay fee by pitch type",
         f"SELECT p.pitch_type, AVG(f.stay_fee_amt) {STAY_PITCH} GROUP BY 1")  # fmt: skip
    same(camp, "average stay fee of group stays by pitch type",
         f"SELECT p.pitch_type, AVG(f.stay_fee_amt) {STAY_PITCH} WHERE f.tariff_code = 'GRP' GROUP BY 1")  # fmt: skip


def test_a_hyphenated_code_meaning_and_its_rate(camp: Db) -> None:
    same(camp, "no-shows per pitch type",
         f"SELECT p.pitch_type, COUNT(*) {STAY_PITCH} WHERE f.stay_status_code = 'N' GROUP BY 1")  # fmt: skip
    same(camp, "no-show rate by pitch type",
         f"""SELECT p.pitch_type, 100.0 * AVG(CASE WHEN f.stay_status_code = 'N' THEN 1 ELSE 0 END) {STAY_PITCH}
         GROUP BY 1""")  # fmt: skip
