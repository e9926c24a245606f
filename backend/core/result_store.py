"""Query results by unguessable id: Arrow in memory under a byte bound, Parquet on disk for large ones."""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pyarrow as pa

from backend.core.catalog import result_column_kind
from backend.core.engine import QueryResult
from backend.core.serialize import read_parquet, write_parquet
from backend.models.catalog import ColumnKind
from backend.models.errors import ResultNotFoundError
from backend.models.events import ChartReduction, DataColumn

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass
class StoredResult:
    """Metadata of one stored result; the rows are in memory, on disk, or both."""

    id: str
    column_names: list[str]
    column_types: list[str]
    row_count: int
    engine: str
    sql: str
    elapsed_ms: float
    truncated: bool
    size: Literal["small", "large"]
    created: float = field(default_factory=time.time)
    table: pa.Table | None = None
    path: Path | None = None
    kept: bool = False  # a saved conversation or template refers to it: never expired
    reduced: ChartReduction | None = None  # the chart's smaller rows, when the result is too large to chart

    @property
    def url(self) -> str:
        """Where the API serves the rows."""
        return f"/api/data/{self.id}"

    def columns(self) -> list[DataColumn]:
        """Name and engine type of each column."""
        return [DataColumn(name=n, type=t) for n, t in zip(self.column_names, self.column_types, strict=True)]

    def kinds(self) -> dict[str, ColumnKind]:
        """Column → the kind a chart treats it as (integer years are time)."""
        return {n: result_column_kind(n, t) for n, t in zip(self.column_names, self.column_types, strict=True)}


class ResultStore:
    """Keeps results addressable by id; small ones in memory (LRU, bounded), large ones as Parquet."""

    def __init__(self, directory: Path, *, memory_bytes: int, json_row_limit: int, ttl_s: int) -> None:
        self.directory = directory
        self.memory_bytes = memory_bytes
        self.json_row_limit = json_row_limit
        self.ttl_s = ttl_s
        self._items: OrderedDict[str, StoredResult] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        directory.mkdir(parents=True, exist_ok=True)
        self.kept_directory = directory / "kept"

    def put(self, result: QueryResult) -> StoredResult:
        """Store a result and return its metadata (with a fresh id)."""
        table = result.table
        stored = StoredResult(
            id=secrets.token_urlsafe(18),
            column_names=list(table.column_names),
            column_types=list(result.column_types),
            row_count=table.num_rows,
            engine=result.engine,
            sql=result.sql,
            elapsed_ms=result.elapsed_ms,
            truncated=result.truncated,
            size="large" if table.num_rows > self.json_row_limit else "small",
        )
        if stored.size == "large" or table.nbytes > self.memory_bytes // 4:
            stored.path = self._write(stored.id, table)
        else:
            stored.table = table
        with self._lock:
            self._items[stored.id] = stored
            if stored.table is not None:
                self._bytes += stored.table.nbytes
            self._evict()
        return stored

    def get(self, result_id: str) -> StoredResult:
        """Metadata for `result_id`, or ResultNotFoundError."""
        if not _ID_PATTERN.match(result_id):
            raise ResultNotFoundError(result_id)
        with self._lock:
            stored = self._items.get(result_id)
            if stored is not None:
                self._items.move_to_end(result_id)
        if stored is None:
            stored = self._load_kept(result_id)
        if stored is None:
            raise ResultNotFoundError(result_id)
        return stored

    def has(self, result_id: str) -> bool:
        """Whether `result_id` can be served (in memory, spilled or kept on disk)."""
        try:
            self.get(result_id)
        except ResultNotFoundError:
            return False
        return True

    def keep(self, result_id: str) -> None:
        """Write the result to the kept directory (Parquet with its metadata) so it survives restarts and
        expiry; a no-op when already kept or unknown."""
        try:
            stored = self.get(result_id)
        except ResultNotFoundError:
            return
        if stored.kept:
            return
        table = stored.table if stored.table is not None else read_parquet(stored.path) if stored.path else None
        if table is None:
            return
        # The Parquet file holds the rows; a sidecar JSON what the engine said about them.
        meta = {
            "column_names": stored.column_names,
            "column_types": stored.column_types,
            "row_count": stored.row_count,
            "engine": stored.engine,
            "sql": stored.sql,
            "elapsed_ms": stored.elapsed_ms,
            "truncated": stored.truncated,
        }
        self.kept_directory.mkdir(parents=True, exist_ok=True)
        path = self.kept_directory / f"{result_id}.parquet"
        tmp = path.with_suffix(".tmp")
        write_parquet(table, tmp)
        tmp.replace(path)
        path.with_suffix(".json").write_text(json.dumps(meta))
        with self._lock:
            if stored.path is not None and stored.path != path:
                stored.path.unlink(missing_ok=True)
            stored.path, stored.kept = path, True

    def table(self, result_id: str) -> pa.Table:
        """The rows of `result_id` as Arrow, from memory or from its Parquet file."""
        stored = self.get(result_id)
        if stored.table is not None:
            return stored.table
        assert stored.path is not None
        return read_parquet(stored.path)

    @property
    def memory_used(self) -> int:
        """Bytes of Arrow data held in memory."""
        return self._bytes

    def health(self) -> str:
        """`ok` when the results directory is writable."""
        probe = self.directory / ".probe"
        probe.write_bytes(b"ok")
        probe.unlink()
        return "ok"

    def _write(self, result_id: str, table: pa.Table) -> Path:
        path = self.directory / f"{result_id}.parquet"
        tmp = path.with_suffix(".tmp")
        write_parquet(table, tmp)
        tmp.replace(path)
        return path

    def _load_kept(self, result_id: str) -> StoredResult | None:
        """Metadata of a result kept on disk by an earlier process, registered again."""
        path = self.kept_directory / f"{result_id}.parquet"
        sidecar = path.with_suffix(".json")
        if not path.exists() or not sidecar.exists():
            return None
        meta = json.loads(sidecar.read_text())
        row_count = int(meta["row_count"])
        stored = StoredResult(
            id=result_id,
            column_names=list(meta["column_names"]),
            column_types=list(meta["column_types"]),
            row_count=row_count,
            engine=str(meta.get("engine", "duckdb")),
            sql=str(meta.get("sql", "")),
            elapsed_ms=float(meta.get("elapsed_ms", 0.0)),
            truncated=bool(meta.get("truncated", False)),
            size="large" if row_count > self.json_row_limit else "small",
            path=path,
            kept=True,
        )
        with self._lock:
            self._items[result_id] = stored
        return stored

    def _evict(self) -> None:
        """Expire old results; spill the least recently used to disk when memory is over the bound."""
        now = time.time()
        for key in [k for k, v in self._items.items() if now - v.created > self.ttl_s]:
            self._drop(self._items.pop(key))
        for stored in list(self._items.values()):
            if self._bytes <= self.memory_bytes:
                break
            if stored.table is not None:
                stored.path = stored.path or self._write(stored.id, stored.table)
                self._bytes -= stored.table.nbytes
                stored.table = None

    def _drop(self, stored: StoredResult) -> None:
        if stored.table is not None:
            self._bytes -= stored.table.nbytes
        if stored.path is not None and not stored.kept:
            stored.path.unlink(missing_ok=True)
