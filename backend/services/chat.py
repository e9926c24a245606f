"""One chat turn: run the analyst agent, translate its events into the SSE contract, chart the result."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import aclosing
from dataclasses import dataclass

from anyio import to_thread
from pydantic_ai import Agent
from pydantic_ai.messages import ModelMessage, ModelMessagesTypeAdapter
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel
from pydantic_ai.run import AgentRunResultEvent
from pydantic_ai.usage import RunUsage, UsageLimits

from backend.agents.analyst import AnalystDeps, SqlFailed, SqlStarted, ensure_message
from backend.agents.builtin_model import BuiltinModel
from backend.agents.history import conversation_history
from backend.agents.model_errors import model_error
from backend.core.engine import Engine
from backend.core.engine_directory import EngineDirectory
from backend.core.result_store import ResultStore, StoredResult
from backend.models.catalog import Catalog
from backend.models.chat import ChatRequest
from backend.models.conversations import Conversation, Turn
from backend.models.errors import (
    AppError,
    BadRequestError,
    ConversationNotFoundError,
    ErrorCode,
    NoDataError,
    NotFoundError,
    shown_id,
)
from backend.models.events import ClarificationEvent, DoneEvent, ErrorEvent, StreamEvent
from backend.models.viz import AnalystOutput, NeedsClarification, ParamsChange, VizCode, VizSpec
from backend.repositories.conversations import ConversationRepository
from backend.services.agent_events import agent_events
from backend.services.catalog_service import CatalogService
from backend.services.chart_step import chart_events, code_events, restyle_events
from backend.services.code_stream import CodeStream
from backend.services.repair import fallback_events, fallback_spec, repair_prompt
from backend.services.stream_events import translate
from backend.services.turn_recorder import TurnRecorder
from backend.settings import Settings

log = logging.getLogger("viz.chat")

# Builds the model for one run from (requested model name, catalog).
ModelFactory = Callable[[str, Catalog], Model | str]


def usage_limits(settings: Settings) -> UsageLimits:
    """The budgets of one model turn (tokens, tool calls)."""
    return UsageLimits(
        request_limit=None,
        total_tokens_limit=settings.max_tokens_per_turn,
        tool_calls_limit=settings.max_tool_calls_per_turn,
    )


@dataclass
class ChatContext:
    """What a turn starts from: its conversation and the turn a follow-up refers to."""

    conversation: Conversation
    previous: Turn | None
    previous_data: StoredResult | None


class ChatService:
    """Runs turns of the analyst over the catalog and engines, storing conversations."""

    def __init__(
        self,
        *,
        settings: Settings,
        agent: Agent[AnalystDeps, AnalystOutput],
        catalogs: CatalogService,
        engines: dict[str, Engine],
        directory: EngineDirectory,
        store: ResultStore,
        conversations: ConversationRepository,
        model_factory: ModelFactory,
    ) -> None:
        self.settings = settings
        self.agent = agent
        self.catalogs = catalogs
        self.engines = engines
        self.directory = directory
        self.store = store
        self.conversations = conversations
        self.model_factory = model_factory

    @property
    def catalog(self) -> Catalog:
        """The merged catalog as it is now (sources come and go while the app runs)."""
        return self.catalogs.catalog

    def deps(self, *, previous_data: StoredResult | None = None, preferred_engine: str | None = None) -> AnalystDeps:
        """Fresh per-run dependencies of the agent."""
        # Read per turn: a source added a moment ago is in this turn's catalog and prompt.
        return AnalystDeps(
            catalog=self.catalogs.catalog,
            engines=self.engines,
            directory=self.directory,
            spark_row_threshold=self.settings.spark_row_threshold,
            store=self.store,
            values=self.catalogs.values,
            default_limit=self.settings.default_row_limit,
            max_limit=self.settings.max_row_limit,
            timeout_s=self.settings.query_timeout_s,
            sample_rows=self.settings.model_sample_rows,
            prompt_tokens=self.settings.prompt_catalog_tokens,
            previous_data=previous_data,
            preferred_engine=preferred_engine,
        )

    async def warm_up(self) -> None:
        """One throwaway agent run at start-up, so the first user does not pay for lazy imports."""

        async def answer(messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[dict[int, DeltaToolCall]]:
            tool = next(t.name for t in info.output_tools if t.name.endswith(NeedsClarification.__name__))
            args = '{"understood": "warm-up", "needs": "nothing"}'
            yield {0: DeltaToolCall(name=tool, json_args=args, tool_call_id="warm-up")}

        async with self.agent.run_stream_events(
            "warm-up", deps=self.deps(), model=FunctionModel(stream_function=answer)
        ) as run:
            async for _ in run:
                pass

    async def prepare(self, request: ChatRequest) -> tuple[str, ChatContext]:
        """Validate the request before the stream starts, so bad input is a clear 4xx."""
        message = ensure_message(request.message, self.settings.max_message_chars)
        allowed = list(dict.fromkeys(["builtin", self.settings.model, *self.settings.models]))
        if request.model is not None and request.model not in allowed:
            raise BadRequestError(f"model {shown_id(request.model)} is not available; allowed: {', '.join(allowed)}")
        if request.engine is not None and request.engine not in self.engines:
            raise BadRequestError(
                f"engine {shown_id(request.engine)} is not configured; available: {sorted(self.engines)}"
            )
        if request.repair is not None and not request.conversation_id:
            raise BadRequestError("a repair needs the conversation_id of the turn it repairs")
        if request.conversation_id:
            conversation = await self.conversations.get(request.conversation_id)
            if conversation is None:
                raise ConversationNotFoundError(request.conversation_id)
        else:
            conversation = await self.conversations.create(message[:80])
        previous = conversation.last_with_data()
        if request.repair is not None:
            previous = self._repaired_turn(conversation, request.repair.turn_id)
        previous_data: StoredResult | None = None
        if request.repair is not None and previous is not None and previous.data_id:
            previous_data = self.store.get(previous.data_id)  # a repair without its rows is a clear 404
        elif previous and previous.data_id:
            try:
                previous_data = self.store.get(previous.data_id)
            except NotFoundError:
                previous_data = None
        return message, ChatContext(conversation, previous, previous_data)

    def _repaired_turn(self, conversation: Conversation, turn_id: str) -> Turn:
        """The turn a repair names; it must have drawn a component over a stored result."""
        turn = next((t for t in conversation.turns if t.id == turn_id), None)
        if turn is None:
            raise NotFoundError(f"no turn {shown_id(turn_id)} in this conversation")
        if not turn.code or not turn.data_id:
            raise BadRequestError(f"turn {shown_id(turn_id)} has no chart to repair")
        return turn

    async def stream(self, request: ChatRequest, message: str, ctx: ChatContext) -> AsyncIterator[StreamEvent]:
        """Events of one turn, ending with `done` (after an `error` when something failed)."""
        started = time.perf_counter()
        rec = TurnRecorder(message)
        deps = self.deps(previous_data=ctx.previous_data, preferred_engine=request.engine)
        model_name = request.model or self.settings.model
        model = self.model_factory(model_name, deps.catalog)
        deps.catalog_in_prompt = not isinstance(model, BuiltinModel)
        output: AnalystOutput | None = None
        failure: SqlFailed | None = None
        code = CodeStream()
        usage = RunUsage()
        code_complete = False
        try:
            limits = usage_limits(self.settings)
            repair, prompt = request.repair, message
            if repair is not None and ctx.previous is not None and ctx.previous_data is not None:
                deps.repairing = True
                if model_name == "builtin":  # it writes no code: the standard component for the same data
                    spec = fallback_spec(ctx.previous, ctx.previous_data)
                    rec.set_spec(spec)
                    for ev in fallback_events(repair, spec, ctx.previous_data):
                        yield rec.record(ev)
                    code_complete = True
                prompt = repair_prompt(repair, ctx.previous, ctx.previous_data)
            if not code_complete:
                history = conversation_history(ctx.conversation)
                run = agent_events(
                    self.agent, prompt, deps=deps, model=model, history=history, limits=limits, usage=usage
                )
                async with aclosing(run) as events:
                    async for event in events:
                        if isinstance(event, SqlStarted | SqlFailed):
                            failure = event if isinstance(event, SqlFailed) else None
                        elif isinstance(event, AgentRunResultEvent):
                            output = event.result.output
                            new = event.result.new_messages()
                            rec.set_messages(ModelMessagesTypeAdapter.dump_python(new, mode="json"))
                        for ev in [*code.feed(event), *translate(event)]:
                            yield rec.record(ev)
            chart: Iterable[StreamEvent] = ()
            if isinstance(output, VizSpec | VizCode):
                stored = deps.result(output.data_id)
                if stored is None:  # the output validator guarantees a result; keep the stream honest anyway
                    raise NoDataError("no data to chart")
                if isinstance(output, VizSpec):
                    rec.set_spec(output)
                    chart = chart_events(output, stored, shown_data_id=rec.turn.data_id)
                else:
                    chart = code_events(output, stored, shown_data_id=rec.turn.data_id, streamed=rec.turn.code)
            elif isinstance(output, ParamsChange) and ctx.previous and ctx.previous_data:
                rec.keep_chart(ctx.previous)
                chart = restyle_events(output, ctx.previous, ctx.previous_data)
            elif isinstance(output, NeedsClarification):
                rec.fail(output.needs)
                if failure is not None:
                    err = ErrorEvent(message=failure.message, stage=failure.stage, code=failure.code, sql=failure.query)
                    chart = [err]
                else:
                    ask = ClarificationEvent(
                        understood=output.understood, needs=output.needs, suggestions=output.suggestions[:4]
                    )
                    chart = [ask]
            # Building the chart's events renders the component's code: CPU work, done in a thread.
            for ev in await to_thread.run_sync(lambda: list(chart)):
                yield rec.record(ev)
            code_complete = code_complete or (
                isinstance(output, VizSpec | VizCode | ParamsChange) and rec.turn.code is not None
            )
        except AppError as exc:
            yield rec.record(ErrorEvent(message=exc.message, stage=exc.stage, code=exc.code, sql=rec.turn.sql))
        except asyncio.CancelledError:
            # The client went away (Stop, closed tab): keep what the turn produced, then let it unwind.
            rec.fail("cancelled")
            await asyncio.shield(self.conversations.add_turn(ctx.conversation.id, rec.turn))
            raise
        except Exception as exc:  # a model/provider failure must still end the stream cleanly
            # The browser gets a plain message and an id; the provider's text goes to the log only.
            correlation_id = secrets.token_hex(8)
            log.warning("chat turn %s failed [%s]", rec.turn.id, correlation_id, exc_info=exc)
            err = model_error(exc)
            event = ErrorEvent(
                message=f"{err.message} (correlation id {correlation_id})",
                stage=err.stage,
                code=err.code,
                sql=rec.turn.sql,
                correlation_id=correlation_id,
            )
            yield rec.record(event)
        try:
            await self.conversations.add_turn(ctx.conversation.id, rec.turn)
        except Exception as exc:  # the answer was streamed: say it was not saved, and still end with `done`
            correlation_id = secrets.token_hex(8)
            log.error("turn %s could not be saved [%s]", rec.turn.id, correlation_id, exc_info=exc)
            message = f"the answer could not be saved in the conversation (correlation id {correlation_id})"
            yield ErrorEvent(
                message=message, stage="internal", code=ErrorCode.internal_error, correlation_id=correlation_id
            )
        elapsed = (time.perf_counter() - started) * 1000
        log.info(
            "turn %s: %.0f ms, %d model requests, %d tokens in, %d out, error=%s",
            rec.turn.id,
            elapsed,
            usage.requests,
            usage.input_tokens,
            usage.output_tokens,
            rec.turn.error,
        )
        measured = usage.requests > 0 and not isinstance(model, FunctionModel)
        yield DoneEvent(
            tokens_in=usage.input_tokens if measured else None,
            tokens_out=usage.output_tokens if measured else None,
            code_complete=code_complete,
            data_ready=rec.turn.data_id is not None,
            conversation_id=ctx.conversation.id,
            turn_id=rec.turn.id,
            elapsed_ms=round(elapsed, 2),
        )
