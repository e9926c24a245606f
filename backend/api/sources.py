"""`/api/sources`: attach databases read-only, upload files, test, refresh and remove sources."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from backend.api.deps import SettingsDep, SourcesDep
from backend.api.errors import error_responses
from backend.api.upload_stream import stream_upload
from backend.models.sources import SourceCreate, SourceList, SourcePublic, SourceTest, SourceTestResult

router = APIRouter(prefix="/api/sources", tags=["sources"])

ADD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/SourceCreate"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "CSV, TSV, Parquet, .xlsx or JSON",
                        },
                        "name": {"type": "string", "description": "table name (default: the file's name)"},
                    },
                }
            },
        },
    }
}


@router.get("", response_model=SourceList, responses=error_responses(401))
async def list_sources(sources: SourcesDep) -> SourceList:
    """Every source with its tables, columns, types and samples (the bundled catalog first)."""
    return SourceList(sources=sources.list())


@router.post(
    "",
    response_model=SourcePublic,
    status_code=201,
    responses=error_responses(400, 401, 409, 413, 422),
    openapi_extra=ADD_BODY,
)
async def add_source(request: Request, sources: SourcesDep, settings: SettingsDep) -> SourcePublic:
    """Attach a database (JSON `{kind, name, dsn}`) or upload a file (multipart `file`, optional `name`)."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        incoming = settings.uploads_dir / ".incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        path = incoming / secrets.token_hex(8)
        try:
            upload = await stream_upload(request, path, settings.upload_max_bytes)
            return await sources.add_upload(path, upload.filename or "upload", upload.fields.get("name") or None)
        finally:
            path.unlink(missing_ok=True)
    try:
        body = SourceCreate.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_input=False)) from None
    return await sources.add_database(body)


@router.post("/test", response_model=SourceTestResult, responses=error_responses(400, 401, 422))
async def test_source(body: SourceTest, sources: SourcesDep) -> SourceTestResult:
    """Connect, list the tables and disconnect: the driver's error in plain words when it fails."""
    return await sources.test(body.kind, body.dsn.get_secret_value())


@router.delete("/{name}", status_code=204, responses=error_responses(401, 404))
async def remove_source(name: str, sources: SourcesDep) -> Response:
    """Detach a database or delete an uploaded file's tables."""
    await sources.remove(name)
    return Response(status_code=204)


@router.post("/{name}/refresh", response_model=SourcePublic, responses=error_responses(400, 401, 404))
async def refresh_source(name: str, sources: SourcesDep) -> SourcePublic:
    """Read a source's schema again after it changed."""
    return await sources.refresh(name)
