"""A chat turn on Spark end to end: POST /chat with engine=spark against a real Spark Connect server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.live_server import serve, wait_until
from backend.tests.ready_process import free_port
from backend.tests.sse import parse_sse

# 3M x 30,000 comparisons: many minutes on Spark, so a job that ends within the test's bound was cancelled.
SLOW_SQL = (
    "SELECT count(*) AS n FROM flights AS a CROSS JOIN (SELECT delay FROM flights LIMIT 30000) AS b "
    "WHERE a.delay + b.delay > 100000"
)


@pytest.fixture(scope="module")
def spark_client(spark_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path_factory.mktemp("spark-results"),
        api_token=None,
        model="builtin",
        spark_remote=spark_url,
        query_timeout_s=300,  # a bound for a stuck query on a loaded machine, not a speed requirement
        engine_catalog_wait_s=300,  # the same bound for reading Spark's catalog before routing
    )
    with TestClient(create_app(settings)) as client:
        yield client


def _chat(client: TestClient, message: str, engine: str | None) -> list[tuple[str, dict[str, object]]]:
    response = client.post("/chat", json={"message": message, "engine": engine})
    assert response.status_code == 200
    return parse_sse(response.text)


def test_chat_on_spark_runs_the_query_on_spark_and_charts_it(spark_client: TestClient) -> None:
    events = _chat(spark_client, "number of flights by origin", "spark")
    names = [name for name, _ in events]
    assert "error" not in names, events
    sql = next(payload for name, payload in events if name == "sql")
    data = next(payload for name, payload in events if name == "data")
    assert sql["engine"] == "spark" and data["engine"] == "spark"
    progress = [payload for name, payload in events if name == "progress"]
    assert progress and progress[0]["stage"] == "submitted"
    assert names.index("sql") < names.index("progress") < names.index("data") < names.index("done")
    rows = spark_client.get(str(data["url"]), params={"format": "json"}).json()
    local = spark_client.post("/api/query", json={"sql": sql["query"], "engine": "duckdb"}).json()
    assert sorted(map(tuple, rows["rows"])) == sorted(map(tuple, local["rows"]))
    assert rows["row_count"] > 10


def test_auto_sends_the_large_table_to_spark_and_the_small_one_to_duckdb(spark_client: TestClient) -> None:
    events = _chat(spark_client, "number of flights by origin", None)
    names = [name for name, _ in events]
    assert "error" not in names, events
    sql = next(payload for name, payload in events if name == "sql")
    assert (sql["engine"], sql["tool"]) == ("spark", "submit_spark")
    thoughts = [payload["content"] for name, payload in events[: names.index("sql")] if name == "thought"]
    assert thoughts[-1] == "flights has 3.0M rows, above the Spark threshold (1M): submit_spark"
    assert next(payload for name, payload in events if name == "data")["engine"] == "spark"
    small = _chat(spark_client, "total sales by region", None)
    assert next(payload for name, payload in small if name == "sql")["engine"] == "duckdb"
    assert "sales has 50,000 rows, below the Spark threshold (1M): run_sql on duckdb" in [
        payload["content"] for name, payload in small if name == "thought"
    ]


def test_spark_reduces_a_large_answer_for_the_chart_itself(spark_client: TestClient) -> None:
    events = _chat(spark_client, "daily flights delay for every origin", "spark")
    data = next(payload for name, payload in events if name == "data")
    reduced = data["reduced"]
    assert data["engine"] == "spark" and data["row_count"] > 30_000, events
    assert reduced is not None and reduced["method"] == "top_n+m4" and reduced["from_rows"] == data["row_count"]
    chart = spark_client.get(str(reduced["url"])).json()
    assert chart["row_count"] == reduced["rows"] and len({row[1] for row in chart["rows"]}) == 11


def test_health_reports_spark_ok(spark_client: TestClient) -> None:
    health = spark_client.get("/health").json()
    assert health["checks"]["engines"] == "ok" and health["engines"] == {"duckdb": "ok", "spark": "ok"}
    engines = spark_client.get("/api/engines").json()["engines"]
    assert [(e["name"], e["label"], e["tool"]) for e in engines] == [
        ("duckdb", "DuckDB", "run_sql"),
        ("spark", "Spark", "submit_spark"),
    ]

    def flights_served_by() -> list[str]:
        tables = spark_client.get("/api/catalog").json()["tables"]
        return next(t["served_by"] for t in tables if t["name"] == "flights")

    # Spark's catalog is read in the background after start-up; the listing follows once it is known.
    assert wait_until(lambda: flights_served_by() == ["duckdb", "spark"], timeout_s=300), flights_served_by()


def test_spark_down_is_an_error_event_and_the_app_stays_up(tmp_path: Path) -> None:
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path,
        api_token=None,
        model="builtin",
        spark_remote=f"sc://127.0.0.1:{free_port()}",  # nothing listens there
    )
    with TestClient(create_app(settings)) as client:
        health = client.get("/health").json()
        assert health["status"] == "degraded" and "spark" in health["checks"]["engines"]
        assert health["engines"]["duckdb"] == "ok" and "Spark Connect" in health["engines"]["spark"]
        events = _chat(client, "number of flights by origin", "spark")
        errors = [payload for name, payload in events if name == "error"]
        assert errors and errors[0]["code"] == "engine_unavailable" and errors[0]["stage"] == "sql_execution"
        assert events[-1][0] == "done"
        # The app is up: the same question on DuckDB answers.
        assert "data" in [name for name, _ in _chat(client, "number of flights by origin", "duckdb")]


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


def test_closing_the_tab_cancels_the_spark_job_after_its_progress_streamed(
    spark_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path_factory.mktemp("spark-disconnect"),
        api_token=None,
        model="builtin",
        spark_remote=spark_url,
        query_timeout_s=300,
        engine_catalog_wait_s=300,
        # One health round (the start-up wait below), no more: a health probe is a Spark query
        # too, and on a loaded machine the probes overlapped so that some query was always active.
        health_refresh_s=3600,
    )
    app = create_app(settings)
    with serve(app) as url:
        assert wait_until(lambda: _answers(url), timeout_s=300)  # start-up reads Spark's catalog first
        progress: list[dict[str, object]] = []
        tags: list[str] = []
        body = {"message": SLOW_SQL, "engine": "spark"}  # SQL as the message runs as written
        with httpx.stream("POST", f"{url}/chat", json=body, timeout=300) as response:
            event = ""
            for line in response.iter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "progress":
                    progress.append(json.loads(line[5:]))
                    if progress[-1].get("total"):  # Spark's own task counts: the job runs on Spark
                        tags = app.state.services.engines["spark"].active_tags
                        break
        assert len(tags) == 1  # the job, and no health probe beside it
        # The stream is closed, as a closed tab closes it: the job must end on Spark, not run on.
        engine = app.state.services.engines["spark"]
        assert tags and progress[0]["stage"] == "submitted"
        assert "tasks done" in str(progress[-1]["message"])
        assert wait_until(lambda: not engine.active_tags, timeout_s=120)
        assert engine.session().interruptTag(tags[0]) == []
