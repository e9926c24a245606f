"""Rows of a table counted per parent row through a foreign key, the key's role named by a word of its family
("referrals" ↔ referring_doctor_id, "checkers" ↔ checker_wrkr_id), a people word naming a table of people
("headcount"), a name spelled out where the catalog abbreviates it while a value holds the same word, and values
written with hyphens or in the plural — on two catalogs written for the test: a warehouse in abbreviated
snake_case and a lending library in camelCase."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.core.value_index import build_value_index
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def depot() -> Db:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE whse(whse_id INTEGER PRIMARY KEY, whse_nm VARCHAR, whse_rgn_cd VARCHAR, whse_open_dt DATE)"
    )
    con.execute("COMMENT ON COLUMN whse.whse_rgn_cd IS 'N = north, S = south'")
    con.execute(
        """INSERT INTO whse SELECT i, 'Depot ' || chr(CAST(64 + i AS INTEGER)), CASE WHEN i % 2 = 0 THEN 'N' ELSE 'S' END,
        DATE '2001-01-01' + CAST(i * 400 AS INTEGER) FROM range(1, 7) t(i)"""
    )
    con.execute(
        "CREATE TABLE wrkr(wrkr_id INTEGER PRIMARY KEY, wrkr_full_nm VARCHAR, whse_id INTEGER REFERENCES whse(whse_id),"
        " wrkr_role_nm VARCHAR, wrkr_pay_amt DECIMAL(10,2), wrkr_term_dt DATE)"
    )
    con.execute(
        """INSERT INTO wrkr SELECT i, 'Worker ' || i, 1 + (i * i) % 6,
        ['Shift Lead', 'Picker', 'Packer'][1 + i % 3], 2000 + i * 10,
        CASE WHEN i % 4 = 0 THEN DATE '2024-01-01' + CAST(i AS INTEGER) END FROM range(1, 41) t(i)"""
    )
    con.execute(
        "CREATE TABLE pick(pick_id INTEGER PRIMARY KEY, whse_id INTEGER REFERENCES whse(whse_id), "
        "picker_wrkr_id INTEGER REFERENCES wrkr(wrkr_id), checker_wrkr_id INTEGER REFERENCES wrkr(wrkr_id), "
        "pick_ts TIMESTAMP, pick_qty INTEGER, pick_stat_cd VARCHAR)"
    )
    con.execute(
        """INSERT INTO pick SELECT i, 1 + i % 6, 1 + (i * 7) % 40, 1 + (i * i) % 13,
        TIMESTAMP '2024-01-01' + i * INTERVAL 3 HOUR, 1 + i % 9, ['Complete', 'Short-picked', 'Complete'][1 + i % 3]
        FROM range(1200) t(i)"""
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def library() -> Db:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "Members"("memberId" INTEGER PRIMARY KEY, "fullName" VARCHAR, "tier" VARCHAR, '
        '"emailAddress" VARCHAR, "joinedOn" DATE)'
    )
    con.execute(
        """INSERT INTO "Members" SELECT i, 'Member ' || i, ['Gold', 'Basic'][1 + i % 2],
        CASE WHEN i % 3 > 0 THEN 'm' || i || '@example.org' END, DATE '2015-01-01' + CAST(i * 90 AS INTEGER)
        FROM range(1, 31) t(i)"""
    )
    con.execute('CREATE TABLE "Books"("bookId" INTEGER PRIMARY KEY, "title" VARCHAR, "genre" VARCHAR)')
    con.execute(
        """INSERT INTO "Books" SELECT i, 'Book ' || i, ['Non-fiction', 'Classic', 'Sci-fi', 'Poetry'][1 + i % 4]
        FROM range(1, 61) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Loans"("loanId" INTEGER PRIMARY KEY, "bookId" INTEGER REFERENCES "Books"("bookId"), '
        '"memberId" INTEGER REFERENCES "Members"("memberId"), '
        '"recommenderId" INTEGER REFERENCES "Members"("memberId"), "loanedAt" DATE, "lateFee" DOUBLE)'
    )
    con.execute(
        """INSERT INTO "Loans" SELECT i, 1 + (i * 7) % 60, 1 + i % 30, 1 + (i * i) % 11,
        DATE '2023-01-01' + CAST(i AS INTEGER), (i % 5) * 0.5 FROM range(900) t(i)"""
    )
    # A table whose name a verb of a follow-up spells ("how has that changed").
    con.execute('CREATE TABLE "FeeChanges"("changeId" INTEGER PRIMARY KEY, "changedOn" DATE, "newFee" DOUBLE)')
    con.execute(
        """INSERT INTO "FeeChanges" SELECT i, DATE '2023-01-01' + CAST(i * 30 AS INTEGER), i FROM range(12) t(i)"""
    )
    return con, build_catalog(con)


def answer(db: Db, question: str, previous: QueryDecision | None = None) -> QueryDecision:
    values = build_value_index(db[0], db[1])
    d = understand(question, db[1], lookup=values.lookup, previous=previous)
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    return d


def check(db: Db, question: str, gold: str, *, ordered: bool = False, labels: bool = True) -> QueryDecision:
    """The answer's rows equal the gold's (only the measure, the last column, when `labels` is False: a date
    bucket may come back as a date or a timestamp)."""
    d = answer(db, question)
    guarded = guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    got = [tuple(str(v) for v in (r if labels else r[-1:])) for r in db[0].execute(guarded.sql).fetchall()]
    want = [tuple(str(v) for v in (r if labels else r[-1:])) for r in db[0].execute(gold).fetchall()]
    assert (got if ordered else sorted(got)) == (want if ordered else sorted(want)), d.sql
    return d


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which 2 warehouses have the most workers?",
         "SELECT w.whse_nm, count(*) n FROM wrkr JOIN whse w USING (whse_id) GROUP BY 1 ORDER BY n DESC LIMIT 2"),
        ("headcount per warehouse",
         "SELECT w.whse_nm, count(*) FROM wrkr JOIN whse w USING (whse_id) GROUP BY 1"),
        ("number of workers per warehouse in region N",
         "SELECT w.whse_nm, count(*) FROM wrkr JOIN whse w USING (whse_id) WHERE w.whse_rgn_cd = 'N' GROUP BY 1"),
    ],
)  # fmt: skip
def test_children_counted_per_parent_depot(depot: Db, question: str, gold: str) -> None:
    check(depot, question, gold)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which 3 members have the most loans?",
         'SELECT m."fullName", count(*) n FROM "Loans" l JOIN "Members" m ON l."memberId" = m."memberId" '
         "GROUP BY 1 ORDER BY n DESC LIMIT 3"),
        ("loans per book genre",
         'SELECT b.genre, count(*) FROM "Loans" l JOIN "Books" b USING ("bookId") GROUP BY 1'),
    ],
)  # fmt: skip
def test_children_counted_per_parent_library(library: Db, question: str, gold: str) -> None:
    check(library, question, gold, labels=False)  # members tie on their counts: the top 3 names may differ


def test_a_role_noun_names_its_key_depot(depot: Db) -> None:
    per_checker = (
        "SELECT w.wrkr_full_nm, count(*) n FROM pick p JOIN wrkr w ON p.checker_wrkr_id = w.wrkr_id GROUP BY 1"
    )
    d = check(depot, "number of picks checked by each worker", per_checker)
    assert [j.column for j in d.plan.joins] == ["checker_wrkr_id"]
    d = check(depot, "top 3 checkers by number of picks", per_checker + " ORDER BY n DESC LIMIT 3")
    assert [j.column for j in d.plan.joins] == ["checker_wrkr_id"]
    # The role value after a grouping word ("each shift lead") groups by the parent's rows of that kind.
    check(
        depot,
        "total quantity picked by each worker",
        "SELECT w.wrkr_full_nm, sum(p.pick_qty) FROM pick p JOIN wrkr w ON p.picker_wrkr_id = w.wrkr_id GROUP BY 1",
    )


def test_a_role_noun_names_its_key_library(library: Db) -> None:
    by_recommender = (
        'SELECT m."fullName", count(*) n FROM "Loans" l JOIN "Members" m ON l."recommenderId" = m."memberId" GROUP BY 1'
    )
    d = check(library, "top 3 recommending members", by_recommender + " ORDER BY n DESC, 1 LIMIT 3", ordered=False)
    assert [j.column for j in d.plan.joins] == ["recommenderId"]
    d = check(library, "number of recommendations made by each member", by_recommender)
    assert [j.column for j in d.plan.joins] == ["recommenderId"]


def test_values_with_hyphens_and_plurals(depot: Db, library: Db) -> None:
    check(
        depot,
        "short-picked picks by warehouse",
        "SELECT w.whse_nm, count(*) FROM pick p JOIN whse w USING (whse_id) WHERE p.pick_stat_cd = 'Short-picked' "
        "GROUP BY 1",
    )
    check(
        library,
        "number of loans of non-fiction books by member tier",
        'SELECT m.tier, count(*) FROM "Loans" l JOIN "Books" b USING ("bookId") JOIN "Members" m '
        """ON l."memberId" = m."memberId" WHERE b.genre = 'Non-fiction' GROUP BY 1""",
    )
    check(
        library,
        "loans of classics per month",
        """SELECT date_trunc('month', l."loanedAt"), count(*) FROM "Loans" l JOIN "Books" b USING ("bookId")
        WHERE b.genre = 'Classic' GROUP BY 1""",
        labels=False,
    )


def test_rows_listed_with_their_filters_depot(depot: Db) -> None:
    d = check(
        depot,
        "which warehouses opened before 2005?",
        "SELECT whse_nm, whse_open_dt FROM whse WHERE whse_open_dt < DATE '2005-01-01'",
    )
    assert d.plan.kind == "rows" and d.chart.chart_type == "table"
    d = check(
        depot,
        "list the shift leads and their pay",
        "SELECT wrkr_full_nm, wrkr_pay_amt FROM wrkr WHERE wrkr_role_nm = 'Shift Lead'",
    )
    assert d.plan.kind == "rows"
    check(depot, "which workers have no termination date", "SELECT wrkr_full_nm FROM wrkr WHERE wrkr_term_dt IS NULL")


def test_rows_listed_with_their_filters_library(library: Db) -> None:
    d = check(library, "list the members in tier Gold", """SELECT "fullName" FROM "Members" WHERE tier = 'Gold'""")
    assert d.plan.kind == "rows"
    check(
        library,
        "which members joined before 2016?",
        """SELECT "fullName", "joinedOn" FROM "Members" WHERE "joinedOn" < DATE '2016-01-01'""",
    )
    check(
        library,
        "which members have no email address",
        """SELECT "fullName" FROM "Members" WHERE "emailAddress" IS NULL""",
    )
    # A count of the same rows stays a count, and a grouping stays a grouping.
    assert answer(library, "how many members have no email address").plan.kind == "aggregate"
    assert answer(library, "members by tier").plan.kind == "aggregate"


def test_a_follow_up_with_a_pronoun_keeps_its_subject(depot: Db, library: Db) -> None:
    first = answer(library, "loans per book genre")
    d = answer(library, "how has that changed month over month in 2023?", first)
    assert d.plan.table == "Loans", d.sql
    assert [x.alias for x in d.plan.dimensions] == ["month", "genre"] and d.plan.measures == first.plan.measures
    assert [f.op for f in d.plan.filters] == ["date_range"]
    first = answer(depot, "total quantity by pick status")
    d = answer(depot, "how has it changed by month?", first)
    assert d.plan.table == "pick" and [x.alias for x in d.plan.dimensions] == ["month", "pick_stat_cd"], d.sql
    assert d.plan.measures == first.plan.measures
    # "instead" still replaces the grouping.
    d = answer(depot, "by month instead", first)
    assert [x.alias for x in d.plan.dimensions] == ["month"], d.sql


@pytest.fixture(scope="module")
def workbook() -> Db:
    """Sheets with Title Case headers and no declared keys: the keys are implied by the names."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "Riders"("Rider ID" INTEGER NOT NULL, "First Name" VARCHAR, "Team" VARCHAR)')
    con.execute(
        """INSERT INTO "Riders" SELECT i, 'Name ' || (i % 10), ['Red', 'Blue', 'Gold'][1 + i % 3]
        FROM range(1, 301) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Trips"("Trip #" INTEGER NOT NULL, "Rider ID" INTEGER NOT NULL, "Distance (km)" DOUBLE, '
        '"Started" TIMESTAMP)'
    )
    con.execute(
        """INSERT INTO "Trips" SELECT i, 1 + (i * i) % 300, 1 + i % 17, TIMESTAMP '2024-01-01' + i * INTERVAL 2 HOUR
        FROM range(4000) t(i)"""
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def shops() -> Db:
    con = duckdb.connect()
    con.execute("CREATE TABLE store(store_id INTEGER, store_name VARCHAR, city VARCHAR)")
    con.execute("INSERT INTO store SELECT i, 'Store ' || i, ['Lille', 'Nantes'][1 + i % 2] FROM range(1, 9) t(i)")
    con.execute("CREATE TABLE sale(sale_id INTEGER, store_id INTEGER, amount DECIMAL(10,2), sold_on DATE)")
    con.execute(
        "INSERT INTO sale SELECT i, 1 + (i * 7) % 8, 10 + i % 50, DATE '2024-01-01' + CAST(i % 300 AS INTEGER) "
        "FROM range(2000) t(i)"
    )
    return con, build_catalog(con)


def test_keys_implied_by_names(workbook: Db, shops: Db) -> None:
    d = check(
        workbook,
        "trips per team",
        'SELECT r."Team", count(*) FROM "Trips" t JOIN "Riders" r ON t."Rider ID" = r."Rider ID" GROUP BY 1',
    )
    assert [j.ref_table for j in d.plan.joins] == ["Riders"]
    # First names repeat: the riders are told apart by their key, and "Trip #" is a key, not a measure.
    d = check(
        workbook,
        "the 3 riders with the most trips",
        'SELECT "Rider ID", count(*) n FROM "Trips" GROUP BY 1 ORDER BY n DESC LIMIT 3',
        labels=False,
    )
    assert d.plan.dimensions[0].column.column == "Rider ID"
    check(
        shops,
        "total amount by city",
        "SELECT s.city, sum(a.amount) FROM sale a JOIN store s ON a.store_id = s.store_id GROUP BY 1",
    )
    check(
        shops,
        "top 2 stores by total amount",
        "SELECT s.store_name, sum(a.amount) t FROM sale a JOIN store s USING (store_id) GROUP BY 1 ORDER BY t DESC, 1 LIMIT 2",
    )


def test_a_participle_after_a_measure_asks_for_no_time_axis(shops: Db, workbook: Db) -> None:
    d = answer(shops, "top 2 stores by total amount sold")
    assert all(x.bucket is None for x in d.plan.dimensions) and len(d.plan.dimensions) == 1, d.sql
    d = answer(workbook, "average distance started by team")
    assert [x.alias for x in d.plan.dimensions] == ["Team"], d.sql
