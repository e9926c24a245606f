"""Keys named after the rows they point at, without an id word and undeclared (`rate_catalogs.py`: a parish council's
electoral_ward, a sales office's salesRegion): a column of a table ending on the table's noun, about one value per row,
is referenced by the columns of the same name elsewhere. The parent's columns are reached through it, rows with none of
its children are found through it, and a grouping by the key itself shows the key's own values ("district 4")."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.rate_catalogs import parish, sales_office

wards = catalog_fixture(parish)
regions = catalog_fixture(sales_office)


# The parent's own columns through the shared key: "by ward name", "by region manager".
def test_parent_columns_through_a_named_key(wards: Db, regions: Db) -> None:
    covers(
        wards,
        "complaints by ward name",
        "SELECT w.ward_name, COUNT(*) FROM complaints c JOIN wards w ON w.electoral_ward = c.electoral_ward "
        "GROUP BY w.ward_name",
    )
    covers(
        regions,
        "total order total by region manager",
        'SELECT r."regionManager", SUM(o."orderTotal") FROM "Orders" o '
        'JOIN "Regions" r ON r."salesRegion" = o."salesRegion" GROUP BY r."regionManager"',
    )


# "wards with no complaints in 2024": the parent's rows no child row of that year points at, through the shared key,
# the year read on the child's date (an ISO text date cast inside the subquery).
def test_rows_without_children_through_a_named_key(wards: Db, regions: Db) -> None:
    covers(
        wards,
        "wards with no complaints in 2024",
        "SELECT electoral_ward FROM wards WHERE electoral_ward NOT IN "
        "(SELECT electoral_ward FROM complaints WHERE year(logged_on) = 2024 AND electoral_ward IS NOT NULL)",
    )
    covers(
        regions,
        "regions with no orders in 2024",
        'SELECT "salesRegion" FROM "Regions" WHERE "salesRegion" NOT IN '
        '(SELECT "salesRegion" FROM "Orders" WHERE "orderedOn" LIKE \'2024-%\')',
    )


# A grouping by the key or by the parent's noun shows the key's own values, as people call those rows; a breakdown of
# rows named in the plural counts them even where the table has one measure.
def test_grouping_by_a_named_key_keeps_its_values(wards: Db, regions: Db) -> None:
    d = covers(
        wards,
        "wards with more complaints than the average ward",
        "SELECT electoral_ward, COUNT(*) FROM complaints GROUP BY electoral_ward HAVING COUNT(*) > "
        "(SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM complaints GROUP BY electoral_ward))",
    )
    assert "JOIN" not in d.sql, d.sql
    same(
        regions,
        "breakdown of orders by sales region",
        'SELECT "salesRegion", COUNT(*) FROM "Orders" GROUP BY "salesRegion"',
    )
    same(wards, "total repair cost by ward", "SELECT electoral_ward, SUM(repair_cost) FROM complaints "
         "WHERE electoral_ward IS NOT NULL GROUP BY electoral_ward")  # fmt: skip
