"""Named columns of the rows themselves, worded the way text-to-SQL benchmarks and their users word them ("Show name,
village and age for all growers ordered by age from the oldest to the youngest", "What is the name and capacity of
the vessel with the largest capacity?", "List all distinct home ports"): those columns of every row, sorted as asked,
the first row only for a superlative, distinct values when asked; and a column named between a comparison word and
its number ("growers above age 40"). Two catalogs: an orchard co-op in snake_case and a ferry line in PascalCase."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin.charts import choose_chart, repeated_columns
from backend.core.catalog import build_catalog
from backend.models.catalog import ColumnKind
from backend.tests.builtin_checks import Db, answer, covers, same


@pytest.fixture(scope="module")
def orchard() -> Db:
    con = duckdb.connect(":memory:")
    con.execute(
        "CREATE TABLE growers (grower_id INTEGER PRIMARY KEY, full_name VARCHAR, village VARCHAR, age INTEGER, "
        "acres DOUBLE, joined_on DATE, number_trees INTEGER)"
    )
    villages = ["Ashby", "Brindle", "Coldwater", "Dunmore"]
    first = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Finn", "Gus", "Hana", "Ivo", "Juno", "Kit", "Lena"]
    for i, name in enumerate(first):
        con.execute(
            "INSERT INTO growers VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                i + 1,
                f"{name} Marsh",
                villages[i % 4],
                25 + (i * 7) % 40,
                3 + i * 1.5,
                f"20{10 + i % 10}-0{1 + i % 9}-15",
                40 + (i * 37) % 300,
            ],
        )
    con.execute(
        "CREATE TABLE harvests (harvest_id INTEGER PRIMARY KEY, grower_id INTEGER REFERENCES growers(grower_id), "
        "crop VARCHAR, harvest_date DATE, tonnes DOUBLE)"
    )
    for h in range(60):
        con.execute(
            "INSERT INTO harvests VALUES (?, ?, ?, ?, ?)",
            [h + 1, 1 + h % 12, ["apple", "pear", "plum"][h % 3], f"202{2 + h % 3}-{1 + h % 12:02d}-10", 1 + h * 0.1],
        )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def ferry() -> Db:
    con = duckdb.connect(":memory:")
    con.execute(
        'CREATE TABLE "Vessels" ("VesselId" INTEGER PRIMARY KEY, "VesselName" VARCHAR, "HomePort" VARCHAR, '
        '"Capacity" INTEGER, "BuiltYear" INTEGER, "NumberOfBerths" INTEGER)'
    )
    ports = ["Northhaven", "Saltcombe", "Kelp Bay"]
    names = ["Osprey", "Heron", "Puffin", "Gannet", "Tern", "Curlew", "Plover", "Skua"]
    for i, name in enumerate(names):
        con.execute(
            'INSERT INTO "Vessels" VALUES (?, ?, ?, ?, ?, ?)',
            [i + 1, name, ports[i % 3], 150 + (i * 97) % 600, 1985 + i * 4, 10 + (i * 7) % 50],
        )
    con.execute(
        'CREATE TABLE "Crossings" ("CrossingId" INTEGER PRIMARY KEY, "VesselId" INTEGER REFERENCES "Vessels"'
        '("VesselId"), "DepartedAt" TIMESTAMP, "Passengers" INTEGER, "Fare" DOUBLE)'
    )
    for c in range(80):
        con.execute(
            'INSERT INTO "Crossings" VALUES (?, ?, ?, ?, ?)',
            [
                c + 1,
                1 + c % 8,
                f"2024-{1 + c % 12:02d}-{1 + c % 27:02d} 0{c % 10}:00:00",
                20 + (c * 13) % 300,
                12.5 + c % 5,
            ],
        )
    return con, build_catalog(con)


def in_order(db: Db, question: str, gold: str) -> None:
    """The answer's rows are the gold's, in the gold's order (the gold names the columns the answer shows)."""
    d = answer(db, question)
    assert db[0].execute(d.sql).fetchall() == db[0].execute(gold).fetchall(), d.sql


def test_named_columns_of_every_row_sorted_as_asked(orchard: Db, ferry: Db) -> None:
    in_order(
        orchard,
        "Show full name, village and age for all growers ordered by age from the oldest to the youngest.",
        "SELECT full_name, village, age FROM growers ORDER BY age DESC",
    )
    in_order(
        ferry,
        "Show vessel name and home port for all vessels sorted by capacity in descending order",
        'SELECT "VesselName", "HomePort", "Capacity" FROM "Vessels" ORDER BY "Capacity" DESC',
    )
    in_order(
        ferry,
        "List the names of vessels built before 2000 in alphabetical order.",
        'SELECT "VesselName" FROM "Vessels" WHERE "BuiltYear" < 2000 ORDER BY "VesselName"',
    )


def test_the_row_a_superlative_picks(orchard: Db, ferry: Db) -> None:
    # With an age column the youngest has the lowest age (not the latest date of some other column).
    covers(orchard, "List the name and village of the youngest grower.", "SELECT full_name, village FROM growers "
           "ORDER BY age LIMIT 1")  # fmt: skip
    covers(
        ferry,
        "What is the name and capacity of the vessel with the largest capacity?",
        'SELECT "VesselName", "Capacity" FROM "Vessels" ORDER BY "Capacity" DESC LIMIT 1',
    )


def test_distinct_values_and_a_column_named_inside_a_comparison(orchard: Db, ferry: Db) -> None:
    same(orchard, "What are the distinct villages of growers above age 50?", "SELECT DISTINCT village FROM growers "
         "WHERE age > 50")  # fmt: skip
    same(ferry, "List all distinct home ports.", 'SELECT DISTINCT "HomePort" FROM "Vessels"')
    same(orchard, "How many growers are older than age 40?", "SELECT COUNT(*) FROM growers WHERE age > 40")


def test_figures_alone_are_still_totals_and_groupings_still_group(orchard: Db, ferry: Db) -> None:
    # No row-naming column and no "all/every/each" before the rows: "show acres and age" stays an aggregate.
    d = answer(orchard, "show acres and age")
    assert "GROUP BY" not in d.sql and ("SUM(" in d.sql or "AVG(" in d.sql), d.sql
    d = answer(ferry, "show capacity by home port")
    assert 'GROUP BY\n  "HomePort"' in d.sql, d.sql
    covers(
        orchard,
        "which villages have the most growers",
        "SELECT village, COUNT(*) FROM growers GROUP BY 1",
    )


def test_a_sort_verb_and_a_column_named_number_of(orchard: Db, ferry: Db) -> None:
    in_order(
        orchard,
        "Sort grower names by their age in descending order.",
        "SELECT full_name, age FROM growers ORDER BY age DESC",
    )
    # "number of trees" names number_trees: no count of rows.
    same(orchard, "What is the average number of trees?", "SELECT AVG(number_trees) FROM growers")
    same(
        ferry,
        "find the minimum and maximum number of berths of all vessels.",
        'SELECT MIN("NumberOfBerths"), MAX("NumberOfBerths") FROM "Vessels"',
    )
    covers(
        ferry,
        "Find the name and home port of the vessel whose number of berths is the largest.",
        'SELECT "VesselName", "HomePort" FROM "Vessels" ORDER BY "NumberOfBerths" DESC LIMIT 1',
    )
    in_order(
        orchard,
        "Return the name and village of all growers in descending order of number of trees.",
        "SELECT full_name, village, number_trees FROM growers ORDER BY number_trees DESC",
    )


def drawn(db: Db, question: str) -> str:
    """The chart type the analyst's chart step picks for the answer's rows, from the rows it sees (the first ten)."""
    d = answer(db, question)
    cur = db[0].execute(d.sql)
    names = [c[0] for c in cur.description]
    got = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    kinds = {n: "numeric" if all(isinstance(r[n], int | float) for r in got) else "text" for n in names}
    columns: list[tuple[str, ColumnKind]] = [(n, "numeric" if kinds[n] == "numeric" else "text") for n in names]
    return choose_chart(columns, len(got), d.plan, repeated_columns(got[:10])).chart_type


def test_records_that_share_a_category_and_a_single_row_are_tables(orchard: Db, ferry: Db) -> None:
    # Bars of villages (or home ports) would stack or sum each grower's acres into totals nobody asked for.
    assert drawn(orchard, "Show village and acres for all growers sorted by acres in descending order.") == "table"
    assert drawn(ferry, "Show home port and capacity for all vessels ordered by capacity.") == "table"
    # One row is read, not compared.
    assert drawn(ferry, "What is the name and capacity of the vessel with the largest capacity?") == "table"
    assert drawn(orchard, "List the name and acres of the youngest grower.") == "table"
    # Rows with names of their own stay bars, one per row.
    assert drawn(orchard, "Show full name and acres for all growers sorted by acres.") == "bar"
    assert drawn(ferry, "Show vessel name and capacity for all vessels sorted by capacity.") == "bar"


def test_top_rows_by_a_whole_number_column_of_a_small_table(orchard: Db, ferry: Db) -> None:
    # A small table gives an integer column few values, yet "by" after the ranked noun ranks by it, groups nothing.
    in_order(ferry, "top 3 vessels by capacity", 'SELECT "VesselName", "Capacity" FROM "Vessels" ORDER BY "Capacity" '
             "DESC LIMIT 3")  # fmt: skip
    in_order(ferry, "bottom 2 vessels by built year", 'SELECT "VesselName", "BuiltYear" FROM "Vessels" ORDER BY '
             '"BuiltYear" LIMIT 2')  # fmt: skip
    in_order(orchard, "top 5 growers by age", "SELECT full_name, age FROM growers ORDER BY age DESC LIMIT 5")
    covers(ferry, "top 3 home ports by capacity", 'SELECT "HomePort" FROM "Vessels" GROUP BY "HomePort" ORDER BY '
           'AVG("Capacity") DESC LIMIT 3')  # fmt: skip
    # Without a ranking, "by" a whole-number column still groups.
    same(orchard, "number of growers by age", "SELECT age, COUNT(*) FROM growers GROUP BY age")


def test_titles_keep_a_sentence_in_lower_case(ferry: Db) -> None:
    # PascalCase names read as words inside a title, not as capitalised names.
    d = answer(ferry, "What is the name and capacity of the vessel with the largest capacity?")
    assert d.title == "Vessels: the highest capacity", d.title
    assert answer(ferry, "top 3 vessels by capacity").title == "Top 3 vessels by capacity"
    assert answer(ferry, "average capacity by home port").title == "Average capacity by home port"


def test_an_imperative_asking_for_one_thing_gets_one_row(orchard: Db, ferry: Db) -> None:
    # "Find the village with the most growers" asks for one village, as "which village has the most growers" does.
    in_order(orchard, "Find the village with the most growers.", "SELECT village, COUNT(*) AS n FROM growers GROUP BY "
             "village ORDER BY n DESC, village LIMIT 1")  # fmt: skip
    in_order(ferry, "show me the home port with the fewest vessels", 'SELECT "HomePort", COUNT(*) AS n FROM "Vessels" '
             'GROUP BY "HomePort" ORDER BY n, "HomePort" LIMIT 1')  # fmt: skip
    # Plural: the ranking.
    assert answer(orchard, "Find the villages with the most growers.").plan.top_n == 10


def test_a_question_that_opens_on_one_thing_gets_one_row(orchard: Db, ferry: Db) -> None:
    # No verb: "the grower who …", "name of the vessel with …" ask for one row, as "which grower …" does.
    in_order(orchard, "the grower who picked the most harvests", "SELECT g.full_name, COUNT(*) AS n FROM harvests h "
             "JOIN growers g USING (grower_id) GROUP BY g.full_name ORDER BY n DESC, g.full_name LIMIT 1")  # fmt: skip
    in_order(orchard, "the full name of the grower with the largest acres", "SELECT full_name, acres FROM growers "
             "ORDER BY acres DESC LIMIT 1")  # fmt: skip
    in_order(ferry, "name of the vessel with the fewest crossings", 'SELECT v."VesselName", COUNT(*) AS n FROM '
             '"Crossings" c JOIN "Vessels" v USING ("VesselId") GROUP BY 1 ORDER BY n, 1 LIMIT 1')  # fmt: skip
    in_order(ferry, "the home port that has the most vessels", 'SELECT "HomePort", COUNT(*) AS n FROM "Vessels" '
             'GROUP BY "HomePort" ORDER BY n DESC, "HomePort" LIMIT 1')  # fmt: skip
    # Plural: the ranking of the noun tied to "most" by with/who, counted by what follows it (no other split).
    in_order(orchard, "names of the growers with the most harvests", "SELECT g.full_name, COUNT(*) AS n FROM "
             "harvests h JOIN growers g USING (grower_id) GROUP BY 1 ORDER BY n DESC, 1 LIMIT 10")  # fmt: skip
    in_order(ferry, "home ports with the most vessels", 'SELECT "HomePort", COUNT(*) AS n FROM "Vessels" GROUP BY 1 '
             "ORDER BY n DESC, 1 LIMIT 10")  # fmt: skip
    assert answer(ferry, "the vessels with the most crossings").plan.top_n == 10
