"""`POST /chat`: the analyst's turn as Server-Sent Events."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from backend.api.deps import ClientDep, ServicesDep, TemplateServiceDep
from backend.api.disconnect import unless_disconnected
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
        **error_responses(400, 401, 404, 409, 413, 422, 429, 499, 503),
    },
)
async def chat(
    body: ChatRequest, request: Request, services: ServicesDep, templates: TemplateServiceDep, client: ClientDep
) -> StreamingResponse:
    """Ask a question (or follow up); the answer streams as SSE events ending with `done`.

    At most `VIZ_MAX_CHATS_PER_CLIENT` streams run at once per client (else 429 with `Retry-After`);
    at most `VIZ_MAX_ACTIVE_TURNS` turns of the built-in analyst run at once (the others wait their turn).
    """
    chat_service = services.require_chat()
    slot = services.chat_slots.acquire(client)
    try:
        builtin = (body.model or services.settings.model) == "builtin"
        # A client that leaves while waiting for its turn takes no slot (499 to nobody).
        turn = await unless_disconnected(request, services.active_turns.acquire(cpu_bound=builtin))
    except BaseException:
        slot.release()
        raise

    def release() -> None:
        turn.release()
        slot.release()

    async def release_after() -> None:  # `async def`: Starlette runs a plain `def` task in a worker thread
        release()

    try:
        if body.template_id and not body.conversation_id:  # continue from a template: it is the first turn
            body = body.model_copy(update={"conversation_id": await templates.start_conversation(body.template_id)})
        message, ctx = await chat_service.prepare(body)
    except BaseException:
        release()
        raise

    async def events() -> AsyncIterator[str]:
        try:
            async for event in chat_service.stream(body, message, ctx):
                yield encode_sse(event)
        finally:
            release()

    # The background task frees the slot too when the client left before the stream started.
    return StreamingResponse(
        events(), media_type="text/event-stream", headers=SSE_HEADERS, background=BackgroundTask(release_after)
    )
