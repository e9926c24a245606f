"""Rows listed in the order of one of their columns.

"list deckhands by age", "show crates ordered by weight", "cottages ordered by asking price, highest first": every row,
sorted by that column (ascending unless a descending word says otherwise), the column shown, and the rows' own key
when no column names them. "deckhands by vessel" and "show cottages by bedrooms" (a text column, a number of few
values) stay a count per group.
"""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, norm, same
from backend.tests.row_order_catalogs import athletics_register, ship_crew

crew = catalog_fixture(ship_crew)
register = catalog_fixture(athletics_register)


def in_order(db: Db, question: str, gold: str) -> list[str]:
    """Every row of the gold query comes back, and one column of the answer holds the gold's single column in the
    gold's order; the answer's column names are returned."""
    d = answer(db, question)
    cur = db[0].execute(d.sql)
    got = cur.fetchall()
    names = [c[0] for c in cur.description or []]
    want = [norm(r[0]) for r in db[0].execute(gold).fetchall()]
    assert len(got) == len(want), d.sql
    assert any([norm(r[k]) for r in got] == want for k in range(len(names))), d.sql
    return names


def test_listing_verb_by_a_figure_sorts_the_rows(crew: Db, register: Db) -> None:
    in_order(crew, "list deckhands by age", "SELECT age FROM deckhands ORDER BY age")
    names = in_order(register, "list athletes by age", 'SELECT Age FROM "Athletes" ORDER BY Age')
    assert "AthleteId" in names  # no name column: the rows' own key tells them apart


def test_sorted_by_reads_its_direction(crew: Db, register: Db) -> None:
    in_order(
        crew,
        "show deckhands sorted by years at sea descending",
        "SELECT years_at_sea FROM deckhands ORDER BY years_at_sea DESC",
    )
    in_order(crew, "show crates ordered by weight", "SELECT weight_kg FROM cargo_crates ORDER BY weight_kg")
    in_order(
        register,
        "cottages ordered by asking price, highest first",
        'SELECT AskingPrice FROM "Cottages" ORDER BY AskingPrice DESC',
    )
    in_order(register, "list cottages sorted by year built", 'SELECT YearBuilt FROM "Cottages" ORDER BY YearBuilt')


def test_a_grouping_stays_a_count_per_group(crew: Db, register: Db) -> None:
    same(crew, "deckhands by vessel", "SELECT vessel, COUNT(*) FROM deckhands GROUP BY vessel")
    same(crew, "list deckhands by vessel", "SELECT vessel, COUNT(*) FROM deckhands GROUP BY vessel")
    same(register, "show cottages by bedrooms", 'SELECT Bedrooms, COUNT(*) FROM "Cottages" GROUP BY Bedrooms')
    same(register, "athletes by club", 'SELECT Club, COUNT(*) FROM "Athletes" GROUP BY Club')
