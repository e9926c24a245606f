"""Reliability (issue 16, finding 5): CPU work — Parquet writes, chart-data reduction, chart code generation,
download conversion, the analyst's understanding and every SQL parse (sqlglot: the guard, a result's additive
columns) — runs off the event loop, so other requests (and /health) go on meanwhile.

Each of those functions is wrapped to note whether it was called on a thread that runs an event loop;
the real function still does the work, on the real demo catalog.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from backend.agents import builtin_model
from backend.api import dev
from backend.core import guarded_query, reduce, result_store
from backend.main import create_app
from backend.services import chart_step
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.sse import parse_sse

WATCHED: list[tuple[Any, str]] = [
    (result_store, "write_parquet"),  # every stored result, chart rows and kept results included
    (result_store, "additive_columns"),  # which columns of a result add up, read from its SQL (sqlglot)
    (reduce, "plan_reduction"),
    (reduce, "fit_payload"),
    (chart_step, "stream_code"),  # the chart component's code
    (guarded_query, "guard_sql"),  # the analyst's SQL, /api/query, reduction and re-runs: one guard
    (builtin_model, "understand"),  # the built-in analyst reading the question (it builds SQL with sqlglot)
    (dev, "guard_sql"),  # POST /query-understanding
]


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _watch(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, calls: dict[str, list[bool]]) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        calls.setdefault(name, []).append(_on_event_loop())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)


def test_storing_reducing_charting_and_converting_run_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: dict[str, list[bool]] = {}
    for module, name in WATCHED:
        _watch(monkeypatch, module, name, calls)
    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=None, model="builtin")
    with TestClient(create_app(settings)) as client:
        events = parse_sse(client.post("/chat", json={"message": "daily flights delay for every origin"}).text)
        data = next(payload for name, payload in events if name == "data")
        assert data["reduced"] is not None  # the chart rows were reduced in the engine and stored
        assert "code" in [name for name, _ in events] and events[-1][0] == "done"
        assert client.get(f"{data['url']}?format=csv").status_code == 200
        made = client.post("/api/query", json={"sql": "SELECT * FROM sales", "limit": 20000})
        assert made.status_code == 200
        understood = client.post("/query-understanding", json={"message": "total amount by region"})
        assert understood.status_code == 200 and understood.json()["sql"]
    assert set(calls) == {name for _, name in WATCHED}  # each was exercised
    on_loop = {name: sum(seen) for name, seen in calls.items() if any(seen)}
    assert on_loop == {}, f"called on the event loop: {on_loop}"
