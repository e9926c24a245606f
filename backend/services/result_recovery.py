"""Data a saved turn or template refers to: served from the store, or re-run from its saved SQL."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from backend.core.engine import Engine
from backend.core.guarded_query import prepare_query, run_prepared
from backend.core.result_store import ResultStore, StoredResult
from backend.models.errors import AppError, QueryTimeoutError, TooManyRequestsError
from backend.settings import Settings


class ResultRecovery:
    """Finds a stored result or re-materialises it through the SQL guard, saying so in a note."""

    def __init__(
        self,
        store: ResultStore,
        engines: dict[str, Engine],
        allowed_tables: Callable[[], set[str]],
        settings: Settings,
    ) -> None:
        self.store = store
        self.engines = engines
        self.allowed_tables = allowed_tables
        self.settings = settings

    async def run(
        self,
        sql: str,
        engine_name: str | None,
        *,
        hold: Callable[[], AbstractContextManager[object]] | None = None,
        accepted_at: float | None = None,
    ) -> StoredResult:
        """Run saved SQL through the guard, limits and timeout like any other SQL; the result is kept.

        `hold` takes the requesting client's query slot while the SQL runs (429 when it has none
        left), as `/api/query` does; the timeout counts from `accepted_at` (the loop's clock) when
        given, so several re-runs for one request share one timeout.
        """
        engine = self.engines.get(engine_name or "duckdb") or self.engines.get("duckdb")
        if engine is None:
            from backend.models.errors import EngineUnavailableError

            raise EngineUnavailableError("no engine is configured to re-run the saved SQL")
        allowed = self.allowed_tables()
        prepared = await asyncio.to_thread(  # parsing and guarding SQL is CPU work: off the event loop
            lambda: prepare_query(
                sql,
                allowed_tables=allowed,
                limit=None,
                default_limit=self.settings.default_row_limit,
                max_limit=self.settings.max_row_limit,
            )
        )
        timeout = self.settings.query_timeout_s
        if accepted_at is not None and asyncio.get_running_loop().time() >= accepted_at + timeout:
            raise QueryTimeoutError(
                f"the request's {timeout:g} s timeout was used up before it could run", prepared.sql
            )
        with (hold or nullcontext)():
            result = await run_prepared(prepared, engine, timeout=timeout, accepted_at=accepted_at)
        stored = await asyncio.to_thread(self.store.put, result)  # writes Parquet: off the event loop
        await asyncio.to_thread(self.store.keep, stored.id)
        return stored

    async def ensure(
        self,
        data_id: str | None,
        sql: str | None,
        engine_name: str | None,
        *,
        hold: Callable[[], AbstractContextManager[object]] | None = None,
        accepted_at: float | None = None,
    ) -> tuple[StoredResult | None, str | None]:
        """(the result, a note when it had to be re-run or could not be); a client past its query
        limit gets the 429 itself (retrying helps, a note would not say so)."""
        if data_id and self.store.has(data_id):
            return self.store.get(data_id), None
        if not sql:
            return None, None
        try:
            stored = await self.run(sql, engine_name, hold=hold, accepted_at=accepted_at)
        except TooManyRequestsError:
            raise
        except AppError as exc:
            return None, f"The saved data is gone and re-running its SQL failed: {exc.message}"
        return stored, "The saved data had expired; it was re-run from the saved SQL on current data."
