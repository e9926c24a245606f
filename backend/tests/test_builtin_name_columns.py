"""People grouped by a name written in two columns show the whole name (the chart's label) and each part under its
own column beside it, so a reader can sort by surname — on two catalogs of our own with other naming conventions."""

from __future__ import annotations

from decimal import Decimal

import duckdb

from backend.agents.builtin.charts import choose_chart, repeated_columns
from backend.agents.builtin.models import ChartChoice
from backend.models.catalog import ColumnKind
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers


def _tutoring() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE tutor (tutor_id INTEGER PRIMARY KEY, forename VARCHAR, surname VARCHAR)")
    con.execute(
        "CREATE TABLE lesson (lesson_id INTEGER PRIMARY KEY, tutor_id INTEGER REFERENCES tutor(tutor_id),"
        " held_on DATE, fee DECIMAL(8,2))"
    )
    names = [("Ines", "Varga"), ("Omar", "Lind"), ("Ines", "Varga"), ("Pia", "Holm"), ("Ravi", "Mehta")]
    con.executemany("INSERT INTO tutor VALUES (?, ?, ?)", [(i + 1, f, s) for i, (f, s) in enumerate(names)])
    lessons = [(i + 1, 1 + (i * i) % 5, f"2024-0{1 + i % 9}-1{i % 10}", 20 + i) for i in range(40)]
    con.executemany("INSERT INTO lesson VALUES (?, ?, ?, ?)", lessons)
    return con


def _taxis() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Drivers" ("DriverID" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR)')
    con.execute(
        'CREATE TABLE "Trips" ("TripID" INTEGER PRIMARY KEY, "DriverID" INTEGER REFERENCES "Drivers"("DriverID"),'
        ' "Fare" DOUBLE, "StartedAt" TIMESTAMP)'
    )
    names = [("Lena", "Brook"), ("Sam", "Ortiz"), ("Yuki", "Sato"), ("Ana", "Silva")]
    con.executemany('INSERT INTO "Drivers" VALUES (?, ?, ?)', [(i + 1, f, s) for i, (f, s) in enumerate(names)])
    trips = [(i + 1, 1 + i % 4, 5.0 + 3 * i, f"2023-05-{1 + i % 28:02d} 08:00:00") for i in range(30)]
    con.executemany('INSERT INTO "Trips" VALUES (?, ?, ?, ?)', trips)
    return con


tutoring = catalog_fixture(_tutoring)
taxis = catalog_fixture(_taxis)


def test_a_person_counted_by_a_key_shows_each_part_of_the_name_beside_the_whole(tutoring: Db) -> None:
    gold = (
        "SELECT t.forename, t.surname, COUNT(*) FROM lesson l JOIN tutor t ON t.tutor_id = l.tutor_id "
        "GROUP BY t.tutor_id, t.forename, t.surname"
    )
    d = covers(tutoring, "number of lessons per tutor", gold)
    covers(
        tutoring,
        "number of lessons per tutor",
        "SELECT t.forename || ' ' || t.surname, COUNT(*) FROM lesson l JOIN tutor t ON t.tutor_id = l.tutor_id "
        "GROUP BY t.tutor_id, 1",
    )
    assert d.chart.chart_type == "bar"


def test_a_ranked_person_in_camel_case_shows_each_part_of_the_name(taxis: Db) -> None:
    gold = (
        'SELECT d."FirstName", d."LastName", SUM(t."Fare") FROM "Trips" t JOIN "Drivers" d '
        'ON d."DriverID" = t."DriverID" GROUP BY d."DriverID", 1, 2'
    )
    d = covers(taxis, "total fare by driver", gold)
    assert d.chart.chart_type in ("bar", "pie")
    covers(
        taxis,
        "top 2 drivers by total fare",
        gold + " ORDER BY 3 DESC LIMIT 2",
    )


def _chart_after_the_data(db: Db, question: str) -> ChartChoice:
    """The chart the app draws once the rows are back: from the result's columns, row count and repeated values."""
    d = answer(db, question)
    cursor = db[0].execute(d.sql)
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    kinds: list[tuple[str, ColumnKind]] = [
        (n, "numeric" if all(isinstance(r[n], int | float | Decimal) for r in rows) else "text") for n in names
    ]
    return choose_chart(kinds, len(rows), d.plan, repeated_columns(rows))


def test_the_parts_of_a_name_do_not_turn_the_chart_into_groups(tutoring: Db, taxis: Db) -> None:
    # Two tutors share a name, so the parts repeat in the rows; the bars are still one per tutor, labelled whole.
    chart = _chart_after_the_data(tutoring, "number of lessons per tutor")
    assert (chart.chart_type, chart.series) == ("bar", None)
    assert chart.x is not None and chart.x not in ("forename", "surname")
    chart = _chart_after_the_data(taxis, "total fare by driver")
    assert chart.chart_type in ("bar", "pie") and chart.series is None
