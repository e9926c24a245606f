"""Repair turns: a component that failed in the sandbox goes back to the model with its error, no new query."""

from __future__ import annotations

from collections.abc import Iterator

from backend.agents.builtin.charts import choose_chart
from backend.agents.builtin_model import spec_from_choice
from backend.core.result_store import StoredResult
from backend.models.chat import RepairRequest
from backend.models.conversations import Turn
from backend.models.events import StreamEvent, ThoughtEvent
from backend.models.viz import VizSpec
from backend.services.chart_step import chart_events

STACK_LINES = 12


def repair_prompt(repair: RepairRequest, turn: Turn, stored: StoredResult) -> str:
    """What the model is told: the error, where it happened, the code and the rows' shape."""
    stack = "\n".join((repair.stack or "").strip().splitlines()[:STACK_LINES])
    columns = ", ".join(f"{c.name} ({c.type})" for c in stored.columns())
    return (
        "The chart component of your previous answer failed in the browser sandbox.\n"
        f"Error: {repair.message.strip()}\n"
        + (f"Stack:\n{stack}\n" if stack else "")
        + f"The component:\n```tsx\n{turn.code or ''}\n```\n"
        f"Its data ({stored.row_count:,} rows, data_id {stored.id}) has the columns {columns}.\n"
        "Fix the component and answer with VizCode for the same data_id, keeping its parameters. "
        "Do not query again."
    )


def fallback_spec(turn: Turn, stored: StoredResult) -> VizSpec:
    """The spec-driven chart for a result: the turn's own spec, else the one its columns suggest."""
    if turn.spec is not None:
        return turn.spec.model_copy(update={"data_id": stored.id})
    kinds = stored.kinds()
    choice = choose_chart(list(kinds.items()), stored.row_count)
    return spec_from_choice(choice, str(turn.params.get("title") or ""), fallback="Result").model_copy(
        update={"data_id": stored.id}
    )


def fallback_events(repair: RepairRequest, spec: VizSpec, stored: StoredResult) -> Iterator[StreamEvent]:
    """Without a model that writes code, a repair draws the standard component for the same data."""
    yield ThoughtEvent(
        content=f"The chart failed to render ({repair.message.strip()[:200]}); "
        "drawing it with the standard component for this data instead."
    )
    yield from chart_events(spec, stored, shown_data_id=None)
