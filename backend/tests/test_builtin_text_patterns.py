"""A part of a text value, worded as text-to-SQL benchmarks word it ("whose name contains 'Wolf'", "containing the word
Moon", "starting with the letter A", "ending in son"): an ILIKE pattern on the column named before the cue (else the
label of the rows named there), the part taken verbatim, never an equality with a stored value. Two catalogs
(`bench_catalogs.py`): a regatta in snake_case and an allotment society in PascalCase."""

from __future__ import annotations

import pytest

from backend.tests.bench_catalogs import allotment, regatta
from backend.tests.builtin_checks import Db, catalog_fixture, same

sea = catalog_fixture(regatta)
plots = catalog_fixture(allotment)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "Wolf" is a part of three boat names, none of them the stored value "Wolf".
        ("What are the names of the sailors whose boat name contains 'Wolf'?",
         "SELECT name FROM sailor WHERE boat_name ILIKE '%Wolf%'"),
        ("Which sailors have a boat containing the word Moon?", "SELECT name FROM sailor WHERE boat_name ILIKE '%Moon%'"),
        ("What are the names of sailors whose name starts with M?", "SELECT name FROM sailor WHERE name ILIKE 'M%'"),
        ("List the sailors whose name ends in son", "SELECT name FROM sailor WHERE name ILIKE '%son'"),
        ('Show harbour names ending with "Quay"', "SELECT name FROM harbour WHERE name ILIKE '%Quay'"),
    ],
)  # fmt: skip
def test_parts_of_text_values_in_a_snake_case_regatta(sea: Db, question: str, gold: str) -> None:
    same(sea, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("What are the first names of gardeners whose last name contains 'son'?",
         """SELECT "FirstName" FROM "Gardeners" WHERE "LastName" ILIKE '%son%'"""),
        ("Find the gardeners whose first name starts with the letter A",
         """SELECT "FirstName" FROM "Gardeners" WHERE "FirstName" ILIKE 'A%'"""),
        ("Which flower shows have a name ending in Fair?",
         """SELECT "ShowName" FROM "FlowerShows" WHERE "ShowName" ILIKE '%Fair'"""),
    ],
)  # fmt: skip
def test_parts_of_text_values_in_a_pascal_case_allotment(plots: Db, question: str, gold: str) -> None:
    same(plots, question, gold)
