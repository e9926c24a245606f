"""Verbs that name a measure of the row itself, in a superlative or a condition.

"which deckhand earns the most", "who earns the least", "which athlete weighs the most", "which cottage sells for the
most": the one row with the highest (lowest) pay, weight or price, told apart by its name or its own key, never the
maximum alone nor every row by its key. "how many deckhands earn over 4000" compares the pay.
"""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.row_order_catalogs import athletics_register, ship_crew

crew = catalog_fixture(ship_crew)
register = catalog_fixture(athletics_register)


def test_earning_ranks_by_pay(crew: Db, register: Db) -> None:
    covers(
        crew,
        "which deckhand earns the most",
        "SELECT full_name, monthly_wage FROM deckhands ORDER BY monthly_wage DESC LIMIT 1",
    )
    covers(crew, "who earns the least", "SELECT full_name, monthly_wage FROM deckhands ORDER BY monthly_wage LIMIT 1")
    covers(
        register,
        "which athlete earns the most",
        'SELECT AthleteId, PrizeMoney FROM "Athletes" ORDER BY PrizeMoney DESC LIMIT 1',
    )


def test_weighing_and_selling_for_rank_by_weight_and_price(crew: Db, register: Db) -> None:
    covers(
        crew,
        "which crate weighs the most",
        "SELECT crate_id, weight_kg FROM cargo_crates ORDER BY weight_kg DESC LIMIT 1",
    )
    covers(
        register,
        "which athlete weighs the most",
        'SELECT AthleteId, WeightKg FROM "Athletes" ORDER BY WeightKg DESC LIMIT 1',
    )
    covers(
        register,
        "which cottage sells for the most",
        'SELECT CottageId, AskingPrice FROM "Cottages" ORDER BY AskingPrice DESC LIMIT 1',
    )


def test_earning_compared_with_a_number(crew: Db, register: Db) -> None:
    same(crew, "how many deckhands earn over 4000", "SELECT COUNT(*) FROM deckhands WHERE monthly_wage > 4000")
    same(
        register, "how many athletes earned more than 30000", 'SELECT COUNT(*) FROM "Athletes" WHERE PrizeMoney > 30000'
    )
