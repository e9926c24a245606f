"""A short word is an abbreviation of a longer one only when its letters, vowels too, are the longer word's in
order: "till" (a till area) is no "total", and "set" in a comment ("set by the account manager") is no "state".
Two catalogs written here: till receipts (snake_case) and accounts with a commented flag (PascalCase)."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin import understand
from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.suggest import suggestions
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.test_builtin_unknown_ranked import till_receipts


def _accounts() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE Account (AccountId INTEGER PRIMARY KEY, AccountName VARCHAR, RiskFlag VARCHAR,
        BillingState VARCHAR, AnnualRevenue DOUBLE)"""
    )
    con.execute("COMMENT ON COLUMN Account.RiskFlag IS 'H = high, L = low; set by the account manager'")
    con.execute(
        """INSERT INTO Account SELECT i, 'Acct ' || i, ['H', 'L'][1 + i % 2], ['CA', 'NY', 'TX', 'WA'][1 + i % 4],
        1000 * (1 + i % 9) FROM range(60) t(i)"""
    )
    return con


till = catalog_fixture(till_receipts)
accounts = catalog_fixture(_accounts)


def test_a_word_with_vowels_of_its_own_abbreviates_nothing() -> None:
    assert not lx.abbreviates("till", "total")
    assert not lx.abbreviates("set", "state")
    assert lx.abbreviates("yr", "year") and lx.abbreviates("wk", "week") and lx.abbreviates("qty", "quantity")


def test_the_till_area_is_not_spoken_as_a_total(till: Db) -> None:
    said = " ".join(suggestions(build_index(till[1]), ["receipts"]))
    assert "total area" not in said and "till area" in said, said
    same(till, "average items by till area", "SELECT till_area, AVG(items) FROM receipts GROUP BY till_area")


def test_states_are_the_billing_state_not_a_flag_set_by_someone(accounts: Db) -> None:
    same(accounts, "number of accounts per state", "SELECT BillingState, COUNT(*) FROM Account GROUP BY BillingState")
    same(
        accounts,
        "total annual revenue by state",
        "SELECT BillingState, SUM(AnnualRevenue) FROM Account GROUP BY BillingState",
    )
    d = understand("top 2 states by annual revenue", accounts[1])
    assert "RiskFlag" not in getattr(d, "sql", ""), d
