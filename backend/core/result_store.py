"""Query results by unguessable id: Parquet on disk (bounded by bytes, least recently used evicted first),
small ones also as Arrow in memory (bounded by bytes).

Every result is written to disk, so any worker process of the app serves any result; a result a saved
conversation or template refers to is moved to `kept/` and evicted only after every other file (its
conversation re-runs the saved SQL when it is gone).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa

from backend.core.additive import additive_columns
from backend.core.catalog import result_column_kind
from backend.core.engine import QueryResult
from backend.core.serialize import read_parquet, with_unique_names, write_parquet
from backend.models.catalog import ColumnKind
from backend.models.errors import ResultNotFoundError
from backend.models.events import ChartReduction, DataColumn

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_FILE_SUFFIXES = (".parquet", ".json")
EXPORTS = "exports"  # downloads converted from a result (backend.core.exports), named `<id>.<…>`


@dataclass
class StoredResult:
    """Metadata of one stored result; the rows are on disk, and small ones in memory too."""

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
    # Which columns add up, read from the SQL (a sqlglot parse): when the result is stored, in the store's worker
    # thread, so describing its columns on the event loop parses nothing.
    additive: frozenset[str] | None = None

    @property
    def url(self) -> str:
        """Where the API serves the rows."""
        return f"/api/data/{self.id}"

    def columns(self) -> list[DataColumn]:
        """Name and engine type of each column, and whether its values add up (read from the SQL)."""
        adds_up = self.additive if self.additive is not None else additive_columns(self.sql)
        return [
            DataColumn(name=n, type=t, additive=n in adds_up)
            for n, t in zip(self.column_names, self.column_types, strict=True)
        ]

    def kinds(self) -> dict[str, ColumnKind]:
        """Column → the kind a chart treats it as (integer years are time)."""
        return {n: result_column_kind(n, t) for n, t in zip(self.column_names, self.column_types, strict=True)}

    def meta(self) -> dict[str, Any]:
        """What the sidecar JSON next to the Parquet file says about the rows."""
        return {
            "column_names": self.column_names,
            "column_types": self.column_types,
            "row_count": self.row_count,
            "engine": self.engine,
            "sql": self.sql,
            "elapsed_ms": self.elapsed_ms,
            "truncated": self.truncated,
            "created": self.created,
        }


class ResultStore:
    """Keeps results addressable by id, bounded in memory (`memory_bytes`) and on disk (`disk_bytes`)."""

    def __init__(
        self,
        directory: Path,
        *,
        memory_bytes: int,
        json_row_limit: int,
        ttl_s: int,
        disk_bytes: int = 2 * 1024**3,
    ) -> None:
        self.directory = directory
        self.memory_bytes = memory_bytes
        self.disk_bytes = disk_bytes
        self.json_row_limit = json_row_limit
        self.ttl_s = ttl_s
        self._items: OrderedDict[str, StoredResult] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        directory.mkdir(parents=True, exist_ok=True)
        self.kept_directory = directory / "kept"
        self.exports_directory = directory / EXPORTS
        self.on_large: Callable[[], None] | None = None  # called after storing a result too large for memory
        # Other workers write here too: this is an estimate, made exact by a scan when it passes the bound.
        self._disk_estimate = self._scan_disk_bytes()

    def put(self, result: QueryResult) -> StoredResult:
        """Store a result (Parquet on disk, small ones in memory too) and return its metadata.

        Repeated column names are made unique (`x`, `x_2`): every format then names each column once, a
        browser's row objects keep both values, pandas and `pyarrow.parquet.read_table` read the file."""
        table = with_unique_names(result.table)
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
            additive=additive_columns(result.sql),
        )
        stored.path = self._write(self.directory, stored, table)
        if stored.size == "small" and table.nbytes <= self.memory_bytes // 4:
            stored.table = table
        with self._lock:
            self._items[stored.id] = stored
            if stored.table is not None:
                self._bytes += stored.table.nbytes
            self._evict_memory()
        self._bound_disk(keep=stored.id)
        if stored.table is None and self.on_large is not None:
            self.on_large()
        return stored

    def get(self, result_id: str) -> StoredResult:
        """Metadata for `result_id`, or ResultNotFoundError (unknown, expired or evicted)."""
        if not _ID_PATTERN.match(result_id):
            raise ResultNotFoundError(result_id)
        with self._lock:
            stored = self._items.get(result_id)
            if stored is not None:
                self._items.move_to_end(result_id)
        if stored is not None and stored.table is None and not (stored.path and stored.path.exists()):
            with self._lock:  # its file was evicted (by this worker or another)
                self._items.pop(result_id, None)
            stored = None
        if stored is None:
            stored = self._load(self.directory, result_id) or self._load(self.kept_directory, result_id)
        if stored is None:
            raise ResultNotFoundError(result_id)
        if stored.path is not None:
            with contextlib.suppress(OSError):  # recently used: evicted last
                os.utime(stored.path)
        return stored

    def has(self, result_id: str) -> bool:
        """Whether `result_id` can be served (in memory or on disk)."""
        try:
            self.get(result_id)
        except ResultNotFoundError:
            return False
        return True

    def keep(self, result_id: str) -> None:
        """Move the result to the kept directory so it is not expired; a no-op when already kept or unknown."""
        try:
            stored = self.get(result_id)
        except ResultNotFoundError:
            return
        if stored.kept:
            return
        self.kept_directory.mkdir(parents=True, exist_ok=True)
        target = self.kept_directory / f"{result_id}.parquet"
        if stored.path is not None and stored.path.exists():
            # Sidecar first: a Parquet file in kept/ always has its metadata beside it.
            stored.path.with_suffix(".json").replace(target.with_suffix(".json"))
            stored.path.replace(target)
        else:
            table = stored.table
            if table is None:
                return
            self._write(self.kept_directory, stored, table)
        with self._lock:
            stored.path, stored.kept = target, True

    def discard(self, result_id: str) -> None:
        """Remove a result from memory and disk (its conversation or template was deleted)."""
        if not _ID_PATTERN.match(result_id):
            return
        with self._lock:
            stored = self._items.pop(result_id, None)
            if stored is not None and stored.table is not None:
                self._bytes -= stored.table.nbytes
        for directory in (self.directory, self.kept_directory):
            for suffix in _FILE_SUFFIXES:
                (directory / f"{result_id}{suffix}").unlink(missing_ok=True)
        self._remove_exports(result_id)

    def table(self, result_id: str) -> pa.Table:
        """The rows of `result_id` as Arrow, from memory or from its Parquet file."""
        stored = self.get(result_id)
        if stored.table is not None:
            return stored.table
        assert stored.path is not None
        try:
            return read_parquet(stored.path)
        except FileNotFoundError:  # evicted between get() and here
            raise ResultNotFoundError(result_id) from None

    @property
    def memory_used(self) -> int:
        """Bytes of Arrow data held in memory."""
        return self._bytes

    def disk_used(self) -> int:
        """Bytes of result files on disk (all workers), counted now."""
        return self._scan_disk_bytes()

    def exported(self, path: Path, size: int) -> None:
        """Count a download converted from a result (under `exports/`) towards the disk bound."""
        with self._lock:
            self._disk_estimate += size
        self._bound_disk(keep=path.name.split(".", 1)[0])

    def health(self) -> str:
        """`ok` when the results directory is writable."""
        probe = self.directory / f".probe-{secrets.token_hex(4)}"  # several workers may share the directory
        probe.write_bytes(b"ok")
        probe.unlink()
        return "ok"

    def _write(self, directory: Path, stored: StoredResult, table: pa.Table) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{stored.id}.parquet"
        tmp = path.with_suffix(".tmp")
        write_parquet(table, tmp)
        path.with_suffix(".json").write_text(json.dumps(stored.meta()))
        tmp.replace(path)
        with self._lock:
            self._disk_estimate += path.stat().st_size
        return path

    def _load(self, directory: Path, result_id: str) -> StoredResult | None:
        """Metadata of a result on disk written by this or another worker, registered here."""
        path = directory / f"{result_id}.parquet"
        try:
            meta = json.loads(path.with_suffix(".json").read_text())
        except (OSError, ValueError):
            return None
        if not path.exists():
            return None
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
            created=float(meta.get("created", time.time())),
            path=path,
            kept=directory == self.kept_directory,
        )
        with self._lock:
            self._items[result_id] = stored
        return stored

    def _evict_memory(self) -> None:
        """Expire old results; drop the least recently used tables from memory (their file stays)."""
        now = time.time()
        for key in [k for k, v in self._items.items() if not v.kept and now - v.created > self.ttl_s]:
            self._drop(self._items.pop(key))
        for stored in list(self._items.values()):
            if self._bytes <= self.memory_bytes:
                break
            if stored.table is not None and stored.path is not None:
                self._bytes -= stored.table.nbytes
                stored.table = None

    def _drop(self, stored: StoredResult) -> None:
        if stored.table is not None:
            self._bytes -= stored.table.nbytes
        if stored.path is not None and not stored.kept:
            for suffix in _FILE_SUFFIXES:
                stored.path.with_suffix(suffix).unlink(missing_ok=True)
            self._remove_exports(stored.id)

    def _remove_exports(self, result_id: str) -> None:
        for path in self.exports_directory.glob(f"{result_id}.*"):
            path.unlink(missing_ok=True)

    def _files(self) -> list[tuple[int, float, int, Path]]:
        """(rank, last used, bytes, path) of every result file on disk; rank 0 for converted downloads
        (made again on demand), 1 for results, 2 for kept results."""
        out: list[tuple[int, float, int, Path]] = []
        places = (
            (0, self.exports_directory, "*"),
            (1, self.directory, "*.parquet"),
            (2, self.kept_directory, "*.parquet"),
        )
        for rank, directory, pattern in places:
            if not directory.is_dir():
                continue
            for path in directory.glob(pattern):
                if path.suffix == ".tmp":  # being written
                    continue
                with contextlib.suppress(FileNotFoundError):  # another worker evicted it meanwhile
                    st = path.stat()
                    out.append((rank, st.st_mtime, st.st_size, path))
        return out

    def _scan_disk_bytes(self) -> int:
        return sum(size for _, _, size, _ in self._files())

    def _bound_disk(self, keep: str) -> None:
        """Evict least recently used files until the results take at most `disk_bytes`: converted downloads
        first, then results nothing refers to, then kept ones (a conversation re-runs its SQL when its data
        is gone). The result `keep` (just stored or just converted) stays: its id is about to be used."""
        with self._lock:
            if self._disk_estimate <= self.disk_bytes:
                return
        files = sorted(self._files(), key=lambda f: (f[0], f[1]))  # exports, unkept, kept; oldest first
        total = sum(size for _, _, size, _ in files)
        for rank, _, size, path in files:
            if total <= self.disk_bytes:
                break
            if path.name.split(".", 1)[0] == keep:
                continue
            if rank == 0:
                path.unlink(missing_ok=True)
                total -= size
                continue
            for suffix in _FILE_SUFFIXES:
                path.with_suffix(suffix).unlink(missing_ok=True)
            self._remove_exports(path.stem)
            total -= size
            with self._lock:
                evicted = self._items.pop(path.stem, None)
                if evicted is not None and evicted.table is not None:
                    self._bytes -= evicted.table.nbytes
        with self._lock:
            self._disk_estimate = total
