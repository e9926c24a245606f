"""Which tables each configured engine serves, read from its own catalog and kept for routing.

Remote catalogs are network I/O: they are read in the background from start-up, and a query waits
for them at most `wait_s`. An engine whose catalog cannot be read (server down) is reported as
unavailable and asked again on the next query, so it joins routing once it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping

from backend.core.engine import Engine
from backend.core.router import EngineTables, Route, route, tool_for
from backend.models.catalog import Catalog
from backend.models.errors import AppError, SqlRejectedError

log = logging.getLogger("viz.engines")

LABELS = {"duckdb": "DuckDB", "duckdb-remote": "Remote DuckDB", "spark": "Spark"}


def engine_label(name: str) -> str:
    """How the UI names an engine ("Remote DuckDB"); a user source keeps its own name."""
    return LABELS.get(name, name)


class EngineDirectory:
    """The table sets of the engines in `engines` (the live dict: engines added later are seen too)."""

    def __init__(self, engines: dict[str, Engine], *, wait_s: float = 5.0, retry_s: float = 30.0) -> None:
        self.engines = engines
        self.wait_s = wait_s
        self.retry_s = retry_s
        self._failed_at: dict[str, float] = {}
        self._known: dict[str, dict[str, int]] = {}
        self._errors: dict[str, str] = {}
        self._loading: dict[str, asyncio.Task[Catalog]] = {}

    def start(self) -> None:
        """Begin reading every catalog not known yet (does not wait)."""
        for name in self.engines:
            self._load(name)

    def forget(self, name: str) -> None:
        """Read `name`'s catalog again on next use (its schema changed)."""
        self._known.pop(name, None)

    def _load(self, name: str) -> asyncio.Task[Catalog] | None:
        if name in self._known:
            return None
        task = self._loading.get(name)
        loop = asyncio.get_running_loop()
        if task is not None and task.done() and loop.time() - self._failed_at.get(name, -1e9) < self.retry_s:
            return None  # failed a moment ago: routing goes on without it rather than waiting again
        if task is None or task.done():
            task = asyncio.ensure_future(self.engines[name].catalog())
            task.add_done_callback(lambda t, n=name: self._loaded(n, t))
            self._loading[name] = task
        return task

    def _loaded(self, name: str, task: asyncio.Task[Catalog]) -> None:
        if task.cancelled():
            return
        self._failed_at[name] = asyncio.get_running_loop().time()
        exc = task.exception()
        if exc is not None:
            self._errors[name] = exc.message if isinstance(exc, AppError) else str(exc)
            log.warning("catalog of %s unavailable: %s", name, self._errors[name])
            return
        catalog = task.result()
        if not catalog.tables:  # a remote engine answers an empty catalog while its server is down
            self._errors[name] = "its catalog is empty or the server is unreachable"
            return
        self._known[name] = {t.name.lower(): t.row_count for t in catalog.tables}
        self._errors.pop(name, None)
        self._failed_at.pop(name, None)

    async def snapshot(self, *, wait: bool = True) -> list[EngineTables]:
        """Every configured engine with its tables, waiting up to `wait_s` for catalogs still loading."""
        pending = [t for name in self.engines if (t := self._load(name)) is not None]
        if wait and pending:
            # shield: a query that gives up waiting must not cancel the read others will use
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(asyncio.wait(pending)), self.wait_s)
        return [
            EngineTables(
                name=name,
                dialect=engine.dialect,
                tables=self._known.get(name),
                unavailable=None if name in self._known else self._errors.get(name, "its catalog is still loading"),
            )
            for name, engine in self.engines.items()
        ]

    def tables(self, name: str) -> Mapping[str, int] | None:
        """The known tables of one engine, if read."""
        return self._known.get(name)

    async def route(
        self, tables: frozenset[str], *, spark_row_threshold: int, requested: str | None, source: str | None = None
    ) -> Route:
        """`route()` over the current snapshot; a requested engine's catalog is not waited for.

        `source` is the user source whose tables the query reads: only its engine serves them.
        """
        if source is not None and source in self.engines:
            if requested is not None and requested != source:
                raise SqlRejectedError(f"engine {requested} does not serve the tables of source {source}")
            engine = self.engines[source]
            reason = f"the tables come from source {source}: {tool_for(engine.dialect)} on {source}"
            return Route(source, tool_for(engine.dialect), reason, len(self.engines) > 1)
        known = await self.snapshot(wait=requested is None)
        return route(tables, known, spark_row_threshold=spark_row_threshold, requested=requested)

    async def close(self) -> None:
        """Stop reads still running."""
        for task in self._loading.values():
            task.cancel()
        await asyncio.gather(*self._loading.values(), return_exceptions=True)
