"""A noun made of a verb and its particle ("sign-ups", "sign ups") is read as its one-word spelling ("signups"): the
rows' own first event (their creation), not the bare verb's column ("signed" of a paper signed later). On catalogs
written for the test (`sign_up_catalogs.py`): a snake_case club roster and a PascalCase volunteer register."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sign_up_catalogs import roster, volunteers

players = catalog_fixture(roster)
helpers = catalog_fixture(volunteers)


def test_sign_ups_per_year_count_the_rows_created(players: Db, helpers: Db) -> None:
    same(players, "How many new player sign-ups per year?",
         "SELECT date_trunc('year', created_at), count(*) FROM players GROUP BY 1")  # fmt: skip
    same(helpers, "Volunteer sign ups per year",
         """SELECT date_trunc('year', "CreatedAt"), count(*) FROM "Volunteers" GROUP BY 1""")  # fmt: skip


def test_sign_ups_in_a_year_by_month(players: Db, helpers: Db) -> None:
    same(players, "player sign-ups per month in 2024",
         "SELECT date_trunc('month', created_at), count(*) FROM players WHERE year(created_at) = 2024 GROUP BY 1")  # fmt: skip
    same(helpers, "New volunteer sign-ups by month in 2023",
         """SELECT date_trunc('month', "CreatedAt"), count(*) FROM "Volunteers" WHERE year("CreatedAt") = 2023 """
         "GROUP BY 1")  # fmt: skip


def test_the_signed_paper_is_still_its_own_date(players: Db, helpers: Db) -> None:
    same(players, "How many players signed the pledge in 2024?",
         "SELECT count(*) FROM players WHERE year(pledge_signed_on) = 2024")  # fmt: skip
    same(helpers, "How many volunteers signed a contract in 2024?",
         """SELECT count(*) FROM "Volunteers" WHERE year("ContractSignedAt") = 2024""")  # fmt: skip
