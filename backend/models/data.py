"""Result payloads of `/api/data` and `/api/query`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from backend.models.events import DataColumn


class DataResponse(BaseModel):
    """Rows of a stored result as JSON."""

    columns: list[DataColumn]
    rows: list[list[Any]]
    row_count: int = Field(description="rows in the stored result")
    truncated: bool = Field(description="the engine result or this page is cut at a limit")


class QueryRequest(BaseModel):
    """`POST /api/query`: run edited SQL (guarded exactly like the analyst's)."""

    sql: str = Field(min_length=1, max_length=100_000)
    engine: str | None = Field(default=None, description="run on this engine; default: the router's choice")
    limit: int | None = Field(default=None, ge=1, description="row cap; default: the SQL's own LIMIT, else 1000")


class QueryResponse(DataResponse):
    """The rows plus what ran where."""

    data_id: str
    url: str
    size: Literal["small", "large"] = Field(description="large results are stored as Parquet; fetch arrow/parquet")
    sql: str
    engine: str
    elapsed_ms: float
    reason: str | None = Field(default=None, description="why this engine ran the query")
