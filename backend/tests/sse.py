"""Test helpers: parse an SSE body into (event, payload) pairs."""

from __future__ import annotations

import json
from typing import Any


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    """`event: x\\ndata: {...}\\n\\n` blocks → [(x, payload)]."""
    events: list[tuple[str, dict[str, Any]]] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def shape(events: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Event names with runs of the same event collapsed (`code`×8 → `code+`)."""
    out: list[str] = []
    for name, _ in events:
        if out and out[-1].rstrip("+") == name:
            out[-1] = name + "+"
        else:
            out.append(name)
    return out
