"""Spans of dates written with their days first across two months ("between 1 Dec 2023 and 31 Jan 2024") keep every
day between, and a span of month names with its dash read away ("jan-dec") covering the whole year keeps every year.
On the catalogs of `date_span_catalogs.py`: a snake_case bakery and a camelCase kennel."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.date_span_catalogs import bakery, kennel

bake = catalog_fixture(bakery)
dogs = catalog_fixture(kennel)


def test_days_first_span_across_months(bake: Db, dogs: Db) -> None:
    same(bake, "how many batches were baked each week between 1 Dec 2023 and 31 Jan 2024",
         """SELECT DATE_TRUNC('week', baked_on), COUNT(*) FROM batches
            WHERE baked_on >= DATE '2023-12-01' AND baked_on < DATE '2024-02-01' GROUP BY 1""")  # fmt: skip
    same(dogs, "number of visits per month from 15 March 2023 to 10 June 2023",
         """SELECT DATE_TRUNC('month', "visitStart"), COUNT(*) FROM "dogVisits"
            WHERE "visitStart" >= DATE '2023-03-15' AND "visitStart" < DATE '2023-06-11' GROUP BY 1""")  # fmt: skip


def test_whole_year_of_month_names_keeps_every_year(bake: Db, dogs: Db) -> None:
    # one row per month of the year, each counting that month's rows of every year
    covers(bake, "any seasonal pattern? batches baked by calendar month (jan-dec), all years together",
           "SELECT COUNT(*) FROM batches GROUP BY MONTH(baked_on)")  # fmt: skip
    covers(dogs, "visits by month of year (Jan-Dec) across all years",
           """SELECT COUNT(*) FROM "dogVisits" GROUP BY MONTH("visitStart")""")  # fmt: skip
