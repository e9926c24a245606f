"""Date ranges as people write them ("the third quarter of 2024", "2024-06-01 through 2024-08-31", "27–31 Dec 2023",
"the last three months of 2023") and two periods set against each other ("Q4 2022 vs Q4 2023", "the first half of
2024 compared with the first half of 2023"), on the order desk (DATE columns) and the help desk (TIMESTAMP columns)
of `time_catalogs`."""

from __future__ import annotations

from backend.agents.builtin.charts import choose_chart
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.time_catalogs import help_desk, order_desk

desk = catalog_fixture(order_desk)
tickets = catalog_fixture(help_desk)


def test_a_quarter_written_as_an_ordinal(desk: Db, tickets: Db) -> None:
    same(desk, "total revenue in the third quarter of 2024",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN '2024-07-01' AND '2024-09-30'")  # fmt: skip
    same(tickets, "how many tickets were opened in the last quarter of 2023",
         """SELECT count(*) FROM "Tickets" WHERE "openedAt" >= '2023-10-01' AND "openedAt" < '2024-01-01'""")  # fmt: skip


def test_iso_days_through_iso_days(desk: Db, tickets: Db) -> None:
    same(desk, "total revenue 2024-06-01 through 2024-08-31",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN '2024-06-01' AND '2024-08-31'")  # fmt: skip
    same(tickets, "number of tickets from 2024-02-10 to 2024-02-20",
         """SELECT count(*) FROM "Tickets" WHERE "openedAt" >= '2024-02-10' AND "openedAt" < '2024-02-21'""")  # fmt: skip


def test_days_written_before_their_month(desk: Db, tickets: Db) -> None:
    same(desk, "total revenue 27–31 Dec 2023",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN '2023-12-27' AND '2023-12-31'")  # fmt: skip
    same(tickets, "how many tickets from 3 to 9 March 2024",
         """SELECT count(*) FROM "Tickets" WHERE "openedAt" >= '2024-03-03' AND "openedAt" < '2024-03-10'""")  # fmt: skip


def test_the_first_or_last_months_of_a_named_year(desk: Db, tickets: Db) -> None:
    same(desk, "total revenue in the last three months of 2023",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN '2023-10-01' AND '2023-12-31'")  # fmt: skip
    same(tickets, "how many tickets in the first two months of 2024",
         """SELECT count(*) FROM "Tickets" WHERE "openedAt" >= '2024-01-01' AND "openedAt" < '2024-03-01'""")  # fmt: skip


def test_the_same_period_of_two_years_is_one_row_each(desk: Db, tickets: Db) -> None:
    d = same(desk, "compare revenue in Q4 2022 with Q4 2023",
             """SELECT date_trunc('quarter', ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr
             WHERE quarter(ord_placed_dt) = 4 AND year(ord_placed_dt) IN (2022, 2023) GROUP BY 1""")  # fmt: skip
    assert d.chart.chart_type == "bar"
    same(desk, "revenue in the first half of 2024 compared with the first half of 2023",
         """SELECT date_trunc('year', ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr
         WHERE month(ord_placed_dt) <= 6 AND year(ord_placed_dt) IN (2023, 2024) GROUP BY 1""")  # fmt: skip
    d = same(tickets, "how many tickets in January 2024, compared with January 2023",
             """SELECT date_trunc('month', "openedAt"), count(*) FROM "Tickets"
             WHERE month("openedAt") = 1 AND year("openedAt") IN (2023, 2024) GROUP BY 1""")  # fmt: skip
    assert d.chart.chart_type == "bar"
    # Two quarters of one year are two quarters, too; two halves are told apart by their years.
    same(tickets, "number of tickets Q1 vs Q2 2024",
         """SELECT date_trunc('quarter', "openedAt"), count(*) FROM "Tickets"
         WHERE "openedAt" >= '2024-01-01' AND "openedAt" < '2024-07-01' GROUP BY 1""")  # fmt: skip


def test_ranges_that_already_read_keep_reading(desk: Db) -> None:
    d = answer(desk, "revenue between March and May 2023 by channel")
    assert "2023-03-01" in d.sql and "2023-06-01" in d.sql
    d = answer(desk, "revenue by channel 2022–2023")
    assert "2022-01-01" in d.sql and "2024-01-01" in d.sql


def test_compared_periods_stay_bars_once_their_rows_arrive(desk: Db, tickets: Db) -> None:
    # The chart is chosen again from the result, whose period column comes back as a date: still bar groups.
    for db, question in ((desk, "revenue 2022 vs 2023"), (tickets, "number of tickets Q1 vs Q2 2024")):
        d = answer(db, question)
        result = db[0].execute(d.sql)
        kinds = [(c[0], "temporal" if "DATE" in str(c[1]) or "TIMESTAMP" in str(c[1]) else "numeric")
                 for c in result.description or []]  # fmt: skip
        assert choose_chart(kinds, len(result.fetchall()), d.plan).chart_type == "bar"


def test_two_years_by_month_are_two_series_along_the_months(desk: Db, tickets: Db) -> None:
    d = same(desk, "revenue 2023 vs 2024 by month",
             """SELECT lpad(CAST(month(ord_placed_dt) AS VARCHAR), 2, '0') || ' ' || monthname(ord_placed_dt),
             date_trunc('year', ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr
             WHERE year(ord_placed_dt) IN (2023, 2024) GROUP BY 1, 2""")  # fmt: skip
    assert (d.chart.x, d.chart.series) == ("month_of_year", "year")
    d = same(tickets, "compare the number of tickets in 2023 and 2024 by quarter",
             """SELECT quarter("openedAt"), date_trunc('year', "openedAt"), count(*) FROM "Tickets"
             WHERE year("openedAt") IN (2023, 2024) GROUP BY 1, 2""")  # fmt: skip
    assert (d.chart.x, d.chart.series) == ("quarter_of_year", "year")
