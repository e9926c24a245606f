"""Downloads of stored results (CSV, Arrow, JSON pages): converted once, in low-priority processes, kept on disk.

Converting 100k rows to CSV or JSON costs the CPU of a second or more (timestamps formatted, floats
rounded, values made JSON-ready). Done in threads of the server process, four downloads at once kept
the cores (and, for the Python parts, the GIL) from the event loop: /health p95 153–242 ms
(`bench.load_bench`). Here a conversion runs in one of `workers` processes started at a lower
scheduling priority (`nice`), so the kernel hands a core to the server's event loop first and the GIL
is not shared. The file it writes under `exports/` of the results directory is served as is by every
later download of the same result, by any worker process of the server; the result store evicts it
with its result, and first when the disk bound is reached (it can be made again).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import secrets
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Literal

import pyarrow as pa

from backend.core import json_body, serialize
from backend.models.data import DataResponse
from backend.models.events import DataColumn

log = logging.getLogger("viz.exports")

ExportFormat = Literal["csv", "arrow", "json"]
EXPORT_DIR = "exports"


def _start_worker(nice: int) -> None:
    """Pool initializer: yield the cores to the server (Unix; elsewhere a no-op), then convert one row, so
    the first download does not pay for what pyarrow loads on first use (pandas, 2–5 s on a busy machine)."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(nice)
    serialize.to_csv(pa.table({"t": pa.array([0], pa.timestamp("us"))}))


def convert(source: str, target: str, fmt: ExportFormat, columns: list[DataColumn], truncated: bool, cap: int) -> int:
    """Write the Parquet result `source` as `fmt` to `target` (atomically); returns the bytes written.

    Runs in a pool process. JSON is the page of the first `cap` rows, the body `GET /api/data` answers.
    """
    table = serialize.read_parquet(source)
    if fmt == "csv":
        body = serialize.to_csv(table)
    elif fmt == "arrow":
        body = serialize.to_arrow_ipc(table)
    else:
        page = table.slice(0, cap)
        response = DataResponse(
            columns=columns,
            rows=[],
            row_count=table.num_rows,
            truncated=truncated or page.num_rows < table.num_rows,
        )
        body = json_body.model_bytes(response, serialize.to_rows(page))
    tmp = Path(f"{target}.{secrets.token_hex(4)}.tmp")  # other workers may convert the same result meanwhile
    tmp.write_bytes(body)
    tmp.replace(target)
    return len(body)


class ExportPool:
    """Converts stored results in `workers` low-priority processes (started on first use), once per file."""

    def __init__(self, results_dir: Path, *, workers: int, nice: int) -> None:
        self.directory = results_dir / EXPORT_DIR
        self.workers = workers
        self.nice = nice
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()  # warm() is called from the result store's threads
        self._pending: dict[Path, asyncio.Future[int]] = {}
        self._warmed = False

    def warm(self) -> None:
        """Start the worker processes now, in the background (the first result too large to keep in memory
        was stored: a download of it is likely), so that download does not wait for them to start."""
        if self._warmed:
            return
        self._warmed = True
        pool = self._executor()
        for _ in range(self.workers):  # one task per worker: each submit starts a process while none is idle
            pool.submit(int)

    def target(self, result_id: str, fmt: ExportFormat, cap: int) -> Path:
        """Where the export of `result_id` in `fmt` lives (a JSON page per row cap)."""
        name = f"{result_id}.{cap}.json" if fmt == "json" else f"{result_id}.{fmt}"
        return self.directory / name

    async def export(
        self, source: Path, target: Path, fmt: ExportFormat, columns: list[DataColumn], truncated: bool, cap: int
    ) -> int:
        """Convert `source` into `target` unless a conversion of it already runs here (then await that one).

        A download that goes away does not stop the conversion: the next download of it finds the file.
        """
        pending = self._pending.get(target)
        if pending is None:
            pending = asyncio.ensure_future(self._convert(source, target, fmt, columns, truncated, cap))
            self._pending[target] = pending
            pending.add_done_callback(lambda _: self._pending.pop(target, None))
        return await asyncio.shield(pending)

    async def _convert(
        self, source: Path, target: Path, fmt: ExportFormat, columns: list[DataColumn], truncated: bool, cap: int
    ) -> int:
        self.directory.mkdir(parents=True, exist_ok=True)
        loop = asyncio.get_running_loop()
        args = (str(source), str(target), fmt, columns, truncated, cap)
        try:
            return await loop.run_in_executor(self._executor(), convert, *args)
        except BrokenProcessPool:  # a worker died (killed, out of memory): start a new pool, try once more
            log.warning("export worker pool broke; restarting it")
            self._restart()
            return await loop.run_in_executor(self._executor(), convert, *args)

    def _executor(self) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                # spawn, not fork: the server process has DuckDB's and the event loop's threads running.
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=_start_worker, initargs=(self.nice,)
                )
            return self._pool

    def _restart(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker processes (conversions still running finish first)."""
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
