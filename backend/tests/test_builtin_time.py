"""The built-in analyst on time and derived measures, each kind on two catalogs written for the test (an order desk in
abbreviated snake_case with DATEs, a help desk in camelCase with TIMESTAMPs): durations between two dates of a row,
cycles against timeline buckets, period over period, ranges relative to the data's last date, and the row's own
start date for "new X"."""

from __future__ import annotations

import duckdb

from backend.agents.builtin.sql_builder import build_sql
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, same
from backend.tests.time_catalogs import help_desk, order_desk

desk = catalog_fixture(order_desk)
tickets = catalog_fixture(help_desk)


# Durations between two dates of one row.


def test_days_between_two_named_dates_per_group(desk: Db, tickets: Db) -> None:
    same(desk, "average number of days between order placement and delivery by channel",
         "SELECT ord_chnl_cd, avg(date_diff('day', ord_placed_dt, ord_delivered_dt)) FROM ord_hdr GROUP BY 1")  # fmt: skip
    # Between two timestamps the hours keep their fraction (90 minutes are 1.5 hours, not 1 or 2).
    same(tickets, "mean hours from opening to first reply by team",
         """SELECT "teamName", avg(epoch("firstReplyAt" - "openedAt") / 3600) FROM "Tickets" GROUP BY 1""")  # fmt: skip


def test_how_long_and_time_to_count_from_the_rows_first_event(desk: Db, tickets: Db) -> None:
    d = same(desk, "how long does delivery take on average",
             "SELECT avg(date_diff('day', ord_placed_dt, ord_delivered_dt)) FROM ord_hdr")  # fmt: skip
    assert any("ord_placed_dt" in t.replace(" ", "_") or "placed" in t for t in d.thoughts), d.thoughts
    same(desk, "median days to ship by channel",
         "SELECT ord_chnl_cd, median(date_diff('day', ord_placed_dt, ord_shipped_dt)) FROM ord_hdr GROUP BY 1")  # fmt: skip
    same(tickets, "average time to resolve tickets by month",
         """SELECT date_trunc('month', "openedAt"), avg(epoch("resolvedAt" - "openedAt") / 86400) FROM "Tickets"
         GROUP BY 1""")  # fmt: skip


def test_a_duration_is_written_for_every_engine_dialect(tickets: Db) -> None:
    d = answer(tickets, "average hours between opening and first reply by priority")
    assert d.plan.measures[0].unit == "hour"
    spark = build_sql(d.plan, tickets[1], "spark")
    # microseconds over 3.6e9: hours with their fraction, down to the readings' fractions of a second
    assert "DATEDIFF(MICROSECOND" in spark.upper().replace(" ", ""), spark
    mysql = build_sql(d.plan, tickets[1], "mysql")
    assert "TIMESTAMPDIFF(MICROSECOND" in mysql.upper().replace(" ", ""), mysql  # MySQL's DATEDIFF counts days only
    assert "EPOCH" in build_sql(d.plan, tickets[1], "postgres").upper()


# Cycles against timeline buckets.


def test_hour_of_day_is_a_cycle_of_every_days_hours(tickets: Db, desk: Db) -> None:
    d = same(tickets, "tickets by hour of the day",
             """SELECT hour("openedAt"), count(*) FROM "Tickets" GROUP BY 1""")  # fmt: skip
    assert d.chart.chart_type == "bar"
    same(tickets, "average cost by hour", """SELECT hour("openedAt"), avg("costUsd") FROM "Tickets" GROUP BY 1""")
    # A DATE has no hour: the order desk answers by day of week and quarter of the year instead.
    same(desk, "revenue by quarter of the year",
         "SELECT quarter(ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr GROUP BY 1")  # fmt: skip
    same(
        tickets, "tickets per quarter of the year", """SELECT quarter("openedAt"), count(*) FROM "Tickets" GROUP BY 1"""
    )


def test_busiest_hour_ranks_the_hours_by_rows(tickets: Db) -> None:
    d = answer(tickets, "busiest hour of the day for tickets")
    rows = tickets[0].execute(d.sql).fetchall()
    gold = tickets[0].execute('SELECT hour("openedAt") h FROM "Tickets" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    assert rows[0][0] == gold.fetchone()[0], d.sql  # type: ignore[index]


def test_weekly_trend_is_a_timeline_not_a_cycle(desk: Db, tickets: Db) -> None:
    d = same(
        desk, "weekly trend of orders", "SELECT date_trunc('week', ord_placed_dt), count(*) FROM ord_hdr GROUP BY 1"
    )
    assert d.chart.chart_type == "line"
    same(
        tickets,
        "tickets by quarter",
        """SELECT date_trunc('quarter', "openedAt"), count(*) FROM "Tickets" GROUP BY 1""",
    )


# Period over period.


def test_year_over_year_is_per_year_with_its_change_when_asked(desk: Db, tickets: Db) -> None:
    same(
        desk,
        "revenue year over year",
        "SELECT date_trunc('year', ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr GROUP BY 1",
    )
    d = covers(desk, "year over year growth of revenue",
               """SELECT date_trunc('year', ord_placed_dt) y, sum(ord_rev_amt), 100.0 * (sum(ord_rev_amt) - lag(sum(ord_rev_amt))
               OVER (ORDER BY date_trunc('year', ord_placed_dt))) / lag(sum(ord_rev_amt)) OVER (ORDER BY date_trunc('year', ord_placed_dt))
               FROM ord_hdr GROUP BY 1""")  # fmt: skip
    assert any(m.change == "pct" for m in d.plan.measures)
    covers(tickets, "tickets month over month change",
           """SELECT date_trunc('month', "openedAt"), count(*), count(*) - lag(count(*)) OVER (ORDER BY
           date_trunc('month', "openedAt")) FROM "Tickets" GROUP BY 1""")  # fmt: skip


def test_percentage_change_by_month(tickets: Db) -> None:
    covers(tickets, "percentage change in ticket cost by month",
           """SELECT date_trunc('month', "openedAt"), 100.0 * (sum("costUsd") - lag(sum("costUsd")) OVER (ORDER BY
           date_trunc('month', "openedAt"))) / lag(sum("costUsd")) OVER (ORDER BY date_trunc('month', "openedAt"))
           FROM "Tickets" GROUP BY 1""")  # fmt: skip


# Ranges.


def test_a_range_with_a_grouping_adds_no_time_axis(desk: Db, tickets: Db) -> None:
    same(desk, "orders placed from March to May 2024 by channel",
         """SELECT ord_chnl_cd, count(*) FROM ord_hdr WHERE ord_placed_dt >= DATE '2024-03-01'
         AND ord_placed_dt < DATE '2024-06-01' GROUP BY 1""")  # fmt: skip
    same(tickets, "tickets opened in 2023-2024 per team",
         """SELECT "teamName", count(*) FROM "Tickets" WHERE "openedAt" >= DATE '2023-01-01'
         AND "openedAt" < DATE '2025-01-01' GROUP BY 1""")  # fmt: skip


def test_open_ended_ranges(desk: Db, tickets: Db) -> None:
    same(desk, "monthly revenue from 2024 onwards",
         """SELECT date_trunc('month', ord_placed_dt), sum(ord_rev_amt) FROM ord_hdr
         WHERE ord_placed_dt >= DATE '2024-01-01' GROUP BY 1""")  # fmt: skip
    same(
        tickets,
        "number of tickets before 2024",
        """SELECT count(*) FROM "Tickets" WHERE "openedAt" < DATE '2024-01-01'""",
    )
    same(desk, "total revenue in the second half of 2023",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN DATE '2023-07-01' AND DATE '2023-12-31'")  # fmt: skip


def test_a_month_without_a_year_is_its_latest_one_in_the_data(desk: Db, tickets: Db) -> None:
    # The order desk ends in September 2024: "since November" is November 2023, not a November still to come.
    last = desk[0].execute("SELECT max(ord_placed_dt) FROM ord_hdr").fetchone()[0]  # type: ignore[index]
    assert (last.year, last.month) == (2024, 9)
    same(desk, "total revenue since November",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt >= DATE '2023-11-01'")  # fmt: skip
    last = tickets[0].execute('SELECT max("openedAt") FROM "Tickets"').fetchone()[0]  # type: ignore[index]
    same(tickets, "number of tickets in December",
         f"""SELECT count(*) FROM "Tickets" WHERE "openedAt" >= DATE '{last.year - 1}-12-01'
         AND "openedAt" < DATE '{last.year}-01-01'""")  # fmt: skip


def test_relative_ranges_count_back_from_the_datas_last_date_and_say_so(desk: Db, tickets: Db) -> None:
    d = answer(desk, "revenue by channel in the last 6 months")
    assert any("2024-09" in t and "latest" in t for t in d.thoughts), d.thoughts
    same(desk, "revenue by channel in the last 6 months",
         """SELECT ord_chnl_cd, sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt >= DATE '2024-03-01'
         AND ord_placed_dt < DATE '2024-09-01' GROUP BY 1""")  # fmt: skip
    d = answer(tickets, "tickets YTD by priority")
    assert any("latest" in t for t in d.thoughts), d.thoughts


# "New X": the date a row starts at, never a birth date.


def test_new_rows_per_period_use_the_start_date_not_a_birth_date(desk: Db, tickets: Db) -> None:
    same(desk, "new customers each year", "SELECT date_trunc('year', cust_since_dt), count(*) FROM cust GROUP BY 1")
    same(tickets, "new agents per year", """SELECT date_trunc('year', "hiredOn"), count(*) FROM "Agents" GROUP BY 1""")
    same(desk, "customers by month", "SELECT date_trunc('month', cust_since_dt), count(*) FROM cust GROUP BY 1")


# A measure against a date.


def test_a_measure_versus_a_date_is_a_scatter_of_rows_with_the_date_on_x(desk: Db, tickets: Db) -> None:
    d = same(tickets, "agent salary versus hire date", 'SELECT "hiredOn", "salaryUsd" FROM "Agents"')
    assert d.chart.chart_type == "scatter" and d.chart.x == "hiredOn" and d.chart.y == ["salaryUsd"]
    d = same(
        desk, "scatter plot of order revenue against placed date", "SELECT ord_placed_dt, ord_rev_amt FROM ord_hdr"
    )
    assert d.chart.chart_type == "scatter" and d.chart.x == "ord_placed_dt"


def test_days_before_an_event_count_from_the_rows_first_date(desk: Db, tickets: Db) -> None:
    same(desk, "average number of days orders wait before being shipped, by channel",
         "SELECT ord_chnl_cd, avg(date_diff('day', ord_placed_dt, ord_shipped_dt)) FROM ord_hdr GROUP BY 1")  # fmt: skip
    same(tickets, "average hours tickets stay open until resolved",
         """SELECT avg(date_diff('hour', "openedAt", "resolvedAt")) FROM "Tickets\"""")  # fmt: skip


def test_ranges_of_days_written_as_month_and_day(desk: Db, tickets: Db) -> None:
    same(desk, "total revenue between October 1 and December 31, 2023",
         "SELECT sum(ord_rev_amt) FROM ord_hdr WHERE ord_placed_dt BETWEEN DATE '2023-10-01' AND DATE '2023-12-31'")  # fmt: skip
    same(tickets, "number of tickets since March 15, 2024",
         """SELECT count(*) FROM "Tickets" WHERE "openedAt" >= DATE '2024-03-15'""")  # fmt: skip


# Derived measures.


def test_difference_between_the_highest_and_lowest_is_the_range(desk: Db, tickets: Db) -> None:
    same(desk, "difference between the highest and lowest revenue per channel",
         "SELECT ord_chnl_cd, max(ord_rev_amt) - min(ord_rev_amt) FROM ord_hdr GROUP BY 1")  # fmt: skip
    same(tickets, "gap between the highest and the lowest cost by team",
         """SELECT "teamName", max("costUsd") - min("costUsd") FROM "Tickets" GROUP BY 1""")  # fmt: skip


def test_running_totals_and_shares_along_time(desk: Db, tickets: Db) -> None:
    same(desk, "cumulative revenue by month in 2023",
         """SELECT date_trunc('month', ord_placed_dt), sum(sum(ord_rev_amt)) OVER (ORDER BY date_trunc('month',
         ord_placed_dt)) FROM ord_hdr WHERE year(ord_placed_dt) = 2023 GROUP BY 1""")  # fmt: skip
    same(tickets, "running total of tickets by quarter",
         """SELECT date_trunc('quarter', "openedAt"), sum(count(*)) OVER (ORDER BY date_trunc('quarter', "openedAt"))
         FROM "Tickets" GROUP BY 1""")  # fmt: skip
    covers(desk, "share of revenue by channel",
           "SELECT ord_chnl_cd, 100.0 * sum(ord_rev_amt) / sum(sum(ord_rev_amt)) OVER () FROM ord_hdr GROUP BY 1")  # fmt: skip
    covers(tickets, "share of cost by team",
           """SELECT "teamName", 100.0 * sum("costUsd") / sum(sum("costUsd")) OVER () FROM "Tickets" GROUP BY 1""")  # fmt: skip
    same(desk, "revenue minus cost by channel",
         "SELECT ord_chnl_cd, sum(ord_rev_amt - ord_cost_amt) FROM ord_hdr GROUP BY 1")  # fmt: skip


# A trend runs along what happened to the row, never along a date it was planned or promised for.
def test_a_planned_date_is_no_main_date_of_its_table() -> None:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Shipments"("shipmentId" INTEGER, "promisedDate" DATE, "shippedAt" TIMESTAMP, "weightKg" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Shipments" SELECT i, DATE '2024-03-01' + CAST(i % 40 AS INTEGER),
        TIMESTAMP '2024-01-01 09:00' + i * INTERVAL 7 HOUR, 1 + i % 30 FROM range(600) t(i)"""
    )
    con.execute("CREATE TABLE invoice(invoice_id INTEGER, due_date DATE, invoice_date DATE, amount DOUBLE)")
    con.execute(
        """INSERT INTO invoice SELECT i, DATE '2024-02-01' + CAST(i AS INTEGER), DATE '2024-01-01' + CAST(i AS INTEGER),
        10 + i % 70 FROM range(300) t(i)"""
    )
    db = (con, build_catalog(con))
    assert '"shippedAt"' in answer(db, "shipments per month").sql.split("FROM")[0]
    assert "invoice_date" in answer(db, "total invoice amount by month").sql.split("FROM")[0]
    # Asked by name, a planned date is still the axis.
    assert '"promisedDate"' in answer(db, "shipments by promised date month").sql.split("FROM")[0]
