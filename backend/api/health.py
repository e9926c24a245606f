"""`GET /health`: each component `ok` or the reason it is not; each engine on its own."""

from __future__ import annotations

from fastapi import APIRouter, Request

from backend.api.errors import error_responses
from backend.models.health import HealthResponse
from backend.services.health_monitor import HealthMonitor

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthResponse, responses=error_responses())
async def health(request: Request) -> HealthResponse:
    """Report engines (together and each), result store, model and database status.

    The checks run in the background every `VIZ_HEALTH_REFRESH_S` (engines on their own health path,
    never behind user queries); this answers the latest report at once, with its age in `age_s`.
    """
    monitor: HealthMonitor = request.app.state.health
    return await monitor.latest()
