"""A box plot: "box plot of X by Y", "box-and-whisker plot", "distribution of X by Y", "spread of X per Y" give one row
per group with the minimum, the quartiles (exact, interpolated), the median, the maximum and the count of X, drawn as
a box; without a grouping one box over all the rows, and "distribution of X" alone stays a histogram. "as a box plot"
after bars of an average asks again for the five numbers. On two catalogs written here: a snake_case orchard's crews
and their pickings, and a PascalCase kennel's breeds and dogs."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import QueryDecision
from backend.agents.builtin.sql_builder import build_sql
from backend.core.quantiles import spark_quantiles
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same


def orchard() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR)")
    con.execute("INSERT INTO crews VALUES (1, 'Larks'), (2, 'Wrens'), (3, 'Finches')")
    con.execute(
        "CREATE TABLE pickings(picking_id INTEGER PRIMARY KEY, crew_id INTEGER REFERENCES crews(crew_id), "
        "picked_kg DOUBLE, picked_on DATE)"
    )
    con.execute(
        """INSERT INTO pickings SELECT i, 1 + i % 3, 10 + (i * 37) % 90 + (i % 3) * 5,
        DATE '2024-05-01' + CAST(i % 60 AS INTEGER) FROM range(1, 121) t(i)"""
    )
    return con


def kennel() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Breeds"("BreedId" INTEGER PRIMARY KEY, "BreedName" VARCHAR)')
    con.execute("""INSERT INTO "Breeds" VALUES (1, 'Beagle'), (2, 'Collie'), (3, 'Pug'), (4, 'Whippet')""")
    con.execute(
        'CREATE TABLE "Dogs"("DogId" INTEGER PRIMARY KEY, "DogName" VARCHAR, '
        '"BreedId" INTEGER REFERENCES "Breeds"("BreedId"), "WeightKg" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Dogs" SELECT i, 'Dog ' || i, 1 + i % 4, 6 + (i * 13) % 25 + (i % 4) * 3.5
        FROM range(1, 81) t(i)"""
    )
    return con


crews = catalog_fixture(orchard)
dogs = catalog_fixture(kennel)

PICKED = """SELECT c.crew_name, MIN(p.picked_kg), QUANTILE_CONT(p.picked_kg, 0.25), MEDIAN(p.picked_kg),
    QUANTILE_CONT(p.picked_kg, 0.75), MAX(p.picked_kg), COUNT(p.picked_kg)
    FROM pickings p JOIN crews c ON p.crew_id = c.crew_id GROUP BY 1"""
WEIGHT = """SELECT b."BreedName", MIN(d."WeightKg"), QUANTILE_CONT(d."WeightKg", 0.25), MEDIAN(d."WeightKg"),
    QUANTILE_CONT(d."WeightKg", 0.75), MAX(d."WeightKg"), COUNT(d."WeightKg")
    FROM "Dogs" d JOIN "Breeds" b ON d."BreedId" = b."BreedId" GROUP BY 1"""


def drawn_as_boxes(d: QueryDecision, grouped: bool = True) -> None:
    """A box per group along x (one box without a group), its five numbers lowest first."""
    assert d.chart.chart_type == "box" and (d.chart.x is not None) == grouped, d.chart
    assert [a.split("_")[0] for a in d.chart.y] == ["min", "q1", "median", "q3", "max"], d.chart.y
    assert d.title.startswith("Distribution of"), d.title


def test_a_box_plot_by_a_group_is_five_numbers_and_a_count_per_group(crews: Db, dogs: Db) -> None:
    for question in ("box plot of picked kg by crew", "boxplot of picked kg per crew"):
        drawn_as_boxes(same(crews, question, PICKED))
    for question in ("box-and-whisker plot of weight by breed", "whisker plot of weight for each breed"):
        drawn_as_boxes(same(dogs, question, WEIGHT))


def test_a_distribution_or_spread_by_a_group_is_a_box_per_group(crews: Db, dogs: Db) -> None:
    drawn_as_boxes(same(crews, "distribution of picked kg by crew", PICKED))
    drawn_as_boxes(same(crews, "spread of picked kg per crew", PICKED))
    drawn_as_boxes(same(dogs, "weight distribution across breeds", WEIGHT))


def test_without_a_group_a_distribution_stays_a_histogram_and_a_box_plot_is_one_box(crews: Db, dogs: Db) -> None:
    assert answer(crews, "distribution of picked kg").chart.chart_type == "histogram"
    assert answer(dogs, "distribution of weight").chart.chart_type == "histogram"
    one = same(
        dogs,
        "box plot of weight",
        """SELECT MIN("WeightKg"), QUANTILE_CONT("WeightKg", 0.25), MEDIAN("WeightKg"), QUANTILE_CONT("WeightKg", 0.75),
        MAX("WeightKg"), COUNT("WeightKg") FROM "Dogs" """,
    )
    drawn_as_boxes(one, grouped=False)


def test_as_a_box_plot_after_bars_of_an_average_asks_for_the_five_numbers(crews: Db, dogs: Db) -> None:
    for db, first, gold in ((crews, "average picked kg by crew", PICKED), (dogs, "average weight by breed", WEIGHT)):
        bars = answer(db, first)
        assert bars.chart.chart_type == "bar"
        boxed = answer(db, "as a box plot", previous=bars)
        assert rows(db[0], boxed.sql) == rows(db[0], gold), boxed.sql
        drawn_as_boxes(boxed)
        assert boxed.chart.x == bars.chart.x
        # A filter after it keeps the boxes, ranked by their medians.
        kept = answer(db, "only Larks and Wrens" if db is crews else "only Pug and Collie", previous=boxed)
        assert kept.chart.chart_type == "box" and "median" in kept.plan.order[0].alias, kept.sql


def test_mean_and_spread_stays_an_average_and_a_standard_deviation(dogs: Db) -> None:
    d = answer(dogs, "mean and spread of weight by breed")
    assert [m.agg for m in d.plan.measures] == ["avg", "stddev"] and d.chart.chart_type == "bar"


def test_quartiles_are_exact_in_spark_sql_too(dogs: Db) -> None:
    d = answer(dogs, "box plot of weight by breed")
    spark = build_sql(d.plan, dogs[1], "spark")
    assert "PERCENTILE(" in spark and "PERCENTILE_CONT" not in spark and "APPROX" not in spark, spark
    import sqlglot

    from_duckdb = spark_quantiles(sqlglot.parse_one(d.sql, read="duckdb")).sql("spark")
    assert "PERCENTILE(" in from_duckdb and "PERCENTILE_CONT" not in from_duckdb, from_duckdb
