"""Model-written chart code as it arrives: the `code` argument of a VizCode output call, from its deltas."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import cast

from pydantic_ai.messages import PartDeltaEvent, PartEndEvent, PartStartEvent, ToolCallPart, ToolCallPartDelta
from pydantic_core import from_json

from backend.models.events import CodeEvent
from backend.models.viz import VizCode

MIN_CHUNK_CHARS = 48  # providers send a token per delta; a chunk per line-ish keeps the stream readable


@dataclass
class _Call:
    args: str
    sent: int = 0
    started: bool = False


class CodeStream:
    """Turns the argument deltas of `final_result_VizCode` calls into `code` events as the model writes."""

    def __init__(self, min_chunk: int = MIN_CHUNK_CHARS) -> None:
        self.min_chunk = min_chunk
        self._calls: dict[int, _Call] = {}

    def feed(self, event: object) -> list[CodeEvent]:
        """Code events for one agent event (none unless it carries more of a VizCode call's code)."""
        if isinstance(event, PartStartEvent):
            part = event.part
            if not (isinstance(part, ToolCallPart) and part.tool_name.endswith(VizCode.__name__)):
                self._calls.pop(event.index, None)
                return []
            args = part.args if isinstance(part.args, str) else _json_text(part.args)
            self._calls[event.index] = _Call(args=args)
            return self._emit(event.index, final=not isinstance(part.args, str))
        if isinstance(event, PartEndEvent) and event.index in self._calls:
            out = self._emit(event.index, final=True)
            del self._calls[event.index]
            return out
        if isinstance(event, PartDeltaEvent) and isinstance(event.delta, ToolCallPartDelta):
            call = self._calls.get(event.index)
            if call is None or not isinstance(event.delta.args_delta, str):
                return []
            call.args += event.delta.args_delta
            return self._emit(event.index, final=False)
        return []

    def finish(self) -> list[CodeEvent]:
        """Flush what is left of every open call (the model finished its response)."""
        out = [e for index in list(self._calls) for e in self._emit(index, final=True)]
        self._calls.clear()
        return out

    def _emit(self, index: int, *, final: bool) -> list[CodeEvent]:
        call = self._calls[index]
        code = _partial_code(call.args)
        fresh = code[call.sent :]
        if not fresh or (not final and len(fresh) < self.min_chunk and "\n" not in fresh):
            return []
        event = CodeEvent(content=fresh, replace=not call.started)
        call.sent, call.started = len(code), True
        return [event]


def _partial_code(args: str) -> str:
    """The `code` value of possibly incomplete JSON arguments (a prefix of the final value)."""
    try:
        value: object = from_json(args, allow_partial="trailing-strings")
    except ValueError:
        return ""
    code: object = cast(dict[str, object], value).get("code") if isinstance(value, dict) else None
    return code if isinstance(code, str) else ""


def _json_text(args: object) -> str:
    return json.dumps(args) if args is not None else ""
