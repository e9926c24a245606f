"""Every non-2xx answer as `{error: {code, message, detail}}`: app errors, framework errors and crashes.

The browser sees a plain message (and for server faults a correlation id); exception text goes to the
log under that id, never into a response.
"""

from __future__ import annotations

import json
import logging
import secrets
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.models.errors import AppError, ErrorBody, ErrorCode, ErrorResponse, TooManyRequestsError

log = logging.getLogger("viz.errors")

# Methods whose body the body bound reads (and so may answer 413).
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Framework (Starlette/FastAPI) statuses → our codes; anything else falls back by class of status.
_FRAMEWORK_CODES = {
    400: ErrorCode.invalid_json,  # FastAPI's only own 400: a body it could not decode
    401: ErrorCode.unauthorized,
    404: ErrorCode.route_not_found,
    405: ErrorCode.method_not_allowed,
    413: ErrorCode.payload_too_large,
    429: ErrorCode.too_many_requests,
}

_DESCRIPTIONS = {
    400: "Bad input: the message names what was refused",
    401: "Missing or wrong API token (when `VIZ_API_TOKEN` is set)",
    404: "No such resource",
    408: "The query exceeded its timeout and was stopped",
    409: "The stored state changed or is full: the message says what (e.g. the current version)",
    413: "Request body larger than `VIZ_MAX_BODY_BYTES`",
    422: "The body or a parameter does not match the schema",
    429: "This client already runs as many queries or chats as it may; retry after `Retry-After` seconds",
    499: "The query was cancelled",
    500: "Server fault: the message carries a correlation id, the log the details",
    503: "No engine (or model) is available",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error statuses a route can answer with (always in the envelope)."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted({*statuses, 500}):
        entry: dict[str, Any] = {"model": ErrorResponse, "description": _DESCRIPTIONS[status]}
        if status == 429:
            entry["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
        out[status] = entry
    return out


def envelope_validation_errors(schema: dict[str, Any]) -> None:
    """FastAPI documents 422 as its own `HTTPValidationError` on any route with parameters; ours is the
    envelope, so rewrite those entries (for every route, present and future) and drop the unused models.

    The framework's answers every write route can give are documented too: 413 for any body over the
    limit (the body bound reads every POST/PUT/PATCH/DELETE) and, for a JSON body, 400 when it is not
    JSON at all.
    """
    ref = {"$ref": "#/components/schemas/ErrorResponse"}
    for item in schema.get("paths", {}).values():
        for method, operation in item.items():
            responses = operation.get("responses", {})
            entry = responses.get("422")
            if entry is not None:
                entry["description"] = _DESCRIPTIONS[422]
                entry["content"] = {"application/json": {"schema": ref}}
            extra: list[int] = []
            if method.upper() in BODY_METHODS:
                extra.append(413)
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                extra.append(400)
            for status in extra:
                responses.setdefault(
                    str(status),
                    {"description": _DESCRIPTIONS[status], "content": {"application/json": {"schema": ref}}},
                )
            operation["responses"] = dict(sorted(responses.items()))
    components = schema.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)


def envelope(
    status: int,
    code: ErrorCode,
    message: str,
    detail: Any = None,
    *,
    correlation_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """One error response in the envelope."""
    body = ErrorResponse(error=ErrorBody(code=code, message=message, detail=detail, correlation_id=correlation_id))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def new_correlation_id() -> str:
    """A short random id tying a response to its log line."""
    return secrets.token_hex(8)


async def _app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    correlation_id = None
    if exc.status_code >= 500:
        correlation_id = new_correlation_id()
        log.error("%s %s failed [%s]: %s", request.method, request.url.path, correlation_id, exc.message)
    headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, TooManyRequestsError) else None
    return JSONResponse(exc.body(correlation_id).model_dump(mode="json"), status_code=exc.status_code, headers=headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors: list[dict[str, Any]] = [dict(e) for e in exc.errors()]
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        return envelope(400, ErrorCode.invalid_json, "the request body is not valid JSON")
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    reason = str(first.get("msg", "malformed body"))
    message = f"invalid request: {where + ': ' if where else ''}{reason}"
    # `input` is left out on purpose: it can be large, and it is what the client sent anyway.
    detail = [{"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
    return envelope(422, ErrorCode.invalid_request, message, detail)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    code = _FRAMEWORK_CODES.get(status, ErrorCode.bad_request if status < 500 else ErrorCode.internal_error)
    if status == 400:
        message = "the request body could not be decoded (not UTF-8 JSON, or nested too deeply)"
    else:
        message = HTTPStatus(status).phrase.lower() if status in HTTPStatus._value2member_map_ else str(exc.detail)
    return envelope(status, code, message, headers=dict(exc.headers) if exc.headers else None)


def install_error_handlers(app: FastAPI) -> None:
    """Map AppError, validation and Starlette HTTP errors to the envelope."""
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)


async def send_envelope(
    send: Send,
    status: int,
    code: ErrorCode,
    message: str,
    *,
    correlation_id: str | None = None,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """Write an envelope straight to an ASGI `send` (for middleware that answers before the app)."""
    payload = ErrorResponse(error=ErrorBody(code=code, message=message, correlation_id=correlation_id))
    body = json.dumps(payload.model_dump(mode="json")).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class UnhandledErrorMiddleware:
    """Any exception no handler took becomes a 500 envelope with a correlation id; the text is logged only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            correlation_id = new_correlation_id()
            log.exception("%s %s crashed [%s]", scope.get("method"), scope.get("path"), correlation_id)
            if started:  # a stream already under way can only be cut off
                raise
            await send_envelope(
                send,
                500,
                ErrorCode.internal_error,
                f"internal error (correlation id {correlation_id})",
                correlation_id=correlation_id,
            )
