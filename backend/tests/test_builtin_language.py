"""Kinds of wording the built-in analyst reads on catalogs it has never seen (`language_catalogs.py`: a mail-order
shop in abbreviated snake_case with declared keys, and a repair workshop's spreadsheet with Title Case headers and no
keys): yes/no columns as conditions, dates of one row compared with each other, events that did not happen, and
listings of rows that do not start with which/what/list."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin.catalog_index import build_index, singular
from backend.agents.builtin.lexicon import tokenize
from backend.agents.builtin.models import Intent
from backend.agents.builtin.spelling import normalise_tokens
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.language_catalogs import mail_shop, workshop
from backend.tests.time_catalogs import help_desk

shop = catalog_fixture(mail_shop)
garage = catalog_fixture(workshop)


JOBS = '"Repair Jobs"'


# Yes/no columns (BOOLEAN, Y/N, Yes/No, 0/1) named as a property of the rows are a condition, not a grouping.
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how many discontinued products", "SELECT COUNT(*) FROM prod WHERE discontinued"),
        ("number of gift wrapped orders", "SELECT COUNT(*) FROM ord WHERE gift_wrap_flg = 'Y'"),
        ("how many orders were not returned", "SELECT COUNT(*) FROM ord WHERE NOT is_returned"),
        ("share of returned orders", "SELECT 100.0 * AVG(CASE WHEN is_returned THEN 1 ELSE 0 END) FROM ord"),
        ("average order amount by returned", "SELECT is_returned, AVG(ord_amt) FROM ord GROUP BY is_returned"),
    ],
)
def test_yes_no_columns_of_a_snake_case_shop(shop: Db, question: str, gold: str) -> None:
    same(shop, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how many warranty jobs", f'SELECT COUNT(*) FROM {JOBS} WHERE "Warranty (0/1)" = 1'),
        (
            "percentage of jobs that were comebacks",
            f"""SELECT 100.0 * AVG(CASE WHEN "Comeback?" = 'Yes' THEN 1 ELSE 0 END) FROM {JOBS}""",
        ),
        (
            "jobs not under warranty by job type",
            f'SELECT "Job Type", COUNT(*) FROM {JOBS} WHERE "Warranty (0/1)" = 0 GROUP BY "Job Type"',
        ),
    ],
)
def test_yes_no_columns_of_a_spreadsheet(garage: Db, question: str, gold: str) -> None:
    same(garage, question, gold)


def test_a_yes_no_column_is_no_measure_nor_the_category_standing_for_its_table(garage: Db, shop: Db) -> None:
    d = answer(garage, "average invoice by mechanic id")
    assert all(m.column is None or m.column.column != "Warranty (0/1)" for m in d.plan.measures)
    d = answer(shop, "give me the 10 most recent orders")
    assert d.plan.kind == Intent.ROWS and not d.plan.dimensions, d.sql
    assert [(o.alias, o.desc) for o in d.plan.order] == [("ord_dt", True)] and d.plan.top_n == 10, d.sql
    assert len(shop[0].execute(d.sql).fetchall()) == 10


# An event date that is empty: "not shipped", "haven't been finished".
def test_events_that_did_not_happen(shop: Db, garage: Db) -> None:
    same(shop, "how many orders were not shipped", "SELECT COUNT(*) FROM ord WHERE ship_dt IS NULL")
    d = answer(garage, "repair jobs that haven't been finished")
    assert d.plan.kind == Intent.ROWS
    assert (
        len(rows(garage[0], d.sql))
        == garage[0].execute(f'SELECT COUNT(*) FROM {JOBS} WHERE "Finished" IS NULL').fetchone()[0]
    )  # type: ignore[index]


# Two dates of one row compared: "after the due date", "late", "before the promised date".
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how many orders were shipped after their due date", "SELECT COUNT(*) FROM ord WHERE ship_dt > due_dt"),
        ("number of orders shipped before the due date by month", None),
        (
            "what percentage of shipped orders went out after the due date?",
            "SELECT 100.0 * AVG(CASE WHEN ship_dt > due_dt THEN 1 ELSE 0 END) FROM ord WHERE ship_dt IS NOT NULL",
        ),
    ],
)
def test_dates_of_a_row_compared_in_a_shop(shop: Db, question: str, gold: str | None) -> None:
    if gold is None:
        d = answer(shop, question)
        assert any(f.than_column is not None and f.op == "<" for f in d.plan.filters), d.sql
        assert d.plan.dimensions and d.plan.dimensions[0].bucket == "month", d.sql
        return
    same(shop, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how many late jobs", f'SELECT COUNT(*) FROM {JOBS} WHERE "Finished" > "Promised"'),
        ("how many jobs were finished before the promised date", f'SELECT COUNT(*) FROM {JOBS} WHERE "Finished" < "Promised"'),
        ("late jobs per job type", f'SELECT "Job Type", COUNT(*) FROM {JOBS} WHERE "Finished" > "Promised" GROUP BY 1'),
    ],
)  # fmt: skip
def test_dates_of_a_row_compared_in_a_spreadsheet(garage: Db, question: str, gold: str) -> None:
    same(garage, question, gold)


# Listings that do not start with which/what/list; a condition makes the answer every matching row, not a preview.
def test_listings_worded_as_requests_or_noun_phrases(shop: Db, garage: Db) -> None:
    d = answer(shop, "show me all orders over 500 from March 2024")
    assert d.plan.kind == Intent.ROWS, d.sql
    want = (
        shop[0]
        .execute(
            "SELECT COUNT(*) FROM ord WHERE ord_amt > 500 AND ord_dt >= DATE '2024-03-01' AND ord_dt < DATE '2024-04-01'"
        )
        .fetchone()
    )
    assert want is not None and len(shop[0].execute(d.sql).fetchall()) == want[0]
    d = answer(garage, "jobs booked in May 2023 with an invoice over 600")
    assert d.plan.kind == Intent.ROWS, d.sql
    want = (
        garage[0]
        .execute(
            f"SELECT COUNT(*) FROM {JOBS} WHERE \"Invoice (£)\" > 600 AND \"Booked In\" BETWEEN DATE '2023-05-01' AND DATE '2023-05-31'"
        )
        .fetchone()
    )
    assert want is not None and len(garage[0].execute(d.sql).fetchall()) == want[0]
    d = answer(garage, "show Leeds clients")
    assert d.plan.kind == Intent.ROWS and any(f.values == ["Leeds"] for f in d.plan.filters), d.sql


def test_a_bare_date_range_on_a_measure_stays_a_trend(shop: Db) -> None:
    d = answer(shop, "show revenue in 2024")
    assert d.plan.kind == Intent.AGGREGATE and d.plan.dimensions, d.sql


# A ratio per entity: the total over the number of distinct entities, when an average is asked or another grouping
# remains; a plain total "per customer" stays one bar per customer.
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("average order amount per customer", "SELECT SUM(ord_amt) / COUNT(DISTINCT cust_id) FROM ord"),
        (
            "average number of orders per customer by state",
            # every customer of the state counts, one with no order as 0
            "SELECT cust_st, AVG(COALESCE(n, 0)) FROM cust c LEFT JOIN (SELECT cust_id, COUNT(*) AS n FROM ord "
            "GROUP BY cust_id) o ON o.cust_id = c.cust_id GROUP BY cust_st",
        ),
        (
            "revenue per employee by gift wrap flag",
            "SELECT gift_wrap_flg, SUM(ord_amt) / COUNT(DISTINCT staff_id) FROM ord GROUP BY gift_wrap_flg",
        ),
        (
            "total order amount per customer",
            "SELECT cust_nm, SUM(ord_amt) FROM ord JOIN cust USING (cust_id) GROUP BY 1",
        ),
    ],
)
def test_ratios_per_entity_in_a_shop(shop: Db, question: str, gold: str) -> None:
    same(shop, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("average invoice per client", f'SELECT SUM("Invoice (£)") / COUNT(DISTINCT "Client ID") FROM {JOBS}'),
        (
            "average labour hours per mechanic by job type",
            f'SELECT "Job Type", SUM("Labour Hours") / COUNT(DISTINCT "Mechanic ID") FROM {JOBS} GROUP BY 1',
        ),
    ],
)
def test_ratios_per_entity_in_a_spreadsheet(garage: Db, question: str, gold: str) -> None:
    same(garage, question, gold)


# Spelling correction rewrites unknown words only: a real word built like one ("resolution", "teaches", "hired")
# is left as written, a typo of a catalog or analysis word is corrected.
@pytest.mark.parametrize(
    ("question", "kept", "fixed"),
    [
        ("average resolution time by team", "resolution", None),
        ("number of tickets each agent resolved", "resolved", None),
        ("averge cost per ticket", "cost", "average"),
        ("break it down by priority", "break", None),
    ],
)
def test_spelling_leaves_real_words_alone(question: str, kept: str, fixed: str | None) -> None:
    idx = build_index(build_catalog(help_desk()))
    words = [t.lower for t in normalise_tokens(tokenize(question), idx)]
    assert kept in words and (fixed is None or fixed in words), words


def test_a_resolution_time_is_the_time_to_resolve(garage: Db) -> None:
    con = help_desk()
    desk: Db = (con, build_catalog(con))
    d = same(
        desk,
        "average resolution time by team",
        'SELECT "teamName", AVG(epoch("resolvedAt" - "openedAt") / 86400) FROM "Tickets" GROUP BY 1',
    )
    assert d.chart.chart_type == "bar" and not any(x.bucket for x in d.plan.dimensions)
    same(
        garage,
        "how many jobs were finished later than promised",
        f'SELECT COUNT(*) FROM {JOBS} WHERE "Finished" > "Promised"',
    )


def test_a_histogram_of_a_parent_column_has_bins_of_its_range(shop: Db) -> None:
    d = answer(shop, "histogram of unit price of products ordered")
    assert d.plan.kind == Intent.HISTOGRAM and d.plan.bin_width is not None, d.sql


# A count is named after the noun as the question and the catalog write it, never after a stem ("movy_count").
@pytest.mark.parametrize(
    ("question", "alias"),
    [
        ("how many orders per state", "order_count"),
        ("count of customers by state", "customer_count"),
        ("number of products by prod cat", "product_count"),
    ],
)
def test_counts_are_named_after_the_noun_as_written(shop: Db, question: str, alias: str) -> None:
    assert answer(shop, question).plan.measures[0].alias == alias


def test_a_plural_in_ies_takes_the_singular_the_catalog_writes() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE movies(movie_title VARCHAR, studio_category VARCHAR, gross DOUBLE)")
    con.execute("INSERT INTO movies VALUES ('A', 'Indie', 1), ('B', 'Major', 2)")
    con.execute("CREATE TABLE cookies(batch_no INTEGER, flavour VARCHAR)")
    con.execute("INSERT INTO cookies VALUES (1, 'Oat'), (2, 'Rye')")
    idx = build_index(build_catalog(con))
    assert [singular(idx, w) for w in ("movies", "categories", "cookies", "statuses", "boxes", "orders")] == [
        "movie", "category", "cookies", "status", "box", "order",
    ]  # fmt: skip
    assert answer((con, idx.catalog), "how many movies").plan.measures[0].alias == "movie_count"


# Aggregates listed with commas ("min, average and max"): the tokens keep no comma, the question does.
def test_aggregates_listed_with_commas(shop: Db, garage: Db) -> None:
    same(
        garage,
        "min, average and max invoice by job type",
        f'SELECT "Job Type", MIN("Invoice (£)"), AVG("Invoice (£)"), MAX("Invoice (£)") FROM {JOBS} GROUP BY 1',
    )
    same(
        shop,
        "lowest, highest and average unit price by prod cat",
        "SELECT prod_cat, MIN(unit_price), MAX(unit_price), AVG(unit_price) FROM prod GROUP BY 1",
    )


# A word that heads several values of one column names all of them: "leaves" for paid and unpaid leave.
def test_a_word_heading_several_values_names_them_all() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE lv_req(req_id INTEGER, req_dt DATE, lv_cd VARCHAR)")
    con.execute("COMMENT ON COLUMN lv_req.lv_cd IS 'P = paid leave, U = unpaid leave, S = sick day'")
    con.execute(
        "INSERT INTO lv_req SELECT i, DATE '2024-01-01' + CAST(i AS INTEGER), ['P', 'U', 'S'][1 + i % 3] "
        "FROM range(300) t(i)"
    )
    same((con, build_catalog(con)), "how many leaves per month", "SELECT date_trunc('month', req_dt), COUNT(*) "
         "FROM lv_req WHERE lv_cd IN ('P', 'U') GROUP BY 1")  # fmt: skip
    con = duckdb.connect()
    con.execute('CREATE TABLE "Jobs"("jobId" INTEGER, "jobKind" VARCHAR, "hours" DOUBLE)')
    con.execute(
        """INSERT INTO "Jobs" SELECT i, ['Roof repair', 'Boiler repair', 'Inspection'][1 + i % 3], i % 7
        FROM range(90) t(i)"""
    )
    same(
        (con, build_catalog(con)),
        "total hours of repairs",
        """SELECT SUM(hours) FROM "Jobs" WHERE "jobKind" LIKE '%repair'""",
    )


# "What time of day": the hour of the day, the words consumed (no date column read from "time" or "day").
def test_time_of_day_is_the_hour_of_the_day() -> None:
    con = help_desk()
    same((con, build_catalog(con)), "what time of day are tickets opened",
         'SELECT hour("openedAt"), COUNT(*) FROM "Tickets" GROUP BY 1')  # fmt: skip
    con = duckdb.connect()
    con.execute("CREATE TABLE door_log(entry_ts TIMESTAMP, badge_no INTEGER, gate VARCHAR)")
    con.execute(
        "INSERT INTO door_log SELECT TIMESTAMP '2024-03-01 06:00' + i * INTERVAL 37 MINUTE, i % 50, ['N', 'S'][1 + i % 2] "
        "FROM range(2000) t(i)"
    )
    same(
        (con, build_catalog(con)),
        "entries by time of the day",
        "SELECT hour(entry_ts), COUNT(*) FROM door_log GROUP BY 1",
    )


# A column whose words are all the table's own name is the table, not a grouping: "job revenue by month".
def test_a_column_named_like_its_table_is_no_grouping(garage: Db) -> None:
    d = answer(garage, "job revenue by month")
    assert [x.bucket for x in d.plan.dimensions] == ["month"], d.sql


# A value written with digits and a dash ("2023-24", a season or fiscal year) is that value, not a range of years.
def test_a_value_with_digits_and_a_dash_is_no_date_range() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE fixture(season VARCHAR, home_goals INTEGER, played_on DATE)")
    con.execute(
        "INSERT INTO fixture SELECT ['2022-23', '2023-24'][1 + i % 2], i % 5, DATE '2022-08-01' + CAST(i AS INTEGER) "
        "FROM range(600) t(i)"
    )
    same(
        (con, build_catalog(con)),
        "total home goals in 2023-24",
        "SELECT SUM(home_goals) FROM fixture WHERE season = '2023-24'",
    )
    con = duckdb.connect()
    con.execute('CREATE TABLE "Budget Lines"("Fiscal Year" VARCHAR, "Dept" VARCHAR, "Amount ($)" DOUBLE)')
    con.execute(
        """INSERT INTO "Budget Lines" SELECT ['2023-2024', '2024-2025'][1 + i % 2], ['Ops', 'IT'][1 + i % 2], i
        FROM range(40) t(i)"""
    )
    same((con, build_catalog(con)), "amount by dept for 2024-2025",
         """SELECT "Dept", SUM("Amount ($)") FROM "Budget Lines" WHERE "Fiscal Year" = '2024-2025' GROUP BY 1""")  # fmt: skip


# A grouping by a nullable number (a route, a floor) leaves the rows without one out, as for text groupings.
def test_a_nullable_number_grouping_has_no_null_bar() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE pupil(pupil_id INTEGER, bus_route_no INTEGER, yr_grp VARCHAR)")
    con.execute(
        "INSERT INTO pupil SELECT i, CASE WHEN i % 4 > 0 THEN i % 9 END, ['Y7', 'Y8'][1 + i % 2] FROM range(200) t(i)"
    )
    same((con, build_catalog(con)), "number of pupils per bus route no",
         "SELECT bus_route_no, COUNT(*) FROM pupil WHERE bus_route_no IS NOT NULL GROUP BY 1")  # fmt: skip
