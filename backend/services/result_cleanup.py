"""Deleting a conversation or template also deletes the result files only it referred to."""

from __future__ import annotations

import asyncio

from backend.core.result_store import ResultStore
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.templates import SqlTemplateRepository


class ResultCleanup:
    """Deletes conversations and templates, then the kept Parquet files nothing else shows."""

    def __init__(
        self, conversations: SqlConversationRepository, templates: SqlTemplateRepository, store: ResultStore
    ) -> None:
        self.conversations = conversations
        self.templates = templates
        self.store = store

    async def delete_conversation(self, conversation_id: str) -> bool:
        """Delete it and its turns; False when there was none."""
        data_ids = await self.conversations.data_ids(conversation_id)
        if not await self.conversations.delete(conversation_id):
            return False
        await self._forget(data_ids)
        return True

    async def delete_template(self, template_id: str) -> bool:
        """Delete it and its versions; False when there was none."""
        data_ids = await self.templates.data_ids(template_id)
        if not await self.templates.delete(template_id):
            return False
        await self._forget(data_ids)
        return True

    async def _forget(self, data_ids: set[str]) -> None:
        # A template saved from a turn shows the same result as the turn: only unreferenced files go.
        still = await self.conversations.referencing(data_ids) | await self.templates.referencing(data_ids)
        for data_id in sorted(data_ids - still):
            await asyncio.to_thread(self.store.discard, data_id)
