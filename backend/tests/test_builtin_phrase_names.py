"""A yes/no column called by a whole phrase ("opted out of email", "subscribed to newsletter") is named by that phrase
in the question: its rows are counted, not grouped by another column spelled like the phrase's last word. On catalogs
written for the test (`phrase_name_catalogs.py`): a snake_case mailing list and a camelCase club."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.phrase_name_catalogs import club, mailing_list

mails = catalog_fixture(mailing_list)
members = catalog_fixture(club)


def test_flag_phrase_with_another_columns_name_counts_the_flagged_rows(mails: Db, members: Db) -> None:
    d = same(mails, "How many subscribers have opted out of email?",
             "SELECT count(*) FROM subscribers WHERE has_opted_out_of_email")  # fmt: skip
    assert d.chart.chart_type == "kpi"
    same(members, "How many members are subscribed to newsletter?",
         'SELECT count(*) FROM "members" WHERE "isSubscribedToNewsletter"')  # fmt: skip


def test_flag_phrase_keeps_a_grouping_named_elsewhere(mails: Db, members: Db) -> None:
    same(mails, "subscribers who opted out of email by country",
         "SELECT country, count(*) FROM subscribers WHERE has_opted_out_of_email GROUP BY 1")  # fmt: skip
    same(members, "members subscribed to newsletter per city",
         'SELECT city, count(*) FROM "members" WHERE "isSubscribedToNewsletter" GROUP BY 1')  # fmt: skip
