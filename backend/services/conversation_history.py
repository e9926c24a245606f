"""The chat's view of stored conversations: bounded in length and context, with their data kept on disk."""

from __future__ import annotations

import asyncio

from backend.core.result_store import ResultStore
from backend.models.conversations import Conversation, Turn
from backend.models.errors import ConversationFullError
from backend.repositories.conversations import ConversationRepository


class ChatConversations:
    """Wraps a repository: a turn starts from the last `window` turns, a conversation holds at most
    `max_turns`, and the data a recorded turn shows is kept so it survives restarts and expiry."""

    def __init__(self, repository: ConversationRepository, store: ResultStore, *, max_turns: int, window: int) -> None:
        self.repository = repository
        self.store = store
        self.max_turns = max_turns
        self.window = window

    async def get(self, conversation_id: str, *, last: int | None = None) -> Conversation | None:
        """The conversation's recent turns; a full conversation is refused with a clear reason."""
        conversation = await self.repository.get(conversation_id, last=min(last or self.window, self.window))
        if conversation is not None and conversation.turn_count >= self.max_turns:
            raise ConversationFullError(
                f"this conversation has reached its limit of {self.max_turns} turns; start a new one "
                "(its earlier turns stay readable)"
            )
        return conversation

    async def create(self, title: str) -> Conversation:
        """A new conversation."""
        return await self.repository.create(title)

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Keep the turn's data on disk, then record the turn."""
        if turn.data_id:
            await asyncio.to_thread(self.store.keep, turn.data_id)
        await self.repository.add_turn(conversation_id, turn)
