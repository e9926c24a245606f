"""User sources: attach, test, refresh and remove databases; register uploads; restore all at start-up.

Every database source is its own locked DuckDB engine in the shared `engines` dict under the source's
name; uploads share one engine. The merged catalog (CatalogService) sees each change at once. A DSN
is kept in the app database and never leaves this module except with its password masked.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from backend.core.dsn import shown_dsn
from backend.core.engine import Engine
from backend.core.source_engine import AttachedSource, DatabaseKind, EngineLimits, open_source, probe
from backend.core.upload_engine import UPLOADS_ENGINE
from backend.core.uploads import normalise_name
from backend.models.errors import BadRequestError, ConflictError, SourceNotFoundError, SourceUnreachableError, shown_id
from backend.models.sources import SOURCE_NAME, SourceCreate, SourcePublic, SourceTestResult
from backend.repositories.sources import SqlSourceRepository, StoredSource
from backend.services.catalog_service import CatalogService
from backend.services.own_storage import OwnStorage
from backend.services.upload_registry import UploadRegistry

log = logging.getLogger("viz.sources")
T = TypeVar("T")

# Engine names and DuckDB's own catalog names a source may not take.
RESERVED = frozenset({
    "duckdb", "spark", "remote", "uploads", "demo", "memory", "system", "temp", "main", "information_schema",
    "pg_catalog",
})  # fmt: skip
BUILTIN = "demo"


class SourceService:
    """The configured user sources and their engines."""

    def __init__(
        self,
        repo: SqlSourceRepository,
        engines: dict[str, Engine],
        catalogs: CatalogService,
        limits: EngineLimits,
        *,
        uploads_dir: Path,
        own_storage: OwnStorage,
        sample_rows: int,
        timeout_s: float,
        retire_after_s: float,
    ) -> None:
        self._repo = repo
        self._engines = engines
        self._catalogs = catalogs
        self._limits = limits
        self._own = own_storage
        self._sample_rows = sample_rows
        self._timeout_s = timeout_s
        self._retire_after_s = retire_after_s
        self._stored: dict[str, StoredSource] = {}
        self._status: dict[str, str] = {}
        self._lock = asyncio.Lock()
        self._retiring: set[asyncio.Task[None]] = set()
        self.uploads = UploadRegistry(uploads_dir, engines, catalogs, limits, self._retire)

    async def restore(self) -> None:
        """Re-attach every stored source; one that fails stays listed with the reason (refresh retries)."""
        for source in await self._repo.list():
            self._stored[source.name] = source
            try:
                if source.kind == "file":
                    await self.uploads.restore(source.name, source.tables)
                else:
                    await self._attach(source)
            except Exception as exc:
                self._status[source.name] = _reason(exc)
                log.warning("source %s not available: %s", source.name, self._status[source.name])
        if self.uploads.sources():
            await self.uploads.serve()

    def list(self) -> list[SourcePublic]:
        """The bundled catalog and every user source with its tables; never a password."""
        catalog = self._catalogs.catalog
        builtin = [t for t in catalog.tables if t.ref is None]
        out = [SourcePublic(name=BUILTIN, kind="duckdb", builtin=True, tables=builtin)]
        for name, stored in self._stored.items():
            tables = [t for t in catalog.tables if t.ref is not None and t.ref.source == name]
            out.append(
                SourcePublic(
                    name=name,
                    kind="file" if stored.kind == "file" else _kind(stored.kind),
                    dsn=shown_dsn(stored.dsn) if stored.dsn else None,
                    file_name=stored.file_name,
                    status=self._status.get(name, "ok"),
                    tables=tables,
                    created_at=stored.created_at,
                )
            )
        return out

    def get(self, name: str) -> SourcePublic:
        """One source, or a 404 naming it."""
        found = next((s for s in self.list() if s.name == name), None)
        if found is None:
            raise SourceNotFoundError(f"no source named {shown_id(name)}")
        return found

    async def test(self, kind: DatabaseKind, dsn: str) -> SourceTestResult:
        """Attach, list the tables, detach: nothing is kept."""
        self._own.check(kind, dsn)
        tables = await self._bounded(asyncio.to_thread(probe, kind, "probe", dsn, self._limits), dsn)
        return SourceTestResult(tables=tables)

    async def add_database(self, body: SourceCreate) -> SourcePublic:
        """Attach a database read-only and keep it; its tables join the catalog at once."""
        name = self._check_name(body.name)
        dsn = body.dsn.get_secret_value()
        async with self._lock:
            self._check_free(name)
            stored = StoredSource(name=name, kind=body.kind, dsn=dsn)
            await self._attach(stored)
            try:
                await self._repo.add(stored)
            except Exception:
                self._detach(name)
                raise
            self._stored[name] = stored
        return self.get(name)

    async def add_upload(self, upload: Path, filename: str, name: str | None) -> SourcePublic:
        """Convert an uploaded file to Parquet table(s) and serve them; a bad file leaves nothing behind."""
        source = self._check_name(normalise_name(name or Path(filename).stem))
        async with self._lock:
            self._check_free(source)
            tables = await self.uploads.convert(source, upload, filename)
            stored = StoredSource(name=source, kind="file", file_name=Path(filename).name[:255])
            await self.uploads.publish(source, tables)
            stored.tables = self.uploads.stored_tables(source)
            try:
                await self._repo.add(stored)
            except Exception:
                await self.uploads.publish(source, None)
                raise
            self._stored[source] = stored
        return self.get(source)

    async def remove(self, name: str) -> None:
        """Detach a database or delete an upload's tables and files."""
        async with self._lock:
            stored = self._stored.get(name)
            if stored is None:
                raise SourceNotFoundError(f"no source named {shown_id(name)}")
            await self._repo.remove(name)
            del self._stored[name]
            self._status.pop(name, None)
            if stored.kind == "file":
                await self.uploads.publish(name, None)
            else:
                self._detach(name)

    async def refresh(self, name: str) -> SourcePublic:
        """Read a source's schema again (tables added, columns changed) with a new engine."""
        async with self._lock:
            stored = self._stored.get(name)
            if stored is None:
                raise SourceNotFoundError(f"no source named {shown_id(name)}")
            if stored.kind == "file":
                await self.uploads.restore(name, stored.tables)
                await self.uploads.serve()
            else:
                await self._attach(stored)
            self._status.pop(name, None)
        return self.get(name)

    async def _attach(self, stored: StoredSource) -> None:
        dsn = stored.dsn or ""
        self._own.check(stored.kind, dsn)  # also for a source stored before this check existed
        opened: AttachedSource = await self._bounded(
            asyncio.to_thread(
                open_source, _kind(stored.kind), stored.name, dsn, self._limits, sample_rows=self._sample_rows
            ),
            dsn,
        )
        old = self._engines.get(stored.name)
        self._engines[stored.name] = opened.engine
        self._catalogs.set_source(stored.name, opened.catalog, opened.values, opened.engine)
        if old is not None:
            self._retire(old)

    def _detach(self, name: str) -> None:
        engine = self._engines.pop(name, None)
        self._catalogs.remove_source(name)
        if engine is not None:
            self._retire(engine)

    async def _bounded(self, work: Awaitable[T], dsn: str) -> T:
        try:
            return await asyncio.wait_for(work, self._timeout_s)
        except TimeoutError:
            raise SourceUnreachableError(f"the database did not answer within {self._timeout_s:g} s") from None

    def _retire(self, engine: Engine) -> None:
        """Close a replaced engine once its running queries finished (bounded by the query timeout)."""

        async def later() -> None:
            waited = 0.0
            active = getattr(engine, "active_queries", 0)
            while active and waited < self._retire_after_s:
                await asyncio.sleep(0.2)
                waited += 0.2
                active = getattr(engine, "active_queries", 0)
            await engine.close()

        task = asyncio.ensure_future(later())
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)

    async def close(self) -> None:
        """Wait for replaced engines to close."""
        await asyncio.gather(*self._retiring, return_exceptions=True)

    def _check_name(self, name: str) -> str:
        if not re.fullmatch(SOURCE_NAME, name):
            raise BadRequestError(
                f"source name {shown_id(name)} is not valid: use lower-case letters, digits and _, starting with a letter"
            )
        if name in RESERVED:
            raise BadRequestError(f"source name {name} is reserved: choose another")
        return name

    def _check_free(self, name: str) -> None:
        if name in self._stored or name in self._engines:
            raise ConflictError(f"a source named {name} exists already: remove it first or choose another name")


def _kind(kind: str) -> DatabaseKind:
    if kind == "postgres":
        return "postgres"
    if kind == "mysql":
        return "mysql"
    return "sqlite"


def _reason(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    return str(message) if message else type(exc).__name__


__all__ = ["UPLOADS_ENGINE", "SourceService"]
