"""Conversations and their turns (prompt, sql, data, code, params)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

from backend.models.events import DataColumn, ParamSpec, ParamValue
from backend.models.viz import VizSpec


def utcnow() -> dt.datetime:
    """Timezone-aware now."""
    return dt.datetime.now(dt.UTC)


class TurnBase(BaseModel):
    """One question and what the analyst produced for it, as stored and as shown."""

    id: str
    prompt: str
    sql: str | None = None
    engine: str | None = None
    data_id: str | None = None
    data_url: str | None = None
    row_count: int | None = None
    # How the result is read back (JSON rows or Parquet as Arrow) and its columns, as the `data` event
    # said: a restored turn loads it the same way. None on turns stored before these were kept.
    data_format: Literal["json", "parquet"] | None = None
    columns: list[DataColumn] = Field(default_factory=list[DataColumn])
    truncated: bool = False
    code: str | None = None
    params: dict[str, ParamValue] = Field(default_factory=dict[str, ParamValue])
    param_schema: list[ParamSpec] = Field(default_factory=list[ParamSpec])
    spec: VizSpec | None = None
    thoughts: list[str] = Field(default_factory=list[str])
    error: str | None = None


# The fields that say where a turn's result is and how to read it (re-pointed when its data is re-run).
RESULT_FIELDS = frozenset({"data_id", "data_url", "row_count", "data_format", "columns", "truncated"})


class Turn(TurnBase):
    """A stored turn."""

    # The run's model messages (JSON): the next turn's history, from which every model reads its context.
    messages: list[Any] | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class Conversation(BaseModel):
    """A thread of turns (`turns` may be only the most recent window of `turn_count`)."""

    id: str
    title: str = ""
    turns: list[Turn] = Field(default_factory=list[Turn])
    turn_count: int = 0
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)

    def last_with_data(self) -> Turn | None:
        """The most recent turn that produced a chart (what a follow-up refers to)."""
        return next((t for t in reversed(self.turns) if t.data_id and (t.spec or t.code)), None)


class TurnPublic(TurnBase):
    """A turn as the API shows it: no model transcripts or analyst state."""

    note: str | None = Field(default=None, description="e.g. that the data was re-run from the saved SQL")
    created_at: dt.datetime


class ConversationBase(BaseModel):
    title: str = Field(default="", max_length=200)


class ConversationUpdate(BaseModel):
    """`PATCH /api/conversations/{id}`: rename."""

    title: str = Field(min_length=1, max_length=200)


class ConversationSummary(ConversationBase):
    """One row of the History list."""

    id: str
    turn_count: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ConversationPublic(ConversationSummary):
    """A conversation with a page of its turns (`turns_offset` is the first one's number, from 0)."""

    turns: list[TurnPublic]
    turns_offset: int = Field(default=0, description="number of the first turn in `turns`; earlier pages: ?offset=")


class ConversationPage(BaseModel):
    """A page of conversations, newest first."""

    items: list[ConversationSummary]
    total: int
    offset: int
    limit: int
