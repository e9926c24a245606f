"""A bare key word in a listing ("key", "code") is the listed rows' own key, not a column whose comment calls it the key
of another row ("job key of the parent job"). On the catalogs of `tally_catalogs.py`: a snake_case repair workshop
and a PascalCase flower show."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.tally_catalogs import flower_show, repair_workshop

shop = catalog_fixture(repair_workshop)
show = catalog_fixture(flower_show)


def test_the_key_word_lists_the_rows_own_key(shop: Db, show: Db) -> None:
    d = covers(shop, "show key and summary of tyre jobs", "SELECT job_key, summary FROM jobs WHERE job_kind = 'Tyre'")
    assert "parent_job" not in d.sql
    d = covers(
        show,
        "show the rose entries with code and title",
        """SELECT "EntryCode", "Title" FROM "Entries" WHERE "Section" = 'Rose'""",
    )
    assert "ParentEntry" not in d.sql
