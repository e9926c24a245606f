"""Chooses the model for a run: the built-in offline analyst or any PydanticAI provider model."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from typing import Protocol

from pydantic_ai.exceptions import ModelHTTPError
from pydantic_ai.messages import ModelRequest, UserPromptPart
from pydantic_ai.models import Model, ModelRequestParameters, infer_model
from pydantic_ai.settings import ModelSettings

from backend.agents.builtin.catalog_index import CatalogIndex, build_index
from backend.agents.builtin.understand import understand
from backend.agents.builtin_model import BuiltinAnalyst
from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog
from backend.settings import Settings


class _Closable(Protocol):
    async def close(self) -> None: ...


def provider_model(name: str, settings: Settings) -> tuple[Model | str, _Closable | None]:
    """A provider model whose HTTP client has our timeout and retry count (so a timeout is not tripled),
    and that client when we made it; `openai-chat:` (and `openai:` with a base URL) talk to any
    OpenAI-compatible server."""
    provider, _, model_name = name.partition(":")
    if provider == "openai-chat" or (provider == "openai" and settings.openai_base_url):
        from openai import AsyncOpenAI
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.openai import OpenAIProvider

        key = (
            settings.openai_api_key.get_secret_value() if settings.openai_api_key else os.environ.get("OPENAI_API_KEY")
        )
        if key is None and settings.openai_base_url:
            key = "not-needed"  # local servers (Ollama, vLLM, llama.cpp) accept any key
        client = AsyncOpenAI(
            base_url=settings.openai_base_url,
            api_key=key,
            max_retries=settings.model_http_retries,
            timeout=settings.model_timeout_s,
        )
        return OpenAIChatModel(model_name, provider=OpenAIProvider(openai_client=client)), client
    if provider == "anthropic":
        from anthropic import AsyncAnthropic
        from pydantic_ai.models.anthropic import AnthropicModel
        from pydantic_ai.providers.anthropic import AnthropicProvider

        client = AsyncAnthropic(max_retries=settings.model_http_retries, timeout=settings.model_timeout_s)
        return AnthropicModel(model_name, provider=AnthropicProvider(anthropic_client=client)), client
    return name, None


class ProviderModels:
    """One provider model per name for the app's lifetime: its HTTP client keeps its connections from
    turn to turn and is closed when the app stops. (A client per turn left an open connection pool per
    turn to the garbage collector, whose clean-up then ran on whatever event loop was current.)"""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._models: dict[str, Model | str] = {}
        self._clients: list[_Closable] = []

    def get(self, name: str) -> Model | str:
        """The model called `name`, built on first use; raises the provider's error (a missing key) each time."""
        if name not in self._models:
            model, client = provider_model(name, self.settings)
            self._models[name] = model
            if client is not None:
                self._clients.append(client)
        return self._models[name]

    async def aclose(self) -> None:
        """Close every HTTP client made so far; a later `get` builds a new one."""
        clients, self._clients, self._models = self._clients, [], {}
        for client in clients:
            try:
                await client.close()
            except Exception:  # closing is best effort at shutdown
                log.exception("closing a model client failed")


log = logging.getLogger("viz.model")
PING_TIMEOUT_S = 10.0


class ModelPing:
    """Whether the configured model answers: one one-token request, reused for `ttl_s` so /health stays
    cheap; the browser sees a plain reason, the provider's text goes to the log."""

    def __init__(self, settings: Settings, models: ProviderModels) -> None:
        self.settings = settings
        self.models = models
        self._last: tuple[float, str] | None = None
        self._lock = asyncio.Lock()

    async def __call__(self) -> str:
        """`ok`, or why the model does not answer."""
        if self.settings.model == "builtin":
            return "ok"
        async with self._lock:  # one ping in flight; concurrent /health calls share it
            if self._last is not None and time.monotonic() - self._last[0] < self.settings.model_health_ttl_s:
                return self._last[1]
            state = await self._ping()
            self._last = (time.monotonic(), state)
            return state

    async def _ping(self) -> str:
        timeout = min(self.settings.model_timeout_s, PING_TIMEOUT_S)
        try:
            model = self.models.get(self.settings.model)
            resolved = infer_model(model) if isinstance(model, str) else model
            request = ModelRequest(parts=[UserPromptPart("Reply with one word: ok")])
            await asyncio.wait_for(
                resolved.request([request], ModelSettings(max_tokens=1), ModelRequestParameters()), timeout
            )
        except TimeoutError:
            return f"{self.settings.model}: no answer within {timeout:g} s"
        except ModelHTTPError as exc:
            log.warning("model ping failed: %s", exc)
            return f"{self.settings.model}: the provider answered HTTP {exc.status_code}"
        except Exception as exc:  # missing keys, refused connections: each provider has its own types
            log.warning("model ping failed: %r", exc)
            return f"{self.settings.model}: not reachable ({type(exc).__name__}; details in the server log)"
        return "ok"


class ModelFactory:
    """Builds the model of one run and reports the state a follow-up needs afterwards."""

    def __init__(
        self, settings: Settings, values: Callable[[], ValueIndex], models: ProviderModels | None = None
    ) -> None:
        self.settings = settings
        self.models = models or ProviderModels(settings)
        self.values = values  # the current merged index: sources come and go while the app runs
        self._index: CatalogIndex | None = None  # the built-in analyst's index of the current catalog

    def index(self, catalog: Catalog) -> CatalogIndex:
        """The built-in analyst's index of `catalog`, built once and rebuilt only when the catalog is replaced."""
        if self._index is None or self._index.catalog is not catalog:
            self._index = build_index(catalog)
        return self._index

    def check(self) -> str:
        """`ok` when the configured model can be constructed (keys present), else the reason; no network."""
        if self.settings.model == "builtin":
            return "ok"
        try:
            model = self.models.get(self.settings.model)
            if isinstance(model, str):
                infer_model(model)
        except Exception as exc:  # provider packages raise their own types for missing keys
            return f"{self.settings.model}: {str(exc).split('. ')[0]}"
        return "ok"

    def warm_up(self, catalog: Catalog) -> None:
        """Build the built-in analyst's catalog index (and its spelling words) at start-up, not on the first question."""
        if self.settings.model == "builtin" and catalog.tables:
            index = self.index(catalog)
            understand(f"how many rows in {catalog.tables[0].name}", catalog, lookup=self.values().lookup, index=index)

    def __call__(self, name: str, catalog: Catalog) -> Model | str:
        """The model of one run; the built-in analyst reads its context from the run's message history."""
        if name == "builtin":
            analyst = BuiltinAnalyst(
                catalog, lookup=self.values().lookup, index=self.index(catalog), max_rows=self.settings.max_row_limit
            )
            return analyst.model()
        return self.models.get(name)
