"""Two entities linked through a bridge table (mostly two keys, one to each: which sailor sailed which race, which
gardener grows which plant), worded as text-to-SQL benchmarks word it: "the number of races for each sailor" counts the
bridge's rows by the sailor; "gardeners who have a rose", "sailors in races in 2022" keep one entity's rows the bridge
pairs with rows of the other meeting the condition; "sailors who have not sailed any race" those it never pairs. Two
catalogs (`bench_catalogs.py`): a regatta in snake_case with declared keys, an allotment society in PascalCase with
none."""

from __future__ import annotations

import pytest

from backend.tests.bench_catalogs import allotment, regatta
from backend.tests.builtin_checks import Db, catalog_fixture, covers, same

sea = catalog_fixture(regatta)
plots = catalog_fixture(allotment)


GROWS = '"GardenerGrowsPlant"'


def test_counts_through_the_bridge_by_one_entity(sea: Db, plots: Db) -> None:
    same(
        sea,
        "Show the name and the number of races for each sailor.",
        "SELECT s.name, count(*) FROM sailor_in_race x JOIN sailor s USING (sailor_id) GROUP BY s.sailor_id, s.name",
    )
    same(
        sea,
        "Show race names and the number of sailors in each race.",
        "SELECT r.race_name, count(*) FROM sailor_in_race x JOIN race r USING (race_id) GROUP BY r.race_id, r.race_name",
    )
    covers(
        sea,
        "Which sailor sailed the most races?",
        "SELECT s.name, count(*) FROM sailor_in_race JOIN sailor s USING (sailor_id) GROUP BY s.name ORDER BY 2 DESC "
        "LIMIT 1",
    )
    covers(
        plots,
        "Show the number of gardeners for each plant kind.",
        f'SELECT p."PlantKind", count(*) FROM {GROWS} x JOIN "Plants" p USING ("PlantId") GROUP BY p."PlantKind"',
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("Find the first names of gardeners who have a rose.",
         f"""SELECT DISTINCT g."FirstName" FROM "Gardeners" g JOIN {GROWS} x USING ("GardenerId") JOIN "Plants" p
             USING ("PlantId") WHERE p."PlantKind" = 'rose'"""),
        ("What are the last names of gardeners who grow a tulip?",
         f"""SELECT DISTINCT g."LastName" FROM "Gardeners" g JOIN {GROWS} x USING ("GardenerId") JOIN "Plants" p
             USING ("PlantId") WHERE p."PlantKind" = 'tulip'"""),
        ("How many gardeners have a fern?",
         f"""SELECT count(DISTINCT "GardenerId") FROM {GROWS} JOIN "Plants" USING ("PlantId")
             WHERE "PlantKind" = 'fern'"""),
        ("Find the last names of gardeners who do not have a rose.",
         f"""SELECT "LastName" FROM "Gardeners" WHERE "GardenerId" NOT IN (SELECT "GardenerId" FROM {GROWS}
             JOIN "Plants" USING ("PlantId") WHERE "PlantKind" = 'rose')"""),
        ("What kinds of plants does Olive grow?",
         f"""SELECT DISTINCT p."PlantKind" FROM "Gardeners" g JOIN {GROWS} x USING ("GardenerId") JOIN "Plants" p
             USING ("PlantId") WHERE g."FirstName" = 'Olive'"""),
        ("Find the first names of gardeners who do not have any plant.",
         f"""SELECT "FirstName" FROM "Gardeners" WHERE "GardenerId" NOT IN (SELECT "GardenerId" FROM {GROWS})"""),
    ],
)  # fmt: skip
def test_one_entity_filtered_by_the_other_in_a_pascal_case_allotment(plots: Db, question: str, gold: str) -> None:
    covers(plots, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("List the names of sailors in races in 2022.",
         """SELECT DISTINCT s.name FROM sailor_in_race x JOIN sailor s USING (sailor_id) JOIN race r USING (race_id)
            WHERE r.race_year = '2022'"""),
        ("How many sailors sailed in the Lighthouse Cup?",
         """SELECT count(DISTINCT sailor_id) FROM sailor_in_race JOIN race USING (race_id)
            WHERE race_name = 'Lighthouse Cup'"""),
        ("What are the names of the races that Maren Holt sailed?",
         """SELECT r.race_name FROM sailor s JOIN sailor_in_race x USING (sailor_id) JOIN race r USING (race_id)
            WHERE s.name = 'Maren Holt'"""),
        ("How many races has Maren Holt sailed?",
         "SELECT count(*) FROM sailor s JOIN sailor_in_race x USING (sailor_id) WHERE s.name = 'Maren Holt'"),
        ("List the names of sailors who have not sailed any race.",
         "SELECT name FROM sailor WHERE sailor_id NOT IN (SELECT sailor_id FROM sailor_in_race)"),
    ],
)  # fmt: skip
def test_one_entity_filtered_by_the_other_in_a_snake_case_regatta(sea: Db, question: str, gold: str) -> None:
    same(sea, question, gold)


def test_a_figure_of_the_rows_the_bridge_never_pairs(sea: Db, plots: Db) -> None:
    # "average age of gardeners who grow no plant" is one average over those gardeners, not their list.
    same(plots, "average age of gardeners who grow no plant", f'SELECT AVG("Age") FROM "Gardeners" WHERE '
         f'"GardenerId" NOT IN (SELECT "GardenerId" FROM {GROWS})')  # fmt: skip
    same(sea, "What is the maximum age of sailors who have never sailed a race?", "SELECT MAX(age) FROM sailor "
         "WHERE sailor_id NOT IN (SELECT sailor_id FROM sailor_in_race)")  # fmt: skip
