"""Reliability (issue 16): `VIZ_WORKERS` > 1 runs several server processes that share everything.

Conversations live in the database and results on disk, so whichever process a request reaches
answers it; the processes migrate the database one after the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from backend.settings import REPO_ROOT
from backend.tests.conftest import DEMO_DB
from backend.tests.live_server import free_port
from backend.tests.sse import parse_sse

UVICORN = [sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory"]


def test_two_worker_processes_share_conversations_and_results(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "VIZ_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        "VIZ_RESULTS_DIR": str(tmp_path / "results"),
        "VIZ_DUCKDB_PATH": str(DEMO_DB),
        "VIZ_MODEL": "builtin",
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
