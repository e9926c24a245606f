""" "how many subscriptions are frozen?", "dormant cards by branch": a state said as an adjective (active, dormant,
idle, frozen) is the status code that is its initial, where the status column's name ends on a code word
(SUB_STS_CDE, card_status_code) and no comment says what the codes mean (`state_adjective_catalogs.py`: an UPPER_SNAKE
phone carrier and a snake_case lending library)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.state_adjective_catalogs import lending_library, phone_carrier

carrier = catalog_fixture(phone_carrier)
library = catalog_fixture(lending_library)


def test_a_frozen_subscription_is_its_status_code(carrier: Db) -> None:
    d = same(carrier, "how many subscriptions are frozen?", 'SELECT COUNT(*) FROM "SUBSCR" WHERE "SUB_STS_CDE" = \'F\'')
    assert d.chart.chart_type == "kpi"
    assert any("'F'" in t for t in d.thoughts)
    same(
        carrier,
        "active subscriptions by plan",
        'SELECT p."PLAN_NM", COUNT(*) FROM "SUBSCR" s JOIN "PLAN" p USING ("PLAN_ID") '
        "WHERE s.\"SUB_STS_CDE\" = 'A' GROUP BY 1",
    )


def test_a_dormant_card_is_its_status_code(library: Db) -> None:
    same(library, "how many cards are dormant", "SELECT COUNT(*) FROM cards WHERE card_status_code = 'd'")
    same(
        library,
        "dormant cards by branch",
        "SELECT b.branch_name, COUNT(*) FROM cards c JOIN branches b USING (branch_id) "
        "WHERE c.card_status_code = 'd' GROUP BY 1",
    )
