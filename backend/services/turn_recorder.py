"""Turn recorder: the stored turn is built from the events the stream emitted — one source of truth."""

from __future__ import annotations

import secrets
from typing import Any

from backend.models.conversations import Turn
from backend.models.events import (
    CodeEvent,
    DataEvent,
    ErrorEvent,
    ParamsEvent,
    SqlEvent,
    StreamEvent,
    ThoughtEvent,
)
from backend.models.viz import VizSpec


class TurnRecorder:
    """Accumulates one turn from its stream events (plus what the stream does not show: spec, messages)."""

    def __init__(self, prompt: str, turn_id: str | None = None) -> None:
        self.turn = Turn(id=turn_id or secrets.token_urlsafe(9), prompt=prompt)
        self._code: list[str] = []

    def record(self, event: StreamEvent) -> StreamEvent:
        """Note what `event` tells about the turn and hand it on (so callers write `yield rec.record(e)`)."""
        turn = self.turn
        if isinstance(event, ThoughtEvent):
            turn.thoughts.append(event.content)
        elif isinstance(event, SqlEvent):
            turn.sql, turn.engine = event.query, event.engine
        elif isinstance(event, DataEvent):
            turn.data_id, turn.row_count, turn.data_url = event.data_id, event.row_count, event.url
            turn.data_format, turn.columns, turn.truncated = event.format, list(event.columns), event.truncated
        elif isinstance(event, ParamsEvent):
            turn.params, turn.param_schema = dict(event.parameters), list(event.schema_)
        elif isinstance(event, CodeEvent):
            self._code = [*([] if event.replace else self._code), event.content]
            turn.code = "".join(self._code)
        elif isinstance(event, ErrorEvent):
            turn.error = event.message
        return event

    def keep_chart(self, previous: Turn) -> None:
        """A restyle shows the previous turn's query and component with new params."""
        self.turn.sql, self.turn.engine = previous.sql, previous.engine
        self.turn.spec, self.turn.code = previous.spec, previous.code

    def set_spec(self, spec: VizSpec) -> None:
        """The chart decision behind this turn's params and code (what a follow-up refers to)."""
        self.turn.spec = spec

    def set_messages(self, messages: list[Any]) -> None:
        """The model messages of this run (JSON), the history of the next turn."""
        self.turn.messages = messages

    def fail(self, reason: str) -> None:
        """The turn ended without a chart, for this reason (no `error` event was shown)."""
        self.turn.error = reason
