"""The process-wide services the lifespan builds and the routers use."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from backend.agents.models import ProviderModels
from backend.core.engine import Engine
from backend.core.engine_directory import EngineDirectory
from backend.core.exports import ExportPool
from backend.core.result_store import ResultStore
from backend.core.router import Route
from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog
from backend.models.errors import BadRequestError, EngineUnavailableError, shown_id
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.templates import SqlTemplateRepository
from backend.services.catalog_service import CatalogService
from backend.services.chat import ChatService
from backend.services.fair_share import ActiveTurns, ClientSlots
from backend.services.result_cleanup import ResultCleanup
from backend.services.result_recovery import ResultRecovery
from backend.services.sources import SourceService
from backend.services.templates import TemplateService
from backend.settings import Settings


@dataclass
class Services:
    """Everything built at start-up; `engine_error` says why no engine is available, if so."""

    settings: Settings
    store: ResultStore
    conversations: SqlConversationRepository
    engines: dict[str, Engine]
    catalogs: CatalogService
    chat: ChatService | None
    database: AsyncEngine
    recovery: ResultRecovery
    templates: SqlTemplateRepository
    template_service: TemplateService
    sources: SourceService
    models: ProviderModels  # provider models and their HTTP clients, closed when the app stops
    engine_error: str | None = None
    directory: EngineDirectory = field(default_factory=lambda: EngineDirectory({}))
    query_slots: ClientSlots = field(init=False)
    chat_slots: ClientSlots = field(init=False)
    active_turns: ActiveTurns = field(init=False)
    cleanup: ResultCleanup = field(init=False)
    exports: ExportPool = field(init=False)

    def __post_init__(self) -> None:
        s = self.settings
        # Under the results directory, which every worker process of one server shares.
        slots = s.results_dir / "client-slots"
        self.query_slots = ClientSlots("queries", s.max_queries_per_client, s.retry_after_s, slots)
        self.chat_slots = ClientSlots("chats", s.max_chats_per_client, s.retry_after_s, slots)
        self.active_turns = ActiveTurns(s.max_active_turns)
        self.cleanup = ResultCleanup(self.conversations, self.templates, self.store)
        self.exports = ExportPool(s.results_dir, workers=s.export_workers_per_process, nice=s.export_nice)
        self.store.on_large = self.exports.warm  # downloads of results on disk go through the pool

    @property
    def catalog(self) -> Catalog:
        """The merged catalog of every source, as it is now."""
        return self.catalogs.catalog

    @property
    def values(self) -> ValueIndex:
        """The merged value index, as it is now."""
        return self.catalogs.values

    def require_chat(self) -> ChatService:
        """The chat service, or a 503 saying why there is none."""
        if self.chat is None:
            raise EngineUnavailableError(self.engine_error or "no engine is configured")
        return self.chat

    def engine(self, name: str | None) -> Engine:
        """The named engine (default duckdb), or a clear error."""
        if not self.engines:
            raise EngineUnavailableError(self.engine_error or "no engine is configured")
        key = name or "duckdb"
        engine = self.engines.get(key)
        if engine is None:
            raise BadRequestError(f"engine {shown_id(key)} is not configured; available: {sorted(self.engines)}")
        return engine

    async def route(self, tables: frozenset[str], requested: str | None) -> tuple[Engine, Route]:
        """The engine for a query reading `tables`: the requested one, else the router's choice."""
        if not self.engines:
            raise EngineUnavailableError(self.engine_error or "no engine is configured")
        if requested is not None:
            self.engine(requested)  # 400 for an engine that is not configured, before anything runs
        chosen = await self.directory.route(
            tables,
            spark_row_threshold=self.settings.spark_row_threshold,
            requested=requested,
            source=self.catalog.source_engine(tables),
        )
        return self.engines[chosen.engine], chosen
