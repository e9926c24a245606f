"""Reliability (issue 16): `VIZ_WORKERS` > 1 runs several server processes that share everything.

Conversations live in the database and results on disk, so whichever process a request reaches
answers it; the processes migrate the database one after the other. Each process has its share of the
download conversion processes (`VIZ_EXPORT_WORKERS` among `VIZ_WORKERS`), started with the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from backend.settings import REPO_ROOT, Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.live_server import free_port
from backend.tests.sse import parse_sse

UVICORN = [sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory"]


def _children(pid: int) -> list[tuple[int, bytes]]:
    """(pid, command line) of the processes whose parent is `pid`."""
    found: list[tuple[int, bytes]] = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            found.append((int(stat.parent.name), cmdline))
    return found


def _export_processes(server: int) -> dict[int, int]:
    """Per uvicorn worker process of `server`: how many pool processes (spawned children) it has."""
    return {
        worker: sum(b"spawn_main" in cmd for _, cmd in _children(worker))
        for worker, cmd in _children(server)
        if b"spawn_main" in cmd  # uvicorn spawns its workers too; the resource tracker is not one
    }


def test_two_worker_processes_share_conversations_and_results(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "VIZ_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        "VIZ_RESULTS_DIR": str(tmp_path / "results"),
        "VIZ_DUCKDB_PATH": str(DEMO_DB),
        "VIZ_MODEL": "builtin",
        "VIZ_WORKERS": "2",  # what `make start` passes along with --workers
        "VIZ_EXPORT_WORKERS": "2",
        "VIZ_EXPORT_WARM": "true",
    }
    env.pop("VIZ_API_TOKEN", None)
    server = subprocess.Popen(
        [*UVICORN, "--host", "127.0.0.1", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=5).json()["checks"]["database"] == "ok":
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        # Before any download: each of the two processes started its one conversion process (2 among 2).
        pools: dict[int, int] = {}
        while time.time() < deadline and (len(pools) != 2 or set(pools.values()) != {1}):
            time.sleep(0.5)
            pools = _export_processes(server.pid)
        assert len(pools) == 2 and set(pools.values()) == {1}, pools
        answer = httpx.post(f"{url}/chat", json={"message": "total sales by region"}, timeout=60)
        events = dict(parse_sse(answer.text))
        conversation, data_url = events["done"]["conversation_id"], events["data"]["url"]
        rows = None
        # Each request on a new connection: the two processes take turns accepting them.
        for _ in range(30):
            listed = httpx.get(f"{url}/api/conversations", timeout=30).json()["items"]
            assert [c["id"] for c in listed] == [conversation]
            turns = httpx.get(f"{url}/api/conversations/{conversation}", timeout=30).json()["turns"]
            assert turns[0]["data_url"] == data_url
            data = httpx.get(f"{url}{data_url}", timeout=30)
            assert data.status_code == 200, data.text
            rows = rows or data.json()["rows"]
            assert data.json()["rows"] == rows
        follow = dict(
            parse_sse(
                httpx.post(
                    f"{url}/chat", json={"message": "only Europe", "conversation_id": conversation}, timeout=60
                ).text
            )
        )
        assert "'Europe'" in follow["sql"]["query"]
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_conversion_processes_are_shared_out_among_server_processes() -> None:
    """Each uvicorn worker starts its own pool: sized alone (2 each) four workers ran 8 conversion
    processes on 2 cores. The total is bounded by the cores, with at least one per server process."""
    cores = os.cpu_count() or 1
    assert Settings(workers=1).export_workers_per_process == min(2, cores)
    assert Settings(workers=2, export_workers=4).export_workers_per_process == 2
    assert Settings(workers=4, export_workers=2).export_workers_per_process == 1
    assert Settings(workers=8).export_workers_per_process == 1  # more server processes than cores: one each
