"""A large catalog reaches a real model within the prompt budget; /health says whether the model answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient

from backend.agents.catalog_prompt import CHARS_PER_TOKEN, catalog_prompt, rank_tables
from backend.main import create_app
from backend.models.catalog import Catalog, ColumnInfo, ForeignKey, TableInfo
from backend.settings import Settings
from backend.tests.scripted_openai import Body, Reply, ScriptedOpenAI, last_data_id, tool_results
from backend.tests.sse import parse_sse
from backend.tests.test_real_model_path import (  # the scripted server and model permission are shared fixtures
    allow_model_requests,  # noqa: F401
    server,  # noqa: F401
)

MODEL = "openai-chat:scripted"
NOUNS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
]
BUDGET = 2000


def _filler_name(i: int) -> str:
    return f"{NOUNS[i % 16]}_{NOUNS[(i // 16) % 16]}_log_{i:03d}"


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 tables: 198 unrelated logs, a shipments table and the carriers it points to."""
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    con = duckdb.connect(str(path))
    for i in range(198):
        cols = ", ".join(f"{NOUNS[(i + k) % 16]}_metric_{k} DOUBLE" for k in range(12))
        con.execute(f"CREATE TABLE {_filler_name(i)} (id INTEGER PRIMARY KEY, logged_at TIMESTAMP, {cols})")
    con.execute("CREATE TABLE carriers (carrier_id INTEGER PRIMARY KEY, carrier_name VARCHAR)")
    con.execute("INSERT INTO carriers VALUES (1, 'Northwind'), (2, 'Blue Fin'), (3, 'Dray Co')")
    con.execute(
        "CREATE TABLE shipments (shp_id INTEGER PRIMARY KEY, carrier_id INTEGER REFERENCES carriers(carrier_id),"
        " shp_date DATE, shp_qty INTEGER)"
    )
    con.execute(
        "INSERT INTO shipments SELECT i, 1 + i % 3, DATE '2024-01-01' + INTERVAL (i % 300) DAY, 1 + i % 17"
        " FROM range(1, 2001) t(i)"
    )
    con.close()
    return path


def _settings(db: Path, results: Path, base_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "duckdb_path": db,
        "results_dir": results,
        "database_url": f"sqlite+aiosqlite:///{results / 'app.db'}",
        "api_token": None,
        "model": MODEL,
        "openai_base_url": base_url,
        "model_timeout_s": 2.0,
        "model_http_retries": 0,
        "prompt_catalog_tokens": BUDGET,
    }
    return Settings(**(values | extra))


def _system_prompt(body: Body) -> str:
    return "\n".join(str(m.get("content")) for m in body["messages"] if m.get("role") == "system")


def test_a_large_catalog_prompt_stays_in_budget_and_keeps_the_tables_asked_about(
    big_db: Path,
    server: ScriptedOpenAI,  # noqa: F811
    tmp_path: Path,
) -> None:
    filler = _filler_name(7)
    sql = (
        "SELECT c.carrier_name AS carrier, SUM(s.shp_qty) AS quantity FROM shipments s "
        "JOIN carriers c ON c.carrier_id = s.carrier_id GROUP BY 1 ORDER BY 2 DESC"
    )

    def spec(body: Body) -> Reply:
        args = {"chart_type": "bar", "x": "carrier", "y": ["quantity"], "title": "Quantity by carrier"}
        return Reply(tool_calls=[("final_result_VizSpec", json.dumps(args | {"data_id": last_data_id(body)}))])

    server.script(
        Reply(tool_calls=[("describe_table", json.dumps({"table": filler}))]),
        Reply(tool_calls=[("run_sql", json.dumps({"query": sql}))]),
        spec,
    )
    with TestClient(create_app(_settings(big_db, tmp_path, server.url))) as client:
        response = client.post("/chat", json={"message": "total shipped quantity per carrier"})
    assert response.status_code == 200, response.text
    events = parse_sse(response.text)
    assert [n for n, _ in events if n == "error"] == []
    first = _system_prompt(server.requests[0])
    catalog_part = first[first.index("CATALOG") :]
    assert len(catalog_part) / CHARS_PER_TOKEN <= BUDGET
    assert "TABLE shipments" in catalog_part and "shp_qty" in catalog_part
    assert "TABLE carriers" in catalog_part  # reached through the foreign key, so the join is possible
    assert f"TABLE {filler}" not in catalog_part and filler in catalog_part  # listed by name only
    # The table left out of the prompt is one describe_table call away.
    described = tool_results(server.requests[1])[0]
    assert filler in described and "_metric_0" in described
    # Every request of the run carries the same catalog (ranked once per run, not per request).
    assert all(_system_prompt(body) == first for body in server.requests[1:3])
    data = next(p for n, p in events if n == "data")
    assert data["row_count"] == 3


def test_ranking_prefers_tables_whose_names_and_columns_carry_the_question_words() -> None:
    def table(name: str, *cols: str) -> TableInfo:
        return TableInfo(
            name=name, row_count=10, columns=[ColumnInfo(name=c, type="INTEGER", kind="numeric") for c in cols]
        )

    catalog = Catalog(
        tables=[
            table("audit_log", "evt_id"),
            table("t_emp", "emp_id", "dept_id", "emp_salary"),
            table("t_dept", "dept_id", "dept_nm"),
        ],
        foreign_keys=[ForeignKey(table="t_emp", column="dept_id", ref_table="t_dept", ref_column="dept_id")],
    )
    ranked = [t.name for t in rank_tables(catalog, "average salary of employees per department")]
    assert ranked[0] == "t_emp" and ranked[1] == "t_dept"
    assert catalog_prompt(catalog).count("TABLE ") == 3  # no budget: everything, in catalog order


def test_health_reports_whether_the_model_answers(big_db: Path, server: ScriptedOpenAI, tmp_path: Path) -> None:  # noqa: F811
    # Generous time bounds: on a busy machine the first ping (provider client built, loopback request) took
    # longer than the 2 s the chat tests allow, and its "no answer" was reported — and reused — instead.
    patient = {"model_timeout_s": 30.0, "health_probe_timeout_s": 30.0}
    server.script(Reply(text="ok"))
    with TestClient(create_app(_settings(big_db, tmp_path, server.url, **patient))) as client:
        assert client.get("/health").json()["checks"]["model"] == "ok"
        client.get("/health")
        assert len(server.requests) == 1  # reused within the TTL: /health does not spend a request each time

    server.script()  # exhausted: the server answers 500
    with TestClient(create_app(_settings(big_db, tmp_path, server.url, **patient))) as client:
        state = client.get("/health").json()["checks"]["model"]
    assert "HTTP 500" in state and "secret-account" not in state

    with TestClient(create_app(_settings(big_db, tmp_path, "http://127.0.0.1:9/v1", **patient))) as client:
        body = client.get("/health").json()
    assert body["status"] == "degraded" and "not reachable" in body["checks"]["model"]
