"""The analyst agent: PydanticAI tools over the catalog, SQL guard and engines; typed outputs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from anyio import to_thread
from pydantic_ai import Agent, CustomEvent, ModelRetry, RunContext
from pydantic_ai.tools import ToolDefinition

from backend.agents.catalog_prompt import catalog_prompt
from backend.agents.output_checks import charted_result, check_output
from backend.agents.tools import (
    DescribeTableTool,
    LookupValuesTool,
    QuerySummary,
    ResultColumn,
    RunSQLTool,
    SubmitSparkTool,
)
from backend.core.engine import Engine, Progress
from backend.core.engine_directory import EngineDirectory
from backend.core.guarded_query import prepare_query, run_prepared
from backend.core.reduce import reduce_for_chart
from backend.core.result_store import ResultStore, StoredResult
from backend.core.router import SPARK_DIALECT, Route
from backend.core.serialize import to_records
from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog, TableInfo, ValueMatch
from backend.models.errors import AppError, BadRequestError, EmptyMessageError, ErrorCode, Stage
from backend.models.viz import AnalystOutput, NeedsClarification, ParamsChange, VizCode, VizSpec

SAMPLE_ROWS = 10


@dataclass(kw_only=True)
class EngineChosen(CustomEvent, ui=False):
    """Which engine runs the next query and why (shown as a thought)."""

    engine: str
    reason: str


@dataclass(kw_only=True)
class SqlStarted(CustomEvent, ui=False):
    """A guarded query is about to run."""

    query: str
    engine: str
    tool: str


@dataclass(kw_only=True)
class DataStored(CustomEvent, ui=False):
    """A query finished and its result is stored."""

    stored: StoredResult


@dataclass(kw_only=True)
class QueryProgress(CustomEvent, ui=False):
    """A query is still running (sent about once a second)."""

    stage: str
    message: str
    done: int | None = None
    total: int | None = None


@dataclass(kw_only=True)
class SqlFailed(CustomEvent, ui=False):
    """A query was refused or failed; the model gets the message to correct itself."""

    query: str
    message: str
    code: ErrorCode
    stage: Stage


@dataclass
class AnalystDeps:
    """Everything a run needs; built per request by the chat service."""

    catalog: Catalog
    engines: dict[str, Engine]
    directory: EngineDirectory
    store: ResultStore
    values: ValueIndex
    default_limit: int
    max_limit: int
    timeout_s: float
    previous_data: StoredResult | None = None
    preferred_engine: str | None = None
    spark_row_threshold: int = 1_000_000
    sample_rows: int = SAMPLE_ROWS  # rows of a result the model may see (never the whole result)
    prompt_tokens: int | None = None  # budget for the catalog in the prompt; the rest via describe_table
    repairing: bool = False  # a repair turn fixes the component of a stored result: no new query
    results: list[StoredResult] = field(default_factory=list[StoredResult])
    # The catalog part of the prompt, per question: a run makes several model requests and ranking a large
    # catalog costs tens of milliseconds, so it is built once per run.
    catalog_text: dict[str, str] = field(default_factory=dict[str, str])
    # The built-in analyst reads only the messages, never the prompt: ranking the catalog for it is wasted work
    # (a few milliseconds a turn) and kilobytes in every stored turn.
    catalog_in_prompt: bool = True

    @property
    def last_result(self) -> StoredResult | None:
        """The newest result of this run, else the previous turn's."""
        return self.results[-1] if self.results else self.previous_data

    def result(self, data_id: str | None) -> StoredResult | None:
        """The result a chart names (`None`: the newest)."""
        return charted_result(data_id, self.results, self.previous_data)

    async def route(self, tables: frozenset[str], model_choice: str | None) -> Route:
        """The user's engine, else the analyst's explicit choice, else the router's by table size."""
        requested = self.preferred_engine or model_choice
        return await self.directory.route(
            tables,
            spark_row_threshold=self.spark_row_threshold,
            requested=requested,
            source=self.catalog.source_engine(tables),
        )


def summarize(stored: StoredResult, rows: list[dict[str, object]], sample_rows: int = SAMPLE_ROWS) -> QuerySummary:
    """What the model is told about a stored result."""
    kinds = stored.kinds()
    return QuerySummary(
        data_id=stored.id,
        engine=stored.engine,
        row_count=stored.row_count,
        truncated=stored.truncated,
        columns=[ResultColumn(name=c.name, type=c.type, kind=kinds[c.name]) for c in stored.columns()],
        sample_rows=rows[:sample_rows],
    )


async def run_sql(ctx: RunContext[AnalystDeps], args: RunSQLTool) -> QuerySummary:
    """Run one read-only SQL query over the catalog; the result becomes the chart's data."""
    return await _execute(ctx, args.query, args.limit, args.data_source)


async def submit_spark(ctx: RunContext[AnalystDeps], args: SubmitSparkTool) -> QuerySummary:
    """Submit one read-only SQL query as a Spark job; the result becomes the chart's data."""
    spark = next((name for name, e in ctx.deps.engines.items() if e.dialect == SPARK_DIALECT), None)
    return await _execute(ctx, args.query, args.limit, spark)


async def _execute(ctx: RunContext[AnalystDeps], query: str, limit: int, engine_choice: str | None) -> QuerySummary:
    """Guard, route, run and store one query; errors go back to the model so it can correct itself."""
    deps = ctx.deps
    try:
        # Parsing and guarding SQL is CPU work (sqlglot): off the event loop, like POST /api/query.
        prepared = await to_thread.run_sync(
            lambda: prepare_query(
                query,
                allowed_tables=deps.catalog.table_names(),
                limit=min(limit, deps.max_limit),
                default_limit=deps.default_limit,
                max_limit=deps.max_limit,
            )
        )
        chosen = await deps.route(prepared.tables, engine_choice)
        engine = deps.engines[chosen.engine]
        if chosen.choice:  # with one engine configured there was nothing to decide
            await ctx.emit(EngineChosen(engine=engine.name, reason=chosen.reason))
        await ctx.emit(SqlStarted(query=prepared.sql, engine=engine.name, tool=chosen.tool))

        async def report(progress: Progress) -> None:
            await ctx.emit(
                QueryProgress(stage=progress.stage, message=progress.message, done=progress.done, total=progress.total)
            )

        result = await run_prepared(prepared, engine, timeout=deps.timeout_s, on_progress=report)
    except AppError as exc:
        await ctx.emit(SqlFailed(query=query, message=exc.message, code=exc.code, stage=exc.stage))
        raise ModelRetry(f"{exc.message}\nSQL: {query}") from exc
    stored = await to_thread.run_sync(deps.store.put, result)  # a large result is written as Parquet
    # Too many rows to chart: the same engine computes smaller chart rows; the full result stays.
    stored.reduced = await reduce_for_chart(
        engine,
        stored,
        result.table,
        deps.store,
        allowed_tables=deps.catalog.table_names(),
        timeout=deps.timeout_s,
        on_progress=report,
    )
    deps.results.append(stored)
    await ctx.emit(DataStored(stored=stored))
    cap = deps.sample_rows
    sample = result.table.slice(0, cap).rename_columns(stored.column_names)  # names made unique when stored
    return summarize(stored, to_records(sample), cap)


async def describe_table(ctx: RunContext[AnalystDeps], args: DescribeTableTool) -> TableInfo:
    """Columns, types, statistics and sample values of one catalog table."""
    table = ctx.deps.catalog.table(args.table)
    if table is None:
        known = ", ".join(sorted(t.name for t in ctx.deps.catalog.tables))
        raise ModelRetry(f"unknown table {args.table!r}; known tables: {known}")
    return table


async def lookup_values(ctx: RunContext[AnalystDeps], args: LookupValuesTool) -> list[ValueMatch]:
    """Which table columns hold a value the user mentioned (e.g. "Europe" → sales.region)."""
    return ctx.deps.values.lookup(args.term)


async def catalog_instructions(ctx: RunContext[AnalystDeps]) -> str:
    """The catalog part of the prompt: the tables relevant to this question (and the previous query)."""
    deps = ctx.deps
    if not deps.catalog_in_prompt:
        return ""
    question = ctx.prompt if isinstance(ctx.prompt, str) else ""
    if deps.previous_data is not None:  # a follow-up's tables are those of the previous query
        question = f"{question} {deps.previous_data.sql}"
    text = deps.catalog_text.get(question)
    if text is None:  # ranked once per run, off the event loop
        text = "CATALOG\n" + await to_thread.run_sync(catalog_prompt, deps.catalog, question, deps.prompt_tokens)
        deps.catalog_text[question] = text
    return text


def engines_prompt(engines: dict[str, Engine], spark_row_threshold: int) -> str:
    """When to use which tool, naming only the engines that are configured (empty with one engine)."""
    if len(engines) < 2:
        return ""
    duck = [n for n, e in engines.items() if e.dialect != SPARK_DIALECT]
    lines = [
        "ENGINES",
        f"- run_sql runs on DuckDB ({', '.join(duck)}): immediate answers for tables up to a few million rows.",
    ]
    if any(e.dialect == SPARK_DIALECT for e in engines.values()):
        lines.append(
            f"- submit_spark runs the same DuckDB-dialect SQL as a Spark job (transpiled): use it when the tables "
            f"you read hold more than {spark_row_threshold:,} rows together; it takes seconds, never use it for "
            "small tables."
        )
    lines.append("Leave run_sql's data_source unset unless the user names an engine: the router picks by table size.")
    return "\n".join(lines)


INSTRUCTIONS = """You are a careful data analyst. Answer the user's question about the catalog below.
1. Decide the SQL (DuckDB dialect, only catalog tables, one read-only SELECT) and call run_sql
   (or submit_spark for very large tables, see ENGINES when listed).
   Use lookup_values to find which column holds a value the user names, describe_table for details.
   Aggregate in SQL; give result columns readable aliases; order time ascending; always LIMIT.
2. If run_sql reports an error, fix the SQL and call it again.
3. Finish with VizSpec: the chart that fits the result's shape (temporal x → line/area, category +
   measure → bar, two measures → scatter, a few parts of a whole → pie, distribution → histogram,
   a spread per group → box with y = [min, q1, median, q3, max] columns in that order, single value → kpi), the x/y/series (and a bubble size) columns of the result, its data_id, a short
   title and the reason.
   When the user asks for something these kinds cannot express (reference lines, highlighted items,
   small multiples, waterfalls, annotations), finish with VizCode instead: a TSX module
   `export default function Viz({ data, params })` drawing the rows of `data_id` (row objects keyed by
   the result's column names) with recharts; import only from 'react', 'recharts' and '@viz/ui'
   (ChartFrame, Card, Stat, Badge, palette(name)); inline styles only; read every visible choice from
   `params` and declare it in param_schema (always `title`; e.g. color_scheme, show_grid).
4. If the user only asks to change the presentation of the previous chart (chart type, title,
   colours, sorting), finish with ParamsChange and do not query again.
5. If the question cannot be answered from the catalog, finish with NeedsClarification: say what
   you understood and what you need. Never invent tables, columns or values.
Think briefly before each step; your reasoning is shown to the user."""


def build_agent(retries: int = 2) -> Agent[AnalystDeps, AnalystOutput]:
    """The analyst; the model is chosen per run (built-in offline analyst or any provider). `retries`
    applies to every tool and to the final answer (≥ 2, so a model can correct itself twice)."""
    agent = Agent[AnalystDeps, AnalystOutput](
        deps_type=AnalystDeps,
        output_type=[VizSpec, VizCode, ParamsChange, NeedsClarification],
        instructions=INSTRUCTIONS,
        retries=retries,
        name="analyst",
    )

    agent.instructions(catalog_instructions)

    # `async def`, like every cheap hook here: PydanticAI runs a plain `def` in a worker thread on each model request.
    @agent.instructions
    async def _engines(ctx: RunContext[AnalystDeps]) -> str:  # pyright: ignore[reportUnusedFunction]
        return engines_prompt(ctx.deps.engines, ctx.deps.spark_row_threshold)

    async def _run_sql_schema(ctx: RunContext[AnalystDeps], tool: ToolDefinition) -> ToolDefinition | None:
        if ctx.deps.repairing:
            return None
        # The model sees only the DuckDB engines that are configured (Spark has its own tool).
        names = [n for n, e in ctx.deps.engines.items() if e.dialect != SPARK_DIALECT]
        schema = json.loads(json.dumps(tool.parameters_json_schema))
        source = schema.get("properties", {}).get("data_source")
        if isinstance(source, dict):
            source.pop("anyOf", None)
            source.update({"enum": names, "type": "string"})
        return replace(tool, parameters_json_schema=schema)

    async def _when_spark(ctx: RunContext[AnalystDeps], tool: ToolDefinition) -> ToolDefinition | None:
        configured = any(e.dialect == SPARK_DIALECT for e in ctx.deps.engines.values())
        return tool if configured and not ctx.deps.repairing else None

    agent.tool(retries=retries, prepare=_run_sql_schema)(run_sql)
    agent.tool(retries=retries, prepare=_when_spark)(submit_spark)
    agent.tool(retries=retries)(describe_table)
    agent.tool(retries=retries)(lookup_values)

    @agent.output_validator
    async def _check(ctx: RunContext[AnalystDeps], output: AnalystOutput) -> AnalystOutput:  # pyright: ignore[reportUnusedFunction]
        deps = ctx.deps
        if isinstance(output, VizCode):  # compiling the component's TSX is CPU work: off the event loop
            return await to_thread.run_sync(check_output, output, deps.results, deps.previous_data)
        return check_output(output, deps.results, deps.previous_data)

    return agent


def ensure_message(message: str, max_chars: int) -> str:
    """Reject empty and oversized questions with a clear reason."""
    text = message.strip()
    if not text:
        raise EmptyMessageError("message is empty: ask a question about your data")
    if len(text) > max_chars:
        raise BadRequestError(f"message is too long ({len(text)} characters; the limit is {max_chars})")
    return text
