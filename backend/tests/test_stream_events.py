"""The chat service's collaborators against the golden transcripts: translator, recorder, chart step."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter
from pydantic_ai.messages import PartEndEvent, TextPart, ThinkingPart, ToolCallPart

from backend.agents.analyst import DataStored, QueryProgress, SqlFailed, SqlStarted
from backend.core.result_store import StoredResult
from backend.models.events import StreamEvent, event_payload
from backend.models.viz import VizSpec
from backend.services.chart_step import chart_events
from backend.services.stream_events import translate
from backend.services.turn_recorder import TurnRecorder
from backend.settings import REPO_ROOT
from backend.tests.sse import parse_sse

GOLDEN = REPO_ROOT / "backend" / "tests" / "golden"
EVENTS: TypeAdapter[StreamEvent] = TypeAdapter(StreamEvent)


def golden(name: str) -> list[tuple[str, dict[str, Any]]]:
    return parse_sse((GOLDEN / name).read_text())


def stored_for(data: dict[str, Any], sql: str) -> StoredResult:
    """The stored result a golden `data` event describes, produced by `sql` (its `sql` event's query)."""
    return StoredResult(
        id=data["data_id"],
        column_names=[c["name"] for c in data["columns"]],
        column_types=[c["type"] for c in data["columns"]],
        row_count=data["row_count"],
        engine=data["engine"],
        sql=sql,
        elapsed_ms=data["elapsed_ms"],
        truncated=data["truncated"],
        size=data["size"],
    )


def agent_event(name: str, payload: dict[str, Any], sql: str) -> object:
    """The agent event that stands behind a golden stream event of the agent phase (`sql`: the query before it)."""
    if name == "thought":
        return PartEndEvent(index=0, part=ThinkingPart(content=payload["content"]))
    if name == "sql":
        return SqlStarted(query=payload["query"], engine=payload["engine"], tool=payload["tool"])
    assert name == "data"
    return DataStored(stored=stored_for(payload, sql))


@pytest.mark.parametrize("transcript", ["chat_sales_by_region.sse", "chat_followup_line.sse"])
def test_translator_reproduces_the_agent_phase_of_each_golden_transcript(transcript: str) -> None:
    events = golden(transcript)
    agent_phase = [(n, p) for n, p in events if n in ("thought", "sql", "data")]
    # A follow-up that only changes the chart runs no query: its data is the first turn's result, from that SQL.
    sql = dict(agent_phase).get("sql", dict(golden("chat_sales_by_region.sse"))["sql"])["query"]
    live = [event_payload(e) for n, p in agent_phase for e in translate(agent_event(n, p, sql))]
    assert live == [p for _, p in agent_phase]


def test_translator_shows_failures_and_progress_and_hides_plumbing() -> None:
    failed = translate(
        SqlFailed(query="SELECT x", message="column x not found", code="sql_error", stage="sql_execution")
    )
    assert [event_payload(e) for e in failed] == [
        {"type": "thinking", "content": "The query did not run: column x not found"}
    ]
    progress = translate(QueryProgress(stage="running", message="Running on spark… 2 s", done=3, total=10))
    assert event_payload(progress[0]) == {
        "type": "progress",
        "stage": "running",
        "done": 3,
        "total": 10,
        "message": "Running on spark… 2 s",
    }
    assert translate(PartEndEvent(index=0, part=TextPart(content="   "))) == []
    assert translate(PartEndEvent(index=0, part=ToolCallPart(tool_name="run_sql", args="{}"))) == []


def test_recorder_builds_the_turn_from_the_golden_stream() -> None:
    events = golden("chat_sales_by_region.sse")
    rec = TurnRecorder("Show me sales by region for Q1 2024")
    for name, payload in events:
        if name != "done":
            rec.record(EVENTS.validate_python(payload))
    turn = rec.turn
    by_name: dict[str, list[dict[str, Any]]] = {}
    for name, payload in events:
        by_name.setdefault(name, []).append(payload)
    assert turn.sql == by_name["sql"][0]["query"] and turn.engine == "duckdb"
    assert turn.data_id == by_name["data"][0]["data_id"] and turn.row_count == 4
    assert turn.data_url == by_name["data"][0]["url"]
    assert turn.thoughts == [p["content"] for p in by_name["thought"]]
    assert turn.params == by_name["params"][0]["parameters"]
    assert [s.name for s in turn.param_schema] == [s["name"] for s in by_name["params"][0]["schema"]]
    assert turn.code == "".join(p["content"] for p in by_name["code"])
    assert turn.error is None


def test_recorder_keeps_the_error_it_streamed() -> None:
    rec = TurnRecorder("x")
    rec.record(EVENTS.validate_python({"type": "error", "message": "boom", "stage": "agent", "code": "agent_failed"}))
    assert rec.turn.error == "boom" and rec.turn.code is None


def test_chart_step_gives_the_golden_params_for_the_same_spec() -> None:
    events = dict(golden("chat_sales_by_region.sse"))
    data, params = events["data"], events["params"]
    spec = VizSpec(chart_type="bar", x="region", y=["total_amount"], title=params["parameters"]["title"])
    out = list(chart_events(spec, stored_for(data, events["sql"]["query"]), shown_data_id=data["data_id"]))
    assert [type(e).__name__ for e in out[:2]] == ["ParamsEvent", "CodeEvent"]
    assert event_payload(out[0]) == params
    code = "".join(event_payload(e)["content"] for e in out[1:])
    assert "export default function Viz" in code


def test_chart_step_announces_data_of_an_earlier_turn() -> None:
    events = dict(golden("chat_sales_by_region.sse"))
    data = events["data"]
    spec = VizSpec(chart_type="bar", x="region", y=["total_amount"], title="t")
    first = next(iter(chart_events(spec, stored_for(data, events["sql"]["query"]), shown_data_id=None)))
    assert event_payload(first) == data
