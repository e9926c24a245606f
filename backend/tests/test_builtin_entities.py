"""Entities, rankings, listings and filters on catalogs written here: an orchard cooperative in snake_case with
declared keys (orchards, trees, harvests, pickers reporting to a crew lead) and a ferry line in PascalCase with two
keys from a crossing to its ports and none declared."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, rows, same


def _orchards() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE orchard(orchard_id INTEGER PRIMARY KEY, orchard_name VARCHAR, valley VARCHAR)")
    valleys = ["Upper", "Lower", "East"]
    # Two orchards share a name in different valleys: a grouping by name alone would merge them.
    names = ["Hillside", "Riverbend", "Old Mill", "Sunfield", "Hillside", "Crowfoot", "Larkspur"]
    con.executemany(
        "INSERT INTO orchard VALUES (?, ?, ?)", [(i, n, valleys[i % 3]) for i, n in enumerate(names, start=1)]
    )
    con.execute(
        "CREATE TABLE picker(picker_id INTEGER PRIMARY KEY, picker_name VARCHAR, crew_lead_id INTEGER, wage DOUBLE)"
    )
    pickers = [(1, "Ada Moss", None, 30.0), (2, "Bo Reed", 1, 22.0), (3, "Cy Lamb", 1, 21.0), (4, "Di Fenn", 2, 18.0)]
    pickers += [(k, f"Picker {k}", rnd.choice([1, 2, 3]), round(rnd.uniform(15, 25), 2)) for k in range(5, 21)]
    con.executemany("INSERT INTO picker VALUES (?, ?, ?, ?)", pickers)
    con.execute(
        "CREATE TABLE dim_soil_type(soil_type_key INTEGER PRIMARY KEY, soil_type_code VARCHAR, soil_type_name VARCHAR)"
    )
    con.execute("INSERT INTO dim_soil_type VALUES (1, 'CL', 'Clay loam'), (2, 'SD', 'Sandy'), (3, 'PT', 'Peaty')")
    con.execute(
        "CREATE TABLE tree(tree_id INTEGER PRIMARY KEY, orchard_id INTEGER REFERENCES orchard(orchard_id), "
        "variety VARCHAR, planted_on DATE, height_m DOUBLE, target_yield_kg DOUBLE, last_yield_kg DOUBLE, "
        "ground_ref INTEGER REFERENCES dim_soil_type(soil_type_key))"
    )
    varieties = ["Gala", "Bramley", "Cox", "Conference"]
    trees = []
    for k in range(1, 121):
        orchard = rnd.choice([1, 2, 3, 4, 5, 6])  # orchard 7 has no trees
        target = round(rnd.uniform(40, 80), 1)
        trees.append(
            (k, orchard, rnd.choice(varieties), dt.date(2000 + rnd.randint(0, 20), rnd.randint(1, 12), 1),
             round(rnd.uniform(2, 7), 2), target, round(target * rnd.uniform(0.6, 1.3), 1), 1 + k % 3)
        )  # fmt: skip
    con.executemany("INSERT INTO tree VALUES (?, ?, ?, ?, ?, ?, ?, ?)", trees)

    con.execute(
        "CREATE TABLE harvest(harvest_id INTEGER PRIMARY KEY, tree_id INTEGER REFERENCES tree(tree_id), "
        "picker_id INTEGER REFERENCES picker(picker_id), picked_on DATE, kg DOUBLE)"
    )
    harvests = [
        (
            k,
            rnd.randint(1, 100),
            rnd.randint(2, 18),
            dt.date(2024, rnd.randint(8, 10), rnd.randint(1, 28)),
            round(rnd.uniform(5, 60), 1),
        )
        for k in range(1, 601)
    ]  # trees 101–120 and pickers 19–20 were never harvested
    con.executemany("INSERT INTO harvest VALUES (?, ?, ?, ?, ?)", harvests)
    return con


def _ferries() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute('CREATE TABLE "Ports"("portCode" VARCHAR, "portName" VARCHAR, "island" VARCHAR, "berths" INTEGER)')
    ports = [("AR", "Ardmore", "North", 4), ("BL", "Balvenie", "North", 2), ("CR", "Craigmore", "South", 6),
             ("DU", "Dunmore", "South", 3), ("EL", "Elgin Quay", "West", 1), ("FA", "Fairhaven", "West", 5)]  # fmt: skip
    con.executemany('INSERT INTO "Ports" VALUES (?, ?, ?, ?)', ports)
    con.execute(
        'CREATE TABLE "Crossings"("crossingId" INTEGER, "departurePortCode" VARCHAR, "arrivalPortCode" VARCHAR, '
        '"sailedAt" TIMESTAMP, "scheduledAt" TIMESTAMP, "passengers" INTEGER, "fareTotal" DOUBLE, "seatCapacity" INTEGER)'
    )
    codes = ["AR", "BL", "CR", "DU", "EL"]  # nothing ever sails from or to Fairhaven
    rows_ = []
    for k in range(1, 401):
        a, b = rnd.sample(codes, 2)
        planned = dt.datetime(2024, rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(6, 20))
        rows_.append(
            (k, a, b, planned + dt.timedelta(minutes=rnd.choice([0, 0, 5, 20, -3])), planned,
             rnd.randint(10, 300), round(rnd.uniform(100, 3000), 2), rnd.choice([150, 250, 400]))
        )  # fmt: skip
    con.executemany('INSERT INTO "Crossings" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rows_)
    return con


orchards = catalog_fixture(_orchards)
ferries = catalog_fixture(_ferries)


# ---------------------------------------------------------------- which X has the most Y: one row


def test_which_one_entity_has_the_most_is_the_top_row(orchards: Db, ferries: Db) -> None:
    d = covers(
        orchards,
        "which variety has the most trees?",
        "SELECT variety, count(*) n FROM tree GROUP BY 1 ORDER BY n DESC LIMIT 1",
    )
    assert d.title.startswith("Variety with the highest")
    covers(
        ferries,
        "which port had the most departing crossings?",
        'SELECT p."portName", count(*) n FROM "Crossings" c JOIN "Ports" p ON p."portCode" = c."departurePortCode" '
        "GROUP BY 1 ORDER BY n DESC LIMIT 1",
    )
    covers(
        ferries,
        "which island has the lowest total berths?",
        'SELECT island, sum(berths) n FROM "Ports" GROUP BY 1 ORDER BY n LIMIT 1',
    )


def test_which_entities_in_the_plural_keep_the_ranking(orchards: Db, ferries: Db) -> None:
    d = answer(orchards, "which varieties have the most trees?")
    assert len(rows(orchards[0], d.sql)) == 4
    d = covers(
        ferries,
        "which ports have the most departing crossings? top 3",
        'SELECT p."portName", count(*) n FROM "Crossings" c JOIN "Ports" p ON p."portCode" = c."departurePortCode" '
        "GROUP BY 1 ORDER BY n DESC LIMIT 3",
    )
    assert "LIMIT 3" in d.sql


# ---------------------------------------------------------------- groups compared with the overall aggregate


def test_groups_whose_average_is_above_the_overall_average(orchards: Db, ferries: Db) -> None:
    d = same(
        orchards,
        "which varieties have an average height above the overall average?",
        "SELECT variety, avg(height_m) FROM tree GROUP BY 1 HAVING avg(height_m) > (SELECT avg(height_m) FROM tree)",
    )
    assert "above the overall average" in d.title
    same(
        orchards,
        "pickers whose average harvest kg is below the cooperative-wide average",
        "SELECT p.picker_name, avg(h.kg) FROM harvest h JOIN picker p ON p.picker_id = h.picker_id "
        "GROUP BY p.picker_id, p.picker_name HAVING avg(h.kg) < (SELECT avg(kg) FROM harvest)",
    )
    same(
        ferries,
        "islands whose average berths are above the overall average",
        'SELECT island, avg(berths) FROM "Ports" GROUP BY 1 HAVING avg(berths) > (SELECT avg(berths) FROM "Ports")',
    )


# ---------------------------------------------------------------- entities shown by their name


def test_grouping_by_an_entity_shows_its_name_and_keeps_namesakes_apart(orchards: Db) -> None:
    # Two orchards are called Hillside: grouped by name alone they would be one bar with both totals.
    d = covers(
        orchards,
        "total harvest kg by orchard",
        "SELECT o.orchard_name, sum(h.kg) FROM harvest h JOIN tree t ON t.tree_id = h.tree_id "
        "JOIN orchard o ON o.orchard_id = t.orchard_id GROUP BY o.orchard_id, o.orchard_name",
    )
    assert d.chart.x == "orchard" and d.chart.chart_type == "bar"
    d = covers(
        orchards,
        "number of trees per orchard",
        "SELECT o.orchard_name, count(*) FROM tree t JOIN orchard o ON o.orchard_id = t.orchard_id "
        "GROUP BY t.orchard_id, o.orchard_name",
    )
    assert len(rows(orchards[0], d.sql)) == 6


def test_a_tables_own_code_named_by_the_tables_words_shows_the_name(ferries: Db, orchards: Db) -> None:
    # "ports" matches the port code column by its words; the rows are shown by their name.
    covers(
        ferries,
        "top 3 ports by number of departing crossings",
        'SELECT p."portName", count(*) n FROM "Crossings" c JOIN "Ports" p ON p."portCode" = c."departurePortCode" '
        "GROUP BY 1 ORDER BY n DESC LIMIT 3",
    )
    # A soil type's code column is named by the table's words ("soil types"): the rows are its names.
    covers(
        orchards,
        "bottom 2 soil types by average height",
        "SELECT s.soil_type_name, avg(t.height_m) a FROM tree t JOIN dim_soil_type s ON s.soil_type_key = t.ground_ref "
        "GROUP BY 1 ORDER BY a LIMIT 2",
    )
    covers(
        orchards,
        "trees by soil type code",
        "SELECT s.soil_type_code, count(*) FROM tree t JOIN dim_soil_type s ON s.soil_type_key = t.ground_ref "
        "GROUP BY 1",
    )


# ---------------------------------------------------------------- parents with no child rows


def test_rows_with_no_child_rows_are_listed_or_counted(orchards: Db, ferries: Db) -> None:
    d = covers(
        orchards,
        "which orchards have no trees?",
        "SELECT orchard_name FROM orchard o WHERE NOT EXISTS (SELECT 1 FROM tree t WHERE t.orchard_id = o.orchard_id)",
    )
    assert d.chart.chart_type == "table" and "no trees" in d.title
    same(
        orchards,
        "how many pickers never harvested anything?",
        "SELECT count(*) FROM picker p WHERE p.picker_id NOT IN (SELECT picker_id FROM harvest)",
    )
    # A date range applies to the child rows: trees not picked in September, whether picked another month or never.
    covers(
        orchards,
        "trees with no harvest in September 2024",
        "SELECT tree_id FROM tree WHERE tree_id NOT IN "
        "(SELECT tree_id FROM harvest WHERE picked_on >= DATE '2024-09-01' AND picked_on < DATE '2024-10-01')",
    )
    covers(
        ferries,
        "ports without any departing crossings",
        'SELECT "portName" FROM "Ports" WHERE "portCode" NOT IN (SELECT "departurePortCode" FROM "Crossings")',
    )


# ---------------------------------------------------------------- two columns of a row compared


def test_a_column_compared_with_another_of_the_same_row(orchards: Db, ferries: Db) -> None:
    d = covers(
        orchards,
        "which trees are below their target yield?",
        "SELECT last_yield_kg, target_yield_kg FROM tree WHERE last_yield_kg < target_yield_kg",
    )
    assert d.chart.chart_type == "table"
    same(
        orchards,
        "how many trees have a last yield above the target yield",
        "SELECT count(*) FROM tree WHERE last_yield_kg > target_yield_kg",
    )
    covers(
        ferries,
        "crossings that carried more passengers than their seat capacity",
        'SELECT passengers, "seatCapacity" FROM "Crossings" WHERE passengers > "seatCapacity"',
    )
