"""The `Engine` protocol every data source implements, the query it accepts and the result it returns.

A query is submitted once and observed through its `QueryHandle`: progress reported by the engine,
the result, and `cancel()` — the one exit that Stop, client disconnect and timeout all take.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa

from backend.models.catalog import Catalog


@dataclass(frozen=True)
class PreparedQuery:
    """A guarded statement in DuckDB dialect; engines of another dialect transpile it themselves.

    `sql` is what the user sees; `probe_sql` asks one row more than `limit` so an engine can tell a
    cut result from a complete one. `tables` are the lower-cased table names the statement reads.
    """

    sql: str
    probe_sql: str
    limit: int
    tables: frozenset[str]


@dataclass(frozen=True)
class Progress:
    """One progress report of a running query, as the engine states it."""

    stage: str
    message: str
    done: int | None = None
    total: int | None = None


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


class QueryHandle(Protocol):
    """A submitted query."""

    id: str

    def progress(self) -> AsyncIterator[Progress]:
        """Reports while the query runs; ends when it finishes (engines without progress yield none)."""
        ...

    async def result(self) -> QueryResult:
        """At most `limit` rows (`truncated` when the sentinel row arrived); raises an `AppError` on failure."""
        ...

    async def cancel(self) -> None:
        """Stop the engine's work; `result()` then raises `QueryCancelledError`. Idempotent."""
        ...


class Engine(Protocol):
    """A SQL engine: DuckDB local, DuckDB remote (Quack) or Spark Connect."""

    name: str
    dialect: str

    async def catalog(self) -> Catalog:
        """Tables, columns, statistics and foreign keys this engine serves (network I/O for remote engines)."""
        ...

    async def submit(self, q: PreparedQuery) -> QueryHandle:
        """Start running `q.probe_sql`; the handle reports progress, delivers the result or cancels."""
        ...

    async def explain(self, q: PreparedQuery) -> str:
        """The engine's plan for `q.sql` without running it."""
        ...

    async def health(self) -> str:
        """`ok` or the reason it is not."""
        ...

    async def close(self) -> None:
        """Cancel what runs and release connections."""
        ...
