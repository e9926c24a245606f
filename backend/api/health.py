"""`GET /health`: each component `ok` or the reason it is not; each engine on its own."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Request

from backend.api.errors import error_responses
from backend.models.health import HealthResponse
from backend.services.container import Services

router = APIRouter(tags=["health"])


async def _check(probe: Callable[[], Awaitable[str]], timeout_s: float) -> str:
    # A slow probe answers "no answer" now but is not cut off: it finishes in the background, so a
    # probe that caches its answer (the model ping) has it ready for the next /health.
    task = asyncio.ensure_future(probe())
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout_s)
    except TimeoutError:
        task.add_done_callback(_retrieve)
        return f"error: no answer within {timeout_s:g} s"
    except Exception as exc:  # a probe failure is a status, not a crash
        return f"error: {exc}"


def _retrieve(task: asyncio.Future[str]) -> None:
    if not task.cancelled():
        task.exception()


@router.get("/health", response_model=HealthResponse, responses=error_responses())
async def health(request: Request) -> HealthResponse:
    """Report engines (together and each), result store, model and database status, checked at once, each
    within its time bound (engines answer on their own health path, never behind user queries)."""
    services: Services = request.app.state.services
    probes: dict[str, Callable[[], Awaitable[str]]] = request.app.state.health_probes
    timeout_s = services.settings.health_probe_timeout_s
    names = list(services.engines)
    engine_answers, answers = await asyncio.gather(
        asyncio.gather(*(_check(services.engines[n].health, timeout_s) for n in names)),
        asyncio.gather(*(_check(probe, timeout_s) for probe in probes.values())),
    )
    states = dict(zip(names, engine_answers, strict=True))
    bad = {k: v for k, v in states.items() if v != "ok"}
    if not states:
        engines = services.engine_error or "no engine configured"
    else:
        engines = "ok" if not bad else "; ".join(f"{k}: {v}" for k, v in bad.items())
    checks: dict[str, str] = {"engines": engines, **dict(zip(probes, answers, strict=True))}
    status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
    return HealthResponse(status=status, checks=checks, engines=states)
