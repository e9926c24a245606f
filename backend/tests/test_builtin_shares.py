"""Shares of a total and rates of a coded value on catalogs the analyst has never seen (`share_catalogs.py`: a bike-share
scheme in prefixed snake_case with declared keys, a tutoring marketplace in camelCase without any): "% of X by Y" is
each group's share of the total, values set against each other ("A vs B") under a share noun are the groups, and a
status named by a code's stated meaning is that code even where a date column's comment uses the same word."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.share_catalogs import bike_share, tutoring

bikes = catalog_fixture(bike_share)
lessons = catalog_fixture(tutoring)


RIDES_BY_PLAN = "FROM ride_log r JOIN rdr_rider p ON p.rdr_id = r.rdr_id GROUP BY p.rdr_plan"
LESSONS_BY_TIER = 'FROM lessons l JOIN tutors t ON t."tutorId" = l."tutorId" GROUP BY t.tier'


# "% of X by Y": each group's percentage of the whole, the "%" written as a symbol.
def test_percent_sign_of_a_total(bikes: Db, lessons: Db) -> None:
    covers(
        bikes,
        "% of fee by plan",
        f"SELECT p.rdr_plan, 100.0 * SUM(fee_amt) / SUM(SUM(fee_amt)) OVER () {RIDES_BY_PLAN}",
    )
    covers(
        lessons,
        "% of lessons by booking channel",
        'SELECT "bookingChannel", 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM lessons GROUP BY "bookingChannel"',
    )


# "% of rides lost by district": the share of each group's rows holding the value.
def test_percent_sign_of_a_status(bikes: Db, lessons: Db) -> None:
    covers(
        bikes,
        "% of rides lost by district",
        "SELECT d.stn_district, 100.0 * COUNT(*) FILTER (WHERE status_cd = 'L') / COUNT(*) "
        "FROM ride_log r JOIN stn_dock d ON d.stn_id = r.stn_id GROUP BY d.stn_district",
    )
    covers(
        lessons,
        "% of lessons cancelled per booking channel",
        """SELECT "bookingChannel", 100.0 * COUNT(*) FILTER (WHERE "statusCode" = 'C') / COUNT(*) FROM lessons """
        '''GROUP BY "bookingChannel"''',
    )


# Values of one column set against each other under a share noun are the groups, each with its share of the total,
# whether the column is the rows' own or a parent's (not the parent's rows named one by one).
def test_values_set_against_each_other_are_the_groups_of_a_share(bikes: Db, lessons: Db) -> None:
    covers(
        bikes,
        "share of rides app vs kiosk",
        "SELECT src_channel, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM ride_log "
        "WHERE src_channel IN ('App', 'Kiosk') GROUP BY src_channel",
    )
    covers(
        bikes,
        "share of fee app vs kiosk vs web",
        "SELECT src_channel, 100.0 * SUM(fee_amt) / SUM(SUM(fee_amt)) OVER () FROM ride_log GROUP BY src_channel",
    )
    covers(
        lessons,
        "share of lessons junior vs senior",
        f"SELECT t.tier, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () {LESSONS_BY_TIER}",
    )
    d = covers(lessons, "average fee junior vs senior", f'SELECT t.tier, AVG("feeAmount") {LESSONS_BY_TIER}')
    assert [x.column.column for x in d.plan.dimensions] == ["tier"], d.sql


# A word that is a code's stated meaning ("C = cancelled") is that code, not a date column whose comment uses the word
# ("when the lesson was not cancelled"), outside a question about time.
def test_a_coded_status_over_a_commented_date(bikes: Db, lessons: Db) -> None:
    covers(
        lessons,
        "What proportion of lessons end up cancelled, broken down by booking channel?",
        """SELECT "bookingChannel", 100.0 * COUNT(*) FILTER (WHERE "statusCode" = 'C') / COUNT(*) FROM lessons """
        '''GROUP BY "bookingChannel"''',
    )
    covers(lessons, "how many lessons were cancelled", """SELECT COUNT(*) FROM lessons WHERE "statusCode" = 'C'""")
    covers(
        bikes,
        "what proportion of rides were aborted, by rider plan",
        f"SELECT p.rdr_plan, 100.0 * COUNT(*) FILTER (WHERE status_cd = 'A') / COUNT(*) {RIDES_BY_PLAN}",
    )
    covers(bikes, "how many rides were aborted", "SELECT COUNT(*) FROM ride_log WHERE status_cd = 'A'")
