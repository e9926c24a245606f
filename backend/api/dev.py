"""Development endpoints: `/query-understanding` (SQL without running it) and `/generate-ui`."""

from __future__ import annotations

from collections.abc import AsyncIterator

from anyio import to_thread
from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic_ai.messages import ModelRequest, UserPromptPart

from backend.agents.analyst import ensure_message
from backend.agents.builtin.charts import choose_chart
from backend.agents.builtin.models import Clarification, PresentationDecision
from backend.agents.builtin_model import BuiltinAnalyst, spec_from_choice
from backend.agents.codegen import build_params, stream_code
from backend.agents.history import conversation_history
from backend.api.chat import SSE_HEADERS
from backend.api.deps import ServicesDep
from backend.api.errors import error_responses
from backend.core.catalog import result_column_kind
from backend.core.sql_guard import guard_sql
from backend.models.catalog import ColumnKind
from backend.models.chat import GenerateUIRequest, QueryUnderstanding, QueryUnderstandingRequest
from backend.models.errors import ConversationNotFoundError
from backend.models.events import CodeEvent, DoneEvent, ParamsEvent, ThoughtEvent, encode_sse
from backend.services.drafting import ui_with_model, understand_with_model

router = APIRouter(tags=["dev"])


@router.post(
    "/query-understanding",
    response_model=QueryUnderstanding,
    responses=error_responses(400, 401, 404, 413, 422, 503),
)
async def query_understanding(body: QueryUnderstandingRequest, services: ServicesDep) -> QueryUnderstanding:
    """The SQL the analyst (built-in or the configured model) would run for a question, checked, not run."""
    message = ensure_message(body.message, services.settings.max_message_chars)
    conversation = None
    if body.conversation_id:
        conversation = await services.conversations.get(body.conversation_id)
        if conversation is None:
            raise ConversationNotFoundError(body.conversation_id)
    if services.settings.model != "builtin":
        return await understand_with_model(services.require_chat(), message, conversation)
    engine = services.engine(None)
    history = [*conversation_history(conversation), ModelRequest(parts=[UserPromptPart(message)])]
    catalog, lookup, max_rows = services.catalog, services.values.lookup, services.settings.max_row_limit
    # Indexing the catalog, understanding and guarding (sqlglot) are CPU work: in threads, off the event loop.
    _, decision = await to_thread.run_sync(
        lambda: BuiltinAnalyst(catalog, lookup=lookup, max_rows=max_rows).decide(history)
    )
    if decision is None:  # the message is SQL itself
        guarded = await to_thread.run_sync(
            lambda: guard_sql(
                message.rstrip(";"),
                allowed_tables=services.catalog.table_names(),
                limit=services.settings.default_row_limit,
                max_limit=services.settings.max_row_limit,
                output_dialect="duckdb",
            )
        )
        routed, chosen = await services.route(frozenset(guarded.tables), None)
        return QueryUnderstanding(
            sql=guarded.sql,
            tables=sorted(guarded.tables),
            engine=routed.name,
            explanation=f"Your message is SQL. {chosen.reason}." if chosen.choice else "Your message is SQL.",
        )
    if isinstance(decision, Clarification):
        return QueryUnderstanding(
            sql=None, tables=[], engine=engine.name, explanation=f"{decision.understood} {decision.needs}"
        )
    if isinstance(decision, PresentationDecision):
        return QueryUnderstanding(sql=None, tables=[], engine=engine.name, explanation=" ".join(decision.thoughts))
    sql, limit = decision.sql, min(decision.plan.limit, services.settings.max_row_limit)
    guarded = await to_thread.run_sync(
        lambda: guard_sql(
            sql,
            allowed_tables=services.catalog.table_names(),
            limit=limit,
            max_limit=services.settings.max_row_limit,
            output_dialect="duckdb",
        )
    )
    routed, chosen = await services.route(frozenset(guarded.tables), None)
    return QueryUnderstanding(
        sql=guarded.sql,
        tables=sorted(guarded.tables),
        engine=routed.name,
        explanation=" ".join([*decision.thoughts, *([f"{chosen.reason}."] if chosen.choice else [])]),
        chart_type=decision.chart.chart_type,
    )


@router.post(
    "/generate-ui",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}, **error_responses(401, 413, 422, 503)},
)
async def generate_ui(body: GenerateUIRequest, services: ServicesDep) -> StreamingResponse:
    """A chart component for the given columns: `thought`, `params`, `code` chunks, `done` — written by the
    configured model, or the standard component of the chart that fits (built-in analyst)."""
    if services.settings.model != "builtin":
        chat = services.require_chat()
        stream = (encode_sse(event) async for event in ui_with_model(chat, body))
        return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)
    kinds: dict[str, ColumnKind] = {c.name: result_column_kind(c.name, c.type) for c in body.columns}
    row_count = len(body.sample_rows)
    choice = choose_chart(list(kinds.items()), max(row_count, 2))
    spec = spec_from_choice(choice, (body.message or "").strip()[:120], fallback="Result")
    params, schema = build_params(spec, kinds, max(row_count, 1))
    if body.params:
        params.update({k: v for k, v in body.params.items() if k in params})

    async def events() -> AsyncIterator[str]:
        yield encode_sse(ThoughtEvent(content=spec.reason or f"A {spec.chart_type} chart fits these columns."))
        yield encode_sse(ParamsEvent(parameters=params, schema=schema))
        for chunk in stream_code(spec, kinds, max(row_count, 1)):
            yield encode_sse(CodeEvent(content=chunk))
        yield encode_sse(DoneEvent(code_complete=True, data_ready=False))

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
