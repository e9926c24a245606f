"""A key to another row that a row may leave empty, said after a word of nothing ("jobs with no mechanic", "nobody
reviewed", "no one assigned"), keeps the rows where it is empty, with no grouping by whom it names. On the catalogs of
`empty_reference_catalogs.py`: a snake_case bike shop with declared keys and a PascalCase journal without."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.empty_reference_catalogs import bike_shop, journal

shop = catalog_fixture(bike_shop)
papers = catalog_fixture(journal)


def test_no_before_the_reference_keeps_the_rows_without_it(shop: Db, papers: Db) -> None:
    covers(shop, "how many jobs have no mechanic, per bay?",
           "SELECT bay, COUNT(*) FROM jobs WHERE mechanic_id IS NULL GROUP BY 1")  # fmt: skip
    covers(papers, "number of manuscripts without a reviewer by section",
           """SELECT "Section", COUNT(*) FROM "Manuscripts" WHERE "ReviewerId" IS NULL GROUP BY 1""")  # fmt: skip


def test_nobody_before_the_reference(shop: Db, papers: Db) -> None:
    covers(shop, "how many jobs had nobody as the mechanic, per bay",
           "SELECT bay, COUNT(*) FROM jobs WHERE mechanic_id IS NULL GROUP BY 1")  # fmt: skip
    covers(papers, "how many manuscripts have no one as reviewer, per section?",
           """SELECT "Section", COUNT(*) FROM "Manuscripts" WHERE "ReviewerId" IS NULL GROUP BY 1""")  # fmt: skip
