"""ASGI middleware: bearer-token check and request body size bound."""

from __future__ import annotations

import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.api.errors import BODY_METHODS, send_envelope
from backend.models.errors import ErrorCode

OPEN_PATHS = frozenset({"/health"})


class BearerTokenMiddleware:
    """Every route but `/health` (and CORS preflights) needs `Authorization: Bearer <VIZ_API_TOKEN>`."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        supplied = headers.get(b"authorization", b"")
        scheme, _, value = supplied.partition(b" ")
        if scheme.lower() != b"bearer" or not secrets.compare_digest(value.strip(), self.token):
            await send_envelope(
                send,
                401,
                ErrorCode.unauthorized,
                "missing or wrong API token",
                headers=[(b"www-authenticate", b"Bearer")],
            )
            return
        await self.app(scope, receive, send)


class BodySizeLimitMiddleware:
    """Refuse request bodies above `max_bytes` with 413, whether sent with Content-Length or chunked.

    The body is read here, at most `max_bytes` of it, before the app sees the request: a chunked upload
    cannot grow past the bound, and the 413 comes out as an envelope instead of a decoding error.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, streamed: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # path → bound for multipart uploads the route streams to disk itself (never buffered here)
        self.streamed = streamed or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        streamed = self.streamed.get(scope["path"])
        if streamed is not None and headers.get(b"content-type", b"").startswith(b"multipart/form-data"):
            if declared is not None and declared.isdigit() and int(declared) > streamed:
                await self._too_large(send, streamed)
                return
            await self.app(scope, receive, send)
            return
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send, self.max_bytes)
            return
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away before sending it all
                return
            chunk: bytes = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await self._too_large(send, self.max_bytes)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()  # later calls wait for the disconnect, as the app expects

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send, limit: int) -> None:
        message = f"request body exceeds {limit} bytes"
        await send_envelope(send, 413, ErrorCode.payload_too_large, message, headers=[(b"connection", b"close")])
