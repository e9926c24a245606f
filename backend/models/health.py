"""Health report."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class HealthResponse(BaseModel):
    status: Literal["ok", "degraded"]
    checks: dict[str, str]
    engines: dict[str, str] = Field(
        default_factory=dict[str, str], description="each configured engine: `ok` or the reason it is not"
    )
    age_s: float = Field(
        default=0.0,
        description="seconds since these checks ran (they run every VIZ_HEALTH_REFRESH_S in the background)",
    )
