"""A figure named by plural "points" (effort points, points a judge gives) adds up per group, though it holds a few
values of a scale in a DOUBLE column; an average is still there when asked for. On the catalogs of
`tally_catalogs.py`: a snake_case repair workshop and a PascalCase flower show."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.tally_catalogs import flower_show, repair_workshop

shop = catalog_fixture(repair_workshop)
show = catalog_fixture(flower_show)


def test_points_add_up_per_group(shop: Db, show: Db) -> None:
    d = same(shop, "effort points by mechanic", "SELECT mechanic, SUM(effort_points) FROM jobs GROUP BY 1")
    assert d.chart.chart_type == "bar"
    same(show, "judge points by grower", 'SELECT "Grower", SUM("JudgePoints") FROM "Entries" GROUP BY 1')


def test_an_average_of_points_when_asked(shop: Db, show: Db) -> None:
    same(shop, "average effort points by mechanic", "SELECT mechanic, AVG(effort_points) FROM jobs GROUP BY 1")
    same(show, "average judge points per grower", 'SELECT "Grower", AVG("JudgePoints") FROM "Entries" GROUP BY 1')
