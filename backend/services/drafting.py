"""`/query-understanding` and `/generate-ui` through the configured provider model.

The same catalog prompt, tools, checks and error wording as a chat turn; nothing runs but `EXPLAIN`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator

from anyio import to_thread
from pydantic_ai.run import AgentRunResultEvent

from backend.agents.drafts import SqlDraft, UIDeps, build_ui_agent, build_understanding_agent
from backend.agents.history import conversation_history
from backend.agents.model_errors import model_error
from backend.core.sql_guard import guard_sql
from backend.models.chat import GenerateUIRequest, QueryUnderstanding
from backend.models.conversations import Conversation
from backend.models.errors import AppError
from backend.models.events import CodeEvent, DoneEvent, ErrorEvent, ParamsEvent, StreamEvent, ThoughtEvent
from backend.models.viz import VizCode
from backend.services.chat import ChatService, usage_limits
from backend.services.code_stream import CodeStream

log = logging.getLogger("viz.drafting")


def _plain(exc: Exception, what: str) -> AppError:
    """The user's error for a failed model run; the provider's text goes to the log under an id."""
    correlation_id = secrets.token_hex(8)
    log.warning("%s failed [%s]", what, correlation_id, exc_info=exc)
    err = model_error(exc)
    err.message = f"{err.message} (correlation id {correlation_id})"
    return err


async def understand_with_model(
    chat: ChatService, message: str, conversation: Conversation | None
) -> QueryUnderstanding:
    """The checked SQL the configured model would run for `message`, not executed."""
    settings = chat.settings
    agent = build_understanding_agent(settings.model_retries)
    deps = chat.deps()
    try:
        run = await agent.run(
            message,
            deps=deps,
            model=chat.model_factory(settings.model, chat.catalog),
            message_history=conversation_history(conversation),
            usage_limits=usage_limits(settings),
        )
    except AppError:
        raise
    except Exception as exc:
        raise _plain(exc, "query understanding") from exc
    engine = deps.preferred_engine or "duckdb"
    output = run.output
    if not isinstance(output, SqlDraft):
        return QueryUnderstanding(sql=None, tables=[], engine=engine, explanation=f"{output.understood} {output.needs}")
    sql = output.sql
    guarded = await to_thread.run_sync(  # the validator guarded it already; this names the tables it reads
        lambda: guard_sql(
            sql,
            allowed_tables=chat.catalog.table_names(),
            limit=settings.default_row_limit,
            max_limit=settings.max_row_limit,
        )
    )
    return QueryUnderstanding(
        sql=output.sql,
        tables=sorted(guarded.tables),
        engine=engine,
        explanation=output.explanation,
        chart_type=output.chart_type,
    )


async def ui_with_model(chat: ChatService, body: GenerateUIRequest) -> AsyncIterator[StreamEvent]:
    """`thought`, `code` chunks as the model writes them, `params`, `done` (after `error` on failure)."""
    settings = chat.settings
    deps = UIDeps(
        columns=body.columns,
        sample_rows=body.sample_rows[: settings.model_sample_rows],  # never more rows than the cap
        message=(body.message or "").strip(),
    )
    yield ThoughtEvent(content="Writing a component for these columns.")
    code, streamed, output = CodeStream(), "", None
    try:
        async with build_ui_agent(settings.model_retries).run_stream_events(
            deps.message or "Draw the most informative chart of these rows.",
            deps=deps,
            model=chat.model_factory(settings.model, chat.catalog),
            usage_limits=usage_limits(settings),
        ) as run:
            async for event in run:
                if isinstance(event, AgentRunResultEvent):
                    output = event.result.output
                for chunk in code.feed(event):
                    streamed = chunk.content if chunk.replace else streamed + chunk.content
                    yield chunk
    except Exception as exc:
        err = exc if isinstance(exc, AppError) else _plain(exc, "generate-ui")
        yield ErrorEvent(message=err.message, stage="code_generation", code=err.code)
        yield DoneEvent(code_complete=False, data_ready=False)
        return
    assert isinstance(output, VizCode)
    params = {p.name: p.default for p in output.param_schema}
    if body.params:
        params.update({k: v for k, v in body.params.items() if k in params})
    yield ParamsEvent(parameters=params, schema=output.param_schema)
    if streamed != output.code:
        yield CodeEvent(content=output.code, replace=True)
    yield DoneEvent(code_complete=True, data_ready=False)
