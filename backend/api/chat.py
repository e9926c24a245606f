"""`POST /chat`: the analyst's turn as Server-Sent Events."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from backend.api.deps import ClientDep, ServicesDep, TemplateServiceDep
from backend.api.errors import error_responses
from backend.models.chat import ChatRequest
from backend.models.events import encode_sse

router = APIRouter(tags=["chat"])

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post(
    "/chat",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "thought, sql, data, params, code, error, done"},
        **error_responses(400, 401, 404, 413, 422, 429, 503),
    },
)
async def chat(
    body: ChatRequest, services: ServicesDep, templates: TemplateServiceDep, client: ClientDep
) -> StreamingResponse:
    """Ask a question (or follow up); the answer streams as SSE events ending with `done`.

    At most `VIZ_MAX_CHATS_PER_CLIENT` streams run at once per client (else 429 with `Retry-After`).
    """
    chat_service = services.require_chat()
    slot = services.chat_slots.acquire(client)
    try:
        if body.template_id and not body.conversation_id:  # continue from a template: it is the first turn
            body = body.model_copy(update={"conversation_id": await templates.start_conversation(body.template_id)})
        message, ctx = await chat_service.prepare(body)
    except BaseException:
        slot.release()
        raise

    async def events() -> AsyncIterator[str]:
        try:
            async for event in chat_service.stream(body, message, ctx):
                yield encode_sse(event)
        finally:
            slot.release()

    # The background task frees the slot too when the client left before the stream started.
    return StreamingResponse(
        events(), media_type="text/event-stream", headers=SSE_HEADERS, background=BackgroundTask(slot.release)
    )
