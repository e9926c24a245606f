"""SSE event payloads of `/chat` and `/generate-ui` (names and `type` values are the contract)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from backend.models.errors import ErrorCode, Stage

ParamKind = Literal["enum", "number", "boolean", "string", "color"]
ParamValue = str | float | int | bool


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


class DataColumn(BaseModel):
    name: str
    type: str
    additive: bool = Field(
        default=False,
        description="a total or a count per group (SUM or COUNT in the SQL): its values add up to a meaningful whole",
        # Optional for clients, with no default: columns a client builds itself (from Arrow, an older save) omit it.
        json_schema_extra=_no_default,
    )


class ParamSpec(BaseModel):
    """One control of the params panel."""

    name: str
    kind: ParamKind
    label: str
    options: list[str] | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    default: ParamValue


class ThoughtEvent(BaseModel):
    type: Literal["thinking"] = "thinking"
    content: str


class SqlEvent(BaseModel):
    type: Literal["sql"] = "sql"
    query: str
    engine: str
    tool: str


class ProgressEvent(BaseModel):
    type: Literal["progress"] = "progress"
    stage: str
    done: int | None = None
    total: int | None = None
    message: str


class ChartReduction(BaseModel):
    """The chart's rows are a reduction of the result, computed in SQL on the engine that ran the query."""

    method: Literal["m4", "top_n", "top_n+m4", "sample"] = Field(
        description="m4: first/last/min/max per bucket; top_n: largest N plus Other; sample: deterministic sample"
    )
    from_rows: int = Field(description="rows of the full result (downloadable as Parquet from `url` of the event)")
    rows: int = Field(description="rows of the chart data")
    data_id: str
    url: str = Field(description="the chart rows (JSON)")
    note: str = Field(description="what was reduced and how, in words")


class DataEvent(BaseModel):
    type: Literal["data_ready"] = "data_ready"
    url: str
    size: Literal["small", "large"]
    format: Literal["json", "parquet"]
    data_id: str
    row_count: int
    columns: list[DataColumn]
    engine: str
    truncated: bool = False
    elapsed_ms: float | None = None
    reduced: ChartReduction | None = Field(
        default=None, description="set when the chart gets reduced rows; the full result stays at `url`"
    )


class ParamsEvent(BaseModel):
    type: Literal["params"] = "params"
    parameters: dict[str, ParamValue]
    schema_: list[ParamSpec] = Field(alias="schema", serialization_alias="schema")

    model_config = {"populate_by_name": True}


class CodeEvent(BaseModel):
    type: Literal["code_chunk"] = "code_chunk"
    language: Literal["tsx"] = "tsx"
    content: str
    # The model started the component over (its previous attempt was rejected): drop what came before.
    replace: bool = False


class ErrorEvent(BaseModel):
    type: Literal["error"] = "error"
    message: str
    stage: Stage
    code: ErrorCode
    sql: str | None = None
    correlation_id: str | None = None


class ClarificationEvent(BaseModel):
    """The question cannot be answered as asked: what was understood, what is missing, what to ask instead."""

    type: Literal["clarification"] = "clarification"
    understood: str
    needs: str
    suggestions: list[str] = Field(default_factory=list[str])


class DoneEvent(BaseModel):
    type: Literal["complete"] = "complete"
    code_complete: bool
    data_ready: bool
    conversation_id: str | None = None
    turn_id: str | None = None
    elapsed_ms: float | None = None
    tokens_in: int | None = Field(default=None, description="model input tokens of the turn (provider models)")
    tokens_out: int | None = Field(default=None, description="model output tokens of the turn")


EVENT_NAMES: dict[type[BaseModel], str] = {
    ThoughtEvent: "thought",
    SqlEvent: "sql",
    ProgressEvent: "progress",
    DataEvent: "data",
    ParamsEvent: "params",
    CodeEvent: "code",
    ErrorEvent: "error",
    ClarificationEvent: "clarification",
    DoneEvent: "done",
}

StreamEvent = (
    ThoughtEvent
    | SqlEvent
    | ProgressEvent
    | DataEvent
    | ParamsEvent
    | CodeEvent
    | ErrorEvent
    | ClarificationEvent
    | DoneEvent
)


def encode_sse(event: StreamEvent) -> str:
    """`event: <name>\\ndata: <json>\\n\\n` for one payload."""
    name = EVENT_NAMES[type(event)]
    return f"event: {name}\ndata: {event.model_dump_json(by_alias=True)}\n\n"


def event_payload(event: StreamEvent) -> dict[str, Any]:
    """The JSON payload as a dict (by alias, so `schema` keeps its contract name)."""
    return event.model_dump(mode="json", by_alias=True)
