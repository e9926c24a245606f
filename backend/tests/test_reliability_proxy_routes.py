"""Reliability (issue 16, finding 6): the frontend proxy forwards only routes the API has.

The proxy's allow-list (`frontend/lib/proxy-rules.ts`) decides which requests ride on the server's
token. Probed from outside, it forwarded `GET /api/sources/{name}` and `GET
/api/conversations/{id}/turns`, which the API does not have (the backend answered 405 and 404): an
allow-list that drifts from the API lets through whatever route is added under those paths later.
Every entry must name an operation of the API's OpenAPI document.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from backend.settings import REPO_ROOT

RULES = REPO_ROOT / "frontend" / "lib" / "proxy-rules.ts"
ENTRY = re.compile(r'\{\s*path:\s*"(?P<path>[^"]+)",\s*methods:\s*\[(?P<methods>[^\]]*)\]')


def _proxy_routes() -> list[tuple[str, list[str]]]:
    text = RULES.read_text()
    start = text.index("export const PROXY_ROUTES")
    table = text[start : text.index("];", start)]
    routes = [(m["path"], re.findall(r'"([A-Z]+)"', m["methods"])) for m in ENTRY.finditer(table)]
    assert len(routes) > 10, "the allow-list's format changed: update this reader"
    return routes


def test_every_forwarded_route_and_method_is_an_api_operation(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    operations = {(re.sub(r"\{[^}]+\}", ":", path), method.upper()) for path, item in paths.items() for method in item}
    for path, methods in _proxy_routes():
        shape = re.sub(r":[A-Za-z]+", ":", path)
        for method in methods:
            assert (shape, method) in operations, f"the proxy forwards {method} {path}, which the API does not have"
