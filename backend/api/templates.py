"""`/api/templates`: saved charts — list, CRUD with versions and optimistic concurrency, export/import, data."""

from __future__ import annotations

from typing import TypeVar

from fastapi import APIRouter, Path, Query, Request, Response

from backend.api.deps import CleanupDep, QueryHoldDep, TemplateServiceDep, TemplatesRepoDep
from backend.api.disconnect import unless_disconnected
from backend.api.errors import error_responses
from backend.models.errors import TemplateVersionNotFoundError, shown_id
from backend.models.templates import (
    TemplateCreate,
    TemplateData,
    TemplateExport,
    TemplatePage,
    TemplatePatch,
    TemplatePublic,
    TemplateUpdate,
    TemplateVersionPublic,
)
from backend.services.templates import template_missing

router = APIRouter(prefix="/api/templates", tags=["templates"])

T = TypeVar("T")
ERRORS = error_responses(400, 401, 404, 422)
CONFLICT = error_responses(400, 401, 404, 409, 422)


def found(value: T | None, template_id: str) -> T:
    """`value`, or the 404 of a template that does not exist."""
    if value is None:
        raise template_missing(template_id)
    return value


@router.get("", response_model=TemplatePage, responses=error_responses(401, 422))
async def list_templates(
    repo: TemplatesRepoDep,
    q: str | None = Query(default=None, max_length=200, description="text in the title or prompt"),
    offset: int = Query(default=0, ge=0, le=2**31 - 1),  # the databases' integer range
    limit: int = Query(default=50, ge=1, le=200),
) -> TemplatePage:
    """Templates, most recently saved first."""
    items, total = await repo.list(offset=offset, limit=limit, search=(q or "").strip() or None)
    return TemplatePage(items=items, total=total, offset=offset, limit=limit)


@router.post("", response_model=TemplatePublic, status_code=201, responses=ERRORS)
async def create_template(body: TemplateCreate, service: TemplateServiceDep) -> TemplatePublic:
    """Save a chart as a template (with `turn_id`, from that turn of a conversation)."""
    return await service.create(body)


@router.post("/import", response_model=TemplatePublic, status_code=201, responses=error_responses(400, 401, 413, 422))
async def import_template(body: TemplateExport, service: TemplateServiceDep) -> TemplatePublic:
    """Add a template from an exported file; malformed, oversized or script-carrying files are refused."""
    return await service.import_(body)


@router.get("/{template_id}", response_model=TemplatePublic, responses=ERRORS)
async def get_template(template_id: str, repo: TemplatesRepoDep) -> TemplatePublic:
    """One template."""
    return found(await repo.get(template_id), template_id)


@router.put("/{template_id}", response_model=TemplatePublic, responses=CONFLICT)
async def update_template(template_id: str, body: TemplateUpdate, repo: TemplatesRepoDep) -> TemplatePublic:
    """Save a new version; `version` must be the current one, else 409 with the current version."""
    content = body.model_dump(exclude={"version"})
    updated = await repo.update(template_id, TemplateCreate.model_validate(content), expected_version=body.version)
    return found(updated, template_id)


@router.patch("/{template_id}", response_model=TemplatePublic, responses=CONFLICT)
async def rename_template(template_id: str, body: TemplatePatch, repo: TemplatesRepoDep) -> TemplatePublic:
    """Rename (a new version)."""
    current = found(await repo.get(template_id), template_id)
    content = TemplateCreate.model_validate(current.model_dump() | {"title": body.title})
    updated = await repo.update(template_id, content, expected_version=body.version or current.version)
    return found(updated, template_id)


@router.delete("/{template_id}", status_code=204, responses=ERRORS)
async def delete_template(template_id: str, cleanup: CleanupDep) -> Response:
    """Delete a template and its versions (and the kept data nothing else shows)."""
    if not await cleanup.delete_template(template_id):
        raise template_missing(template_id)
    return Response(status_code=204)


@router.get("/{template_id}/versions", response_model=list[TemplateVersionPublic], responses=ERRORS)
async def list_versions(template_id: str, repo: TemplatesRepoDep) -> list[TemplateVersionPublic]:
    """Every saved version, newest first."""
    return found(await repo.versions(template_id), template_id)


@router.post("/{template_id}/versions/{version}/restore", response_model=TemplatePublic, responses=ERRORS)
async def restore_version(
    template_id: str, repo: TemplatesRepoDep, version: int = Path(ge=1, le=2**31 - 1)
) -> TemplatePublic:
    """Make an earlier version current again (as a new version; nothing is lost)."""
    version_found = await repo.version(template_id, version)
    if version_found is None:
        if not await repo.exists(template_id):
            raise template_missing(template_id)
        raise TemplateVersionNotFoundError(f"template {shown_id(template_id)} has no version {version}")
    return found(await repo.update(template_id, version_found, expected_version=None), template_id)


@router.get("/{template_id}/export", response_model=TemplateExport, responses=ERRORS)
async def export_template(template_id: str, service: TemplateServiceDep, response: Response) -> TemplateExport:
    """The template as a JSON file (the seed's schema plus title, param_schema, version)."""
    exported = await service.export(template_id)
    response.headers["Content-Disposition"] = f'attachment; filename="template-{template_id[:8]}.json"'
    return exported


@router.get("/{template_id}/data", response_model=TemplateData, responses=error_responses(400, 401, 404, 422, 429, 499))
async def template_data(
    template_id: str, request: Request, service: TemplateServiceDep, hold: QueryHoldDep
) -> TemplateData:
    """Where the chart's rows are; re-run from the saved SQL (with a note) when the saved data is gone.

    A re-run counts against the client's query limit (429) and stops when the client leaves; one that
    fails is a 404 `no_data` whose message says why.
    """
    return await unless_disconnected(request, service.data(template_id, refresh=False, hold=hold))


@router.post(
    "/{template_id}/refresh",
    response_model=TemplateData,
    responses=error_responses(400, 401, 404, 408, 422, 429, 499, 503),
)
async def refresh_template(
    template_id: str, request: Request, service: TemplateServiceDep, hold: QueryHoldDep
) -> TemplateData:
    """Re-run the saved SQL through the guard on current data, without the model; like `POST /api/query`
    it counts against the client's query limit (429), has its timeout (408) and stops when the client leaves."""
    return await unless_disconnected(request, service.data(template_id, refresh=True, hold=hold))
