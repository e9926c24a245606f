"""Agents for the two development routes when a provider model is configured.

`/query-understanding`: the SQL the model would run, checked by the guard and the engine's `EXPLAIN`
before it is accepted (the shape of PydanticAI's `sql_gen` example) — never executed.
`/generate-ui`: a chart component for given columns and sample rows, checked like the analyst's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from anyio import to_thread
from pydantic import BaseModel, Field
from pydantic_ai import Agent, ModelRetry, RunContext, ToolOutput

from backend.agents.analyst import AnalystDeps, catalog_instructions, describe_table, lookup_values
from backend.agents.output_checks import check_code
from backend.core.guarded_query import prepare_query
from backend.models.data import DataColumn
from backend.models.errors import AppError
from backend.models.viz import NeedsClarification, VizCode


class SqlDraft(BaseModel):
    """The SQL that answers the question (it is not run now)."""

    sql: str = Field(description="one read-only SELECT in DuckDB dialect over catalog tables, with LIMIT")
    explanation: str = Field(description="one or two sentences: what the query computes and from which tables")
    chart_type: str | None = Field(default=None, description="the chart that would fit: bar, line, scatter, …")


UNDERSTAND = """You are a careful data analyst. Write the SQL that answers the user's question over the
catalog below; it is checked, not run. One read-only SELECT (DuckDB dialect), only catalog tables,
readable aliases, time ascending, always LIMIT. Use lookup_values to find which column holds a value the
user names and describe_table for tables listed without columns. Answer with SqlDraft; if the catalog
cannot answer, answer with NeedsClarification. Never invent tables, columns or values."""


def build_understanding_agent(retries: int = 2) -> Agent[AnalystDeps, SqlDraft | NeedsClarification]:
    """An agent whose answer is checked SQL; the guard's or the engine's error goes back as `ModelRetry`."""
    agent = Agent[AnalystDeps, SqlDraft | NeedsClarification](
        deps_type=AnalystDeps,
        output_type=[SqlDraft, NeedsClarification],
        instructions=UNDERSTAND,
        retries=retries,
        name="query-understanding",
    )
    agent.instructions(catalog_instructions)
    agent.tool(retries=retries)(describe_table)
    agent.tool(retries=retries)(lookup_values)

    @agent.output_validator
    async def _check(
        ctx: RunContext[AnalystDeps], output: SqlDraft | NeedsClarification
    ) -> SqlDraft | NeedsClarification:  # pyright: ignore[reportUnusedFunction]
        if isinstance(output, NeedsClarification):
            return output
        deps = ctx.deps
        engine = deps.engines.get(deps.preferred_engine or "duckdb") or next(iter(deps.engines.values()))
        try:
            prepared = await to_thread.run_sync(  # sqlglot's parse is CPU work: off the event loop
                lambda: prepare_query(
                    output.sql,
                    allowed_tables=deps.catalog.table_names(),
                    limit=deps.default_limit,
                    default_limit=deps.default_limit,
                    max_limit=deps.max_limit,
                )
            )
            await engine.explain(prepared)
        except AppError as exc:
            raise ModelRetry(f"{exc.message}\nSQL: {output.sql}") from exc
        return output.model_copy(update={"sql": prepared.sql})

    return agent


@dataclass
class UIDeps:
    """What a component is written for: the columns, a few rows and the request."""

    columns: list[DataColumn]
    sample_rows: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    message: str = ""


DRAW = """Write one chart component for the rows described below. Answer with VizCode: a TSX module
`export default function Viz({ data, params })` drawing `data` (row objects keyed by the column names)
with recharts; import only from 'react', 'recharts' and '@viz/ui' (ChartFrame, Card, Stat, Badge,
palette(name)); inline styles only; read every visible choice from `params` and declare it in
param_schema (always `title`). Set data_id to "input"."""


def build_ui_agent(retries: int = 2) -> Agent[UIDeps, VizCode]:
    """An agent that writes a component; code that does not compile goes back as `ModelRetry`."""
    # Named like the analyst's VizCode output tool, so its code streams from the argument deltas the same way.
    output = ToolOutput(VizCode, name=f"final_result_{VizCode.__name__}")
    agent = Agent[UIDeps, VizCode](deps_type=UIDeps, output_type=output, instructions=DRAW, retries=retries, name="ui")

    @agent.instructions
    def _rows(ctx: RunContext[UIDeps]) -> str:  # pyright: ignore[reportUnusedFunction]
        columns = ", ".join(f"{c.name} {c.type}" for c in ctx.deps.columns)
        rows = json.dumps(ctx.deps.sample_rows, default=str)
        return f"COLUMNS: {columns}\nSAMPLE ROWS: {rows}"

    @agent.output_validator
    def _check(output: VizCode) -> VizCode:  # pyright: ignore[reportUnusedFunction]
        return check_code(output)

    return agent
