"""One chat turn: run the analyst agent, translate its events into the SSE contract, generate the chart."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.messages import (
    ModelMessage,
    ModelMessagesTypeAdapter,
    PartEndEvent,
    TextPart,
    ThinkingPart,
)
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel
from pydantic_ai.run import AgentRunResultEvent

from backend.agents.analyst import AnalystDeps, DataStored, QueryProgress, SqlFailed, SqlStarted, ensure_message
from backend.agents.codegen import build_params, stream_code
from backend.core.engine import Engine
from backend.core.result_store import ResultStore, StoredResult
from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog
from backend.models.chat import ChatRequest
from backend.models.conversations import Conversation, Turn
from backend.models.errors import AppError, BadRequestError, NotFoundError
from backend.models.events import (
    CodeEvent,
    DataEvent,
    DoneEvent,
    ErrorEvent,
    ParamsEvent,
    ParamValue,
    ProgressEvent,
    SqlEvent,
    StreamEvent,
    ThoughtEvent,
)
from backend.models.viz import AnalystOutput, NeedsClarification, ParamsChange, VizSpec
from backend.repositories.conversations import ConversationRepository
from backend.settings import Settings

# Builds the model for one run from (requested model name, catalog, previous turn).
ModelFactory = Callable[[str, Catalog, Turn | None], tuple[Model | str, Callable[[], dict[str, Any] | None]]]


@dataclass
class ChatContext:
    """What a turn starts from: its conversation and the turn a follow-up refers to."""

    conversation: Conversation
    previous: Turn | None
    previous_data: StoredResult | None


def data_event(stored: StoredResult) -> DataEvent:
    """The `data` event for a stored result."""
    return DataEvent(
        url=stored.url,
        size=stored.size,
        format="json" if stored.size == "small" else "parquet",
        data_id=stored.id,
        row_count=stored.row_count,
        columns=stored.columns(),
        engine=stored.engine,
        truncated=stored.truncated,
        elapsed_ms=round(stored.elapsed_ms, 2),
    )


def _attach(turn: Turn, stored: StoredResult) -> None:
    """Record on the turn which stored result it shows."""
    turn.data_id, turn.row_count, turn.data_url = stored.id, stored.row_count, stored.url


def apply_updates(turn: Turn, updates: dict[str, ParamValue]) -> tuple[dict[str, ParamValue], list[str]]:
    """Merge parameter updates into a turn's params, keeping only values its schema allows."""
    params = dict(turn.params)
    notes: list[str] = []
    specs = {p.name: p for p in turn.param_schema}
    for name, value in updates.items():
        spec = specs.get(name)
        if spec is None:
            notes.append(f"This chart has no “{name}” setting.")
            continue
        if spec.kind == "enum" and spec.options is not None and str(value) not in spec.options:
            notes.append(
                f"“{value}” does not fit this data for {spec.label.lower()}; options: {', '.join(spec.options)}."
            )
            continue
        if spec.kind == "number":
            try:
                number = float(value)
            except (TypeError, ValueError):
                notes.append(f"{spec.label} needs a number.")
                continue
            lo = spec.min if spec.min is not None else number
            hi = spec.max if spec.max is not None else number
            value = min(max(number, lo), hi)
            value = int(value) if float(value).is_integer() else value
        if spec.kind == "boolean":
            value = bool(value)
        params[name] = value
    return params, notes


class ChatService:
    """Runs turns of the analyst over the catalog and engines, storing conversations."""

    def __init__(
        self,
        *,
        settings: Settings,
        agent: Agent[AnalystDeps, AnalystOutput],
        catalog: Catalog,
        engines: dict[str, Engine],
        store: ResultStore,
        values: ValueIndex,
        conversations: ConversationRepository,
        model_factory: ModelFactory,
    ) -> None:
        self.settings = settings
        self.agent = agent
        self.catalog = catalog
        self.engines = engines
        self.store = store
        self.values = values
        self.conversations = conversations
        self.model_factory = model_factory

    def _deps(self, *, previous_data: StoredResult | None = None, preferred_engine: str | None = None) -> AnalystDeps:
        """Fresh per-run dependencies of the agent."""
        return AnalystDeps(
            catalog=self.catalog,
            engines=self.engines,
            store=self.store,
            values=self.values,
            default_limit=self.settings.default_row_limit,
            max_limit=self.settings.max_row_limit,
            timeout_s=self.settings.query_timeout_s,
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
            "warm-up", deps=self._deps(), model=FunctionModel(stream_function=answer)
        ) as run:
            async for _ in run:
                pass

    async def prepare(self, request: ChatRequest) -> tuple[str, ChatContext]:
        """Validate the request before the stream starts, so bad input is a clear 4xx."""
        message = ensure_message(request.message, self.settings.max_message_chars)
        if request.model not in (None, "builtin", self.settings.model):
            raise BadRequestError(f"model {request.model!r} is not available; use 'builtin' or {self.settings.model!r}")
        if request.engine is not None and request.engine not in self.engines:
            raise BadRequestError(f"engine {request.engine!r} is not configured; available: {sorted(self.engines)}")
        if request.conversation_id:
            conversation = await self.conversations.get(request.conversation_id)
            if conversation is None:
                raise NotFoundError(
                    f"no conversation with id {request.conversation_id!r}", code="conversation_not_found"
                )
        else:
            conversation = await self.conversations.create(message[:80])
        previous = conversation.last_with_data()
        previous_data: StoredResult | None = None
        if previous and previous.data_id:
            try:
                previous_data = self.store.get(previous.data_id)
            except NotFoundError:
                previous_data = None
        return message, ChatContext(conversation, previous, previous_data)

    async def stream(self, request: ChatRequest, message: str, ctx: ChatContext) -> AsyncIterator[StreamEvent]:
        """Events of one turn, ending with `done` (after an `error` when something failed)."""
        started = time.perf_counter()
        turn = Turn(id=secrets.token_urlsafe(9), prompt=message)
        deps = self._deps(previous_data=ctx.previous_data, preferred_engine=request.engine)
        model, analyst_state = self.model_factory(request.model or self.settings.model, self.catalog, ctx.previous)
        history = _history(ctx.conversation)
        output: AnalystOutput | None = None
        failure: SqlFailed | None = None
        code_complete = False
        try:
            async with self.agent.run_stream_events(message, deps=deps, model=model, message_history=history) as run:
                async for event in run:
                    if isinstance(event, PartEndEvent) and isinstance(event.part, ThinkingPart | TextPart):
                        text = event.part.content.strip()
                        if text:
                            turn.thoughts.append(text)
                            yield ThoughtEvent(content=text)
                    elif isinstance(event, SqlStarted):
                        failure = None
                        turn.sql, turn.engine = event.query, event.engine
                        yield SqlEvent(query=event.query, engine=event.engine, tool=event.tool)
                    elif isinstance(event, QueryProgress):
                        yield ProgressEvent(
                            stage=event.stage, done=event.done, total=event.total, message=event.message
                        )
                    elif isinstance(event, SqlFailed):
                        failure = event
                        yield ThoughtEvent(content=f"The query did not run: {event.message}")
                    elif isinstance(event, DataStored):
                        stored = self.store.get(event.data_id)
                        _attach(turn, stored)
                        yield data_event(stored)
                    elif isinstance(event, AgentRunResultEvent):
                        output = event.result.output
                        turn.messages = ModelMessagesTypeAdapter.dump_python(event.result.new_messages(), mode="json")
            if isinstance(output, VizSpec):
                async for ev in self._chart(turn, output, deps):
                    yield ev
                code_complete = True
            elif isinstance(output, ParamsChange) and ctx.previous and ctx.previous_data:
                async for ev in self._restyle(turn, output, ctx.previous, ctx.previous_data):
                    yield ev
                code_complete = True
            elif isinstance(output, NeedsClarification):
                turn.error = output.needs
                if failure is not None:
                    yield ErrorEvent(message=failure.message, stage=failure.stage, code=failure.code, sql=failure.query)
                elif output.suggestions:
                    yield ThoughtEvent(content="You could ask: " + " · ".join(output.suggestions[:4]))
            turn.analyst_state = analyst_state()
        except AppError as exc:
            turn.error = exc.message
            yield ErrorEvent(message=exc.message, stage=exc.stage, code=exc.code, sql=turn.sql)
        except asyncio.CancelledError:
            # The client went away (Stop, closed tab): keep what the turn produced, then let it unwind.
            turn.error = "cancelled"
            await asyncio.shield(self.conversations.add_turn(ctx.conversation.id, turn))
            raise
        except Exception as exc:  # a model/provider failure must still end the stream cleanly
            turn.error = str(exc)
            yield ErrorEvent(message=f"the analyst failed: {exc}", stage="agent", code="agent_failed", sql=turn.sql)
        await self.conversations.add_turn(ctx.conversation.id, turn)
        elapsed = (time.perf_counter() - started) * 1000
        yield DoneEvent(
            code_complete=code_complete,
            data_ready=turn.data_id is not None,
            conversation_id=ctx.conversation.id,
            turn_id=turn.id,
            elapsed_ms=round(elapsed, 2),
        )

    async def _chart(self, turn: Turn, spec: VizSpec, deps: AnalystDeps) -> AsyncIterator[StreamEvent]:
        stored = deps.last_result
        if stored is None:  # the output validator guarantees a result; keep the stream honest anyway
            raise AppError("no data to chart", code="no_data")
        if turn.data_id != stored.id:  # a chart over the previous turn's data
            _attach(turn, stored)
            yield data_event(stored)
        kinds = stored.kinds()
        params, schema = build_params(spec, kinds, stored.row_count)
        turn.spec, turn.params, turn.param_schema = spec, params, schema
        yield ParamsEvent(parameters=params, schema=schema)
        chunks: list[str] = []
        for chunk in stream_code(spec, kinds):
            chunks.append(chunk)
            yield CodeEvent(content=chunk)
        turn.code = "".join(chunks)

    async def _restyle(
        self, turn: Turn, change: ParamsChange, previous: Turn, stored: StoredResult
    ) -> AsyncIterator[StreamEvent]:
        params, notes = apply_updates(previous, change.updates)
        for note in notes:
            yield ThoughtEvent(content=note)
        turn.sql, turn.engine, turn.spec, turn.code = previous.sql, previous.engine, previous.spec, previous.code
        _attach(turn, stored)
        turn.params, turn.param_schema = params, previous.param_schema
        yield data_event(stored)
        yield ParamsEvent(parameters=params, schema=previous.param_schema)


def _history(conversation: Conversation) -> list[ModelMessage]:
    """Earlier turns' messages, so a provider model sees the conversation."""
    messages: list[Any] = []
    for turn in conversation.turns[-6:]:
        if turn.messages:
            messages.extend(turn.messages)
    return ModelMessagesTypeAdapter.validate_python(messages) if messages else []
