"""Run an app on a real loopback port in a thread, for tests that need concurrent clients."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import uvicorn
from fastapi import FastAPI

# A cross join of 300k × 300k rows: runs for minutes unless interrupted.
SLOW_SQL = "SELECT count(*) AS n FROM flights a CROSS JOIN flights b WHERE a.delay + b.delay = -12345"


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def slow_database(directory: Path) -> Path:
    """A DuckDB file whose `flights` table makes `SLOW_SQL` run long (its own file: DuckDB shares one
    instance per file within a process, and another app may have locked the demo's already)."""
    path = directory / "slow.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE flights AS SELECT range % 100 - 50 AS delay FROM range(300000)")
    return path


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """The app's base URL while it serves on 127.0.0.1; stopped on exit."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def wait_until(condition: object, timeout_s: float = 15.0) -> bool:
    """Poll `condition()` until true or `timeout_s` passed (a generous bound for a loaded machine)."""
    assert callable(condition)
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


@contextmanager
def pending_post(url: str, path: str, body: object, headers: dict[str, str] | None = None) -> Iterator[socket.socket]:
    """Send a JSON POST and leave its answer unread; leaving the block closes the connection, as a
    browser tab that is closed does (deterministic, unlike a client-side read timeout)."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    payload = json.dumps(body).encode()
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json"]
    lines += [f"Content-Length: {len(payload)}", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    sock = socket.create_connection((host, port), timeout=30)
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        yield sock
    finally:
        sock.close()
