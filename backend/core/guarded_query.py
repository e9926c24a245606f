"""Guard and run one SQL statement: the single path every SQL takes to an engine."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from typing import Any

from backend.core.engine import Engine, PreparedQuery, Progress, QueryHandle, QueryResult
from backend.core.sql_guard import guard_sql
from backend.models.errors import AppError, BadRequestError, QueryTimeoutError

__all__ = ["PreparedQuery", "await_handle", "prepare_query", "run_prepared"]

ProgressSink = Callable[[Progress], Awaitable[None]]


def prepare_query(
    sql: str,
    *,
    allowed_tables: Collection[str],
    limit: int | None,
    default_limit: int,
    max_limit: int,
) -> PreparedQuery:
    """Guard `sql` (raises SqlRejectedError with the reason) and render it in DuckDB dialect.

    `limit` caps the rows; without it the SQL's own LIMIT applies, else `default_limit`. The result
    is engine-neutral: routing happens after the guard, and a Spark engine transpiles it itself.
    """
    if limit is not None and limit > max_limit:
        raise BadRequestError(f"limit {limit} exceeds the maximum of {max_limit} rows")
    # The probe asks for one sentinel row more to tell a cut result from a complete one; a LIMIT written in
    # the SQL equal to the cap is kept by the guard, so such a result is never called truncated.
    shown = guard_sql(
        sql,
        allowed_tables=allowed_tables,
        limit=limit,
        default_limit=default_limit,
        max_limit=max_limit,
        output_dialect="duckdb",
        probe=True,
    )
    assert shown.probe_sql is not None
    return PreparedQuery(sql=shown.sql, probe_sql=shown.probe_sql, limit=shown.limit, tables=shown.tables)


async def run_prepared(
    prepared: PreparedQuery,
    engine: Engine,
    *,
    timeout: float,
    on_progress: ProgressSink | None = None,
    accepted_at: float | None = None,
) -> QueryResult:
    """Submit a prepared query and wait for it (see `await_handle`)."""
    try:
        handle = await engine.submit(prepared)
    except AppError as exc:
        _show_user_sql(exc, prepared)
        raise
    return await await_handle(handle, prepared, timeout=timeout, on_progress=on_progress, accepted_at=accepted_at)


async def await_handle(
    handle: QueryHandle,
    prepared: PreparedQuery,
    *,
    timeout: float,
    on_progress: ProgressSink | None = None,
    accepted_at: float | None = None,
) -> QueryResult:
    """The handle's result, passing its progress reports to `on_progress` as they come.

    The timeout counts from `accepted_at` (the event loop's clock when the request was accepted, so
    guarding and waiting for a worker count too), else from now. Timeout and cancellation of the
    caller (Stop, client disconnect) both end in `handle.cancel()`, so the engine's work stops rather
    than running on unobserved.
    """
    loop = asyncio.get_running_loop()
    deadline = (loop.time() if accepted_at is None else accepted_at) + timeout
    result_task = asyncio.ensure_future(handle.result())
    reports: AsyncIterator[Progress] | None = handle.progress() if on_progress else None
    next_report: asyncio.Future[Progress] | None = None
    try:
        while True:
            if reports is not None and next_report is None:
                next_report = asyncio.ensure_future(anext(reports))
            waiting: set[asyncio.Future[Any]] = {result_task}
            if next_report is not None:
                waiting.add(next_report)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError
            done, _ = await asyncio.wait(waiting, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            if result_task in done:
                return result_task.result()
            if next_report is not None and next_report in done:
                try:
                    report = next_report.result()
                except StopAsyncIteration:
                    reports = None
                else:
                    if on_progress is not None:
                        await on_progress(report)
                next_report = None
    except TimeoutError:
        await _stop(handle, result_task)
        raise QueryTimeoutError(f"query exceeded the {timeout:g} s timeout and was interrupted", prepared.sql) from None
    except asyncio.CancelledError:
        await _stop(handle, result_task)
        raise
    except AppError as exc:
        _show_user_sql(exc, prepared)
        raise
    finally:
        if next_report is not None:
            next_report.cancel()
            await asyncio.gather(next_report, return_exceptions=True)
        close = getattr(reports, "aclose", None)
        if close is not None:
            await close()


async def _stop(handle: QueryHandle, result_task: asyncio.Future[QueryResult]) -> None:
    """Cancel the engine's work and let the result task settle (its error is the cancellation)."""
    await asyncio.shield(handle.cancel())
    await asyncio.gather(result_task, return_exceptions=True)


def _show_user_sql(exc: AppError, prepared: PreparedQuery) -> None:
    """Report the SQL the user saw, not the probe with its extra row."""
    if exc.detail == prepared.probe_sql:
        exc.detail = prepared.sql
