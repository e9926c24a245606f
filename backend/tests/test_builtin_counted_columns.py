"""Rows listed "with their" columns, where one column holds a count of its own ("hotels with their city and number
of rooms" lists room_count; it asks for no count), where a word is both a column's name and another column's value
("with their city" shows the city, it filters no format named City), and after a polite opening ("can you list …").
A count of other rows ("with the number of members") is still a count. On two catalogs written here
(`counted_column_catalogs.py`): gyms in snake_case and depots in PascalCase."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.counted_column_catalogs import depots, gyms

gym = catalog_fixture(gyms)
depot = catalog_fixture(depots)


def test_a_column_holding_a_count_is_listed_as_it_is(gym: Db, depot: Db) -> None:
    d = same(
        gym,
        "Can you list our gyms with their city, member rating and number of lockers?",
        "SELECT gym_name, city, member_rating, locker_count FROM gym",
    )
    assert d.chart.chart_type == "table"
    assert "locker count" in " ".join(d.thoughts)
    same(
        depot,
        "list depots with their town, floor area and number of docks",
        'SELECT "DepotName", "Town", "FloorAreaSqm", "NumberOfDocks" FROM "Depots"',
    )


def test_a_word_that_is_a_column_and_a_value_is_the_column_after_their(gym: Db, depot: Db) -> None:
    same(gym, "list gyms with their city", "SELECT gym_name, city FROM gym")
    same(depot, "please show depots with their town and kind", 'SELECT "DepotName", "Town", "DepotKind" FROM "Depots"')


def test_a_count_of_other_rows_is_still_counted(gym: Db, depot: Db) -> None:
    same(gym, "number of lockers by city", "SELECT city, SUM(locker_count) FROM gym GROUP BY city")
    d = answer(gym, "list gyms with the number of members")
    assert "COUNT" in d.sql.upper(), d.sql
    same(
        depot,
        "number of parcels per depot",
        'SELECT d."DepotName", COUNT(*) FROM "Parcels" p JOIN "Depots" d ON d."DepotId" = p."DepotId" '
        'GROUP BY d."DepotName"',
    )
