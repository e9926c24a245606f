"""Reliability (issue 16, findings 1, 4, 5 and 8): work is bounded before and while it runs.

Statements that would plan for minutes are refused by the guard before DuckDB sees them; DuckDB spills
only under the results directory and only as much as configured; result files on disk are bounded by
bytes, least recently used first.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.engine import PreparedQuery
from backend.core.sql_guard import guard_sql
from backend.models.errors import QueryExecutionError, SqlRejectedError

LONG_CHAIN = "SELECT " + "+".join(["1"] * 1000)  # ~2 KB; DuckDB would plan it for minutes


def test_a_thousand_term_expression_is_refused_before_the_engine(client: TestClient) -> None:
    response = client.post("/api/query", json={"sql": LONG_CHAIN})
    assert response.status_code == 400
    error = response.json()["error"]
    # `sql_rejected` is the guard's answer (the engine's would be `sql_execution_failed` or a timeout): never planned
    assert error["code"] == "sql_rejected" and "nests more than" in error["message"]
    many = "SELECT 1 WHERE 1 IN (" + ",".join(["1"] * 5500) + ")"
    with pytest.raises(SqlRejectedError, match=r"more than \d+ expressions"):
        guard_sql(many, allowed_tables=[])
    with pytest.raises(SqlRejectedError, match="characters long"):
        guard_sql("SELECT 1 AS " + "x" * 30_000, allowed_tables=[])


def test_ordinary_wide_queries_still_pass() -> None:
    in_list = "SELECT region FROM sales WHERE quantity IN (" + ", ".join(map(str, range(500))) + ")"
    assert guard_sql(in_list, allowed_tables=["sales"]).tables == {"sales"}
    conditions = " AND ".join(f"quantity <> {i}" for i in range(40))
    assert guard_sql(f"SELECT count(*) FROM sales WHERE {conditions}", allowed_tables=["sales"])


def test_a_long_sql_chat_message_is_refused_and_leaves_no_work_behind(client: TestClient) -> None:
    message = "SELECT " + "+".join(["1"] * 1990)  # just under the 4,000-character message limit
    understanding = client.post("/query-understanding", json={"message": message})
    assert understanding.status_code == 400 and understanding.json()["error"]["code"] == "sql_rejected"
    chat = client.post("/chat", json={"message": message}).text
    assert "nests more than" in chat and chat.rstrip().split("\n\n")[-1].startswith("event: done")
    engine = client.app.state.services.engines["duckdb"]  # pyright: ignore[reportAttributeAccessIssue]
    assert isinstance(engine, DuckDBLocalEngine) and engine.active_queries == 0


def _spill_db(tmp_path: Path) -> Path:
    path = tmp_path / "spill.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE big AS SELECT range AS id, (range * 7919) % 1000003 AS k FROM range(3000000)")
    return path


def test_spill_goes_under_the_results_dir_and_is_bounded(tmp_path: Path) -> None:
    db = _spill_db(tmp_path)
    spill_dir = tmp_path / "results" / "duckdb-tmp"
    engine = DuckDBLocalEngine.open(db, threads=2, memory_limit="40MB", temp_directory=spill_dir, max_temp_size="4MB")
    sql = "SELECT a.id, b.k FROM big a JOIN big b ON a.k = b.id ORDER BY b.k, a.id"

    async def run() -> None:
        handle = await engine.submit(PreparedQuery(sql, sql, 10, frozenset({"big"})))
        await handle.result()

    try:
        with pytest.raises(QueryExecutionError, match="max_temp_directory_size"):
            asyncio.run(run())
    finally:
        asyncio.run(engine.close())
    assert spill_dir.is_dir()
    assert not (tmp_path / "spill.duckdb.tmp").exists()  # never next to the database


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT repeat('x', 2000000000) AS s",  # ran 5 s past a 30 s timeout and grew the backend by 9 GB
        "SELECT len(range(100000000)) AS n",  # a list built in one step: minutes, deaf to interrupt()
        "SELECT unnest(generate_series(1, 1000000000)) AS n",
        "SELECT lpad('a', 2000000000, 'b') AS s",
        "SELECT list_resize([1], 1000000000) AS l",
        "SELECT repeat([1], 1000 * 1000000) AS l",
        "SELECT repeat(name, 2000000000) AS s FROM cars",
        "SELECT printf('%2000000000d', 1) AS s",
        "SELECT bar(1, 0, 10, 2000000000) AS s",
    ],
)
def test_a_value_built_to_a_huge_size_is_refused_before_the_engine(client: TestClient, sql: str) -> None:
    """Probed from outside: functions that build one string or list of a size an argument names do it
    in one step DuckDB's interrupt() cannot stop, past its memory_limit; the guard bounds the size."""
    response = client.post("/api/query", json={"sql": sql})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "sql_rejected" and "at most 100000" in error["message"]


@pytest.mark.parametrize(
    ("sql", "function"),
    [
        ("SELECT len(range(quantity * 100000000)) AS n FROM sales", "range"),
        ("SELECT len(generate_series(1, (SELECT max(order_id) * 100000 FROM sales))) AS n", "generate_series"),
        ("SELECT unnest(range(date, date + INTERVAL 100 YEAR, INTERVAL 1 MINUTE)) AS t FROM sales", "range"),
        ("SELECT len(range(DATE '2024-01-01', DATE '2025-01-01', INTERVAL (quantity) DAY)) AS n FROM sales", "range"),
        (
            "SELECT len(generate_series(TIMESTAMP '2000-01-01', TIMESTAMP '2100-01-01', INTERVAL 1 SECOND)) AS n",
            "generate_series",
        ),
        ("SELECT lpad(name, quantity * 1000000000, 'y') AS s FROM sales JOIN products ON product_id = id", "lpad"),
        ("SELECT repeat('x', (SELECT max(quantity) FROM sales) * 1000000000) AS s", "repeat"),
    ],
)
def test_a_value_sized_by_a_column_subquery_or_date_series_is_refused_naming_the_function(
    client: TestClient, sql: str, function: str
) -> None:
    """Probed: the size of a value may come from a column, a subquery or a date range with an INTERVAL step,
    which the guard cannot bound (a literal it can: 100 years of seconds is 3,155,760,001 elements).
    `SELECT len(range(x)) FROM (SELECT 300000000 AS x)` ran 35.7 s after DuckDB was interrupted
    (DuckDB 1.5.5, 2 threads, interrupt() after 1 s). Refused before the engine, naming the function; the table function
    with a column argument (`FROM t, range(t.n)`) streams its rows and stays allowed (next test)."""
    response = client.post("/api/query", json={"sql": sql})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "sql_rejected" and error["message"].startswith(f"{function}(...)")
    assert "at most 100000" in error["message"]


def test_values_built_to_a_small_size_still_run(client: TestClient) -> None:
    sql = (
        "SELECT repeat('ab', 3) AS r, lpad('7', 2, '0') AS p, len(range(10)) AS n, list_resize([1], 2, 0) AS l,"
        " printf('%5d', 42) AS f, (SELECT count(*) FROM range(1000000)) AS big_table_function,"
        " len(generate_series(DATE '2024-01-01', DATE '2024-12-31', INTERVAL 1 DAY)) AS days,"
        " len(range(TIMESTAMPTZ '2024-01-01 00:00:00+00', TIMESTAMPTZ '2024-01-02 00:00:00+00', INTERVAL '1 hour')) AS hours,"
        " (SELECT count(*) FROM products p, range(p.id) r(i)) AS per_row_series"
    )
    response = client.post("/api/query", json={"sql": sql})
    assert response.status_code == 200, response.text
    ids = client.post("/api/query", json={"sql": "SELECT sum(id) AS s FROM products"}).json()["rows"][0][0]
    assert response.json()["rows"] == [["ababab", "07", 10, [1, 0], "   42", 1000000, 366, 24, ids]]
