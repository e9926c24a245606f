"""Request bodies of the chat-style endpoints."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from backend.models.events import DataColumn, ParamValue


class RepairRequest(BaseModel):
    """The sandbox could not render a turn's component: fix it without a new query."""

    turn_id: str = Field(max_length=64, description="the turn whose component failed")
    message: str = Field(max_length=4000, description="the error message from the sandbox")
    stack: str | None = Field(default=None, max_length=20_000)


class ChatRequest(BaseModel):
    """`POST /chat`."""

    message: str = Field(description="the user's question or follow-up")
    conversation_id: str | None = Field(default=None, description="continue this conversation")
    template_id: str | None = None
    model: str | None = Field(default=None, description="`builtin` or the configured model; default: configured")
    engine: str | None = Field(default=None, description="preferred engine: duckdb, duckdb-remote, spark")
    repair: RepairRequest | None = Field(
        default=None, description="repair this turn's component (needs conversation_id)"
    )


class QueryUnderstandingRequest(BaseModel):
    """`POST /query-understanding`."""

    message: str
    conversation_id: str | None = None


class QueryUnderstanding(BaseModel):
    """The SQL the analyst would run, without running it."""

    sql: str | None
    tables: list[str]
    engine: str
    explanation: str
    chart_type: str | None = None


class GenerateUIRequest(BaseModel):
    """`POST /generate-ui`: a chart component for given columns and sample rows."""

    columns: list[DataColumn] = Field(min_length=1)
    sample_rows: list[dict[str, Any]] = Field(default_factory=list[dict[str, Any]])
    message: str | None = None
    params: dict[str, ParamValue] | None = None
