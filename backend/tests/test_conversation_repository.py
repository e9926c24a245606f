"""The process-local conversation store stays bounded and never loses a turn in flight."""

from __future__ import annotations

import pytest

from backend.models.conversations import Turn
from backend.repositories.conversations import InMemoryConversationRepository


@pytest.mark.anyio
async def test_least_recently_used_conversations_are_evicted_first() -> None:
    repo = InMemoryConversationRepository(max_items=2)
    first = await repo.create("first")
    second = await repo.create("second")
    assert await repo.get(first.id) is not None  # touch: second is now the oldest
    third = await repo.create("third")
    assert await repo.get(second.id) is None
    assert await repo.get(first.id) is not None and await repo.get(third.id) is not None


@pytest.mark.anyio
async def test_turn_of_an_evicted_conversation_is_kept() -> None:
    repo = InMemoryConversationRepository(max_items=1)
    old = await repo.create("old")
    await repo.create("new")
    await repo.add_turn(old.id, Turn(id="t1", prompt="sales by region"))
    revived = await repo.get(old.id)
    assert revived is not None and [t.prompt for t in revived.turns] == ["sales by region"]


@pytest.mark.anyio
async def test_returned_conversations_are_copies() -> None:
    repo = InMemoryConversationRepository()
    conv = await repo.create("x")
    conv.turns.append(Turn(id="t", prompt="mutated"))
    stored = await repo.get(conv.id)
    assert stored is not None and stored.turns == []
