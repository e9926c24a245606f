"""An OpenAI-compatible chat-completions server for tests: 127.0.0.1, streaming, tool calls, scripted replies.

Each request to `/v1/chat/completions` takes the next reply of the script (a `Reply`, or a function of the
request body returning one); every request body is kept for assertions."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

Body = dict[str, Any]


@dataclass
class Reply:
    """One model response: thinking text and/or tool calls (name, raw JSON arguments), or an HTTP failure."""

    text: str | None = None
    tool_calls: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    status: int = 200
    delay_s: float = 0.0
    chunk_chars: int = 16
    prompt_tokens: int = 100
    completion_tokens: int = 20


Step = Reply | Callable[[Body], Reply]


def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    body = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n"


async def _stream(reply: Reply) -> AsyncIterator[str]:
    yield _chunk({"role": "assistant", "content": ""})
    if reply.text:
        for i in range(0, len(reply.text), reply.chunk_chars):
            yield _chunk({"content": reply.text[i : i + reply.chunk_chars]})
    for index, (name, args) in enumerate(reply.tool_calls):
        call = {"index": index, "id": f"call_{index}_{name}", "type": "function"}
        yield _chunk({"tool_calls": [call | {"function": {"name": name, "arguments": ""}}]})
        for i in range(0, len(args), reply.chunk_chars):
            yield _chunk({"tool_calls": [{"index": index, "function": {"arguments": args[i : i + reply.chunk_chars]}}]})
            await asyncio.sleep(0)
    yield _chunk({}, "tool_calls" if reply.tool_calls else "stop")
    usage = {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }
    yield f"data: {json.dumps({'id': 'chatcmpl-scripted', 'object': 'chat.completion.chunk', 'created': 0, 'model': 'scripted', 'choices': [], 'usage': usage})}\n\n"
    yield "data: [DONE]\n\n"


def _completion(reply: Reply) -> Body:
    """A whole (non-streaming) chat completion, as a `/health` ping asks for."""
    calls = [
        {"id": f"call_{i}_{name}", "type": "function", "function": {"name": name, "arguments": args}}
        for i, (name, args) in enumerate(reply.tool_calls)
    ]
    message: Body = {"role": "assistant", "content": reply.text, **({"tool_calls": calls} if calls else {})}
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
        "usage": {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        },
    }


class ScriptedOpenAI:
    """The server; `script(...)` sets the replies of the next requests, `requests` holds what arrived."""

    def __init__(self) -> None:
        self.requests: list[Body] = []
        self.peers: list[int] = []  # the client port of each request: one port per connection
        self._steps: list[Step] = []
        self._lock = threading.Lock()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        app = Starlette(routes=[Route("/v1/chat/completions", self._complete, methods=["POST"])])
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        """The base URL a client is configured with (`VIZ_OPENAI_BASE_URL`)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *steps: Step) -> None:
        """Replace the remaining replies and forget earlier requests."""
        with self._lock:
            self._steps = list(steps)
            self.requests = []

    @property
    def remaining(self) -> int:
        """Replies not used yet."""
        return len(self._steps)

    async def _complete(self, request: Request) -> Response:
        body: Body = await request.json()
        with self._lock:
            self.requests.append(body)
            self.peers.append(request.client.port if request.client else 0)
            step = self._steps.pop(0) if self._steps else None
        if step is None:
            return JSONResponse({"error": {"message": "script exhausted"}}, status_code=500)
        reply = step(body) if callable(step) else step
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            error = {"error": {"message": f"scripted failure {reply.status} (secret-account-42)", "type": "x"}}
            return JSONResponse(error, status_code=reply.status, headers={"retry-after": "0"})
        if not body.get("stream"):
            return JSONResponse(_completion(reply))
        return StreamingResponse(_stream(reply), media_type="text/event-stream")

    def start(self) -> None:
        """Serve in a thread until `stop()`."""
        self._thread.start()
        deadline = time.time() + 10
        while not self._server.started and time.time() < deadline:
            time.sleep(0.02)

    def open_connections(self) -> int:
        """Connections the server holds open now."""
        state = self._server.server_state
        return len(state.connections)

    def stop(self) -> None:
        """Shut the server down."""
        self._server.should_exit = True
        self._thread.join(timeout=5)


def tool_results(body: Body) -> list[str]:
    """Contents of the tool messages in a request, oldest first."""
    return [str(m.get("content")) for m in body["messages"] if m.get("role") == "tool"]


def last_data_id(body: Body) -> str:
    """The `data_id` of the newest successful run_sql result the request carries."""
    for content in reversed(tool_results(body)):
        try:
            value = json.loads(content)
        except ValueError:
            continue
        if isinstance(value, dict) and "data_id" in value:
            return str(value["data_id"])  # pyright: ignore[reportUnknownArgumentType]
    raise AssertionError("no query result in the request")
