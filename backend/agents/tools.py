"""Tool argument and result models shared by the analyst agent and the API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from backend.models.catalog import ColumnKind


class RunSQLTool(BaseModel):
    """Run one read-only SQL query over the catalog and store its result for the chart."""

    query: str = Field(description="one SELECT/WITH statement over catalog tables, DuckDB dialect")
    limit: int = Field(default=1000, ge=1, le=100_000, description="maximum rows to return")
    data_source: str | None = Field(
        default=None,
        description="DuckDB engine to run on; leave unset and the router picks by the size of the tables",
    )


class SubmitSparkTool(BaseModel):
    """Submit one read-only SQL query as a Spark job (for tables too large for DuckDB); the result is stored."""

    query: str = Field(description="one SELECT/WITH statement over catalog tables, DuckDB dialect (transpiled)")
    limit: int = Field(default=1000, ge=1, le=100_000, description="maximum rows to return")


class DescribeTableTool(BaseModel):
    """Columns, types, statistics and sample values of one table."""

    table: str


class LookupValuesTool(BaseModel):
    """Find which table columns hold a value the user mentioned, e.g. "Europe" or "Honda"."""

    term: str = Field(min_length=1, max_length=200)


class ResultColumn(BaseModel):
    name: str
    type: str
    kind: ColumnKind


class QuerySummary(BaseModel):
    """What the model sees of a query result: shape and the first rows."""

    data_id: str
    engine: str
    row_count: int
    truncated: bool
    columns: list[ResultColumn]
    sample_rows: list[dict[str, Any]] = Field(default_factory=list[dict[str, Any]])
