"""The part of an e-mail address after its '@': "subscribers per email domain" groups the rows by the domain of their
address (split at the '@'), not by each whole address, which would make one group per row. On catalogs written for
the test (`address_part_catalogs.py`): a snake_case newsletter list and a PascalCase supplier register."""

from __future__ import annotations

from backend.tests.address_part_catalogs import newsletter, suppliers
from backend.tests.builtin_checks import Db, catalog_fixture, same

letters = catalog_fixture(newsletter)
makers = catalog_fixture(suppliers)


def test_rows_per_email_domain(letters: Db, makers: Db) -> None:
    d = same(letters, "How many subscribers do we have per email domain?",
             "SELECT split_part(contact_email, '@', 2), count(*) FROM subscribers "
             "WHERE contact_email IS NOT NULL GROUP BY 1")  # fmt: skip
    assert d.chart.chart_type in ("bar", "table"), d.chart
    same(makers, "Number of suppliers by email domain",
         """SELECT split_part("EmailAddress", '@', 2), count(*) FROM "Suppliers" GROUP BY 1""")  # fmt: skip


def test_domain_with_another_group(letters: Db, makers: Db) -> None:
    same(letters, "subscribers by topic and email domain",
         "SELECT topic, split_part(contact_email, '@', 2), count(*) FROM subscribers "
         "WHERE contact_email IS NOT NULL GROUP BY 1, 2")  # fmt: skip
    same(makers, "suppliers per region and e-mail domain",
         """SELECT "Region", split_part("EmailAddress", '@', 2), count(*) FROM "Suppliers" GROUP BY 1, 2""")  # fmt: skip


def test_domain_alone_names_the_address_column(letters: Db, makers: Db) -> None:
    same(letters, "How many subscribers per domain?",
         "SELECT split_part(contact_email, '@', 2), count(*) FROM subscribers "
         "WHERE contact_email IS NOT NULL GROUP BY 1")  # fmt: skip
    same(makers, "Suppliers by domain",
         """SELECT split_part("EmailAddress", '@', 2), count(*) FROM "Suppliers" GROUP BY 1""")  # fmt: skip


def test_the_whole_address_is_still_a_group_when_no_domain_is_asked(makers: Db) -> None:
    d = same(makers, "Number of suppliers by region",
             """SELECT "Region", count(*) FROM "Suppliers" GROUP BY 1""")  # fmt: skip
    assert "split_part" not in d.sql.lower()
