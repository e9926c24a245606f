"""`GET /api/catalog`."""

from __future__ import annotations

from fastapi import APIRouter

from backend.api.deps import ServicesDep
from backend.api.errors import error_responses
from backend.models.catalog import Catalog

router = APIRouter(prefix="/api", tags=["catalog"])


@router.get("/catalog", response_model=Catalog, responses=error_responses(401))
async def get_catalog(services: ServicesDep) -> Catalog:
    """Tables with columns, types, row counts, samples and value lists; foreign keys."""
    return services.catalog
