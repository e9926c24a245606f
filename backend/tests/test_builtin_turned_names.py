"""A column named as its two words turned around, as text-to-SQL benchmarks word it: "the name of the boat" is
boat_name, "the names of the plots" PlotName — not the rows' own name column. Two catalogs (`bench_catalogs.py`): a
regatta in snake_case and an allotment society in PascalCase."""

from __future__ import annotations

from backend.core.catalog import build_catalog
from backend.tests.bench_catalogs import allotment, regatta
from backend.tests.builtin_checks import covers, same


def test_turned_names_in_a_snake_case_regatta() -> None:
    con = regatta()
    db = (con, build_catalog(con))
    same(
        db,
        "What are the names of the boats of sailors from Norway?",
        "SELECT boat_name FROM sailor WHERE nation = 'Norway'",
    )
    covers(
        db, "What is the name of the boat of the youngest sailor?", "SELECT boat_name FROM sailor ORDER BY age LIMIT 1"
    )


def test_turned_names_in_a_pascal_case_allotment() -> None:
    con = allotment()
    db = (con, build_catalog(con))
    same(
        db,
        "What are the names of the plots of gardeners from Brookend?",
        """SELECT "PlotName" FROM "Gardeners" WHERE "Village" = 'Brookend'""",
    )
    covers(
        db,
        "What is the name of the plot of the oldest gardener?",
        """SELECT "PlotName" FROM "Gardeners" ORDER BY "Age" DESC LIMIT 1""",
    )
