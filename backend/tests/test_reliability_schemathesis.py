"""Reliability (issue 16, finding 9): generated requests for every documented operation get no server error.

schemathesis reads the app's own OpenAPI document and sends a bounded number of generated requests
(valid and invalid) per operation to the real app on a loopback port; every answer must be a non-5xx
status the document lists for that operation.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from backend.main import create_app
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.live_server import serve

EXAMPLES_PER_OPERATION = 6  # keeps the whole run well under two minutes on a loaded 2-core machine

_SCRATCH = Path(tempfile.mkdtemp(prefix="viz-schemathesis-"))
APP = create_app(
    Settings(
        duckdb_path=DEMO_DB,
        results_dir=_SCRATCH / "results",
        database_url=f"sqlite+aiosqlite:///{_SCRATCH / 'app.db'}",
        api_token=None,
        model="builtin",
    )
)
schema = schemathesis.openapi.from_dict(APP.openapi())


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(APP) as url:
        yield url


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_generated_request_gets_a_server_error(case: schemathesis.Case, base_url: str) -> None:
    response = case.call(base_url=base_url, timeout=60)
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance])
