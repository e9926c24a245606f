"""Conversation storage behind a small interface; process-local until the persistence issue lands."""

from __future__ import annotations

import asyncio
import secrets
from typing import Protocol

from backend.models.conversations import Conversation, Turn, utcnow


class ConversationRepository(Protocol):
    """What the chat flow needs from conversation storage."""

    async def get(self, conversation_id: str) -> Conversation | None:
        """The conversation, or None."""
        ...

    async def create(self, title: str) -> Conversation:
        """A new, empty conversation."""
        ...

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Append a turn."""
        ...


class InMemoryConversationRepository:
    """Dict-backed repository (lost on restart)."""

    def __init__(self) -> None:
        self._items: dict[str, Conversation] = {}
        self._lock = asyncio.Lock()

    async def get(self, conversation_id: str) -> Conversation | None:
        """A deep copy so callers cannot mutate stored state by accident."""
        conv = self._items.get(conversation_id)
        return conv.model_copy(deep=True) if conv else None

    async def create(self, title: str) -> Conversation:
        """A new conversation with a random id."""
        conv = Conversation(id=secrets.token_urlsafe(12), title=title[:200])
        async with self._lock:
            self._items[conv.id] = conv
        return conv.model_copy(deep=True)

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Append `turn`; the conversation must exist."""
        async with self._lock:
            conv = self._items[conversation_id]
            conv.turns.append(turn)
            conv.updated_at = utcnow()
