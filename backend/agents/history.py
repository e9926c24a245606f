"""A conversation's earlier turns as the message history an agent run continues from."""

from __future__ import annotations

from typing import Any

from pydantic_ai.messages import ModelMessage, ModelMessagesTypeAdapter

from backend.models.conversations import Conversation

HISTORY_TURNS = 6


def conversation_history(conversation: Conversation | None, turns: int = HISTORY_TURNS) -> list[ModelMessage]:
    """The messages of the last `turns` turns, oldest first (empty for a new conversation)."""
    if conversation is None:
        return []
    messages: list[Any] = []
    for turn in conversation.turns[-turns:]:
        if turn.messages:
            messages.extend(turn.messages)
    return ModelMessagesTypeAdapter.validate_python(messages) if messages else []
