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

    def __init__(
        self,
        repository: ConversationRepository,
        store: ResultStore,
        *,
        max_turns: int,
        window: int,
        max_bytes: int = 32 * 1024**2,
    ) -> None:
        self.repository = repository
        self.store = store
        self.max_turns = max_turns
        self.window = window
        self.max_bytes = max_bytes

    async def get(self, conversation_id: str, *, last: int | None = None) -> Conversation | None:
        """The conversation's recent turns (only those: a turn never loads the whole conversation); a
        conversation at its turn or byte limit is refused with a clear reason, its turns stay stored."""
        conversation = await self.repository.get(conversation_id, last=min(last or self.window, self.window))
        if conversation is None:
            return None
        if conversation.turn_count >= self.max_turns:
            raise ConversationFullError(
                f"this conversation has reached its limit of {self.max_turns} turns; start a new one "
                "(its earlier turns stay readable)"
            )
        if await self.repository.stored_bytes(conversation_id) >= self.max_bytes:
            raise ConversationFullError(
                f"this conversation has reached its size limit of {self.max_bytes // 1024**2} MB; start a new "
                "one (its earlier turns stay readable)"
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

    async def stored_bytes(self, conversation_id: str) -> int:
        """Bytes its turns take in storage."""
        return await self.repository.stored_bytes(conversation_id)
