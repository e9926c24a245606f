"""Event translator: what the agent run emits → the `/chat` stream's events (a pure function)."""

from __future__ import annotations

from pydantic_ai.messages import OutputToolResultEvent, PartEndEvent, TextPart, ThinkingPart

from backend.agents.analyst import DataStored, EngineChosen, QueryProgress, SqlFailed, SqlStarted
from backend.core.result_store import StoredResult
from backend.models.events import DataEvent, ProgressEvent, SqlEvent, StreamEvent, ThoughtEvent


def data_event(stored: StoredResult) -> DataEvent:
    """The `data` event for a stored result."""
    return DataEvent(
        url=stored.url,
        size=stored.size,
        format="json" if stored.size == "small" else "parquet",
        data_id=stored.id,
        row_count=stored.row_count,
        columns=stored.columns(),
        engine=stored.engine,
        truncated=stored.truncated,
        elapsed_ms=round(stored.elapsed_ms, 2),
        reduced=stored.reduced,
    )


def translate(event: object) -> list[StreamEvent]:
    """The stream events one agent event stands for (none for events the user does not see)."""
    if isinstance(event, PartEndEvent) and isinstance(event.part, ThinkingPart | TextPart):
        text = event.part.content.strip()
        return [ThoughtEvent(content=text)] if text else []
    if isinstance(event, EngineChosen):
        return [ThoughtEvent(content=event.reason)]
    if isinstance(event, SqlStarted):
        return [SqlEvent(query=event.query, engine=event.engine, tool=event.tool)]
    if isinstance(event, QueryProgress):
        return [ProgressEvent(stage=event.stage, done=event.done, total=event.total, message=event.message)]
    if isinstance(event, SqlFailed):
        return [ThoughtEvent(content=f"The query did not run: {event.message}")]
    if isinstance(event, DataStored):
        return [data_event(event.stored)]
    if isinstance(event, OutputToolResultEvent) and event.part.outcome != "success":
        # The answer was sent back (e.g. chart code that does not compile): say so, the model tries again.
        first = str(event.part.content).strip().splitlines()
        reason = next((line.lstrip("- ") for line in first[1:] if line.strip()), first[0] if first else "")
        return [ThoughtEvent(content=f"The answer did not pass the checks ({reason}); trying again.")]
    return []
