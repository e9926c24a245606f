"""What follows a ranking's "by" ranks the noun counted off before it ("top 5 members by books returned", "top 3
depots by deliveries in 2024", "top 5 couriers by fragile weight"), whatever it names: a key of another table is
the rows counted, a date is the event counted (its year a filter on that date, no time axis), a yes/no is a filter,
never a second grouping or a series; a noun only a column's comment says ("number of visits" beside a review
left "after the visit") counts the rows. On catalogs written for the test (`ranking_by_catalogs.py`): a snake_case
lending library, a PascalCase courier dispatch log and a camelCase clinic rota."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.ranking_by_catalogs import dispatch, library, rota

books = catalog_fixture(library)
trips = catalog_fixture(dispatch)
shifts = catalog_fixture(rota)

_BY_MEMBER = "FROM loan_log l JOIN members m ON l.member_id = m.member_id"
_BY_COURIER = 'FROM "DispatchLog" d JOIN "Couriers" c ON d."CourierId" = c."CourierId"'


def test_a_key_after_by_is_the_rows_counted_not_a_grouping(books: Db, trips: Db) -> None:
    d = same(books, "top 5 members by number of books borrowed",
             f"SELECT m.full_name, count(*) AS n {_BY_MEMBER} GROUP BY 1 ORDER BY n DESC LIMIT 5")  # fmt: skip
    assert "kind_name" not in d.sql
    same(trips, "top 3 couriers by number of trips logged",
         f'SELECT c."CourierName", count(*) AS n {_BY_COURIER} GROUP BY 1 ORDER BY n DESC LIMIT 3')  # fmt: skip


def test_a_participle_after_the_counted_noun_keeps_the_rows_it_happened_to(books: Db, trips: Db, shifts: Db) -> None:
    same(books, "top 5 members by books returned",
         f"SELECT m.full_name, count(*) AS n {_BY_MEMBER} WHERE l.returned_on IS NOT NULL GROUP BY 1 "
         "ORDER BY n DESC LIMIT 5")  # fmt: skip
    same(trips, "top 5 couriers by trips delivered",
         f'SELECT c."CourierName", count(*) AS n {_BY_COURIER} WHERE d."DeliveredAt" IS NOT NULL GROUP BY 1 '
         "ORDER BY n DESC LIMIT 5")  # fmt: skip
    same(shifts, "top 5 doctors by shifts worked",
         'SELECT d."doctorName", count(*) AS n FROM "rosterEntries" e JOIN doctors d ON e."doctorId" = d."doctorId" '
         "GROUP BY 1 ORDER BY n DESC LIMIT 5")  # fmt: skip


def test_a_date_after_by_is_the_event_counted_in_the_year_asked(books: Db, trips: Db) -> None:
    d = same(books, "top 3 branches by returns in 2024",
             f"SELECT m.branch, count(*) AS n {_BY_MEMBER} WHERE year(l.returned_on) = 2024 GROUP BY 1 "
             "ORDER BY n DESC LIMIT 3")  # fmt: skip
    assert d.chart.chart_type == "bar"
    d = same(trips, "top 3 depots by deliveries in 2024",
             'SELECT p."DepotName", count(*) AS n FROM "DispatchLog" d JOIN "Depots" p ON d."DepotId" = p."DepotId" '
             'WHERE year(d."DeliveredAt") = 2024 GROUP BY 1 ORDER BY n DESC LIMIT 3')  # fmt: skip
    assert d.chart.chart_type == "bar"


def test_a_yes_no_after_by_is_a_filter(books: Db, trips: Db) -> None:
    d = same(books, "top 5 members by late loans",
             f"SELECT m.full_name, count(*) AS n {_BY_MEMBER} WHERE l.is_late GROUP BY 1 ORDER BY n DESC LIMIT 5")  # fmt: skip
    assert d.chart.series is None
    same(trips, "top 5 couriers by fragile weight",
         f'SELECT c."CourierName", avg(d."WeightKg") AS w {_BY_COURIER} WHERE d."IsFragile" GROUP BY 1 '
         "ORDER BY w DESC LIMIT 5")  # fmt: skip


def test_a_grouping_named_after_a_second_by_still_groups(books: Db) -> None:
    d = answer(books, "number of loans by branch")
    assert "branch" in d.sql and "LIMIT 5" not in d.sql


def test_a_noun_only_a_columns_comment_says_is_the_rows_counted(books: Db, trips: Db) -> None:
    # "number of visits" where only the comment of a review column says "visit": the visits are the rows, not the
    # reviews left (COUNT of the column would drop the rows with none)
    same(books, "number of visits per branch", f"SELECT m.branch, count(*) {_BY_MEMBER} GROUP BY 1")
    same(trips, "number of handovers per depot",
         'SELECT p."DepotName", count(*) FROM "DispatchLog" d JOIN "Depots" p ON d."DepotId" = p."DepotId" GROUP BY 1')  # fmt: skip
    same(trips, "top 5 couriers by # of handovers",
         f'SELECT c."CourierName", count(*) AS n {_BY_COURIER} GROUP BY 1 ORDER BY n DESC LIMIT 5')  # fmt: skip
