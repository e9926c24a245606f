"""One real Spark Connect server per test run, started as soon as a collected test needs it.

The JVM takes 10-20 s to come up, so it boots in the background while the other tests run;
the `spark_url` fixture waits for its `ready` line. Runs that collect no Spark test start nothing.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from backend.settings import REPO_ROOT
from backend.tests.ready_process import free_port

START_TIMEOUT_S = 300.0  # a loaded 2-core machine has needed ~150 s; an idle one ~15 s
_server: SparkServer | None = None
# Point the tests at a server that already runs (`python -m scripts.spark_server`) while iterating.
EXISTING_SERVER_ENV = "VIZ_TEST_SPARK_REMOTE"


class SparkServer:
    """`python -m scripts.spark_server` in its own process group, killed with the test run."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"sc://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scripts.spark_server", "--port", str(self.port)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.ready = False
        self.lines: list[str] = []

    def wait_ready(self) -> str:
        """The server's URL once it printed `ready`; fails the test with its output otherwise."""
        if self.ready:
            return self.url
        assert self.proc.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not sel.select(timeout=1.0):
                    if self.proc.poll() is not None:
                        break
                    continue
                line = self.proc.stdout.readline().decode(errors="replace")
                if not line:
                    break
                self.lines.append(line.rstrip())
                if "ready" in line:
                    self.ready = True
                    return self.url
        self.stop()
        pytest.fail(f"Spark Connect server did not become ready: {self.lines}")

    def stop(self) -> None:
        """SIGTERM the process group (the script, its JVM), SIGKILL if it lingers."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Boot the server early when any collected test asks for `spark_url`."""
    global _server
    if os.environ.get(EXISTING_SERVER_ENV):
        return
    if _server is None and any("spark_url" in getattr(item, "fixturenames", ()) for item in items):
        _server = SparkServer()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Never leave a JVM behind."""
    if _server is not None:
        _server.stop()


@pytest.fixture(scope="session")
def spark_url() -> Iterator[str]:
    """`sc://127.0.0.1:<port>` of the run's Spark Connect server serving the demo tables."""
    global _server
    if existing := os.environ.get(EXISTING_SERVER_ENV):
        yield existing
        return
    if _server is None:  # collected by a plugin-less path: start it now
        _server = SparkServer()
    yield _server.wait_ready()
