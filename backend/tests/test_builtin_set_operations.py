"""Set operations worded as text-to-SQL benchmarks word them: "villages that have both gardeners older than 60 and
gardeners younger than 35" (values found among the rows meeting each of two conditions that no row meets at once,
an intersection), "gardeners who grow both a rose and a tulip" (paired through the bridge with a row of each value),
"harbours without any race in 2021" (an anti-join whose year is held as text). Two catalogs (`bench_catalogs.py`): a
regatta in snake_case and an allotment society in PascalCase."""

from __future__ import annotations

from backend.core.catalog import build_catalog
from backend.tests.bench_catalogs import allotment, regatta
from backend.tests.builtin_checks import covers, same


def test_set_operations_in_a_snake_case_regatta() -> None:
    con = regatta()
    db = (con, build_catalog(con))
    same(
        db,
        "Show the nations that have both sailors older than 40 and sailors younger than 30.",
        "SELECT nation FROM sailor WHERE age > 40 INTERSECT SELECT nation FROM sailor WHERE age < 30",
    )
    covers(
        db,
        "Show the names of harbours without any race in 2021.",
        "SELECT name FROM harbour WHERE harbour_id NOT IN (SELECT harbour_id FROM race WHERE race_year = '2021')",
    )


def test_set_operations_in_a_pascal_case_allotment() -> None:
    con = allotment()
    db = (con, build_catalog(con))
    same(
        db,
        "Which villages have both gardeners older than 60 and gardeners younger than 35?",
        """SELECT "Village" FROM "Gardeners" WHERE "Age" > 60 INTERSECT SELECT "Village" FROM "Gardeners"
           WHERE "Age" < 35""",
    )
    grows = """SELECT "GardenerId" FROM "GardenerGrowsPlant" JOIN "Plants" USING ("PlantId") WHERE "PlantKind" = """
    same(
        db,
        "Find the first names of gardeners who grow both a rose and a tulip.",
        f"""SELECT "FirstName" FROM "Gardeners" WHERE "GardenerId" IN ({grows}'rose')
            AND "GardenerId" IN ({grows}'tulip')""",
    )
