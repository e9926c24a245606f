"""`GET /api/catalog` and `GET /api/engines`."""

from __future__ import annotations

from fastapi import APIRouter

from backend.api.deps import ServicesDep
from backend.api.errors import error_responses
from backend.core.engine_directory import engine_label
from backend.core.router import tool_for
from backend.models.catalog import Catalog
from backend.models.engines import EngineInfo, EnginesResponse

router = APIRouter(prefix="/api", tags=["catalog"])


@router.get("/catalog", response_model=Catalog, responses=error_responses(401))
async def get_catalog(services: ServicesDep) -> Catalog:
    """Tables with columns, types, row counts, samples and value lists, the engines serving each; foreign keys."""
    catalog = services.catalog
    known = await services.directory.snapshot(wait=False)
    tables = [
        t.model_copy(
            update={
                "served_by": [t.engine]
                if t.ref is not None  # a user source's tables: only its own engine reads them
                else [e.name for e in known if e.tables is not None and t.name.lower() in e.tables]
            }
        )
        for t in catalog.tables
    ]
    return catalog.model_copy(update={"tables": tables})


@router.get("/engines", response_model=EnginesResponse, responses=error_responses(401))
async def get_engines(services: ServicesDep) -> EnginesResponse:
    """The configured engines and the tables each serves (catalogs still loading are not waited for)."""
    known = await services.directory.snapshot(wait=False)
    return EnginesResponse(
        engines=[
            EngineInfo(
                name=e.name,
                label=engine_label(e.name),
                dialect=e.dialect,
                tool=tool_for(e.dialect),
                tables=sorted(e.tables) if e.tables is not None else None,
                status=e.unavailable,
            )
            for e in known
        ],
        spark_row_threshold=services.settings.spark_row_threshold,
    )
