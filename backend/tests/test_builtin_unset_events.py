"""Events that never happened, asked of a date left empty until they do (and the rows they did happen to): "users who have never logged in" (a verb
and its particle, "logged in", read as the catalog's one word, last_login or LastLogon), "patrons who haven't signed
the agreement" (the date named by its verb and again by its object, AgreementSignedAt: one condition, no time axis),
and a contraction's tail ("haven't", "they've") never read as a quoted value of a text column. On catalogs written
for the test (`unset_event_catalogs.py`): a snake_case app's accounts and a PascalCase library's patrons."""

from __future__ import annotations

from backend.agents.builtin import QueryDecision, understand
from backend.core.value_index import build_value_index
from backend.tests.builtin_checks import Db, catalog_fixture, rows, same
from backend.tests.unset_event_catalogs import accounts, patrons

users = catalog_fixture(accounts)
library = catalog_fixture(patrons)


def _looked_up(db: Db, question: str) -> QueryDecision:
    """The answer with the database's values searchable, as the app asks it."""
    d = understand(question, db[1], lookup=build_value_index(db[0], db[1]).lookup)
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    return d


def test_never_logged_in_reads_the_login_date_left_empty(users: Db, library: Db) -> None:
    same(users, "How many users have never logged in?", "SELECT count(*) FROM app_users WHERE last_login IS NULL")
    same(library, "how many patrons have never logged on",
         'SELECT count(*) FROM "Patron" WHERE "LastLogon" IS NULL')  # fmt: skip


def test_an_event_named_by_its_verb_and_its_object_is_one_condition(users: Db, library: Db) -> None:
    same(users, "How many users haven't accepted the terms?",
         "SELECT count(*) FROM app_users WHERE terms_accepted_at IS NULL")  # fmt: skip
    same(library, "How many patrons have not signed the agreement?",
         'SELECT count(*) FROM "Patron" WHERE "AgreementSignedAt" IS NULL')  # fmt: skip


def test_a_contraction_tail_is_no_quoted_value(users: Db, library: Db) -> None:
    d = _looked_up(users, "How many users haven't accepted the terms?")
    assert "device_code" not in d.sql, d.sql
    assert rows(users[0], d.sql) == rows(users[0], "SELECT count(*) FROM app_users WHERE terms_accepted_at IS NULL")
    d = _looked_up(library, "Number of patrons by branch, the ones they've signed up")
    assert "CardCode" not in d.sql, d.sql


def test_most_recently_ranks_by_the_date_its_verb_names(users: Db, library: Db) -> None:
    same(users, "Which user logged in most recently?",
         "SELECT user_id, last_login FROM app_users ORDER BY last_login DESC NULLS LAST LIMIT 1")  # fmt: skip
    same(library, "which patron logged on least recently",
         'SELECT "Name", "LastLogon" FROM "Patron" ORDER BY "LastLogon" NULLS LAST LIMIT 1')  # fmt: skip
    same(library, "Which patron joined most recently?",
         'SELECT "Name", "JoinedDate" FROM "Patron" ORDER BY "JoinedDate" DESC LIMIT 1')  # fmt: skip


def test_a_noun_of_the_verb_counts_the_rows_on_its_date(users: Db, library: Db) -> None:
    same(users, "Subscription cancellations per month in 2024",
         "SELECT date_trunc('month', cancelled_at), count(*) FROM subscriptions "
         "WHERE year(cancelled_at) = 2024 GROUP BY 1")  # fmt: skip
    same(users, "how many cancellations were there in 2025?",
         "SELECT count(*) FROM subscriptions WHERE year(cancelled_at) = 2025")  # fmt: skip
    same(library, "loan renewals by month in 2024",
         'SELECT date_trunc(\'month\', "RenewedOn"), count(*) FROM "Loan" WHERE year("RenewedOn") = 2024 GROUP BY 1')  # fmt: skip
    same(library, "number of renewals per year",
         'SELECT date_trunc(\'year\', "RenewedOn"), count(*) FROM "Loan" WHERE "RenewedOn" IS NOT NULL GROUP BY 1')  # fmt: skip
