"""Conversation storage behind a small interface; process-local until the persistence issue lands."""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
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

    async def recent(self, limit: int = 50) -> list[Conversation]:
        """The most recently used conversations, newest first."""
        ...


class InMemoryConversationRepository:
    """Dict-backed repository (lost on restart), bounded: the least recently used conversations go first."""

    def __init__(self, max_items: int = 2000) -> None:
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = asyncio.Lock()
        self.max_items = max_items

    async def get(self, conversation_id: str) -> Conversation | None:
        """A deep copy so callers cannot mutate stored state by accident."""
        conv = self._items.get(conversation_id)
        if conv is None:
            return None
        self._items.move_to_end(conversation_id)
        return conv.model_copy(deep=True)

    async def create(self, title: str) -> Conversation:
        """A new conversation with a random id."""
        conv = Conversation(id=secrets.token_urlsafe(12), title=title[:200])
        async with self._lock:
            self._items[conv.id] = conv
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
        return conv.model_copy(deep=True)

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Append `turn`; the conversation must exist."""
        async with self._lock:
            conv = self._items.get(conversation_id)
            if conv is None:  # evicted while the turn ran: keep the turn in a revived conversation
                conv = self._items[conversation_id] = Conversation(id=conversation_id)
            conv.turns.append(turn)
            conv.updated_at = utcnow()

    async def recent(self, limit: int = 50) -> list[Conversation]:
        """Newest first (by last use)."""
        items = list(self._items.values())[-limit:]
        return [c.model_copy(deep=True) for c in reversed(items)]
