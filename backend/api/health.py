"""`GET /health`: each component `ok` or the reason it is not."""

from __future__ import annotations

from fastapi import APIRouter, Request

from backend.api.errors import error_responses
from backend.models.health import HealthResponse

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthResponse, responses=error_responses())
async def health(request: Request) -> HealthResponse:
    """Report engines, result store and model status."""
    checks: dict[str, str] = {}
    for name, probe in request.app.state.health_probes.items():
        try:
            checks[name] = await probe()
        except Exception as exc:  # a probe failure is a status, not a crash
            checks[name] = f"error: {exc}"
    status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
    return HealthResponse(status=status, checks=checks)
