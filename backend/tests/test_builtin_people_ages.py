"""A bare number compared with people is their age.

"how many deckhands are over 50", "deckhands under 30", "how many athletes are over 25 by club": the one age column of
a table of people, when the number lies within its ages; a number outside them ("athletes over 5000") or a table of
things ("crates over 50") is not read as an age.
"""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, same
from backend.tests.row_order_catalogs import athletics_register, ship_crew

crew = catalog_fixture(ship_crew)
register = catalog_fixture(athletics_register)


def test_people_over_a_number_are_older(crew: Db, register: Db) -> None:
    same(crew, "how many deckhands are over 50", "SELECT COUNT(*) FROM deckhands WHERE age > 50")
    same(register, "how many athletes are under 25", 'SELECT COUNT(*) FROM "Athletes" WHERE Age < 25')
    same(
        register,
        "how many athletes are over 25 by club",
        'SELECT Club, COUNT(*) FROM "Athletes" WHERE Age > 25 GROUP BY Club',
    )


def test_people_under_a_number_listed(crew: Db) -> None:
    covers(crew, "deckhands under 30", "SELECT full_name, age FROM deckhands WHERE age < 30")


def test_no_age_outside_its_range_or_for_things(crew: Db, register: Db) -> None:
    assert '"Age"' not in answer(register, "how many athletes are over 5000").sql
    assert "age" not in answer(crew, "how many crates are over 50").sql.lower().replace("cargo", "")
