"""`GET /health`: each component `ok` or the reason it is not; each engine on its own."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request

from backend.api.errors import error_responses
from backend.core.engine import Engine
from backend.models.health import HealthResponse
from backend.services.container import Services

router = APIRouter(tags=["health"])


async def _probe(engine: Engine) -> str:
    try:
        return await engine.health()
    except Exception as exc:  # a probe failure is a status, not a crash
        return f"error: {exc}"


@router.get("/health", response_model=HealthResponse, responses=error_responses())
async def health(request: Request) -> HealthResponse:
    """Report engines (together and each), result store, model and database status."""
    services: Services = request.app.state.services
    names = list(services.engines)
    states = dict(zip(names, await asyncio.gather(*(_probe(services.engines[n]) for n in names)), strict=True))
    bad = {k: v for k, v in states.items() if v != "ok"}
    if not states:
        engines = services.engine_error or "no engine configured"
    else:
        engines = "ok" if not bad else "; ".join(f"{k}: {v}" for k, v in bad.items())
    checks: dict[str, str] = {"engines": engines}
    for name, probe in request.app.state.health_probes.items():
        try:
            checks[name] = await probe()
        except Exception as exc:  # a probe failure is a status, not a crash
            checks[name] = f"error: {exc}"
    status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
    return HealthResponse(status=status, checks=checks, engines=states)
