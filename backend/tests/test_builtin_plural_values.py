"""A plural that is a stored value's noun ("batteries" for 'Battery', "lilies" for 'Lily') filters on that value even
when a numeric column starts with the same noun but counts other things (battery_cycles are cycles, LilyStems stems):
"how many batteries" counts the battery jobs, it sums no cycles. On the catalogs of `tally_catalogs.py`: a snake_case
repair workshop and a PascalCase flower show."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.tally_catalogs import flower_show, repair_workshop

shop = catalog_fixture(repair_workshop)
show = catalog_fixture(flower_show)


def test_a_plural_value_is_counted_not_a_column_it_begins(shop: Db, show: Db) -> None:
    same(
        shop,
        "how many batteries per mechanic",
        "SELECT mechanic, COUNT(*) FROM jobs WHERE job_kind = 'Battery' GROUP BY 1",
    )
    same(
        show,
        "how many lilies per grower",
        """SELECT "Grower", COUNT(*) FROM "Entries" WHERE "Section" = 'Lily' GROUP BY 1""",
    )


def test_the_column_is_still_named_whole(shop: Db, show: Db) -> None:
    same(shop, "total battery cycles per mechanic", "SELECT mechanic, SUM(battery_cycles) FROM jobs GROUP BY 1")
    same(show, "lily stems by grower", 'SELECT "Grower", SUM("LilyStems") FROM "Entries" GROUP BY 1')
