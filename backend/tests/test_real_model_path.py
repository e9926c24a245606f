"""The real `openai-chat` provider end to end against a scripted OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic_ai import models

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.scripted_openai import Body, Reply, ScriptedOpenAI, last_data_id, tool_results
from backend.tests.sse import parse_sse

Events = list[tuple[str, dict[str, Any]]]
MODEL = "openai-chat:scripted"
SAMPLE_CAP = 5
REGION_SQL = "SELECT region, SUM(amount) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"

GOOD_CODE = """import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartFrame, palette } from "@viz/ui";

type Row = { region: string; revenue: number };

export default function Viz({ data, params }: { data: Row[]; params: Record<string, unknown> }) {
  const colors = palette(String(params.color_scheme ?? "default"));
  const average = data.reduce((sum, row) => sum + Number(row.revenue), 0) / Math.max(data.length, 1);
  return (
    <ChartFrame title={String(params.title ?? "")} height={360}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="region" />
          <YAxis />
          <Bar dataKey="revenue" fill={colors[0]} isAnimationActive={false} />
          <ReferenceLine y={average} stroke={colors[1]} strokeDasharray="6 4" label="average" />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
"""
BROKEN_CODE = GOOD_CODE.replace('<XAxis dataKey="region" />', '<XAxis dataKey="region" /')
PARAM_SCHEMA = [
    {"name": "title", "kind": "string", "label": "Title", "default": "Revenue by region vs. average"},
    {
        "name": "color_scheme",
        "kind": "enum",
        "label": "Color scheme",
        "options": ["default", "vivid"],
        "default": "default",
    },
]


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedOpenAI]:
    scripted = ScriptedOpenAI()
    scripted.start()
    yield scripted
    scripted.stop()


@pytest.fixture(scope="module", autouse=True)
def allow_model_requests() -> Iterator[None]:
    before = models.ALLOW_MODEL_REQUESTS
    models.ALLOW_MODEL_REQUESTS = True
    yield
    models.ALLOW_MODEL_REQUESTS = before


def settings_for(server: ScriptedOpenAI, results_dir: Path, **overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "duckdb_path": DEMO_DB,
        "results_dir": results_dir,
        "api_token": None,
        "model": MODEL,
        "openai_base_url": server.url,
        "model_timeout_s": 1.0,
        "model_http_retries": 1,
        "model_sample_rows": SAMPLE_CAP,
    }
    return Settings(**(base | overrides))


@pytest.fixture(scope="module")
def client(server: ScriptedOpenAI, results_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(server, results_dir))) as test_client:
        yield test_client


def ask(client: TestClient, message: str, **extra: Any) -> Events:
    response = client.post("/chat", json={"message": message, **extra})
    assert response.status_code == 200, response.text
    return parse_sse(response.text)


def payloads(events: Events, name: str) -> list[dict[str, Any]]:
    return [p for n, p in events if n == name]


def run_sql(sql: str, text: str | None = None) -> Reply:
    return Reply(text=text, tool_calls=[("run_sql", json.dumps({"query": sql}))])


def viz_code(code: str) -> Any:
    def reply(body: Body) -> Reply:
        args = {"code": code, "param_schema": PARAM_SCHEMA, "data_id": last_data_id(body)}
        return Reply(tool_calls=[("final_result_VizCode", json.dumps(args))], chunk_chars=12)

    return reply


def viz_spec(body: Body) -> Reply:
    args = {"chart_type": "bar", "x": "region", "y": ["revenue"], "title": "Revenue by region"}
    return Reply(tool_calls=[("final_result_VizSpec", json.dumps(args | {"data_id": last_data_id(body)}))])


def test_turns_share_one_connection_to_the_provider_and_stopping_the_app_closes_it(tmp_path: Path) -> None:
    own = ScriptedOpenAI()  # its own server: the module's app keeps a connection to the shared one
    own.start()
    try:
        own.script(run_sql(REGION_SQL), viz_spec, run_sql(REGION_SQL), viz_spec)
        with TestClient(create_app(settings_for(own, tmp_path))) as client:
            for question in ("revenue by region", "revenue by region again"):
                done = payloads(ask(client, question), "done")[0]
                assert done["data_ready"]
            assert len(own.requests) == 4 and len(set(own.peers)) == 1  # kept alive from turn to turn
            assert own.open_connections() == 1
        deadline = time.monotonic() + 5
        while own.open_connections() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert own.open_connections() == 0  # closed by the app on its way out, not left to the GC
    finally:
        own.stop()


def test_model_written_component_streams_as_it_is_written(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(run_sql(REGION_SQL, "Revenue per region, then a line at the average."), viz_code(GOOD_CODE))
    events = ask(client, "revenue by region with a dashed line at the average")
    names = [n for n, _ in events]
    assert names.index("sql") < names.index("data") < names.index("code")
    chunks = payloads(events, "code")
    assert len(chunks) >= 5
    assert names.index("code") < names.index("params")  # streamed before the answer was final
    assert "".join(c["content"] for c in chunks) == GOOD_CODE
    params = payloads(events, "params")[0]
    assert params["parameters"] == {"title": "Revenue by region vs. average", "color_scheme": "default"}
    done = payloads(events, "done")[0]
    assert done["code_complete"] and done["data_ready"] and not payloads(events, "error")
    assert done["tokens_in"] == 200 and done["tokens_out"] == 40
    turn = client.get(f"/api/conversations/{done['conversation_id']}").json()["turns"][-1]
    assert turn["code"] == GOOD_CODE and turn["sql"].startswith("SELECT region")
    tools = {t["function"]["name"] for t in server.requests[0]["tools"]}
    assert {"run_sql", "final_result_VizCode", "final_result_VizSpec"} <= tools


def test_code_that_does_not_compile_goes_back_to_the_model(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(run_sql(REGION_SQL), viz_code(BROKEN_CODE), viz_code(GOOD_CODE))
    events = ask(client, "revenue by region with a dashed line at the average")
    feedback = tool_results(server.requests[2])[-1]
    assert "syntax error" in feedback and "line 14" in feedback
    chunks = payloads(events, "code")
    restarts = [i for i, c in enumerate(chunks) if c["replace"]]
    assert len(restarts) == 2  # the rejected attempt, then the fixed one from the start
    assert "".join(c["content"] for c in chunks[restarts[1] :]) == GOOD_CODE
    assert any("did not pass the checks" in t["content"] for t in payloads(events, "thought"))
    done = payloads(events, "done")[0]
    turn = client.get(f"/api/conversations/{done['conversation_id']}").json()["turns"][-1]
    assert done["code_complete"] and turn["code"] == GOOD_CODE


def test_wrong_sql_is_retried_with_the_engine_error(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(run_sql(REGION_SQL.replace("SUM(amount)", "SUM(amout)")), run_sql(REGION_SQL), viz_spec)
    events = ask(client, "revenue by region")
    assert "amout" in tool_results(server.requests[1])[-1]
    assert len(payloads(events, "sql")) == 2 and not payloads(events, "error")
    assert payloads(events, "params")[0]["parameters"]["chart_type"] == "bar"
    assert payloads(events, "done")[0]["data_ready"] is True


def test_malformed_tool_arguments_are_sent_back_for_correction(client: TestClient, server: ScriptedOpenAI) -> None:
    broken = Reply(tool_calls=[("run_sql", '{"query": "SELECT region FROM sales", "limit": "many"')])
    server.script(broken, run_sql(REGION_SQL), viz_spec)
    events = ask(client, "revenue by region")
    assert len(server.requests) == 3 and server.remaining == 0
    assert payloads(events, "done")[0]["code_complete"] and not payloads(events, "error")


def test_rate_limit_then_success(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(Reply(status=429), run_sql(REGION_SQL), viz_spec)
    events = ask(client, "revenue by region")
    assert len(server.requests) == 3 and not payloads(events, "error")
    assert payloads(events, "done")[0]["data_ready"] is True


def test_a_timeout_is_retried_once_then_reported_plainly(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(Reply(delay_s=3, text="late"), Reply(delay_s=3, text="late"), Reply(text="never asked"))
    events = ask(client, "revenue by region")
    assert len(server.requests) == 2  # one retry by the provider client, not three attempts
    error = payloads(events, "error")[0]
    assert error["code"] == "model_timeout" and error["correlation_id"]
    assert "127.0.0.1" not in error["message"] and "http" not in error["message"].lower()


def test_provider_error_text_stays_in_the_log(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(Reply(status=500), Reply(status=500))
    events = ask(client, "revenue by region")
    error = payloads(events, "error")[0]
    assert error["code"] == "model_unavailable" and error["correlation_id"]
    assert "secret-account-42" not in json.dumps(events)


def test_no_model_request_carries_more_rows_than_the_sample_cap(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(run_sql("SELECT date, amount FROM sales ORDER BY date LIMIT 500"), viz_spec)
    ask(client, "every sale")
    results = [json.loads(c) for c in tool_results(server.requests[1]) if c.startswith("{")]
    assert results and all(len(r["sample_rows"]) <= SAMPLE_CAP for r in results)
    assert results[0]["row_count"] == 500
    everything = json.dumps(server.requests)
    assert everything.count('"amount": ') + everything.count('\\"amount\\": ') <= SAMPLE_CAP


def test_tool_call_budget_ends_the_turn_with_a_clear_error(server: ScriptedOpenAI, results_dir: Path) -> None:
    settings = settings_for(server, results_dir, max_tool_calls_per_turn=1)
    server.script(run_sql(REGION_SQL), run_sql(REGION_SQL), viz_spec)
    with TestClient(create_app(settings)) as client:
        events = ask(client, "revenue by region")
    error = payloads(events, "error")[0]
    assert error["code"] == "budget_exceeded" and "budget" in error["message"]
    assert payloads(events, "done")[0]["code_complete"] is False


def test_request_may_choose_only_an_allowed_model(client: TestClient) -> None:
    refused = client.post("/chat", json={"message": "revenue by region", "model": "openai-chat:gpt-x"})
    assert refused.status_code == 400 and "not available" in refused.json()["error"]["message"]
    builtin = ask(client, "total sales amount by region in 2024", model="builtin")
    assert payloads(builtin, "done")[0]["code_complete"] is True


THROWING_CODE = GOOD_CODE.replace("const average =", "const broken = (data as any).nothing.length;\n  const average =")


def test_repair_turn_sends_code_and_error_back_without_querying(client: TestClient, server: ScriptedOpenAI) -> None:
    server.script(run_sql(REGION_SQL), viz_code(THROWING_CODE))
    first = ask(client, "revenue by region with a dashed line at the average")
    done = payloads(first, "done")[0]
    data_id = payloads(first, "data")[0]["data_id"]
    server.script(viz_code(GOOD_CODE))
    repair = {"turn_id": done["turn_id"], "message": "Cannot read properties of undefined (reading 'length')"}
    fixed = ask(client, "Fix the chart", conversation_id=done["conversation_id"], repair=repair | {"stack": "at Viz"})
    request = server.requests[0]
    assert "run_sql" not in {t["function"]["name"] for t in request["tools"]}
    prompt = json.dumps(request["messages"][-1])
    assert "reading 'length'" in prompt and "(data as any).nothing.length" in prompt and data_id in prompt
    assert not payloads(fixed, "sql") and payloads(fixed, "data")[0]["data_id"] == data_id
    assert "".join(c["content"] for c in payloads(fixed, "code")) == GOOD_CODE
    assert payloads(fixed, "done")[0]["code_complete"] is True


def test_repair_with_the_builtin_model_falls_back_to_the_standard_component(client: TestClient) -> None:
    first = ask(client, "total sales amount by region in 2024", model="builtin")
    done = payloads(first, "done")[0]
    repair = {"turn_id": done["turn_id"], "message": "boom"}
    fixed = ask(client, "Fix the chart", conversation_id=done["conversation_id"], model="builtin", repair=repair)
    assert not payloads(fixed, "sql") and "standard component" in payloads(fixed, "thought")[0]["content"]
    assert "export default function Viz" in "".join(c["content"] for c in payloads(fixed, "code"))
    assert payloads(fixed, "done")[0]["code_complete"] is True


def test_repair_of_an_unknown_turn_is_a_clear_4xx(client: TestClient) -> None:
    no_conversation = client.post("/chat", json={"message": "fix", "repair": {"turn_id": "x", "message": "boom"}})
    assert no_conversation.status_code == 400 and "conversation_id" in no_conversation.json()["error"]["message"]
    done = payloads(ask(client, "total sales amount by region in 2024", model="builtin"), "done")[0]
    unknown = client.post(
        "/chat",
        json={
            "message": "fix",
            "conversation_id": done["conversation_id"],
            "repair": {"turn_id": "nope", "message": "b"},
        },
    )
    assert unknown.status_code == 404 and "nope" in unknown.json()["error"]["message"]
