"""Crash kinds the crash fuzzer (`eval/fuzz.py`) found, each on small catalogs of its own: the answer runs."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer


def _garden() -> Db:
    """Plots in beds; both tables have an `id` and a `name`."""
    con = duckdb.connect()
    con.execute("CREATE TABLE garden_bed (id INTEGER PRIMARY KEY, name VARCHAR, soil VARCHAR)")
    con.execute(
        "CREATE TABLE garden_plot (id INTEGER PRIMARY KEY, name VARCHAR, area_sq_m DOUBLE,"
        " bed_id INTEGER REFERENCES garden_bed(id))"
    )
    con.execute("INSERT INTO garden_bed VALUES (1, 'north', 'clay'), (2, 'south', 'sand'), (3, 'east', 'loam')")
    con.execute(
        "INSERT INTO garden_plot VALUES (10, 'roses', 4.0, 1), (11, 'tulips', 2.5, 2), (12, 'herbs', 1.0, 1),"
        " (13, 'beans', 3.0, 3)"
    )
    return con, build_catalog(con)


def _workshop() -> Db:
    """Parts from suppliers, camelCase, both with an `id`; a part has no name to list it by."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "Supplier" (id INTEGER PRIMARY KEY, "countryName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Part" (id INTEGER PRIMARY KEY, "weightGrams" INTEGER,'
        ' "supplierId" INTEGER REFERENCES "Supplier"(id))'
    )
    con.execute("""INSERT INTO "Supplier" VALUES (1, 'Norway'), (2, 'Chile')""")
    con.execute("""INSERT INTO "Part" VALUES (5, 12, 1), (6, 4, 2), (7, 80, 1)""")
    return con, build_catalog(con)


@pytest.mark.parametrize(
    ("make", "first", "refine", "ids"),
    [
        (_garden, "show garden plots", "only clay", [10, 12]),
        (_workshop, "list parts", "only Norway", [5, 7]),
    ],
)
def test_rows_narrowed_by_a_joined_value_run_in_their_own_order(
    make: type, first: str, refine: str, ids: list[int]
) -> None:
    # Rows listed, then narrowed by a value of a joined table: both tables have an id, and sorting by "id"
    # was ambiguous, so the engine refused the query.
    db: Db = make()
    d = answer(db, refine, previous=answer(db, first))
    cursor = db[0].execute(d.sql)
    names = [c[0] for c in cursor.description]
    got = [r[names.index("id")] for r in cursor.fetchall()]
    assert got == ids, d.sql


def _harvest() -> Db:
    """A fact whose date key has the same name as its date dimension's key."""
    con = duckdb.connect()
    con.execute("CREATE TABLE dim_day (day_key INTEGER PRIMARY KEY, full_date DATE, month_name VARCHAR)")
    con.execute("CREATE TABLE fact_harvest (day_key INTEGER REFERENCES dim_day(day_key), orchard VARCHAR, kg DOUBLE)")
    for year in (2022, 2023):
        con.execute(
            f"INSERT INTO dim_day SELECT {year}0101 + i, DATE '{year}-01-01' + CAST(i AS INTEGER), 'January'"
            " FROM range(20) t(i)"
        )
    con.execute("INSERT INTO fact_harvest SELECT 20220101 + i, 'north', i FROM range(6) t(i)")
    con.execute("INSERT INTO fact_harvest SELECT 20230101 + i, 'south', i FROM range(4) t(i)")
    return con, build_catalog(con)


def _picking() -> Db:
    """The same in PascalCase: `DateKey` in the fact and in the calendar, and nothing to list a row by."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "DimCalendar" ("DateKey" INTEGER PRIMARY KEY, "FullDate" DATE)')
    con.execute('CREATE TABLE "FactPicking" ("DateKey" INTEGER REFERENCES "DimCalendar"("DateKey"), "Weight" DOUBLE)')
    for year in (2021, 2022):
        con.execute(
            f"""INSERT INTO "DimCalendar" SELECT {year}0101 + i, DATE '{year}-01-01' + CAST(i AS INTEGER)"""
            " FROM range(20) t(i)"
        )
    con.execute("""INSERT INTO "FactPicking" SELECT 20210101 + i, i FROM range(3) t(i)""")
    con.execute("""INSERT INTO "FactPicking" SELECT 20220101 + i, i FROM range(5) t(i)""")
    return con, build_catalog(con)


@pytest.mark.parametrize(
    ("make", "question", "count"),
    [
        (_harvest, "fact harvest in 2023", 4),
        (_harvest, "harvest from 2022 to 2023", 10),
        (_picking, "fact picking in 2022", 5),
    ],
)
def test_rows_read_through_a_date_dimension_sharing_the_key_name_run(make: type, question: str, count: int) -> None:
    # Rows of a fact in a year join its date dimension; both name their key alike, so sorting by it was ambiguous.
    db: Db = make()
    d = answer(db, question)
    assert len(db[0].execute(d.sql).fetchall()) == count, d.sql


def _crew() -> Db:
    """Crew hired into depots, snake_case; three depots with 1, 2 and 3 hires."""
    con = duckdb.connect()
    con.execute("CREATE TABLE depots (depot_code VARCHAR PRIMARY KEY, depot_name VARCHAR)")
    con.execute(
        "CREATE TABLE crew (crew_id INTEGER PRIMARY KEY, depot_code VARCHAR REFERENCES depots (depot_code), hired DATE)"
    )
    con.execute("INSERT INTO depots VALUES ('N', 'North Yard'), ('S', 'South Yard'), ('E', 'East Yard')")
    con.execute(
        "INSERT INTO crew VALUES (1, 'N', '2024-01-05'), (2, 'S', '2024-02-05'), (3, 'S', '2024-03-05'),"
        " (4, 'E', '2024-01-09'), (5, 'E', '2024-02-09'), (6, 'E', '2024-04-09')"
    )
    return con, build_catalog(con)


def _hangar() -> Db:
    """Flights from hangars, PascalCase; three hangars with 1, 2 and 3 flights."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "Hangars" ("HangarId" INTEGER PRIMARY KEY, "HangarName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Flights" ("FlightId" INTEGER PRIMARY KEY, "HangarId" INTEGER REFERENCES "Hangars"("HangarId"),'
        ' "DepartedOn" DATE)'
    )
    con.execute("""INSERT INTO "Hangars" VALUES (1, 'Alpha'), (2, 'Bravo'), (3, 'Charlie')""")
    con.execute(
        """INSERT INTO "Flights" VALUES (1, 1, '2024-01-05'), (2, 2, '2024-02-05'), (3, 2, '2024-03-05'),"""
        """ (4, 3, '2024-01-09'), (5, 3, '2024-02-09'), (6, 3, '2024-04-09')"""
    )
    return con, build_catalog(con)


@pytest.mark.parametrize(
    ("make", "first", "regroup", "names"),
    [
        (_crew, "running total of crew hired by month", "by depot name", {"South Yard", "East Yard"}),
        (_hangar, "cumulative number of flights by month", "by hangar name", {"Bravo", "Charlie"}),
    ],
)
def test_a_running_total_cut_to_its_top_groups_runs(make: type, first: str, regroup: str, names: set[str]) -> None:
    # A running total, cut to a top N, then split by a joined table's column: the top groups were ranked by the
    # window itself inside a subquery without the month, which the engine refused.
    db: Db = make()
    d = answer(db, regroup, previous=answer(db, "top 2", previous=answer(db, first)))
    cursor = db[0].execute(d.sql)
    labels = [c[0] for c in cursor.description]
    column = next(i for i, rows in enumerate(zip(*cursor.fetchall(), strict=True)) if set(rows) <= names | {None})
    assert labels and column is not None, d.sql
    assert {r[column] for r in db[0].execute(d.sql).fetchall()} == names, d.sql
