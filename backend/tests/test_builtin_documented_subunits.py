"""Money a catalog documents in subunits on one column ("amount in cents") is in the same subunits in the columns of
that name elsewhere (each table's `amount`), so every total is in whole units; and a dollar sign before no figure
("refunds by month in $") asks for money. On catalogs written for the test (`subunit_catalogs.py`): a snake_case
ticketing desk and a PascalCase craft marketplace."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.subunit_catalogs import craft_market, ticket_desk

desk = catalog_fixture(ticket_desk)
market = catalog_fixture(craft_market)


def test_an_undocumented_column_of_a_documented_name_is_in_the_same_subunits(desk: Db, market: Db) -> None:
    same(desk, "total refund amount by reason",
         "SELECT reason, sum(amount) / 100.0 FROM refunds GROUP BY 1")  # fmt: skip
    same(desk, "sales amount by venue", "SELECT venue, sum(amount) / 100.0 FROM sales GROUP BY 1")
    same(market, "commission amount per month",
         """SELECT date_trunc('month', "ChargedOn"), sum("Amount") / 100.0 FROM "Commission" GROUP BY 1""")  # fmt: skip


def test_a_dollar_sign_before_no_figure_asks_for_money(desk: Db, market: Db) -> None:
    same(desk, "refunds by month in $",
         "SELECT date_trunc('month', refunded_at), sum(amount) / 100.0 FROM refunds GROUP BY 1")  # fmt: skip
    same(market, "commission $ by month",
         """SELECT date_trunc('month', "ChargedOn"), sum("Amount") / 100.0 FROM "Commission" GROUP BY 1""")  # fmt: skip


def test_a_dollar_sign_before_a_figure_stays_the_figures_unit() -> None:
    tokens = lx.tokenize("sales over $ 100 and refunds in $")
    assert [t.lower for t in tokens][2:4] == ["$", "100"]
    assert tokens[-1].lower == "dollars"
