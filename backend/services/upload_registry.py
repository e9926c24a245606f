"""Uploaded files: converted to Parquet under the uploads directory, served by one rebuilt engine."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backend.core.engine import Engine
from backend.core.source_engine import EngineLimits
from backend.core.upload_engine import UPLOADS_ENGINE, UploadedTable, describe_upload, open_uploads
from backend.core.uploads import convert
from backend.models.errors import ConflictError
from backend.services.catalog_service import CatalogService

log = logging.getLogger("viz.sources")


class UploadRegistry:
    """The uploaded tables and the engine serving them; every change builds a new locked engine."""

    def __init__(
        self,
        root: Path,
        engines: dict[str, Engine],
        catalogs: CatalogService,
        limits: EngineLimits,
        retire: Callable[[Engine], None],
    ) -> None:
        self.root = root
        self._engines = engines
        self._catalogs = catalogs
        self._limits = limits
        self._retire = retire
        self._tables: dict[str, list[UploadedTable]] = {}

    def sources(self) -> list[str]:
        """Names of the uploaded sources."""
        return list(self._tables)

    def stored_tables(self, source: str) -> list[dict[str, Any]]:
        """What the app database keeps of a source's tables (paths relative to the uploads directory)."""
        return [
            {"name": t.info.name, "file": str(t.path.relative_to(self.root)), "sheet": None}
            for t in self._tables.get(source, [])
        ]

    async def restore(self, source: str, tables: list[dict[str, Any]]) -> None:
        """Describe a stored upload's Parquet files again (at start-up)."""
        described: list[UploadedTable] = []
        for table in tables:
            path = self.root / str(table["file"])
            if not path.is_file():
                raise FileNotFoundError(f"the uploaded file of {table['name']} is missing")
            described.append(await asyncio.to_thread(describe_upload, source, str(table["name"]), path, self._limits))
        self._tables[source] = described

    async def convert(self, source: str, upload: Path, filename: str) -> list[UploadedTable]:
        """Convert and describe an upload into `<root>/<source>-<random>/`; nothing is registered yet."""
        target = self.root / f"{source}-{secrets.token_hex(4)}"
        target.mkdir(parents=True, exist_ok=True)
        try:
            converted = await asyncio.to_thread(convert, upload, filename, source, target)
            taken = self._catalogs.bare_names()
            clash = [t.name for t in converted if t.name.lower() in taken]
            if clash:
                raise ConflictError(f"a table named {clash[0]} exists already: upload it under another name")
            return [await asyncio.to_thread(describe_upload, source, t.name, t.path, self._limits) for t in converted]
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise

    async def serve(self) -> None:
        """Serve the current uploads through a new engine."""
        await self._serve(dict(self._tables), [])

    async def publish(self, source: str, tables: list[UploadedTable] | None) -> None:
        """Serve the uploads with `source` set to `tables` (None: removed) through a new engine."""
        updated = dict(self._tables)
        if tables is None:
            updated.pop(source, None)
        else:
            updated[source] = tables
        await self._serve(updated, self._tables.get(source, []) if tables is None else [])

    async def _serve(self, updated: dict[str, list[UploadedTable]], removed: list[UploadedTable]) -> None:
        everything = [t for ts in updated.values() for t in ts]
        old = self._engines.get(UPLOADS_ENGINE)
        if everything:
            engine = await asyncio.to_thread(open_uploads, everything, self.root, self._limits)
            self._engines[UPLOADS_ENGINE] = engine
            self._catalogs.set_source(UPLOADS_ENGINE, await engine.catalog(), engine.values)
        else:
            self._engines.pop(UPLOADS_ENGINE, None)
            self._catalogs.remove_source(UPLOADS_ENGINE)
        self._tables = updated
        if old is not None:
            self._retire(old)
        for table in removed:
            with contextlib.suppress(OSError):
                shutil.rmtree(table.path.parent, ignore_errors=True)
