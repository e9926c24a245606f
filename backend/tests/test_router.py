"""Routing decisions: which engine runs a query and the reason the user reads (pure function)."""

from __future__ import annotations

import pytest

from backend.core.router import EngineTables, route
from backend.models.errors import BadRequestError, SqlRejectedError

DEMO = {"flights": 3_000_000, "sales": 50_000, "products": 40, "airports": 3_376}
LOCAL = EngineTables("duckdb", "duckdb", DEMO)
REMOTE = EngineTables("duckdb-remote", "duckdb", DEMO)
SPARK = EngineTables("spark", "spark", DEMO)
ALL = [LOCAL, REMOTE, SPARK]
THRESHOLD = 1_000_000


def test_a_large_table_goes_to_spark_with_the_reason_in_numbers() -> None:
    chosen = route(frozenset({"flights"}), ALL, spark_row_threshold=THRESHOLD)
    assert (chosen.engine, chosen.tool) == ("spark", "submit_spark")
    assert chosen.reason == "flights has 3.0M rows, above the Spark threshold (1M): submit_spark"
    assert chosen.choice


def test_small_tables_stay_on_duckdb_and_prefer_the_remote_server() -> None:
    chosen = route(frozenset({"sales", "products"}), ALL, spark_row_threshold=THRESHOLD)
    assert (chosen.engine, chosen.tool) == ("duckdb-remote", "run_sql")
    assert chosen.reason == (
        "products and sales have 50,040 rows together, below the Spark threshold (1M): run_sql on duckdb-remote"
    )
    assert route(frozenset({"sales"}), [SPARK, LOCAL], spark_row_threshold=THRESHOLD).engine == "duckdb"


def test_the_threshold_is_a_setting() -> None:
    chosen = route(frozenset({"flights"}), ALL, spark_row_threshold=5_000_000)
    assert chosen.engine == "duckdb-remote"
    assert "below the Spark threshold (5M)" in chosen.reason


def test_without_spark_a_large_table_runs_on_duckdb() -> None:
    chosen = route(frozenset({"flights"}), [LOCAL, REMOTE], spark_row_threshold=THRESHOLD)
    assert chosen.engine == "duckdb-remote"
    assert chosen.reason == "flights has 3.0M rows: run_sql on duckdb-remote"


def test_only_one_engine_means_no_choice_to_report() -> None:
    chosen = route(frozenset({"flights"}), [LOCAL], spark_row_threshold=THRESHOLD)
    assert chosen.engine == "duckdb" and not chosen.choice


def test_a_request_overrides_the_statistics() -> None:
    chosen = route(frozenset({"flights"}), ALL, spark_row_threshold=THRESHOLD, requested="duckdb")
    assert chosen.engine == "duckdb" and chosen.tool == "run_sql"
    assert chosen.reason == "flights has 3.0M rows; duckdb was requested: run_sql on duckdb"
    small = route(frozenset({"sales"}), ALL, spark_row_threshold=THRESHOLD, requested="spark")
    assert small.engine == "spark" and small.tool == "submit_spark"


def test_an_unknown_engine_is_a_bad_request_naming_the_configured_ones() -> None:
    with pytest.raises(BadRequestError, match=r"not configured; available: \['duckdb', 'duckdb-remote', 'spark'\]"):
        route(frozenset({"sales"}), ALL, spark_row_threshold=THRESHOLD, requested="snowflake")


def test_an_engine_that_is_down_is_left_out_and_the_reason_says_so() -> None:
    spark_down = EngineTables("spark", "spark", None, "Spark Connect at sc://127.0.0.1:1 is unavailable")
    chosen = route(frozenset({"flights"}), [LOCAL, spark_down], spark_row_threshold=THRESHOLD)
    assert chosen.engine == "duckdb"
    assert chosen.reason == (
        "flights has 3.0M rows, above the Spark threshold (1M), but Spark is unavailable "
        "(Spark Connect at sc://127.0.0.1:1 is unavailable): run_sql on duckdb"
    )
    # Asked for by name, it still gets the query: its own error then tells the user what is wrong.
    assert route(frozenset({"flights"}), [LOCAL, spark_down], spark_row_threshold=1, requested="spark").engine == (
        "spark"
    )


def test_only_engines_serving_every_table_are_candidates() -> None:
    shop = EngineTables("shop", "duckdb", {"orders": 2_000_000, "customers": 900})
    engines = [LOCAL, SPARK, shop]
    chosen = route(frozenset({"orders", "customers"}), engines, spark_row_threshold=THRESHOLD)
    assert chosen.engine == "shop"  # above the threshold, but Spark does not serve these tables
    assert chosen.reason == "customers and orders have 2.0M rows together: run_sql on shop"
    with pytest.raises(SqlRejectedError, match="no configured engine serves all of orders, sales together"):
        route(frozenset({"orders", "sales"}), engines, spark_row_threshold=THRESHOLD)
    with pytest.raises(SqlRejectedError, match="engine shop does not serve sales"):
        route(frozenset({"sales"}), engines, spark_row_threshold=THRESHOLD, requested="shop")
