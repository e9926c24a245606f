"""Chooses the model for a run: the built-in offline analyst or any PydanticAI provider model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic_ai.models import Model, infer_model

from backend.agents.builtin.models import QueryDecision
from backend.agents.builtin.understand import understand
from backend.agents.builtin_model import BuiltinAnalyst
from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog
from backend.models.conversations import Turn
from backend.settings import Settings

BUILTIN_STATE_KEY = "builtin_decision"


def previous_decision(turn: Turn | None) -> QueryDecision | None:
    """The built-in analyst's plan of the turn a follow-up refers to."""
    if turn is None or not turn.analyst_state or BUILTIN_STATE_KEY not in turn.analyst_state:
        return None
    return QueryDecision.model_validate(turn.analyst_state[BUILTIN_STATE_KEY])


def provider_model(name: str, settings: Settings) -> Model | str:
    """A provider model; an OpenAI-compatible base URL (Ollama, vLLM, …) when configured."""
    if settings.openai_base_url and name.startswith(("openai:", "openai-chat:")):
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.openai import OpenAIProvider

        model_name = name.split(":", 1)[1]
        return OpenAIChatModel(model_name, provider=OpenAIProvider(base_url=settings.openai_base_url))
    return name


class ModelFactory:
    """Builds the model of one run and reports the state a follow-up needs afterwards."""

    def __init__(self, settings: Settings, values: ValueIndex) -> None:
        self.settings = settings
        self.values = values

    def check(self) -> str:
        """`ok` when the configured model can be constructed (keys present), else the reason; no network."""
        if self.settings.model == "builtin":
            return "ok"
        try:
            model = provider_model(self.settings.model, self.settings)
            if isinstance(model, str):
                infer_model(model)
        except Exception as exc:  # provider packages raise their own types for missing keys
            return f"{self.settings.model}: {str(exc).split('. ')[0]}"
        return "ok"

    def warm_up(self, catalog: Catalog) -> None:
        """Build the built-in analyst's catalog index now rather than on the first question."""
        if self.settings.model == "builtin" and catalog.tables:
            understand(f"how many rows in {catalog.tables[0].name}", catalog, lookup=self.values.lookup)

    def __call__(
        self, name: str, catalog: Catalog, previous: Turn | None
    ) -> tuple[Model | str, Callable[[], dict[str, Any] | None]]:
        """(model, state getter) for a run."""
        if name == "builtin":
            before = previous_decision(previous)
            analyst = BuiltinAnalyst(catalog, previous=before, lookup=self.values.lookup)

            def state() -> dict[str, Any] | None:
                decision = analyst.decision if isinstance(analyst.decision, QueryDecision) else before
                return {BUILTIN_STATE_KEY: decision.model_dump(mode="json")} if decision else None

            return analyst.model(), state
        return provider_model(name, self.settings), lambda: None
