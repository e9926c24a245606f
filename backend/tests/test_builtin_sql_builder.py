"""The analyst's SQL is a sqlglot expression tree rendered per dialect: every DuckDB keyword works as a table and
column name without a hand-kept list, plans of every kind render in Spark's dialect as well, and the rendered
DuckDB statement keeps its meaning through the guard's own parse."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest
import sqlglot

from backend.agents.builtin import QueryDecision, understand
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Measure, OrderItem
from backend.agents.builtin.sql_builder import build_sql
from backend.agents.builtin.sql_exprs import needs_quotes
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog
from backend.tests.analysis_catalogs import hr_warehouse, shop


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@pytest.fixture(scope="module")
def keyword_db() -> tuple[duckdb.DuckDBPyConnection, Catalog, list[str]]:
    """One table whose columns are named after every DuckDB keyword, and tables named after a few of them."""
    con = duckdb.connect()
    words = sorted({w for (w,) in con.execute("SELECT keyword_name FROM duckdb_keywords()").fetchall()})
    cols = ", ".join(f"{_quoted(w)} INTEGER" for w in words)
    con.execute(f"CREATE TABLE kw(v INTEGER, {cols})")
    values = ", ".join(f"(i % {2 + k % 5})" for k in range(len(words)))
    con.execute(f"INSERT INTO kw SELECT i, {values} FROM range(40) t(i)")
    for table in ("order", "group", "select", "user", "date", "rows"):
        con.execute(f"CREATE TABLE {_quoted(table)} AS SELECT i % 3 AS {_quoted(table)}, i AS v FROM range(12) t(i)")
    return con, build_catalog(con), words


def _run(con: duckdb.DuckDBPyConnection, catalog: Catalog, sql: str) -> list[tuple[Any, ...]]:
    guarded = guard_sql(sql, allowed_tables=[t.name for t in catalog.tables])
    return sorted(con.execute(guarded.sql).fetchall(), key=repr)


def test_every_duckdb_keyword_is_a_usable_column_and_alias(
    keyword_db: tuple[duckdb.DuckDBPyConnection, Catalog, list[str]],
) -> None:
    con, catalog, words = keyword_db
    failures: list[str] = []
    for k, word in enumerate(words):
        ref = ColumnRef(table="kw", column=word)
        alias = words[(k + 1) % len(words)]  # another keyword as the measure's output name
        plan = AnalysisPlan(
            kind=Intent.AGGREGATE,
            table="kw",
            dimensions=[Dimension(column=ref, alias=word)],
            measures=[Measure(agg="sum", column=ColumnRef(table="kw", column="v"), alias=alias)],
            filters=[Filter(column=ref, op=">=", values=[0])],
            order=[OrderItem(alias=alias, desc=True)],
        )
        gold = f"SELECT {_quoted(word)}, sum(v) FROM kw WHERE {_quoted(word)} >= 0 GROUP BY 1"
        try:
            if _run(con, catalog, build_sql(plan, catalog)) != sorted(con.execute(gold).fetchall(), key=repr):
                failures.append(f"{word}: wrong rows")
        except Exception as e:  # collect every keyword that breaks, not only the first
            failures.append(f"{word}: {e}")
    assert failures == []


def test_keyword_table_names_are_quoted_where_the_dialect_needs_it(
    keyword_db: tuple[duckdb.DuckDBPyConnection, Catalog, list[str]],
) -> None:
    con, catalog, _ = keyword_db
    for table in ("order", "group", "select", "user", "date", "rows"):
        ref = ColumnRef(table=table, column=table)
        plan = AnalysisPlan(
            table=table,
            dimensions=[Dimension(column=ref, alias=table)],
            measures=[Measure(agg="sum", column=ColumnRef(table=table, column="v"), alias="total")],
            filters=[Filter(column=ref, op="in", values=[0, 1, 2])],
        )
        assert _run(con, catalog, build_sql(plan, catalog)) == [(0, 18), (1, 22), (2, 26)]
        assert _run(
            con, catalog, build_sql(plan.model_copy(update={"kind": Intent.HISTOGRAM, "columns": [ref]}), catalog)
        )
    assert needs_quotes("order", "duckdb") and needs_quotes("select", "spark") and needs_quotes("if", "duckdb")
    assert not needs_quotes("amount", "duckdb") and not needs_quotes("amount", "spark")
    assert needs_quotes("orderDate", "duckdb")  # mixed case keeps its exact spelling


# Questions whose plans use every construct the builder has: buckets and cycles, joins along either of two keys,
# a top-N subquery, HAVING, a comparison with a whole-table aggregate, windows, CASE shares, LIKE, histograms.
_QUESTIONS = {
    "hr": [
        "number of transfers by target department",
        "employees earning above the average salary",
        "average salary of departments with more than 30 employees",
        "difference between salary and bonus by department",
        "cumulative hires by year",
        "hires by day of week",
        "hires by month of year",
        "share of salary per department",
        "histogram of salaries",
        "top 2 departments by salary by year",
        "salary by department for people named person 01",
    ],
    "shop": [
        "price of each product over time",
        "monthly revenue per seller region",
        "revenue by buyer region",
        "bubble chart of retail price vs weight sized by shelf area",
    ],
}


@pytest.mark.parametrize("name", sorted(_QUESTIONS))
def test_plans_render_in_spark_sql_as_sqlglot_reads_them(name: str) -> None:
    con = hr_warehouse() if name == "hr" else shop()
    catalog = build_catalog(con)
    for question in _QUESTIONS[name]:
        d = understand(question, catalog)
        assert isinstance(d, QueryDecision), f"{question!r} → {d}"
        assert _run(con, catalog, d.sql) == sorted(con.execute(d.sql).fetchall(), key=repr)
        spark = build_sql(d.plan, catalog, "spark")
        # Spark quotes with backticks and spells DuckDB's functions its own way (ISODOW has no Spark twin).
        assert '"' not in spark and "ISODOW" not in spark.upper(), spark
        reread = sqlglot.parse_one(spark, read="spark")
        assert reread.sql("spark") == sqlglot.parse_one(reread.sql("spark"), read="spark").sql("spark")
        assert {t.name for t in reread.find_all(sqlglot.exp.Table)} <= {t.name for t in catalog.tables}


def test_a_top_n_cut_through_a_tie_returns_the_same_rows_every_time() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE booth_sales(booth VARCHAR, takings DECIMAL(8,2))")
    # Four booths take 30.00 each, one takes less: "top 2" cuts through the tie.
    con.execute(
        "INSERT INTO booth_sales SELECT b, 10 FROM (VALUES ('delta'), ('alpha'), ('charlie'), ('bravo')) t(b), range(3)"
    )
    con.execute("INSERT INTO booth_sales VALUES ('echo', 5)")
    d = understand("top 2 booths by total takings", build_catalog(con))
    assert isinstance(d, QueryDecision)
    runs = {tuple(con.execute(d.sql).fetchall()) for _ in range(20)}
    assert len(runs) == 1 and [r[0] for r in runs.pop()] == ["alpha", "bravo"], d.sql
