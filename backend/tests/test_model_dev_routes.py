"""`/query-understanding` and `/generate-ui` go through the configured model (scripted OpenAI-compatible server)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from backend.main import create_app
from backend.tests.scripted_openai import Reply, ScriptedOpenAI, tool_results
from backend.tests.sse import parse_sse
from backend.tests.test_real_model_path import (  # the scripted server and model permission are shared fixtures
    BROKEN_CODE,
    GOOD_CODE,
    PARAM_SCHEMA,
    allow_model_requests,  # noqa: F401
    server,  # noqa: F401
    settings_for,
)

SAMPLE_CAP = 5


@pytest.fixture(scope="module")
def client(server: ScriptedOpenAI, results_dir: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(settings_for(server, results_dir, model_sample_rows=SAMPLE_CAP))) as test_client:
        yield test_client


def draft(sql: str) -> Reply:
    args = {"sql": sql, "explanation": "Revenue per region from sales.", "chart_type": "bar"}
    return Reply(tool_calls=[("final_result_SqlDraft", json.dumps(args))])


def test_query_understanding_asks_the_model_and_checks_its_sql_without_running_it(
    client: TestClient,
    server: ScriptedOpenAI,  # noqa: F811
) -> None:
    server.script(
        draft("SELECT region, SUM(amont) AS revenue FROM sales GROUP BY region"),
        draft("SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region"),
    )
    response = client.post("/query-understanding", json={"message": "revenue per region"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["tables"] == ["sales"] and "SUM(amount)" in body["sql"] and "LIMIT" in body["sql"].upper()
    assert body["explanation"] == "Revenue per region from sales." and body["chart_type"] == "bar"
    # The engine's own error about the misspelt column went back to the model.
    assert "amont" in tool_results(server.requests[1])[0]


def test_query_understanding_refuses_writes_the_model_proposes(client: TestClient, server: ScriptedOpenAI) -> None:  # noqa: F811
    server.script(*(draft("DELETE FROM sales") for _ in range(4)))
    response = client.post("/query-understanding", json={"message": "clean up sales"})
    assert response.status_code >= 400
    assert "correlation id" in response.json()["error"]["message"]
    assert "secret-account" not in response.text


def test_generate_ui_streams_the_component_the_model_writes(client: TestClient, server: ScriptedOpenAI) -> None:  # noqa: F811
    def code(text: str) -> Reply:
        args = {"code": text, "param_schema": PARAM_SCHEMA, "data_id": "input"}
        return Reply(tool_calls=[("final_result_VizCode", json.dumps(args))], chunk_chars=12)

    server.script(code(BROKEN_CODE), code(GOOD_CODE))
    rows = [{"region": f"R{i}", "revenue": i} for i in range(50)]
    response = client.post(
        "/generate-ui",
        json={
            "columns": [{"name": "region", "type": "VARCHAR"}, {"name": "revenue", "type": "DOUBLE"}],
            "sample_rows": rows,
            "message": "bars with a dashed average line",
        },
    )
    assert response.status_code == 200, response.text
    events = parse_sse(response.text)
    names = [n for n, _ in events]
    assert names[-1] == "done" and events[-1][1]["code_complete"] is True and "error" not in names
    chunks = [p for n, p in events if n == "code"]
    final = ""
    for chunk in chunks:
        final = chunk["content"] if chunk.get("replace") else final + chunk["content"]
    assert final == GOOD_CODE and len(chunks) >= 5
    params = next(p for n, p in events if n == "params")
    assert params["parameters"]["title"] == "Revenue by region vs. average"
    # The compile error went back to the model; no request carried more rows than the cap.
    assert any("rejected" in r for r in tool_results(server.requests[1]))
    for request in server.requests:
        prompt = json.dumps(request["messages"])
        assert '\\"region\\": \\"R5\\"' not in prompt and "R4" in prompt


def test_generate_ui_failure_is_a_plain_error_event(client: TestClient, server: ScriptedOpenAI) -> None:  # noqa: F811
    server.script(Reply(status=500), Reply(status=500), Reply(status=500))
    response = client.post("/generate-ui", json={"columns": [{"name": "a", "type": "INTEGER"}]})
    events = parse_sse(response.text)
    error = next(p for n, p in events if n == "error")
    assert "secret-account" not in response.text and "correlation id" in error["message"]
    assert events[-1][0] == "done" and events[-1][1]["code_complete"] is False
