"""Application factory; the lifespan wires engines, stores and the agent — nothing at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from backend.api import health
from backend.models.errors import AppError, ErrorBody, ErrorResponse
from backend.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the FastAPI app; all heavy state is created in the lifespan."""
    cfg = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        probes: dict[str, Callable[[], Awaitable[str]]] = {}
        app.state.settings = cfg
        app.state.health_probes = probes
        yield

    app = FastAPI(title="Viz Orchestrator", version="0.1.0", lifespan=lifespan)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cfg.cors_origins,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    @app.exception_handler(AppError)
    async def _app_error(_: Request, exc: AppError) -> JSONResponse:
        return JSONResponse(exc.body().model_dump(mode="json"), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"invalid request: {where + ': ' if where else ''}{first.get('msg', 'malformed body')}"
        body = ErrorResponse(error=ErrorBody(code="invalid_request", message=message, detail=errors))
        return JSONResponse(body.model_dump(mode="json"), status_code=422)

    app.include_router(health.router)
    return app
