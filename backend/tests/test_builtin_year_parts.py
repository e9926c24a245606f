"""Rows dated by whole-number year and month columns (YrSold and MoSold, year_issued and month_issued) rather than
a date: a year column named by its verb ("sold", "built", "issued") is the time axis or the filtered year, never a
measure; "by month" groups by the month column; of several year columns the one a month column completes dates
the rows."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.year_part_catalogs import house_sales, trail_permits

houses = catalog_fixture(house_sales)
permits = catalog_fixture(trail_permits)


def test_houses_sold_per_year_are_counted_by_the_year_of_sale(houses: Db) -> None:
    same(houses, "number of houses sold per year", 'SELECT "YrSold", COUNT(*) FROM house_sales GROUP BY "YrSold"')


def test_sales_in_a_year_filter_the_year_of_sale(houses: Db) -> None:
    same(houses, "how many houses were sold in 2009", 'SELECT COUNT(*) FROM house_sales WHERE "YrSold" = 2009')


def test_built_after_a_year_filters_the_year_built(houses: Db) -> None:
    d = same(
        houses,
        "average sale price of houses built after 2000",
        'SELECT AVG("SalePrice") FROM house_sales WHERE "YearBuilt" > 2000',
    )
    assert "avg_YearBuilt" not in d.sql


def test_by_year_built_groups_by_it(houses: Db) -> None:
    same(
        houses,
        "average sale price by year built",
        'SELECT "YearBuilt", AVG("SalePrice") FROM house_sales GROUP BY "YearBuilt"',
    )


def test_sold_by_month_groups_by_the_month_column(houses: Db) -> None:
    same(houses, "houses sold by month", 'SELECT "MoSold", COUNT(*) FROM house_sales GROUP BY "MoSold"')


def test_a_year_of_monthly_sales_filters_the_year_the_month_belongs_to(houses: Db) -> None:
    same(
        houses,
        "number of houses sold per month in 2008",
        'SELECT "MoSold", COUNT(*) FROM house_sales WHERE "YrSold" = 2008 GROUP BY "MoSold"',
    )


def test_how_many_of_the_tables_rows_counts_rows_not_a_category_named_like_them(houses: Db) -> None:
    d = same(houses, "how many houses were sold in 2007", 'SELECT COUNT(*) FROM house_sales WHERE "YrSold" = 2007')
    assert "DISTINCT" not in d.sql


def test_permits_issued_per_year(permits: Db) -> None:
    same(
        permits,
        "permits issued per year",
        "SELECT year_issued, COUNT(*) FROM trail_permits GROUP BY year_issued",
    )


def test_fees_per_month_of_one_year(permits: Db) -> None:
    same(
        permits,
        "total fees paid per month in 2022",
        "SELECT month_issued, SUM(fee_paid) FROM trail_permits WHERE year_issued = 2022 GROUP BY month_issued",
    )


def test_since_a_year_filters_the_year_issued(permits: Db) -> None:
    d = same(
        permits,
        "average party size of permits issued since 2020",
        "SELECT AVG(party_size) FROM trail_permits WHERE year_issued >= 2020",
    )
    assert "AVG(year_issued)" not in d.sql.replace('"', "")


def test_a_year_column_is_never_summed(permits: Db) -> None:
    d = answer(permits, "total permits by park zone and year issued")
    assert "SUM(year_issued)" not in d.sql.replace('"', "")
