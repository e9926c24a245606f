"""`GET /api/conversations/{id}`: the turns of a conversation."""

from __future__ import annotations

from fastapi import APIRouter

from backend.api.deps import ServicesDep
from backend.api.errors import error_responses
from backend.models.conversations import Conversation
from backend.models.errors import ConversationNotFoundError

router = APIRouter(prefix="/api", tags=["conversations"])


@router.get("/conversations/{conversation_id}", response_model=Conversation, responses=error_responses(401, 404))
async def get_conversation(conversation_id: str, services: ServicesDep) -> Conversation:
    """Prompt, SQL, data id, code and params of every turn."""
    conversation = await services.conversations.get(conversation_id)
    if conversation is None:
        raise ConversationNotFoundError(conversation_id)
    for turn in conversation.turns:
        turn.messages = None  # model transcripts stay server-side
    return conversation
