"""Result columns and titles in the columns' own words: a catalog's type tags (curFee, strTown) and a table's shared
prefix (emp_sal_amt) are not what a user reads on the chart's axes, in the Data tab or in the title."""

from __future__ import annotations

from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog
from backend.tests.access_catalogs import vet_practice
from backend.tests.analysis_catalogs import hr_warehouse, shop
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same

vet = catalog_fixture(vet_practice)
hr = catalog_fixture(hr_warehouse)


def columns(db: Db, sql: str) -> list[str]:
    return [d[0] for d in db[0].execute(sql).description]


def test_type_tags_are_left_out_of_output_names_and_titles(vet: Db) -> None:
    d = same(
        vet,
        "average fee by clinic",
        "SELECT c.strClinicName, AVG(v.curFee) FROM tblVisit v JOIN tlkpClinic c ON v.lngClinicID = c.lngClinicID "
        "GROUP BY 1",
    )
    assert "avg_fee" in columns(vet, d.sql) and "cur" not in d.title.lower().split()
    d = same(vet, "total fee by year", "SELECT DATE_TRUNC('year', dtmVisitDate), SUM(curFee) FROM tblVisit GROUP BY 1")
    assert "total_fee" in columns(vet, d.sql) and d.title.startswith("Total fee")
    d = same(vet, "number of owners by town", "SELECT strTown, COUNT(*) FROM tblOwner GROUP BY 1")
    assert columns(vet, d.sql)[0] == "town" and d.title.endswith("by town")


def test_a_tables_shared_prefix_is_left_out_and_the_ranking_follows_the_new_name(hr: Db) -> None:
    d = answer(hr, "top 3 departments by average salary")
    names = columns(hr, d.sql)
    assert "avg_sal_amt" in names and not any(n.startswith("avg_emp") for n in names)
    got = hr[0].execute(d.sql).fetchall()
    assert len(got) == 3 and [r[-1] for r in got] == sorted((r[-1] for r in got), reverse=True)


def test_names_that_are_already_their_own_words_are_kept() -> None:
    con = shop()
    catalog: Catalog = build_catalog(con)
    d = answer((con, catalog), "average retail price by category")
    assert columns((con, catalog), d.sql) == ["category", "avg_retailPrice"]
