"""“How many different types of plants are there?”, “the number of distinct plant types”: one number, the count of
the column's distinct values, not a count of rows per value, also when the column is found by a kind word ("types
of") and named after its table (PlantKind, pettype). Two catalogs: an allotment society in PascalCase
(`bench_catalogs.py`) and a kennel whose names are squashed lowercase words, written here."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.bench_catalogs import allotment
from backend.tests.builtin_checks import Db, catalog_fixture, same

plots = catalog_fixture(allotment)


@pytest.fixture(scope="module")
def kennel() -> Db:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE hounds (houndid INTEGER PRIMARY KEY, houndtype VARCHAR, houndage INTEGER, weight DOUBLE)")
    kinds = ["beagle", "whippet", "beagle", "lurcher", "whippet", "beagle", "saluki"]
    for i, k in enumerate(kinds):
        con.execute("INSERT INTO hounds VALUES (?, ?, ?, ?)", [i + 1, k, 1 + i % 6, 9.5 + i])
    return con, build_catalog(con)


@pytest.mark.parametrize(
    "question",
    ["How many different types of plants are there?", "How many distinct plant types are there?"],
)
def test_distinct_kinds_in_a_pascal_case_allotment(plots: Db, question: str) -> None:
    same(plots, question, 'SELECT count(DISTINCT "PlantKind") FROM "Plants"')


@pytest.mark.parametrize(
    "question",
    ["How many different types of hounds are there?", "What is the number of distinct types of hounds?"],
)
def test_distinct_kinds_in_a_squashed_kennel(kennel: Db, question: str) -> None:
    same(kennel, question, "SELECT count(DISTINCT houndtype) FROM hounds")


def test_a_count_per_kind_stays_one(plots: Db) -> None:
    same(plots, "Number of plants by plant kind", 'SELECT "PlantKind", count(*) FROM "Plants" GROUP BY "PlantKind"')
