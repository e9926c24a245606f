"""`POST /chat`: the analyst's turn as Server-Sent Events."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from backend.api.deps import ServicesDep, TemplateServiceDep
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
async def chat(body: ChatRequest, services: ServicesDep, templates: TemplateServiceDep) -> StreamingResponse:
    """Ask a question (or follow up); the answer streams as SSE events ending with `done`."""
    chat_service = services.require_chat()
    if body.template_id and not body.conversation_id:  # continue from a template: it is the first turn
        body = body.model_copy(update={"conversation_id": await templates.start_conversation(body.template_id)})
    message, ctx = await chat_service.prepare(body)

    async def events() -> AsyncIterator[str]:
        async for event in chat_service.stream(body, message, ctx):
            yield encode_sse(event)

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
