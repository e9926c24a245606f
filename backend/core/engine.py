"""The `Engine` protocol every data source implements, and the result it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa

from backend.models.catalog import Catalog


@dataclass(frozen=True)
class QueryResult:
    """Rows as Arrow plus what the UI shows about the run."""

    table: pa.Table
    column_types: list[str]
    engine: str
    elapsed_ms: float
    truncated: bool = False
    sql: str = ""
    notes: list[str] = field(default_factory=list[str])


class Engine(Protocol):
    """A SQL engine: DuckDB local, DuckDB remote (Quack) or Spark Connect."""

    name: str
    dialect: str

    async def execute(self, sql: str, limit: int, timeout: float) -> QueryResult:
        """Run guarded SQL; at most `limit` rows; interrupted after `timeout` seconds or on cancellation."""
        ...

    async def explain(self, sql: str) -> str:
        """The engine's plan for `sql` without running it."""
        ...

    def catalog(self) -> Catalog:
        """Tables and columns this engine serves."""
        ...

    async def health(self) -> str:
        """`ok` or the reason it is not."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...
