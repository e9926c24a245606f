"""A figure kept as text ('1:02.33', '+5.1 s') is never averaged or added up as it is: the engine would refuse the
SQL, so the analyst says it found a column of text and asks for a column of numbers instead, fresh or as a follow-up
("average delay instead"). A column of numbers beside it is still averaged. On two catalogs written here: a snake_case
swim meet's results and a PascalCase go-kart track's laps."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Measure
from backend.agents.builtin.understand import _text_figure  # pyright: ignore[reportPrivateUsage]
from backend.core.sql_guard import guard_sql
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def meet() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE swim_results(result_id INTEGER PRIMARY KEY, swimmer VARCHAR, stroke VARCHAR,
        finish_time VARCHAR, points INTEGER, swum_on DATE)"""
    )
    con.execute(
        """INSERT INTO swim_results SELECT i, 'Swimmer ' || (i % 20), ['free', 'back', 'fly'][1 + i % 3],
        '1:0' || (i % 10) || '.' || (10 + i % 80), 300 + (i * 7) % 500, DATE '2024-01-01' + (i % 200)::INT
        FROM range(1, 401) t(i)"""
    )
    return con


def karts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE Laps(LapId INTEGER PRIMARY KEY, Driver VARCHAR, LapTime VARCHAR, PitDelay VARCHAR, SpeedKph DOUBLE)"
    )
    con.execute(
        """INSERT INTO Laps SELECT i, ['Ada', 'Bo', 'Cy'][1 + i % 3], '0:4' || (i % 10) || '.' || (100 + i % 800), '+' || (i % 9) || '.' || (i % 10) || ' s',
        40 + (i * 13) % 25 FROM range(1, 301) t(i)"""
    )
    return con


swims = catalog_fixture(meet)
laps = catalog_fixture(karts)


def _runs_or_asks(db: Db, question: str, previous: QueryDecision | None = None) -> None:
    d = understand(question, db[1], previous=previous)
    if isinstance(d, QueryDecision):
        guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
        db[0].execute(d.sql).fetchall()  # the engine takes it
    else:
        assert isinstance(d, Clarification), d


def test_average_of_a_time_kept_as_text_asks_instead_of_failing(swims: Db) -> None:
    _runs_or_asks(swims, "average finish time by stroke")


def test_a_follow_up_to_a_text_time_asks_instead_of_failing(laps: Db) -> None:
    first = answer(laps, "number of laps per driver")
    _runs_or_asks(laps, "average lap time instead", previous=first)


def test_a_plan_averaging_text_is_caught_before_any_sql(laps: Db) -> None:
    idx = build_index(laps[1])
    lap_time = ColumnRef(table="Laps", column="LapTime")
    texted = AnalysisPlan(table="Laps", measures=[Measure(agg="avg", column=lap_time, alias="avg_LapTime")])
    assert _text_figure(texted, idx) == lap_time
    speed = ColumnRef(table="Laps", column="SpeedKph")
    numbers = AnalysisPlan(table="Laps", measures=[Measure(agg="avg", column=speed, alias="avg_SpeedKph")])
    assert _text_figure(numbers, idx) is None


def test_numbers_beside_still_averaged(swims: Db, laps: Db) -> None:
    same(swims, "average points by stroke", "SELECT stroke, AVG(points) FROM swim_results GROUP BY stroke")
    same(laps, "average speed per driver", "SELECT Driver, AVG(SpeedKph) FROM Laps GROUP BY Driver")
