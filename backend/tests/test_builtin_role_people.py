"""People named by the role they play ("each sales rep", "per support agent") are the catalog's table of people,
reached by the key the verb names (owned → the owner's); a comment clause about another column ("owner_id is the
account rep who owns it") or an example aside ("(often a trainee)") is no second name of the key it is written on; a
flag's word between "by" and a figure ("reps by won amount") keeps the flagged rows instead of grouping by the flag.
On catalogs written for the test (`role_people_catalogs.py`): a snake_case deal desk with text keys and a camelCase
help line with integer keys."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.role_people_catalogs import deal_desk, help_line

desk = catalog_fixture(deal_desk)
calls = catalog_fixture(help_line)

_OWNED = "SELECT u.full_name, count(*) FROM deals d JOIN users u ON d.owner_id = u.user_id GROUP BY 1"
_HANDLED = 'SELECT s."displayName", {} FROM calls c JOIN "staffMembers" s ON c."handlerId" = s."staffId" GROUP BY 1'


def test_role_noun_after_each_groups_by_the_people_through_the_owner_key(desk: Db) -> None:
    same(desk, "number of deals owned by each sales rep", _OWNED)  # every owner is in Sales
    same(desk, "number of deals owned by each account rep", _OWNED)


def test_role_noun_with_an_unknown_modifier_is_the_people_not_a_question_back(calls: Db) -> None:
    same(calls, "average rating per support agent", _HANDLED.format("avg(c.rating)"))
    same(calls, "average rating per agent", _HANDLED.format("avg(c.rating)"))
    same(calls, "number of calls handled by each support agent", _HANDLED.format("count(*)"))


def test_flag_word_before_a_figure_filters_rather_than_groups(desk: Db, calls: Db) -> None:
    same(desk, "top 3 reps by won amount",
         "SELECT u.full_name, sum(d.amount) AS s FROM deals d JOIN users u ON d.owner_id = u.user_id "
         "WHERE d.is_won GROUP BY 1 ORDER BY s DESC LIMIT 3")  # fmt: skip
    same(desk, "users by won amount",
         "SELECT u.full_name, sum(d.amount) FROM deals d JOIN users u ON d.owner_id = u.user_id WHERE d.is_won "
         "GROUP BY 1")  # fmt: skip
    same(calls, "staff members by resolved minutes spent",
         'SELECT s."displayName", avg(c."minutesSpent") FROM calls c JOIN "staffMembers" s '
         'ON c."handlerId" = s."staffId" WHERE c."isResolved" GROUP BY 1')  # fmt: skip
