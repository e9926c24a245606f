"""Shared fixtures: one app over the real demo catalog per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic_ai import models

from backend.main import create_app
from backend.settings import REPO_ROOT, Settings

# The Spark Connect server fixture and the hooks that boot it early, only when a test needs it.
from backend.tests.spark_server import pytest_collection_modifyitems, pytest_sessionfinish, spark_url  # noqa: F401

DEMO_DB = REPO_ROOT / "data" / "demo.duckdb"


@pytest.fixture(scope="session")
def results_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("results")


@pytest.fixture(scope="session")
def client(results_dir: Path) -> Iterator[TestClient]:
    if not DEMO_DB.exists():
        pytest.fail("data/demo.duckdb is missing: run `make data` first")
    settings = Settings(duckdb_path=DEMO_DB, results_dir=results_dir, api_token=None, model="builtin")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session", autouse=True)
def no_model_requests() -> None:
    """No test reaches a real model provider; the scripted-server tests allow requests to 127.0.0.1 only."""
    models.ALLOW_MODEL_REQUESTS = False


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
