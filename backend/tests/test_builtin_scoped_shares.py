""" "share of rentals by bike type in Porto": a share split by groups of a kind, with a value said after "in", is each
group's share of that value's rows (the value bounds the whole); without a grouping ("what share of rentals are in
Porto") the value's rows are the part, as before (`scoped_share_catalogs.py`: a snake_case bike rental scheme and a
camelCase library network)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.scoped_share_catalogs import bike_rentals, library_loans

bikes = catalog_fixture(bike_rentals)
loans = catalog_fixture(library_loans)


def test_each_kinds_share_of_one_citys_rentals(bikes: Db) -> None:
    covers(
        bikes,
        "share of rentals by bike type in Porto",
        "SELECT bike_type, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM rentals WHERE city = 'Porto' GROUP BY 1",
    )
    covers(
        bikes,
        "share of fares by bike type in Lyon",
        "SELECT bike_type, 100.0 * SUM(fare_eur) / SUM(SUM(fare_eur)) OVER () FROM rentals WHERE city = 'Lyon' "
        "GROUP BY 1",
    )
    same(
        bikes,
        "what share of rentals are in Porto",
        "SELECT 100.0 * AVG(CASE WHEN city = 'Porto' THEN 1 ELSE 0 END) FROM rentals",
    )


def test_each_medias_share_of_one_branchs_loans(loans: Db) -> None:
    covers(
        loans,
        "percentage of loans by media kind in Riverside",
        'SELECT "mediaKind", 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM "mediaLoans" '
        "WHERE \"branchName\" = 'Riverside' GROUP BY 1",
    )
