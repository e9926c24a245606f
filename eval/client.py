"""The evaluation's HTTP side: one `/chat` turn over SSE, result download, and a backend it can start itself."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class TurnEvents:
    """What one `/chat` turn streamed, reduced to what the evaluation looks at."""

    sql: list[str] = field(default_factory=list[str])
    data: dict[str, Any] | None = None
    params: dict[str, Any] | None = None
    errors: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    done: dict[str, Any] | None = None
    names: list[str] = field(default_factory=list[str])
    seconds: float = 0.0

    @property
    def chart_type(self) -> str | None:
        """`parameters.chart_type` of the last `params` event."""
        if not self.params:
            return None
        parameters: dict[str, Any] = self.params.get("parameters") or {}
        value = parameters.get("chart_type")
        return str(value) if value is not None else None

    @property
    def conversation_id(self) -> str | None:
        """The id to send with a follow-up."""
        return (self.done or {}).get("conversation_id")


def parse_sse(lines: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """`(event, payload)` pairs from SSE lines (`event:`/`data:` fields, blank line ends an event)."""
    name, data = "message", list[str]()
    for raw in lines:
        line = raw.rstrip("\r")
        if not line:
            if data:
                text = "\n".join(data)
                try:
                    payload: Any = json.loads(text)
                except json.JSONDecodeError:
                    payload = text
                yield name, payload
            name, data = "message", list[str]()
        elif line.startswith(":"):
            continue
        else:
            key, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if key == "event":
                name = value
            elif key == "data":
                data.append(value)
    if data:
        yield name, json.loads("\n".join(data))


def chat_turn(client: httpx.Client, message: str, conversation_id: str | None, timeout: float) -> TurnEvents:
    """POST /chat and collect the stream until `done` (or the stream ends)."""
    body: dict[str, Any] = {"message": message}
    if conversation_id:
        body["conversation_id"] = conversation_id
    events = TurnEvents()
    start = time.perf_counter()
    with client.stream("POST", "/chat", json=body, timeout=timeout) as response:
        if response.status_code != 200:
            response.read()
            events.errors.append({"message": f"HTTP {response.status_code}: {response.text[:200]}"})
            events.seconds = time.perf_counter() - start
            return events
        for name, payload in parse_sse(response.iter_lines()):
            events.names.append(name)
            record: dict[str, Any] = payload if isinstance(payload, dict) else {"raw": payload}  # pyright: ignore[reportUnknownVariableType]
            if name == "sql":
                events.sql.append(str(record.get("query", "")))
            elif name == "data":
                events.data = record
            elif name == "params":
                events.params = record
            elif name == "error":
                events.errors.append(record)
            elif name == "done":
                events.done = record
                break
    events.seconds = time.perf_counter() - start
    return events


def fetch_result(client: httpx.Client, url: str) -> dict[str, Any]:
    """`GET {url}?format=json` → `{columns, rows, row_count, truncated}`."""
    response = client.get(url, params={"format": "json"}, timeout=60)
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def is_up(url: str) -> bool:
    """Does a backend answer `/health` at `url`?"""
    try:
        return httpx.get(f"{url.rstrip('/')}/health", timeout=3).status_code < 500
    except httpx.HTTPError:
        return False


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def own_state(env: dict[str, str], state: Path) -> dict[str, str]:
    """`env` with the backend's results, uploads and app database under `state`."""
    return env | {
        "VIZ_RESULTS_DIR": str(state / "results"),
        "VIZ_UPLOADS_DIR": str(state / "uploads"),
        "VIZ_DATABASE_URL": f"sqlite+aiosqlite:///{state / 'app.db'}",
    }


class Backend:
    """A backend started for the evaluation (uvicorn from the repo root), stopped on exit.

    `catalog` and `model` override VIZ_DUCKDB_PATH and VIZ_MODEL (from the environment or `.env`). Its results,
    uploads and app database live in a directory of its own, removed on exit: two evaluations at once, or one beside
    `make dev`, never share the per-client chat slots (a 429 for the other's turns) nor each other's saved chats.
    """

    def __init__(self, startup_timeout: float = 90.0, catalog: Path | None = None, model: str | None = None) -> None:
        self.catalog, self.model = catalog, model
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.startup_timeout = startup_timeout
        self.log = tempfile.NamedTemporaryFile(prefix="viz-eval-backend-", suffix=".log", delete=False)  # noqa: SIM115
        self.process: subprocess.Popen[bytes] | None = None
        self.state = Path(tempfile.mkdtemp(prefix="viz-eval-state-"))

    def __enter__(self) -> Backend:
        cmd = [sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory"]
        cmd += ["--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        env = own_state(dict(os.environ), self.state)
        if self.catalog is not None:
            env["VIZ_DUCKDB_PATH"] = str(self.catalog)
        if self.model is not None:
            env["VIZ_MODEL"] = self.model
        self.process = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"backend exited with {self.process.returncode}:\n{self.tail()}")
            if is_up(self.url):
                return self
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"backend did not answer /health within {self.startup_timeout:.0f} s:\n{self.tail()}")

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Terminate the process we started (kill it if it lingers)."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.state, ignore_errors=True)

    def tail(self, lines: int = 30) -> str:
        """The last lines of the backend's log (also after stop() closed it)."""
        if not self.log.closed:
            self.log.flush()
        text = Path(self.log.name).read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])
