"""The built-in offline analyst as a real PydanticAI model (FunctionModel) driving the same agent loop."""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator, Sequence
from datetime import date
from typing import Any

from anyio import to_thread
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ThinkingPart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)
from pydantic_ai.models.function import AgentInfo, DeltaThinkingPart, DeltaToolCall, FunctionModel

from backend.agents.builtin.catalog_index import CatalogIndex, build_index
from backend.agents.builtin.charts import choose_chart, repeated_columns
from backend.agents.builtin.empty_result import empty_result_note
from backend.agents.builtin.finishing import leader_note
from backend.agents.builtin.models import (
    AnalysisPlan,
    ChartChoice,
    Clarification,
    PresentationDecision,
    QueryDecision,
    ValueLookup,
)
from backend.agents.builtin.sql_builder import WHOLE_ANSWER_ROWS, build_sql, whole_answer
from backend.agents.builtin.understand import understand
from backend.agents.codegen import humanize
from backend.agents.sql_input import looks_like_sql
from backend.agents.tools import QuerySummary
from backend.models.catalog import Catalog
from backend.models.viz import CHART_TYPES, NeedsClarification, ParamsChange, VizSpec

StreamItem = str | dict[int, DeltaToolCall] | dict[int, DeltaThinkingPart]
Decided = tuple[QueryDecision | None, QueryDecision | PresentationDecision | Clarification | None]


def _question(message: ModelRequest) -> str:
    for part in reversed(message.parts):
        if isinstance(part, UserPromptPart) and isinstance(part.content, str):
            return part.content
    return ""


def _output_tool(info: AgentInfo, model: type) -> str:
    """Name of the output tool for `model` (PydanticAI names them after the output type)."""
    for tool in info.output_tools:
        if tool.name.endswith(model.__name__):
            return tool.name
    raise RuntimeError(f"agent has no output tool for {model.__name__}")


def describe_shape(summary: QuerySummary) -> str:
    """ "3 rows × 2 columns: region (text), total (numeric)"."""
    cols = ", ".join(f"{c.name} ({c.kind})" for c in summary.columns)
    more = " (first rows only: the result was truncated)" if summary.truncated else ""
    rows = "row" if summary.row_count == 1 else "rows"
    return f"The result has {summary.row_count:,} {rows}{more} × {len(summary.columns)} columns: {cols}."


def _compact(v: float) -> str:
    """1234567 → 1.2M, 0.5 → 0.5."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(v) >= size:
            return f"{v / size:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{v:.3g}" if not float(v).is_integer() else f"{int(v):,}"


def _number(v: object) -> float | None:
    """A sample value as a number (results may carry decimals or numeric strings)."""
    if isinstance(v, bool) or v is None:
        return None
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def leader_sentence(plan: AnalysisPlan, summary: QuerySummary, x: str | None) -> str | None:
    """For a ranking, which item leads and by how much: "North America leads with 1.2M, 41% ahead of Europe"."""
    ranking = plan.top_n is not None or leader_note(plan) is not None
    if not ranking or not plan.order or len(plan.dimensions) > 1 or len(summary.sample_rows) < 2:
        return None
    key = plan.order[0].alias
    label = x if x and x != key else next((c.name for c in summary.columns if c.kind != "numeric"), None)
    first, second = summary.sample_rows[0], summary.sample_rows[1]
    a, b = _number(first.get(key)), _number(second.get(key))
    if label is None or a is None or b is None:
        return None
    name, other = first.get(label), second.get(label)
    if not plan.order[0].desc:
        return f"{name} is lowest with {_compact(a)}, below {other} ({_compact(b)})."
    if b > 0 and a != b:
        return f"{name} leads with {_compact(a)}, {round(100 * (a - b) / b)}% ahead of {other}."
    return f"{name} leads with {_compact(a)}, level with {other}." if a == b else f"{name} leads with {_compact(a)}."


def spec_from_choice(choice: ChartChoice, title: str | None, *, fallback: str) -> VizSpec:
    """The chart spec for a chart choice; without a title, "<measure> by <x>" (else `fallback`)."""
    named = " by ".join(humanize(c) for c in [*choice.y[:1], choice.x] if c)
    return VizSpec(
        chart_type=choice.chart_type if choice.chart_type in CHART_TYPES else "table",
        alternatives=[a for a in choice.alternatives if a in CHART_TYPES],
        x=choice.x,
        y=choice.y,
        series=choice.series,
        size=choice.size,
        title=title or named or fallback,
        reason=choice.reason,
    )


def _runs(messages: Sequence[ModelMessage]) -> list[tuple[str, bool]]:
    """Each question in the history and whether one of its queries returned data."""
    runs: list[tuple[str, bool]] = []
    for message in messages:
        if not isinstance(message, ModelRequest):
            continue
        question = next(
            (p.content for p in message.parts if isinstance(p, UserPromptPart) and isinstance(p.content, str)), None
        )
        if question is not None:
            runs.append((question, False))
        elif runs and any(_answered(p) for p in message.parts):
            runs[-1] = (runs[-1][0], True)
    return runs


def _answered(part: object) -> bool:
    return isinstance(part, ToolReturnPart) and part.tool_name == "run_sql" and part.outcome == "success"


class BuiltinModel(FunctionModel):
    """The built-in analyst as a PydanticAI model: it reads the conversation's messages, never the instructions."""


class BuiltinAnalyst:
    """The offline analyst: every decision is re-derived from the conversation's messages, so it keeps no
    state between turns (a follow-up's context is the plan of the last question that returned data)."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        lookup: ValueLookup,
        today: date | None = None,
        index: CatalogIndex | None = None,
        max_rows: int = WHOLE_ANSWER_ROWS,
    ) -> None:
        self.catalog = catalog
        self.lookup = lookup
        self.today = today
        self.index = index if index is not None and index.catalog is catalog else build_index(catalog)
        # The app's row cap (VIZ_MAX_ROW_LIMIT): a whole answer asks for no more, or the guard refuses its LIMIT.
        self.whole_rows = min(WHOLE_ANSWER_ROWS, max_rows)
        # A turn asks twice (before its query, then with its result) and the history reads the same way both
        # times: the latest reading is kept, so the second ask does not parse every question again.
        self._decided: tuple[tuple[tuple[tuple[str, bool], ...], str], Decided] | None = None

    def decide(self, messages: Sequence[ModelMessage]) -> Decided:
        """(plan a follow-up refers to, decision for the newest question), replayed from the history."""
        runs = _runs(messages)
        # Whether the newest question has returned data yet does not change how it is read.
        key = (tuple(runs[:-1]), runs[-1][0] if runs else "")
        if self._decided is None or self._decided[0] != key:
            self._decided = (key, self._replay(runs))
        return self._decided[1]

    def _replay(self, runs: list[tuple[str, bool]]) -> Decided:
        previous: QueryDecision | None = None
        for question, answered in runs[:-1]:
            if looks_like_sql(question) or (not answered and previous is None):
                continue
            decision = self._understand(question, previous)
            if isinstance(decision, QueryDecision) and answered:
                previous = decision
            elif previous is not None and isinstance(decision, PresentationDecision):
                # "make it a line chart" ran no query, but the chart type it chose holds for the follow-ups
                # that change the data ("only Europe" stays a line).
                kind = decision.updates.get("chart_type")
                if isinstance(kind, str) and kind in CHART_TYPES:
                    plan = previous.plan.model_copy(update={"chart_hint": kind})
                    previous = previous.model_copy(update={"plan": plan})
        if not runs or looks_like_sql(runs[-1][0]):
            return previous, None
        return previous, self._understand(runs[-1][0], previous)

    def _understand(
        self, question: str, previous: QueryDecision | None
    ) -> QueryDecision | PresentationDecision | Clarification:
        decision = understand(
            question, self.catalog, previous=previous, lookup=self.lookup, today=self.today, index=self.index
        )
        if isinstance(decision, QueryDecision) and whole_answer(decision.plan) and self.whole_rows < WHOLE_ANSWER_ROWS:
            capped = build_sql(decision.plan, self.catalog, whole_rows=self.whole_rows)
            return decision.model_copy(update={"sql": capped})
        return decision

    def model(self) -> FunctionModel:
        """A PydanticAI model whose responses come from this analyst."""
        return BuiltinModel(self.respond, stream_function=self.stream, model_name="builtin")

    async def respond(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        """Non-streamed variant (same decisions as `stream`)."""
        parts: list[ThinkingPart | ToolCallPart | TextPart] = []
        async for item in self.stream(messages, info):
            if isinstance(item, str):
                parts.append(TextPart(item))
                continue
            for delta in item.values():
                if isinstance(delta, DeltaThinkingPart):
                    parts.append(ThinkingPart(delta.content or ""))
                else:
                    parts.append(ToolCallPart(delta.name or "", delta.json_args, tool_call_id=delta.tool_call_id or ""))
        return ModelResponse(parts=parts, model_name="builtin")

    async def stream(self, messages: list[ModelMessage], info: AgentInfo) -> AsyncIterator[StreamItem]:
        """One model step: understand the question, or turn a query result into a chart."""
        # Understanding replays every question of the conversation and builds SQL with sqlglot: CPU work,
        # done in a thread so the event loop serves other requests (and /health) meanwhile.
        steps = await to_thread.run_sync(self._steps, messages, info)
        for index, item in enumerate(steps):
            if isinstance(item, tuple):
                name, args = item
                call = DeltaToolCall(name=name, json_args=json.dumps(args), tool_call_id=secrets.token_hex(6))
                yield {index: call}
            else:
                yield {index: DeltaThinkingPart(content=item)}

    def _steps(self, messages: list[ModelMessage], info: AgentInfo) -> list[str | tuple[str, dict[str, Any]]]:
        request = messages[-1]
        assert isinstance(request, ModelRequest)
        returns = [p for p in request.parts if isinstance(p, ToolReturnPart) and p.tool_name == "run_sql"]
        retries = [p for p in returns if p.outcome != "success"]
        if retries:
            return self._give_up(retries[-1], info)
        if returns:
            return self._chart_step(returns[-1], self.decide(messages)[1], info)
        return self._first_step(_question(request), self.decide(messages)[1], info)

    def _first_step(
        self, question: str, decision: QueryDecision | PresentationDecision | Clarification | None, info: AgentInfo
    ) -> list[str | tuple[str, dict[str, Any]]]:
        if decision is None:
            note = "Your message is SQL, so I run it as written, after the same safety checks as my own queries."
            return [note, ("run_sql", {"query": question.strip().rstrip(";")})]
        if isinstance(decision, QueryDecision):
            # No data_source: the router picks the engine from the tables' sizes.
            limit = self.whole_rows if whole_answer(decision.plan) else decision.plan.limit
            args = {"query": decision.sql, "limit": limit}
            # The chart reasoning is given once, after the data arrived (see `_chart_step`).
            thoughts = [t for t in decision.thoughts if t != decision.chart.reason]
            return [*thoughts, ("run_sql", args)]
        if isinstance(decision, PresentationDecision):
            change = ParamsChange(updates=decision.updates, reason=" ".join(decision.thoughts))
            return [*decision.thoughts, (_output_tool(info, ParamsChange), change.model_dump())]
        ask = NeedsClarification(understood=decision.understood, needs=decision.needs, suggestions=decision.suggestions)
        return [f"{decision.understood} {decision.needs}", (_output_tool(info, NeedsClarification), ask.model_dump())]

    def _chart_step(
        self,
        part: ToolReturnPart,
        decision: QueryDecision | PresentationDecision | Clarification | None,
        info: AgentInfo,
    ) -> list[str | tuple[str, dict[str, Any]]]:
        summary = part.content if isinstance(part.content, QuerySummary) else QuerySummary.model_validate(part.content)
        plan = decision.plan if isinstance(decision, QueryDecision) else None
        choice = choose_chart(
            [(c.name, c.kind) for c in summary.columns], summary.row_count, plan, repeated_columns(summary.sample_rows)
        )
        title = decision.title if isinstance(decision, QueryDecision) else None
        spec = spec_from_choice(choice, title, fallback="Query result")
        thought = f"{describe_shape(summary)} {choice.reason}"
        lead = leader_sentence(plan, summary, choice.x) if plan is not None else None
        if lead:
            thought += f" {lead}"
        empty = empty_result_note(plan, self.index) if plan is not None and summary.row_count == 0 else None
        if empty:
            thought = f"{empty} {thought}"  # first: the folded thoughts show their opening words
        return [thought, (_output_tool(info, VizSpec), spec.model_dump())]

    def _give_up(self, part: ToolReturnPart, info: AgentInfo) -> list[str | tuple[str, dict[str, Any]]]:
        # The built-in analyst writes its SQL from the catalog; it cannot repair an engine error,
        # so it reports what happened instead of guessing.
        error = part.content if isinstance(part.content, str) else json.dumps(part.content, default=str)
        first_line = error.splitlines()[0] if error else "the query failed"
        ask = NeedsClarification(
            understood="I wrote a query for your question, but the engine refused it.",
            needs=f"The error was: {first_line}. Try rephrasing or naming the table and columns.",
        )
        return [f"The query failed: {first_line}", (_output_tool(info, NeedsClarification), ask.model_dump())]
