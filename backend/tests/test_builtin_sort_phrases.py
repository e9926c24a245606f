"""The order of an answer said with a superlative that ranks nothing: "highest first", "most recent first", "from
highest to lowest", "most to least". It orders the whole answer (no top 1), and "first" names no first-name column.
On three catalogs written for it: an allotment society (PascalCase, a FirstName column), a bike share (prefixed
snake_case) and a tutoring agency (camelCase)."""

from __future__ import annotations

from typing import Any

import pytest

from backend.tests.bench_catalogs import allotment
from backend.tests.builtin_checks import Db, answer, catalog_fixture, norm, rows
from backend.tests.share_catalogs import bike_share, tutoring

plots = catalog_fixture(allotment)
bikes = catalog_fixture(bike_share)
lessons = catalog_fixture(tutoring)


def ordered(db: Db, question: str, gold: str) -> list[tuple[Any, ...]]:
    """The answer's rows, in its order, are the gold SQL's rows in the gold's order (the answer may show more
    columns: the gold's are compared where they stand first)."""
    d = answer(db, question)
    got = [tuple(norm(v) for v in row) for row in db[0].execute(d.sql).fetchall()]
    want = [tuple(norm(v) for v in row) for row in db[0].execute(gold).fetchall()]
    width = len(want[0]) if want else 0
    assert [row[:width] for row in got] == want, d.sql
    return got


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "average age by village, highest first",
            'SELECT "Village", AVG("Age") FROM "Gardeners" GROUP BY "Village" ORDER BY 2 DESC',
        ),
        (
            "What is the average age per village, lowest first?",
            'SELECT "Village", AVG("Age") FROM "Gardeners" GROUP BY "Village" ORDER BY 2',
        ),
        (
            "total entrants by judge from highest to lowest",
            'SELECT "Judge", SUM("Entrants") FROM "FlowerShows" GROUP BY "Judge" ORDER BY 2 DESC',
        ),
    ],
)
def test_a_superlative_before_first_orders_the_groups(plots: Db, question: str, gold: str) -> None:
    ordered(plots, question, gold)


def test_first_after_a_superlative_names_no_first_name_column(plots: Db) -> None:
    d = answer(plots, "number of gardeners by village, largest first")
    assert "FirstName" not in d.sql
    assert d.plan.top_n is None and d.plan.limit > 1


def test_most_to_least_orders_counts(bikes: Db) -> None:
    gold = (
        "SELECT d.stn_name, COUNT(*) FROM ride_log r JOIN stn_dock d ON d.stn_id = r.stn_id "
        "GROUP BY d.stn_name ORDER BY 2 DESC, 1"
    )
    d = answer(bikes, "rides per dock, most to least")
    got = [tuple(norm(v) for v in row[:2]) for row in bikes[0].execute(d.sql).fetchall()]
    want = [tuple(norm(v) for v in row) for row in bikes[0].execute(gold).fetchall()]
    # Docks with as many rides stand in either order (neither the answer nor the question orders a tie): the counts
    # fall from most to least exactly as the gold's do, and the rows are the gold's.
    assert [row[1] for row in got] == [row[1] for row in want], d.sql
    assert sorted(got, key=repr) == sorted(want, key=repr)
    assert len(got) == 15


def sorted_by_date(db: Db, question: str, desc: bool) -> list[Any]:
    """The answer lists rows ordered by a date it shows; that date's values, in the answer's order."""
    d = answer(db, question)
    key = d.plan.order[0].alias
    names = [c.column for c in d.plan.columns]
    assert key in names and d.plan.order[0].desc is desc, d.sql
    values = [row[names.index(key)] for row in db[0].execute(d.sql).fetchall()]
    assert values == sorted(values, reverse=desc), d.sql
    return values


def test_most_recent_first_orders_a_listing_by_its_date(bikes: Db, lessons: Db) -> None:
    march = sorted_by_date(bikes, "list the rides in March 2024, most recent first", desc=True)
    gold = bikes[0].execute(
        "SELECT start_ts FROM ride_log WHERE start_ts >= DATE '2024-03-01' AND start_ts < DATE '2024-04-01' "
        "ORDER BY start_ts DESC"
    )
    assert march == [r[0] for r in gold.fetchall()]
    assert len(sorted_by_date(lessons, "show lessons booked in 2023, oldest first", desc=False)) > 100


def test_most_recent_first_puts_the_latest_period_first(lessons: Db) -> None:
    d = answer(lessons, "monthly number of lessons, most recent first")
    got = rows(lessons[0], d.sql)
    firsts = [r[0] for r in lessons[0].execute(d.sql).fetchall()]
    assert firsts == sorted(firsts, reverse=True) and len(got) >= 12


def test_highest_first_orders_periods_by_their_figure(lessons: Db) -> None:
    d = answer(lessons, "total fee amount by month, highest first")
    totals = [r[1] for r in lessons[0].execute(d.sql).fetchall()]
    assert totals == sorted(totals, reverse=True) and len(totals) >= 12
