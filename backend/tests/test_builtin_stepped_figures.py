""" "count of modules by number of credits", "average mark by credits", "units sold by bottle size": a figure
each row holds with few values (credits worth 2.5 to 10, bottles of 0.375 to 1.5 litres), stored as a decimal, named
after "by" is a grouping, one group per value — not a second figure averaged over every row, nor a histogram of it
(`stepped_figure_catalogs.py`: a snake_case module catalogue and a camelCase wine merchant)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.stepped_figure_catalogs import module_catalogue, wine_merchant

modules = catalog_fixture(module_catalogue)
wines = catalog_fixture(wine_merchant)


def test_a_count_by_the_number_of_a_figure_each_row_holds_groups_by_it(modules: Db) -> None:
    gold = "SELECT credits, COUNT(*) FROM modules GROUP BY 1"
    for question in ("count of modules by number of credits", "number of modules by credits"):
        d = same(modules, question, gold)
        assert d.chart.chart_type in ("bar", "pie"), question
        shown = [r[0] for r in modules[0].execute(d.sql).fetchall()]
        assert shown == sorted(shown), "the groups read in the order of their numbers"


def test_an_average_by_a_decimal_figure_with_few_values_is_one_group_per_value(modules: Db) -> None:
    d = same(
        modules,
        "average mark by credits",
        "SELECT o.credits, AVG(m.mark) FROM marks m JOIN modules o ON o.module_code = m.module_code GROUP BY 1",
    )
    assert d.chart.chart_type == "bar"


def test_bottles_sold_by_bottle_size_group_by_the_size(wines: Db) -> None:
    same(
        wines,
        "total units sold by bottle size",
        'SELECT w."bottleSizeLitres", SUM(l."unitsSold") FROM "orderLines" l JOIN "wines" w USING ("wineId") '
        "GROUP BY 1",
    )
    same(wines, "number of wines by bottle size", 'SELECT "bottleSizeLitres", COUNT(*) FROM "wines" GROUP BY 1')
