"""A message opening on one period and a relative word ("month with the most sailings", "year with the fewest moves"):
that period is ranked and the top one shown, not the counted noun grouped by its own key. On the two
catalogs of the route tests: snake_case ferry sailings and PascalCase stock moves."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture
from backend.tests.test_builtin_route_ends import ferries, warehouses

ferry = catalog_fixture(ferries)
stock = catalog_fixture(warehouses)


def _rows(db: Db, question: str) -> list[tuple[object, ...]]:
    return db[0].execute(answer(db, question).sql).fetchall()


def test_the_one_thing_opening_the_message_is_ranked(ferry: Db, stock: Db) -> None:
    got = _rows(ferry, "month with the most sailings")
    gold = (
        ferry[0]
        .execute(
            "SELECT DATE_TRUNC('month', sailed_on) m, COUNT(*) c FROM sailings GROUP BY m ORDER BY c DESC, m LIMIT 1"
        )
        .fetchall()
    )
    assert [(str(r[0])[:7], r[1]) for r in got] == [(str(r[0])[:7], r[1]) for r in gold]
    got = _rows(stock, "month with the most stock moves")
    gold = (
        stock[0]
        .execute(
            """SELECT DATE_TRUNC('month', "MovedAt") m, COUNT(*) c FROM "StockMoves" GROUP BY m ORDER BY c DESC, m LIMIT 1"""
        )
        .fetchall()
    )
    assert [(str(r[0])[:7], r[1]) for r in got] == [(str(r[0])[:7], r[1]) for r in gold]
    # once per group, it is no single period: "month with the most sailings per port" is not cut to one row
    assert len(_rows(ferry, "month with the most sailings per coast")) != 1
