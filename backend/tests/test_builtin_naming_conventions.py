"""Catalogs named in Hungarian/Leszynski notation (`access_catalogs.py`: a camelCase veterinary practice and a snake_case
lending library, as desktop databases are upsized): type tags (lng, str, dtm, cur, ysn) and table tags (tbl, tlkp, lkp)
say what a name is, not what it names, so a key is matched to the lookup table it names, a yes/no kept as -1/0 is a
condition, and a date whose comment speaks of its table's rows is not what "visits per month" counts by."""

from __future__ import annotations

import pytest

from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.naming import table_tags, type_tags
from backend.core.catalog import build_catalog
from backend.tests.access_catalogs import lending_library, vet_practice
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.language_catalogs import mail_shop, workshop

vet = catalog_fixture(vet_practice)
library = catalog_fixture(lending_library)


def test_tags_are_found_only_where_the_convention_holds(vet: Db, library: Db) -> None:
    assert {"lng", "str", "dtm", "cur", "ysn"} <= type_tags(vet[1]) and table_tags(vet[1]) == {"tbl", "tlkp"}
    assert {"lng", "str", "dtm", "cur", "ysn"} <= type_tags(library[1]) and table_tags(library[1]) == {"tbl", "lkp"}
    for con in (mail_shop(), workshop()):
        catalog = build_catalog(con)
        assert not type_tags(catalog) and not table_tags(catalog)


# A key named after a lookup table (lngSpeciesID ↔ tlkpSpecies), declared or not, joins it: its name is the grouping.
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "number of visits by species",
            "SELECT s.strSpeciesName, COUNT(*) FROM tblVisit v JOIN tblPet p ON p.lngPetID = v.lngPetID "
            "JOIN tlkpSpecies s ON s.lngSpeciesID = p.lngSpeciesID GROUP BY 1",
        ),
        (
            "average fee per clinic",
            "SELECT c.strClinicName, AVG(v.curFee) FROM tblVisit v JOIN tlkpClinic c ON c.lngClinicID = v.lngClinicID "
            "GROUP BY 1",
        ),
        (
            "visits per month",
            "SELECT DATE_TRUNC('month', dtmVisitDate), COUNT(*) FROM tblVisit GROUP BY 1",
        ),
        ("how many insured pets", "SELECT COUNT(*) FROM tblPet WHERE ysnInsured = -1"),
        (
            "members by town",
            "SELECT strTown, COUNT(*) FROM tblOwner WHERE ysnMember = -1 GROUP BY 1",
        ),
    ],
)
def test_a_camel_case_access_database(vet: Db, question: str, gold: str) -> None:
    same(vet, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "loans by branch",
            "SELECT b.str_branch_name, COUNT(*) FROM tbl_loan l JOIN lkp_branch b ON b.lng_branch_id = l.lng_branch_id "
            "GROUP BY 1",
        ),
        (
            "total late fees per genre",
            "SELECT g.str_genre_name, SUM(l.cur_late_fee) FROM tbl_loan l JOIN tbl_book k ON k.lng_book_id = "
            "l.lng_book_id JOIN lkp_genre g ON g.lng_genre_id = k.lng_genre_id GROUP BY 1",
        ),
        ("loans per month", "SELECT DATE_TRUNC('month', dtm_loaned), COUNT(*) FROM tbl_loan GROUP BY 1"),
        ("how many student members", "SELECT COUNT(*) FROM tbl_member WHERE ysn_student = -1"),
    ],
)
def test_a_snake_case_access_database(library: Db, question: str, gold: str) -> None:
    same(library, question, gold)


def test_names_are_spoken_without_their_tags(vet: Db, library: Db) -> None:
    d = answer(vet, "average fee per clinic")
    assert d.plan.dimensions[0].alias == "clinic", d.sql
    d = answer(library, "loans by branch")
    assert d.plan.dimensions[0].alias == "branch", d.sql
    idx = build_index(vet[1])
    visit = idx.tables["tblVisit"]
    assert visit.words == ("visit",)
    fee = visit.col("curFee")
    assert fee is not None and fee.words == ("fee",)
