"""A table's date is one every row has: a time some rows leave empty (when a repair was fixed, when a parcel was handed
over) records an event only those rows reached, so the rows of another state ("scrapped repairs each month", "refused
deliveries by month") are dated by the time stamped on every row, never left out of every period. On the catalogs of
`filled_date_catalogs.py`: a snake_case repair bench and PascalCase parcel deliveries, no keys declared."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.filled_date_catalogs import parcel_deliveries, repair_bench

bench = catalog_fixture(repair_bench)
parcels = catalog_fixture(parcel_deliveries)


def test_rows_of_a_state_the_first_time_leaves_empty_are_counted_by_month(bench: Db, parcels: Db) -> None:
    covers(
        bench,
        "how many repairs were scrapped each month in 2031?",
        "SELECT date_trunc('month', logged_at), count(*) FROM repairs WHERE outcome = 'scrapped' GROUP BY 1",
    )
    covers(
        parcels,
        "how many deliveries were refused each month",
        """SELECT date_trunc('month', "LoggedAt"), count(*) FROM "Deliveries" WHERE "Outcome" = 'Refused' GROUP BY 1""",
    )


def test_a_range_keeps_the_rows_of_every_state(bench: Db, parcels: Db) -> None:
    covers(
        bench,
        "repairs by outcome in March 2031",
        """SELECT outcome, count(*) FROM repairs WHERE logged_at >= '2031-03-01' AND logged_at < '2031-04-01'
        GROUP BY outcome""",
    )
    covers(
        parcels,
        "number of deliveries per courier in Q2 2031",
        """SELECT "Courier", count(*) FROM "Deliveries" WHERE "LoggedAt" >= '2031-04-01' AND "LoggedAt" < '2031-07-01'
        GROUP BY 1""",
    )
