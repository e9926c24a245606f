"""The analyst's tools name only the engines that are configured, and the prompt says which to use when."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel

from backend.main import create_app
from backend.models.catalog import Catalog
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.ready_process import free_port
from backend.tests.sse import parse_sse


def _seen_by_the_model(tmp_path: Path, **engines: str) -> tuple[dict[str, Any], str]:
    """(tool name → parameter schema, instructions) as the model receives them on the first request."""
    seen: dict[str, Any] = {}

    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        seen["tools"] = {t.name: t.parameters_json_schema for t in info.function_tools}
        seen["instructions"] = info.instructions or ""
        tool = next(t.name for t in info.output_tools if t.name.endswith("NeedsClarification"))
        args = json.dumps({"understood": "a test", "needs": "nothing"})
        yield {0: DeltaToolCall(name=tool, json_args=args, tool_call_id="c1")}

    def factory(name: str, catalog: Catalog) -> Model | str:
        return FunctionModel(stream_function=stream)

    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=None, model="builtin", **engines)
    with TestClient(create_app(settings, model_factory=factory)) as client:
        assert client.post("/chat", json={"message": "flights per origin"}).status_code == 200
    return seen["tools"], seen["instructions"]


@pytest.mark.parametrize(
    ("engines", "duckdb_engines", "spark_tool"),
    [
        ({}, ["duckdb"], False),
        ({"spark_remote": "sc://127.0.0.1:{port}"}, ["duckdb"], True),
        (
            {"duckdb_remote": "quack:127.0.0.1:{port}", "duckdb_remote_token": "tok1"},
            ["duckdb", "duckdb-remote"],
            False,
        ),
    ],
    ids=["local only", "with spark", "with remote duckdb"],
)
def test_tools_list_only_configured_engines(
    tmp_path: Path, engines: dict[str, str], duckdb_engines: list[str], spark_tool: bool
) -> None:
    # Nothing needs to listen at these addresses: listing tools does no engine I/O.
    configured = {k: v.format(port=free_port()) for k, v in engines.items()}
    tools, instructions = _seen_by_the_model(tmp_path, **configured)
    assert tools["run_sql"]["properties"]["data_source"]["enum"] == duckdb_engines
    assert ("submit_spark" in tools) is spark_tool
    if spark_tool:
        assert set(tools["submit_spark"]["properties"]) == {"query", "limit"}
        assert "submit_spark runs the same DuckDB-dialect SQL as a Spark job" in instructions
        assert "more than 1,000,000 rows" in instructions
    if len(duckdb_engines) + spark_tool > 1:
        assert "\nENGINES\n" in instructions
    else:
        assert "\nENGINES\n" not in instructions and "submit_spark runs" not in instructions


def test_a_model_asking_for_an_engine_that_is_not_configured_is_told_to_correct_itself(tmp_path: Path) -> None:
    calls: list[str] = []

    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        calls.append("request")
        if len(calls) == 1:
            args = json.dumps(
                {"query": "SELECT region, sum(amount) AS total FROM sales GROUP BY 1", "data_source": "x"}
            )
            yield {0: DeltaToolCall(name="run_sql", json_args=args, tool_call_id="c1")}
            return
        tool = next(t.name for t in info.output_tools if t.name.endswith("NeedsClarification"))
        yield {0: DeltaToolCall(name=tool, json_args='{"understood": "u", "needs": "n"}', tool_call_id="c2")}

    def factory(name: str, catalog: Catalog) -> Model | str:
        return FunctionModel(stream_function=stream)

    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=None, model="builtin")
    with TestClient(create_app(settings, model_factory=factory)) as client:
        events = parse_sse(client.post("/chat", json={"message": "sales by region"}).text)
    thoughts = [p["content"] for n, p in events if n == "thought"]
    assert "The query did not run: engine 'x' is not configured; available: ['duckdb']" in thoughts
    assert len(calls) == 2 and events[-1][0] == "done"
