"""Reliability (issue 16, findings 9 and 10): one error envelope for every non-2xx answer, closed codes.

Each test sends what a misbehaving or hostile client would and asserts what it gets back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError

from backend.main import create_app
from backend.models.errors import ErrorCode
from backend.settings import REPO_ROOT, Settings
from backend.tests.conftest import DEMO_DB

LONG_ID = "x" * 5000


def assert_envelope(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is `{error: {code, message, detail}}` with this status and code."""
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] == code and isinstance(error["message"], str) and error["message"]
    assert error["code"] in {c.value for c in ErrorCode}
    return error


def test_unknown_route_and_wrong_method_are_enveloped(client: TestClient) -> None:
    assert_envelope(client.get("/api/nothing-here"), 404, "route_not_found")
    wrong = client.get("/chat")
    assert_envelope(wrong, 405, "method_not_allowed")
    assert "POST" in wrong.headers["allow"]


def test_schema_violation_is_a_422_envelope_naming_the_field(client: TestClient) -> None:
    error = assert_envelope(client.post("/chat", json={"conversation_id": "abc"}), 422, "invalid_request")
    assert "message" in error["message"]
    assert_envelope(client.get("/api/data/abcdefghijklmnopqrstuvwxyz?limit=0"), 422, "invalid_request")


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        yield b'{"message": "'
        for _ in range(20):
            yield b"a" * 65536
        yield b'"}'

    response = client.post("/chat", content=chunks(), headers={"content-type": "application/json"})
    assert_envelope(response, 413, "payload_too_large")
    declared = client.post("/api/query", content=b"x" * (1024 * 1024 + 1), headers={"content-type": "application/json"})
    assert_envelope(declared, 413, "payload_too_large")


def test_undecodable_bodies_are_400_envelopes(client: TestClient) -> None:
    json_header = {"content-type": "application/json"}
    bad_utf8 = client.post("/chat", content=b'{"message": "\xff\xfe sales"}', headers=json_header)
    assert_envelope(bad_utf8, 400, "invalid_json")
    broken = client.post("/chat", content=b'{"message": ', headers=json_header)
    assert_envelope(broken, 400, "invalid_json")
    deep = client.post("/generate-ui", content=b"[" * 200_000 + b"]" * 200_000, headers=json_header)
    assert deep.status_code in (400, 413, 422)
    assert deep.json()["error"]["code"] in ("invalid_json", "payload_too_large", "invalid_request")
    nested = b'{"columns": [{"name": "a", "type": "INTEGER"}], "sample_rows": [{"a": ' + b"[" * 5000
    nested += b"]" * 5000 + b"}]}"
    assert client.post("/generate-ui", content=nested, headers=json_header).status_code in (400, 422)


def test_server_fault_is_a_500_envelope_with_a_correlation_id_and_no_exception_text(tmp_path: Path) -> None:
    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=None, json_row_limit=10)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        result = client.post("/api/query", json={"sql": "SELECT * FROM sales", "limit": 50}).json()
        assert result["size"] == "large"
        stored = next(tmp_path.glob("*.parquet"))
        stored.write_bytes(b"not parquet at all")  # the disk under the store went bad
        response = client.get(f"/api/data/{result['data_id']}?format=csv")
    error = assert_envelope(response, 500, "internal_error")
    assert error["correlation_id"] and error["correlation_id"] in error["message"]
    assert "parquet" not in response.text.lower() and str(tmp_path) not in response.text


def test_ids_of_any_length_are_not_echoed(client: TestClient) -> None:
    for response, code in [
        (client.get(f"/api/conversations/{LONG_ID}"), "conversation_not_found"),
        (client.get(f"/api/data/{LONG_ID}"), "result_not_found"),
        (
            client.post("/chat", json={"message": "sales by region", "conversation_id": LONG_ID}),
            "conversation_not_found",
        ),
    ]:
        error = assert_envelope(response, 404, code)
        assert len(error["message"]) < 120 and LONG_ID[:100] not in response.text
    engine = client.post("/chat", json={"message": "sales by region", "engine": "e" * 5000})
    assert_envelope(engine, 400, "bad_request")
    assert "e" * 100 not in engine.text


def test_query_understanding_refuses_an_unknown_conversation(client: TestClient) -> None:
    response = client.post("/query-understanding", json={"message": "sales by region", "conversation_id": "nope"})
    assert_envelope(response, 404, "conversation_not_found")


def test_empty_api_token_is_refused_and_unset_means_no_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIZ_API_TOKEN", "")
    with pytest.raises(ValidationError, match="VIZ_API_TOKEN is set but empty"):
        Settings(_env_file=None)  # pyright: ignore[reportCallIssue]
    with pytest.raises(ValidationError):
        Settings(api_token=SecretStr("  "))
    monkeypatch.delenv("VIZ_API_TOKEN")
    assert Settings(_env_file=None).api_token is None  # pyright: ignore[reportCallIssue]


def test_server_does_not_start_with_an_empty_token(tmp_path: Path) -> None:
    env = {**os.environ, "VIZ_API_TOKEN": "", "VIZ_RESULTS_DIR": str(tmp_path)}
    cmd = [sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory", "--port", "0"]
    done = subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "VIZ_API_TOKEN is set but empty" in done.stderr


def test_unauthorized_answers_carry_cors_headers(tmp_path: Path) -> None:
    settings = Settings(duckdb_path=DEMO_DB, results_dir=tmp_path, api_token=SecretStr("s3cret"))
    with TestClient(create_app(settings)) as client:
        denied = client.get("/api/catalog", headers={"Origin": "http://localhost:3000"})
        assert_envelope(denied, 401, "unauthorized")
        assert denied.headers["access-control-allow-origin"] == "http://localhost:3000"


def test_openapi_documents_every_error_in_the_envelope_with_closed_codes(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert set(schemas["ErrorCode"]["enum"]) == {c.value for c in ErrorCode}
    assert "sql_validation" in schemas["Stage"]["enum"]
    assert schemas["ErrorBody"]["properties"]["code"] == {"$ref": "#/components/schemas/ErrorCode"}
    assert schemas["ErrorEvent"]["properties"]["stage"] == {"$ref": "#/components/schemas/Stage"}
    assert "HTTPValidationError" not in schemas
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if not status.startswith("2"):
                    ref = response["content"]["application/json"]["schema"]["$ref"]
                    assert ref.endswith("/ErrorResponse"), (method, path, status)
    statuses = {(m, p): set(op["responses"]) for p, item in doc["paths"].items() for m, op in item.items()}
    assert {"401", "408", "413", "422", "429", "499", "503"} <= statuses[("post", "/api/query")]
    assert {"401", "404", "413", "422", "429", "503"} <= statuses[("post", "/chat")]
    assert "Retry-After" in doc["paths"]["/chat"]["post"]["responses"]["429"]["headers"]


_BODY_METHODS = ("post", "put", "patch", "delete")


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in doc["paths"].items() for m, op in item.items() if m in _BODY_METHODS]


def test_every_route_that_reads_a_body_documents_what_a_bad_body_gets(client: TestClient) -> None:
    """Probed from outside (schemathesis with more examples, curl): PATCH /api/conversations/{id} with a
    body that is not JSON answered 400, and any write route 413 for 1 MiB + 1 bytes, undocumented."""
    doc = client.get("/openapi.json").json()
    too_big = b"x" * (1024 * 1024 + 1)
    for method, path, operation in _operations(doc):
        url = path.replace("{version}", "1").replace("{", "").replace("}", "")
        documented = set(operation["responses"])
        big = client.request(method.upper(), url, content=too_big, headers={"content-type": "application/json"})
        assert_envelope(big, 413, "payload_too_large")
        assert "413" in documented, (method, path)
        if "application/json" in operation.get("requestBody", {}).get("content", {}):
            bad = client.request(method.upper(), url, content=b"\x00", headers={"content-type": "application/json"})
            assert bad.status_code in (400, 404), (method, path, bad.text)
            assert str(bad.status_code) in documented, (method, path, bad.status_code)
    statuses = {(m, p): set(op["responses"]) for m, p, op in _operations(doc)}
    assert "409" in statuses[("post", "/chat")]  # a full conversation
    assert {"408", "429", "499", "503"} <= statuses[("post", "/api/templates/{template_id}/refresh")]
