"""Chart step: the agent's chart decision + the stored result it charts → `params` and `code` events."""

from __future__ import annotations

from collections.abc import Iterator

from backend.agents.codegen import build_params, stream_code
from backend.core.result_store import StoredResult
from backend.models.conversations import Turn
from backend.models.events import CodeEvent, ParamsEvent, ParamValue, StreamEvent, ThoughtEvent
from backend.models.viz import ParamsChange, VizCode, VizSpec
from backend.services.stream_events import data_event


def apply_updates(turn: Turn, updates: dict[str, ParamValue]) -> tuple[dict[str, ParamValue], list[str]]:
    """Merge parameter updates into a turn's params, keeping only values its schema allows."""
    params = dict(turn.params)
    notes: list[str] = []
    specs = {p.name: p for p in turn.param_schema}
    for name, value in updates.items():
        spec = specs.get(name)
        if spec is None:
            notes.append(f"This chart has no “{name}” setting.")
            continue
        if spec.kind == "enum" and spec.options is not None and str(value) not in spec.options:
            notes.append(
                f"“{value}” does not fit this data for {spec.label.lower()}; options: {', '.join(spec.options)}."
            )
            continue
        if spec.kind == "number":
            try:
                number = float(value)
            except (TypeError, ValueError):
                notes.append(f"{spec.label} needs a number.")
                continue
            lo = spec.min if spec.min is not None else number
            hi = spec.max if spec.max is not None else number
            value = min(max(number, lo), hi)
            value = int(value) if float(value).is_integer() else value
        if spec.kind == "boolean":
            value = bool(value)
        params[name] = value
    return params, notes


def chart_events(spec: VizSpec, stored: StoredResult, *, shown_data_id: str | None) -> Iterator[StreamEvent]:
    """`data` (when the chart shows a result this turn has not announced), `params`, then `code` chunks."""
    if shown_data_id != stored.id:  # a chart over the previous turn's data
        yield data_event(stored)
    kinds = stored.kinds()
    params, schema = build_params(spec, kinds, stored.row_count)
    yield ParamsEvent(parameters=params, schema=schema)
    for chunk in stream_code(spec, kinds, stored.row_count):
        yield CodeEvent(content=chunk)


def code_events(
    viz: VizCode, stored: StoredResult, *, shown_data_id: str | None, streamed: str | None
) -> Iterator[StreamEvent]:
    """`data` (if not yet announced), `params` from the model's schema, and the code unless it already streamed."""
    if shown_data_id != stored.id:
        yield data_event(stored)
    yield ParamsEvent(parameters={p.name: p.default for p in viz.param_schema}, schema=viz.param_schema)
    if streamed != viz.code:
        yield CodeEvent(content=viz.code, replace=True)


def restyle_events(change: ParamsChange, previous: Turn, stored: StoredResult) -> Iterator[StreamEvent]:
    """A presentation-only follow-up: notes on refused values, the same `data`, the new `params`."""
    params, notes = apply_updates(previous, change.updates)
    for note in notes:
        yield ThoughtEvent(content=note)
    yield data_event(stored)
    yield ParamsEvent(parameters=params, schema=previous.param_schema)
