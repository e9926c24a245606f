"""Guard and run one SQL statement: the single path every SQL takes to an engine."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass

from backend.core.engine import Engine, QueryResult
from backend.core.sql_guard import guard_sql
from backend.models.errors import AppError, BadRequestError


@dataclass(frozen=True)
class PreparedQuery:
    """What will run: `sql` is shown to the user; `probe_sql` asks one row more to detect truncation."""

    sql: str
    probe_sql: str
    limit: int
    tables: frozenset[str]


def prepare_query(
    sql: str,
    *,
    engine: Engine,
    allowed_tables: Collection[str],
    limit: int | None,
    default_limit: int,
    max_limit: int,
) -> PreparedQuery:
    """Guard `sql` (raises SqlRejectedError with the reason) and render it for `engine`.

    `limit` caps the rows; without it the SQL's own LIMIT applies, else `default_limit`.
    """
    if limit is not None and limit > max_limit:
        raise BadRequestError(f"limit {limit} exceeds the maximum of {max_limit} rows")
    shown = guard_sql(
        sql,
        allowed_tables=allowed_tables,
        limit=limit,
        default_limit=default_limit,
        max_limit=max_limit,
        output_dialect=engine.dialect,
    )
    # Ask for one sentinel row more to tell a cut result from a complete one; a LIMIT written in
    # the SQL equal to the cap is kept by the guard, so such a result is never called truncated.
    probe = guard_sql(
        sql,
        allowed_tables=allowed_tables,
        limit=shown.limit + 1,
        max_limit=max_limit + 1,
        output_dialect=engine.dialect,
    )
    return PreparedQuery(sql=shown.sql, probe_sql=probe.sql, limit=shown.limit, tables=shown.tables)


async def run_prepared(
    prepared: PreparedQuery,
    engine: Engine,
    *,
    timeout: float,
    before_run: Callable[[PreparedQuery], Awaitable[None]] | None = None,
) -> QueryResult:
    """Execute a prepared query; `truncated` is set when the sentinel row arrived."""
    if before_run is not None:
        await before_run(prepared)
    try:
        result = await engine.execute(prepared.probe_sql, limit=prepared.limit, timeout=timeout)
    except AppError as exc:
        if exc.detail == prepared.probe_sql:  # report the SQL the user saw, not the probe
            exc.detail = prepared.sql
        raise
    return QueryResult(
        table=result.table,
        column_types=result.column_types,
        engine=result.engine,
        elapsed_ms=result.elapsed_ms,
        truncated=result.truncated,
        sql=prepared.sql,
    )
