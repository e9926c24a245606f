"""The built-in analyst reads only the conversation's messages: its turns carry no catalog prompt, while a
provider model (any other model the factory builds, even with VIZ_MODEL=builtin) still receives the catalog."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from fastapi.testclient import TestClient
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel

from backend.main import create_app
from backend.models.catalog import Catalog
from backend.settings import Settings
from backend.tests.sse import parse_sse


@pytest.fixture
def ferry_db(tmp_path: Path) -> Path:
    path = tmp_path / "ferries.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE ferries (ferry_id INTEGER PRIMARY KEY, ferry_name VARCHAR)")
    con.execute("INSERT INTO ferries VALUES (1, 'Gull'), (2, 'Tern'), (3, 'Puffin')")
    con.execute("CREATE TABLE crossings (crossing_id INTEGER, ferry_id INTEGER REFERENCES ferries, passengers INTEGER)")
    con.execute("INSERT INTO crossings SELECT i, 1 + i % 3, 10 + i % 40 FROM range(1, 301) t(i)")
    con.close()
    return path


def _settings(db: Path, tmp_path: Path) -> Settings:
    return Settings(
        duckdb_path=db,
        results_dir=tmp_path / "results",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        api_token=None,
        model="builtin",
    )


def _instructions(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m.get("instructions") or "") for m in messages if m.get("kind") == "request")


def test_a_builtin_turn_answers_and_stores_no_catalog_prompt(ferry_db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(_settings(ferry_db, tmp_path))) as client:
        response = client.post("/chat", json={"message": "total passengers per ferry"})
        events = dict(parse_sse(response.text))
        rows = client.get(events["data"]["url"], params={"format": "json"}).json()["rows"]
        repository: Any = client.app.state.services.conversations  # pyright: ignore[reportAttributeAccessIssue]
        conversation = client.portal.call(repository.get, events["done"]["conversation_id"])  # pyright: ignore[reportOptionalMemberAccess]
    expected = duckdb.connect(str(ferry_db), read_only=True).execute(
        "SELECT sum(passengers) FROM crossings GROUP BY ferry_id ORDER BY 1"
    )
    assert sorted(r[-1] for r in rows) == [v for (v,) in expected.fetchall()]
    messages = conversation.turns[0].messages
    assert messages and "CATALOG" not in _instructions(messages) and "crossings" not in _instructions(messages)


def test_another_model_still_reads_the_catalog_with_builtin_as_the_default(ferry_db: Path, tmp_path: Path) -> None:
    seen: list[str] = []

    async def stream(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
        seen.append(info.instructions or "")
        tool = next(t.name for t in info.output_tools if t.name.endswith("NeedsClarification"))
        yield {0: DeltaToolCall(name=tool, json_args=json.dumps({"understood": "x", "needs": "y"}), tool_call_id="c")}

    def factory(name: str, catalog: Catalog) -> Model | str:
        return FunctionModel(stream_function=stream)

    with TestClient(create_app(_settings(ferry_db, tmp_path), model_factory=factory)) as client:
        assert client.post("/chat", json={"message": "total passengers per ferry"}).status_code == 200
    assert seen and "CATALOG" in seen[0] and "crossings" in seen[0] and "ferries" in seen[0]
