"""Application factory; the lifespan wires engines, stores and the agent — nothing at import time."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from backend.agents.analyst import build_agent
from backend.agents.models import ModelFactory, ModelPing, ProviderModels
from backend.api import catalog, chat, conversations, data, dev, health, sources, templates
from backend.api.errors import UnhandledErrorMiddleware, envelope_validation_errors, install_error_handlers
from backend.api.middleware import BearerTokenMiddleware, BodySizeLimitMiddleware
from backend.core.catalog import load_synonyms
from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.duckdb_remote import DuckDBRemoteEngine
from backend.core.engine import Engine
from backend.core.engine_directory import EngineDirectory
from backend.core.result_store import ResultStore
from backend.core.source_engine import EngineLimits
from backend.core.value_index import ValueIndex
from backend.models import events
from backend.models.catalog import Catalog
from backend.models.errors import AppError
from backend.models.sources import SourceCreate
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.database import open_database, ping, sessions, upgrade
from backend.repositories.sources import SqlSourceRepository
from backend.repositories.templates import SqlTemplateRepository
from backend.services.catalog_service import CatalogService
from backend.services.chat import ChatService
from backend.services.chat import ModelFactory as ModelFactoryType
from backend.services.container import Services
from backend.services.conversation_history import ChatConversations
from backend.services.health_monitor import HealthMonitor
from backend.services.own_storage import OwnStorage
from backend.services.result_recovery import ResultRecovery
from backend.services.sources import SourceService
from backend.services.templates import TemplateService
from backend.settings import Settings

log = logging.getLogger("viz")

# SSE payloads are not response bodies FastAPI can see; they are added to the OpenAPI components so
# the frontend's generated types and Zod schemas cover them too.
SSE_MODELS = [
    events.ThoughtEvent,
    events.SqlEvent,
    events.ProgressEvent,
    events.DataEvent,
    events.ParamsEvent,
    events.CodeEvent,
    events.ErrorEvent,
    events.ClarificationEvent,
    events.DoneEvent,
]


async def build_services(settings: Settings, model_factory: ModelFactoryType | None = None) -> Services:
    """Open engines and stores; a missing database leaves the app up with a clear reason."""
    store = ResultStore(
        settings.results_dir,
        memory_bytes=settings.result_memory_bytes,
        json_row_limit=settings.json_row_limit,
        ttl_s=settings.result_ttl_s,
        disk_bytes=settings.results_max_bytes,
    )
    database = open_database(settings.database_url)
    models = ProviderModels(settings)
    session_factory = sessions(database)
    conversations = SqlConversationRepository(session_factory)
    template_repo = SqlTemplateRepository(session_factory)
    engines: dict[str, Engine] = {}
    catalogs = CatalogService(Catalog(tables=[]), ValueIndex())
    recovery = ResultRecovery(store, engines, lambda: catalogs.catalog.table_names(), settings)
    template_service = TemplateService(template_repo, conversations, store, recovery)
    limits = EngineLimits(
        threads=settings.duckdb_threads,
        memory_limit=settings.duckdb_memory_limit,
        temp_directory=settings.duckdb_temp_directory,
        max_temp_size=settings.duckdb_max_temp_size,
        extensions_dir=settings.extensions_dir,
    )

    def source_service() -> SourceService:
        return SourceService(
            SqlSourceRepository(session_factory),
            engines,
            catalogs,
            limits,
            uploads_dir=settings.uploads_dir,
            own_storage=OwnStorage.of(settings.database_url, [settings.results_dir, settings.uploads_dir]),
            sample_rows=settings.source_sample_rows,
            timeout_s=settings.source_timeout_s,
            retire_after_s=settings.query_timeout_s,
        )

    try:
        local = DuckDBLocalEngine.open(
            settings.duckdb_path,
            threads=settings.duckdb_threads,
            memory_limit=settings.duckdb_memory_limit,
            temp_directory=settings.duckdb_temp_directory,
            max_temp_size=settings.duckdb_max_temp_size,
        )
    except AppError as exc:
        log.error("no DuckDB engine: %s", exc.message)
        return Services(
            settings,
            store,
            conversations,
            engines,
            catalogs,
            None,
            database,
            recovery,
            template_repo,
            template_service,
            source_service(),
            models,
            engine_error=exc.message,
        )
    engines["duckdb"] = local
    if settings.duckdb_remote:
        token = settings.duckdb_remote_token.get_secret_value() if settings.duckdb_remote_token else ""
        # No I/O here either: the catalog is read in the background, /health says when the server is down.
        engines["duckdb-remote"] = DuckDBRemoteEngine.connect(settings.duckdb_remote, token)
    if settings.spark_remote:
        from backend.core.spark import SparkEngine  # pyspark is imported only when Spark is configured

        # No I/O here: the session opens on the first query, so a Spark server that is down leaves
        # the app up and /health says why.
        engines["spark"] = SparkEngine(settings.spark_remote)
    synonyms = settings.synonyms_path or settings.duckdb_path.with_suffix(".synonyms.json")
    catalog = (await local.catalog()).model_copy(update={"synonyms": load_synonyms(synonyms)})
    catalogs = CatalogService(catalog, local.values)
    if model_factory is None:
        default_factory = ModelFactory(settings, lambda: catalogs.values, models)
        default_factory.warm_up(catalog)
        model_factory = default_factory
    directory = EngineDirectory(engines, wait_s=settings.engine_catalog_wait_s)
    chat_service = ChatService(
        settings=settings,
        directory=directory,
        agent=build_agent(settings.model_retries),
        catalogs=catalogs,
        engines=engines,
        store=store,
        conversations=ChatConversations(
            conversations,
            store,
            max_turns=settings.max_turns,
            window=settings.history_turns,
            max_bytes=settings.max_conversation_bytes,
        ),
        model_factory=model_factory,
    )
    return Services(
        settings,
        store,
        conversations,
        engines,
        catalogs,
        chat_service,
        database,
        recovery,
        template_repo,
        template_service,
        source_service(),
        models,
        directory=directory,
    )


def create_app(settings: Settings | None = None, *, model_factory: ModelFactoryType | None = None) -> FastAPI:
    """Build the FastAPI app; engines and stores are created in the lifespan (`model_factory` replaces
    the model choice, e.g. to drive the agent with a scripted model)."""
    cfg = settings or Settings()
    # sqlglot warns with the full statement text whenever it falls back to an unparsed command.
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    # The app database's driver logs bound parameters at DEBUG, stored DSNs among them: never below INFO.
    for driver in ("aiosqlite", "asyncpg"):
        logging.getLogger(driver).setLevel(logging.INFO)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncGenerator[None]:
        services = await build_services(cfg, model_factory)
        if cfg.auto_migrate:
            await upgrade(services.database, lock_file=cfg.results_dir / ".migrate.lock")
        await services.sources.restore()
        # First use of the database pays for connecting and compiling statements: not the first user.
        await services.conversations.list(offset=0, limit=1, search="warm-up")
        await services.conversations.get("warm-up")
        app.state.services = services
        services.directory.start()  # remote catalogs load in the background; routing waits for them briefly
        monitor = HealthMonitor(
            lambda: services.engines,
            _health_probes(services),
            timeout_s=cfg.health_probe_timeout_s,
            refresh_s=cfg.health_refresh_s,
            engine_error=services.engine_error,
        )
        app.state.health = monitor
        monitor.start()
        if services.chat is not None:
            try:
                await services.chat.warm_up()
            except Exception:  # warm-up is an optimisation; a failure must not stop the app
                log.exception("warm-up turn failed")
        if cfg.export_warm:
            # The first download would otherwise wait while the conversion processes start and import pyarrow
            # and pandas (2–5 s on a busy machine). Only starting them happens here (milliseconds); they warm up
            # on their own, at lower priority, while the server already answers (/health first of all).
            services.exports.warm()
        try:
            yield
        finally:
            await monitor.close()
            await services.directory.close()
            await services.sources.close()
            for engine in list(services.engines.values()):
                await engine.close()
            await services.database.dispose()
            await to_thread.run_sync(services.exports.close)
            await services.models.aclose()

    app = FastAPI(title="Viz Orchestrator", version="0.1.0", lifespan=lifespan)
    # Added innermost first: body bound, then token, then the crash envelope, CORS outermost so that
    # 401, 413 and 500 answers carry CORS headers too and the browser can read them.
    # Uploads stream to disk under their own bound (VIZ_UPLOAD_MAX_BYTES), checked by the route as it reads.
    app.add_middleware(
        BodySizeLimitMiddleware, max_bytes=cfg.max_body_bytes, streamed={"/api/sources": cfg.upload_max_bytes}
    )
    if cfg.api_token is not None:
        app.add_middleware(BearerTokenMiddleware, token=cfg.api_token.get_secret_value())
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cfg.cors_origins,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["authorization", "content-type"],
        expose_headers=["retry-after", "content-disposition"],
    )
    install_error_handlers(app)

    for module in (health, chat, data, catalog, conversations, templates, sources, dev):
        app.include_router(module.router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in [*SSE_MODELS, SourceCreate]:  # SourceCreate: POST /api/sources reads its body itself
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}", by_alias=True)
            components.update(model_schema.pop("$defs", {}))
            components[model.__name__] = model_schema
        envelope_validation_errors(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
    return app


def _health_probes(services: Services) -> dict[str, Callable[[], Awaitable[str]]]:
    async def store() -> str:
        return services.store.health()

    model_ping = ModelPing(services.settings, services.models)

    async def model() -> str:
        built = ModelFactory(services.settings, lambda: services.values, services.models).check()
        return built if built != "ok" else await model_ping()

    async def database() -> str:
        return await ping(services.database)

    # Engines are probed by the route itself: each engine is reported, and their sum is `checks.engines`.
    return {"store": store, "model": model, "database": database}


def __getattr__(name: str) -> FastAPI:
    """`uvicorn backend.main:app` works too: the app is created on first access, not at import."""
    if name == "app":
        return create_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
