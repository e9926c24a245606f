"""Shared fixtures: one app over the real demo catalog per test session."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic_ai import models

from backend.main import create_app
from backend.settings import REPO_ROOT, Settings

# The built-in analyst's two shared test catalogs, `hr` (prefixed snake_case) and `market` (camelCase), per module.
from backend.tests.analysis_catalogs import hr, market  # noqa: F401
from backend.tests.databases import database
from backend.tests.ready_process import free_port, start_ready, stop

# The Spark Connect server fixture and the hooks that boot it early, only when a test needs it.
from backend.tests.spark_server import pytest_collection_modifyitems, pytest_sessionfinish, spark_url  # noqa: F401

DEMO_DB = REPO_ROOT / "data" / "demo.duckdb"


@pytest.fixture(scope="session")
def results_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("results")


@pytest.fixture(scope="session", autouse=True)
def app_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Every app a test builds without its own `database_url` uses this SQLite file, never data/app.db."""
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'app.db'}"
    previous = os.environ.get("VIZ_DATABASE_URL")
    os.environ["VIZ_DATABASE_URL"] = url
    yield url
    if previous is None:
        os.environ.pop("VIZ_DATABASE_URL", None)
    else:
        os.environ["VIZ_DATABASE_URL"] = previous


@pytest.fixture(scope="session", autouse=True)
def export_processes_on_first_use() -> Iterator[None]:
    """Apps built by tests start their download conversion processes when first needed, not each at start-up
    (two processes importing pyarrow and pandas cost ~2.3 CPU-seconds per app); the warm-up has its own test."""
    previous = os.environ.get("VIZ_EXPORT_WARM")
    os.environ["VIZ_EXPORT_WARM"] = "false"
    yield
    if previous is None:
        os.environ.pop("VIZ_EXPORT_WARM", None)
    else:
        os.environ["VIZ_EXPORT_WARM"] = previous


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on a fresh SQLite file and on a fresh database of the machine's Postgres."""
    with database(str(request.param), tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def client(results_dir: Path, app_database: str) -> Iterator[TestClient]:
    if not DEMO_DB.exists():
        pytest.fail("data/demo.duckdb is missing: run `make data` first")
    settings = Settings(
        duckdb_path=DEMO_DB, results_dir=results_dir, api_token=None, model="builtin", database_url=app_database
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session", autouse=True)
def no_model_requests() -> None:
    """No test reaches a real model provider; the scripted-server tests allow requests to 127.0.0.1 only."""
    models.ALLOW_MODEL_REQUESTS = False


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


QUACK_TOKEN = "test-token"


def serve_quack(port: int) -> subprocess.Popen[str]:
    """A Quack server over the demo database on `port`, started and ready."""
    return start_ready(["scripts.quack_server", "--port", str(port), "--token", QUACK_TOKEN, "--db", str(DEMO_DB)])


@pytest.fixture(scope="module")
def quack() -> Iterator[tuple[int, list[subprocess.Popen[str]]]]:
    """A Quack server over the demo database; a test that kills it appends the restarted process."""
    port = free_port()
    procs = [serve_quack(port)]
    yield port, procs
    for proc in procs:
        stop(proc)
