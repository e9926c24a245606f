"""A free text named after "with" or "have" at the end of a question ("how many visits have notes", "sales with a
remark") keeps the rows where it is filled in, as "without" keeps those where it is empty; on the Access-style vet
practice and the snake_case garden centre written for the tests."""

from __future__ import annotations

from backend.tests.access_catalogs import vet_practice
from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.line_catalogs import garden_centre

vet = catalog_fixture(vet_practice)
garden = catalog_fixture(garden_centre)


def test_rows_with_a_filled_in_text(vet: Db, garden: Db) -> None:
    same(vet, "how many visits have notes?", "SELECT COUNT(*) FROM tblVisit WHERE memNotes IS NOT NULL")
    same(garden, "how many sales have a remark", "SELECT COUNT(*) FROM sale WHERE remark IS NOT NULL")
    same(garden, "how many sales without a remark", "SELECT COUNT(*) FROM sale WHERE remark IS NULL")
    same(garden, "sales with remarks by till", "SELECT till, COUNT(*) FROM sale WHERE remark IS NOT NULL GROUP BY 1")
