"""A real word near a catalog's name is not that name: a word two letters longer than a name is no typo of it
("reactions" is not the actions table, "deposits" not the depots), and a name that keeps vowels of two syllables is
no short form of a longer word (depot ≠ deposit), while real slips and short forms are still read ("actons", "qty").
On `near_word_catalogs.py`: an app's actions (snake_case) and a carrier's depots (PascalCase)."""

from __future__ import annotations

import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.agents.builtin import lexicon as lx
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.near_word_catalogs import (
    app_actions,
    depot_network,
    incident_desk,
    pager_alarms,
)

app = catalog_fixture(app_actions)
depots = catalog_fixture(depot_network)


@pytest.mark.parametrize(
    ("which", "question", "name"),
    [
        ("app", "number of reactions by month", "actions"),
        ("app", "total reactions per country", "actions"),
        ("depots", "total deposits by month", "Depots"),
        ("depots", "how many deposits were made last year", "Depots"),
    ],
)
def test_a_real_word_near_a_name_is_not_that_name(
    which: str, question: str, name: str, request: pytest.FixtureRequest
) -> None:
    db: Db = request.getfixturevalue(which)
    d = understand(question, db[1])
    assert not isinstance(d, QueryDecision) or f"{name}" not in d.sql.replace('"', ""), d


def test_slips_and_short_forms_are_still_read(app: Db, depots: Db) -> None:
    same(app, "number of actons by month",
         "SELECT DATE_TRUNC('month', created_at)::DATE, COUNT(*) FROM actions GROUP BY 1")  # fmt: skip
    same(app, "total quantity by action type", "SELECT action_type, SUM(qty) FROM actions GROUP BY 1")
    same(depots, "number of depots by city", 'SELECT "City", COUNT(*) FROM "Depots" GROUP BY 1')


def test_short_forms_keep_one_syllable_of_vowels() -> None:
    for short, word in (("qty", "quantity"), ("dept", "department"), ("recv", "receive"), ("govt", "government")):
        assert lx.abbreviates(short, word), short
    assert not lx.abbreviates("depot", "deposit")


def test_a_short_form_with_a_verb_ending_names_the_verb() -> None:
    pager: Db = (con := pager_alarms(), build_catalog(con))
    desk: Db = (con2 := incident_desk(), build_catalog(con2))
    same(pager, "average time to acknowledge an alarm in minutes, by severity",
         "SELECT severity, AVG(DATE_DIFF('second', raised_at, acked_at) / 60.0) FROM alarms GROUP BY 1")  # fmt: skip
    same(desk, "average minutes to acknowledge by team",
         """SELECT "Team", AVG(DATE_DIFF('second', "OpenedAt", "AckedAt") / 60.0) FROM "Incidents" GROUP BY 1""")  # fmt: skip
