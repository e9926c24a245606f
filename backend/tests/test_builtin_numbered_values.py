"""A whole number written right after the name of a whole-number column that is no measure names that value ("ward 4",
"platform 3"), as "grade A" names a code (`rate_catalogs.py`: a parish council's numbered wards in snake_case, a
station's numbered platforms in camelCase); in a follow-up it narrows the previous answer."""

from __future__ import annotations

from backend.agents.builtin import QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.rate_catalogs import parish, station_log

wards = catalog_fixture(parish)
station = catalog_fixture(station_log)


def test_number_after_a_column_name_is_its_value(wards: Db, station: Db) -> None:
    same(
        wards,
        "total repair cost by topic in ward 4",
        "SELECT topic, SUM(repair_cost) FROM complaints WHERE electoral_ward = 4 GROUP BY topic",
    )
    same(
        station,
        "average delay mins by line name on platform 3",
        'SELECT "lineName", AVG("delayMins") FROM "Departures" WHERE platform = 3 GROUP BY "lineName"',
    )


def test_follow_up_narrows_to_a_numbered_value(wards: Db, station: Db) -> None:
    first = answer(station, "number of departures by line name")
    d = understand_follow_up(station, "only platform 7", first)
    assert sorted(station[0].execute(d).fetchall()) == sorted(
        station[0].execute('SELECT "lineName", COUNT(*) FROM "Departures" WHERE platform = 7 GROUP BY 1').fetchall()
    ), d
    first = answer(wards, "complaints by topic")
    d = understand_follow_up(wards, "just ward 2", first)
    assert sorted(wards[0].execute(d).fetchall()) == sorted(
        wards[0].execute("SELECT topic, COUNT(*) FROM complaints WHERE electoral_ward = 2 GROUP BY 1").fetchall()
    ), d


def understand_follow_up(db: Db, question: str, previous: QueryDecision) -> str:
    """The follow-up's SQL, which must be a query."""
    d = understand(question, db[1], previous=previous)
    assert isinstance(d, QueryDecision), d
    return d.sql
