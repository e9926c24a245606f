"""`/api/conversations`: the History list (paged, searchable), one conversation's turns, rename, delete."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Query, Request, Response

from backend.api.deps import CleanupDep, ConversationsRepoDep, QueryHoldDep, RecoveryDep
from backend.api.disconnect import unless_disconnected
from backend.api.errors import error_responses
from backend.core.result_store import StoredResult
from backend.models.conversations import (
    ConversationPage,
    ConversationPublic,
    ConversationSummary,
    ConversationUpdate,
    TurnPublic,
)
from backend.models.errors import ConversationNotFoundError
from backend.services.stream_events import data_event

router = APIRouter(prefix="/api", tags=["conversations"])

NOT_FOUND = error_responses(401, 404, 422)


@router.get("/conversations", response_model=ConversationPage, responses=error_responses(401, 422))
async def list_conversations(
    repo: ConversationsRepoDep,
    q: str | None = Query(default=None, max_length=200, description="text in the title or any prompt"),
    offset: int = Query(default=0, ge=0, le=2**31 - 1),  # the databases' integer range
    limit: int = Query(default=50, ge=1, le=200),
) -> ConversationPage:
    """Conversations, most recently used first."""
    items, total = await repo.list(offset=offset, limit=limit, search=(q or "").strip() or None)
    return ConversationPage(items=items, total=total, offset=offset, limit=limit)


@router.get(
    "/conversations/{conversation_id}",
    response_model=ConversationPublic,
    responses=error_responses(401, 404, 422, 429, 499),
)
async def get_conversation(
    conversation_id: str,
    request: Request,
    repo: ConversationsRepoDep,
    recovery: RecoveryDep,
    hold: QueryHoldDep,
    offset: int | None = Query(
        default=None, ge=0, le=2**31 - 1, description="first turn (from 0); default: the last page"
    ),
    limit: int = Query(default=50, ge=1, le=200, description="turns per page"),
) -> ConversationPublic:
    """Prompt, thoughts, SQL, data, code and params of a page of turns (the most recent by default);
    expired data is re-run from its SQL, all of the page's re-runs within one query timeout, under the
    client's query limit, and stopped when the client leaves."""
    accepted_at = asyncio.get_running_loop().time()
    summary = await repo.get(conversation_id, last=0)
    if summary is None:
        raise ConversationNotFoundError(conversation_id)
    first = max(0, summary.turn_count - limit) if offset is None else offset
    conversation = await repo.get(conversation_id, offset=first, limit=limit)
    if conversation is None:
        raise ConversationNotFoundError(conversation_id)
    turns: list[TurnPublic] = []
    rerun: dict[str, tuple[StoredResult | None, str | None]] = {}  # one re-run per lost result
    for turn in conversation.turns:
        public = TurnPublic.model_validate(turn.model_dump(exclude={"messages"}))
        if turn.data_id:
            if turn.data_id not in rerun:
                rerun[turn.data_id] = await unless_disconnected(
                    request, recovery.ensure(turn.data_id, turn.sql, turn.engine, hold=hold, accepted_at=accepted_at)
                )
            stored, public.note = rerun[turn.data_id]
            if stored is not None and stored.id != turn.data_id:
                event = data_event(stored)
                public.data_id, public.data_url, public.row_count = stored.id, stored.url, stored.row_count
                public.data_format, public.columns, public.truncated = event.format, event.columns, event.truncated
                await repo.set_turn_data(turn.id, public)
        turns.append(public)
    return ConversationPublic(
        id=conversation.id,
        title=conversation.title,
        turn_count=conversation.turn_count,
        created_at=conversation.created_at,
        updated_at=conversation.updated_at,
        turns=turns,
        turns_offset=first,
    )


@router.patch("/conversations/{conversation_id}", response_model=ConversationSummary, responses=NOT_FOUND)
async def rename_conversation(
    conversation_id: str, body: ConversationUpdate, repo: ConversationsRepoDep
) -> ConversationSummary:
    """Rename a conversation."""
    summary = await repo.rename(conversation_id, body.title.strip() or body.title)
    if summary is None:
        raise ConversationNotFoundError(conversation_id)
    return summary


@router.delete("/conversations/{conversation_id}", status_code=204, responses=NOT_FOUND)
async def delete_conversation(conversation_id: str, cleanup: CleanupDep) -> Response:
    """Delete a conversation and its turns (and the kept data nothing else shows)."""
    if not await cleanup.delete_conversation(conversation_id):
        raise ConversationNotFoundError(conversation_id)
    return Response(status_code=204)
