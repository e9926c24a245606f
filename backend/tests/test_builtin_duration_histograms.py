"""Histograms of a span between two dates of each row, and spans written as "(A to B)", on catalogs the analyst has
never seen (`share_catalogs.py`: a prefixed snake_case bike-share scheme with timestamps, a camelCase tutoring
marketplace booking with a timestamp for a dated lesson)."""

from __future__ import annotations

from backend.agents.builtin.models import Intent
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers
from backend.tests.share_catalogs import bike_share, tutoring

bikes = catalog_fixture(bike_share)
lessons = catalog_fixture(tutoring)


def _histogram(db: Db, question: str, spans: str) -> None:
    """The answer bins every row's span (the bins' counts add up to the rows with one) into a few ordered bins."""
    d = answer(db, question)
    assert d.plan.kind == Intent.HISTOGRAM and d.plan.binned is not None, d.sql
    assert d.chart.chart_type == "histogram", d.chart
    got = db[0].execute(d.sql).fetchall()
    want = db[0].execute(f"SELECT COUNT(*), MIN(s), MAX(s) FROM ({spans}) WHERE s IS NOT NULL").fetchone()
    assert want is not None
    assert sum(n for _, n in got) == want[0], d.sql
    bins = [b for b, _ in got]
    assert bins == sorted(bins) and 2 <= len(bins) <= 25, bins
    assert bins[0] <= want[1] and bins[-1] <= want[2], (bins, want)


# "histogram of days between A and B": the span of each row, binned, not its average.
def test_histogram_of_a_span_between_two_dates(bikes: Db, lessons: Db) -> None:
    _histogram(
        lessons,
        "histogram of days between booked at and lesson date",
        """SELECT DATE_DIFF('day', "bookedAt", "lessonDate") AS s FROM lessons""",
    )
    _histogram(
        bikes,
        "histogram of minutes between start and end",
        "SELECT DATE_DIFF('second', start_ts, end_ts) / 60.0 AS s FROM ride_log",
    )


# "lead time in days (A to B)": two dates joined by "to" after a span noun or a unit are its start and its end.
def test_a_span_written_as_one_date_to_another(bikes: Db, lessons: Db) -> None:
    _histogram(
        lessons,
        "distribution of lead time in days (booked at to lesson date)",
        """SELECT DATE_DIFF('day', "bookedAt", "lessonDate") AS s FROM lessons""",
    )
    _histogram(
        bikes,
        "distribution of ride time in minutes (start to end)",
        "SELECT DATE_DIFF('second', start_ts, end_ts) / 60.0 AS s FROM ride_log",
    )
    covers(
        bikes,
        "average ride time in minutes (start to end) by plan",
        "SELECT p.rdr_plan, AVG(DATE_DIFF('second', start_ts, end_ts) / 60.0) "
        "FROM ride_log r JOIN rdr_rider p ON p.rdr_id = r.rdr_id GROUP BY p.rdr_plan",
    )
    covers(
        lessons,
        "average lead time in days (booked at to lesson date) by booking channel",
        """SELECT "bookingChannel", AVG(DATE_DIFF('day', "bookedAt", "lessonDate")) FROM lessons """
        'GROUP BY "bookingChannel"',
    )
