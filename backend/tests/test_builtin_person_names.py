"""People shown by their names: a name in two columns (a given name and a surname) is read whole, two people of one
name stay two, a question naming one part gets that part, and rows whose names live in another table one to one (a
member's person record) are named through it — on two catalogs of application databases, one with declared keys and
one without."""

from __future__ import annotations

from backend.tests.app_catalogs import allotments, climbing_gym
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, rows, same

gym = catalog_fixture(climbing_gym)
plots = catalog_fixture(allotments)


def columns(db: Db, sql: str) -> list[str]:
    return [d[0] for d in db[0].execute(sql).description]


def test_a_person_grouped_through_a_key_is_named_by_both_parts_and_namesakes_stay_apart(gym: Db) -> None:
    d = covers(
        gym,
        "number of bookings per coach",
        "SELECT c.given_name || ' ' || c.family_name, b.coach_id, COUNT(*) FROM booking b "
        "JOIN coach c ON b.coach_id = c.coach_id GROUP BY 1, 2",
    )
    names = [r[0] for r in gym[0].execute(d.sql).fetchall()]
    assert names.count("Tom Reed") == 2  # two coaches of one name: two bars


def test_a_person_in_a_table_without_keys_is_named_by_both_parts_unless_the_question_names_one(plots: Db) -> None:
    covers(
        plots,
        "average age of people by name",
        'SELECT "firstName" || \' \' || "lastName", "personId", AVG(age) FROM people GROUP BY 1, 2',
    )
    same(plots, "average age of people by first name", 'SELECT "firstName", AVG(age) FROM people GROUP BY 1')
    same(plots, "number of people by surname", 'SELECT "lastName", COUNT(*) FROM people GROUP BY 1')


def test_people_listed_are_listed_by_their_whole_names(gym: Db, plots: Db) -> None:
    d = answer(gym, "list coaches")
    assert rows(gym[0], d.sql) == rows(gym[0], "SELECT given_name || ' ' || family_name FROM coach")
    d = answer(plots, "list people")
    got = [r[0] for r in plots[0].execute(d.sql).fetchall()]
    assert got[:2] == sorted(got)[:2] and all(" " in n for n in got) and len(got) == 81


def test_rows_named_in_another_table_one_to_one_are_named_through_it(gym: Db, plots: Db) -> None:
    d = covers(
        gym,
        "top 5 members by number of bookings",
        "SELECT u.first_name || ' ' || u.last_name, b.member_id, COUNT(*) AS n FROM booking b "
        "JOIN member m ON b.member_id = m.member_id JOIN app_user u ON m.user_id = u.user_id GROUP BY 1, 2 "
        "ORDER BY n DESC, 1 LIMIT 5",
    )
    assert columns(gym, d.sql)[0] == "member"
    d = covers(
        plots,
        "number of plants per gardener",
        'SELECT p."firstName" || \' \' || p."lastName", t."gardenerId", COUNT(*) FROM plants t '
        'JOIN gardeners g ON t."gardenerId" = g."gardenerId" JOIN people p ON g."personId" = p."personId" '
        "GROUP BY 1, 2",
    )
    assert columns(plots, d.sql)[0] == "gardener"
