"""Comparisons with an average: "which members borrow more books than the average member" (a plural noun naming a
key of the rows to another table counts the rows, each group's count against the average group's), "depots with
more dispatches than average" (no article before the aggregate), and "how many fragile trips in 2024 were bigger
than the average fragile 2024 trip" (a row's size is its one money column; the conditions said again after the
aggregate make it the average of the rows they keep). On catalogs written for the test (`ranking_by_catalogs.py`):
a snake_case lending library and a PascalCase courier dispatch log."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.ranking_by_catalogs import dispatch, library

books = catalog_fixture(library)
trips = catalog_fixture(dispatch)


def _above(rows: str, key: str) -> str:
    """The gold of "groups with more rows than the average group": `rows` is FROM … with `key` the group."""
    return (
        f"WITH t AS (SELECT {key} AS g, count(*) AS n {rows} GROUP BY 1) "
        "SELECT g, n FROM t WHERE n > (SELECT avg(n) FROM t)"
    )


def test_more_of_a_keyed_noun_than_the_average_member_counts_the_rows(books: Db, trips: Db) -> None:
    same(books, "Which members borrow more books than the average member?",
         _above("FROM loan_log l JOIN members m ON l.member_id = m.member_id", "m.full_name"))  # fmt: skip
    same(trips, "Which couriers log more trips than the average courier?",
         _above('FROM "DispatchLog" d JOIN "Couriers" c ON d."CourierId" = c."CourierId"', 'c."CourierName"'))  # fmt: skip


def test_more_than_average_with_no_article(books: Db, trips: Db) -> None:
    same(trips, "Depots with more dispatches than average",
         _above('FROM "DispatchLog" d JOIN "Depots" p ON d."DepotId" = p."DepotId"', 'p."DepotName"'))  # fmt: skip
    same(books, "Branches with more loans than average",
         _above("FROM loan_log l JOIN members m ON l.member_id = m.member_id", "m.branch"))  # fmt: skip


def test_bigger_than_the_average_of_the_rows_said_again(books: Db, trips: Db) -> None:
    kept = 'd."IsFragile" AND year(d."DeliveredAt") = 2024'
    d = same(trips, "How many fragile trips in 2024 were bigger than the average fragile 2024 trip?",
             f'SELECT count(*) FROM "DispatchLog" d WHERE {kept} AND d."ChargeAmount" > '
             f'(SELECT avg("ChargeAmount") FROM "DispatchLog" d WHERE {kept})')  # fmt: skip
    assert "other conditions keep" in " ".join(d.thoughts)
    kept = "is_late AND year(lent_on) = 2024"
    same(books, "How many late loans in 2024 were bigger than the average late 2024 loan?",
         f"SELECT count(*) FROM loan_log WHERE {kept} AND fee > (SELECT avg(fee) FROM loan_log WHERE {kept})")  # fmt: skip


def test_bigger_than_the_average_with_nothing_said_again_is_over_every_row(trips: Db) -> None:
    same(trips, "How many fragile trips were bigger than the average trip?",
         'SELECT count(*) FROM "DispatchLog" WHERE "IsFragile" AND "ChargeAmount" > '
         '(SELECT avg("ChargeAmount") FROM "DispatchLog")')  # fmt: skip
