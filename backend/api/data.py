"""`GET /api/data/{id}` in json, arrow, parquet or csv; `POST /api/query` for edited SQL."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Literal

from anyio import to_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from backend.api.deps import ClientDep, ServicesDep
from backend.api.disconnect import unless_disconnected
from backend.api.errors import error_responses
from backend.core import json_body, serialize
from backend.core.guarded_query import prepare_query, run_prepared
from backend.models.data import DataResponse, QueryRequest, QueryResponse
from backend.models.errors import ResultNotFoundError

router = APIRouter(prefix="/api", tags=["data"])
FILE_CHUNK = 1024 * 1024


def json_response(body: bytes) -> Response:
    """An answer already serialised (in a thread): FastAPI would validate and encode the response
    model again on the event loop, thousands of rows of it, while every other request waits."""
    return Response(body, media_type="application/json")


MEDIA = {
    "arrow": "application/vnd.apache.arrow.stream",
    "parquet": "application/vnd.apache.parquet",
    "csv": "text/csv; charset=utf-8",
}


@router.get(
    "/data/{data_id}",
    response_model=DataResponse,
    responses={
        200: {"content": {m: {} for m in MEDIA.values()}},
        **error_responses(400, 401, 404, 422),
    },
)
async def get_data(
    data_id: str,
    services: ServicesDep,
    format: Literal["json", "arrow", "parquet", "csv"] = "json",
    limit: int | None = Query(default=None, ge=1, description="json only: at most this many rows"),
) -> Response:
    """The rows of a stored result."""
    stored = services.store.get(data_id)
    cap = min(limit or services.settings.json_row_limit, services.settings.max_row_limit)
    headers = {"Content-Disposition": f'attachment; filename="result-{data_id[:8]}.{format}"'}
    if format == "json" and stored.table is not None:  # small and in memory: one page, cheap
        table = stored.table
        page = table.slice(0, cap)

        def encoded() -> bytes:
            body = DataResponse(
                columns=stored.columns(),
                rows=[],
                row_count=stored.row_count,
                truncated=stored.truncated or page.num_rows < table.num_rows,
            )
            return json_body.model_bytes(body, serialize.to_rows(page))

        return json_response(await to_thread.run_sync(encoded))
    if stored.path is None:  # every result is written to disk when stored; kept for the type checker
        raise ResultNotFoundError(data_id)
    if format == "parquet":  # the stored file is the download
        served = await file_response(stored.path, MEDIA[format], headers)
        if served is None:  # evicted since get()
            raise ResultNotFoundError(data_id)
        return served
    # CSV, Arrow and JSON pages of results on disk: converted once in low-priority processes (CPU the event
    # loop would otherwise compete for), then the file is served to every download of it.
    target = services.exports.target(data_id, format, cap)
    for _ in range(2):  # the export may be evicted between writing and opening it: convert once more
        served = await file_response(target, MEDIA.get(format, "application/json"), {} if format == "json" else headers)
        if served is not None:
            return served
        columns = stored.columns()
        size = await services.exports.export(stored.path, target, format, columns, stored.truncated, cap)
        services.store.exported(target, size)
    raise ResultNotFoundError(data_id)


async def file_response(path: Path, media_type: str, headers: dict[str, str]) -> Response | None:
    """`path` streamed from disk in chunks (opened first, so eviction cannot cut it short); None if absent."""
    try:
        handle = await to_thread.run_sync(path.open, "rb")
    except FileNotFoundError:
        return None
    size = os.fstat(handle.fileno()).st_size
    with contextlib.suppress(OSError):  # recently used: evicted last
        os.utime(path)

    async def chunks() -> AsyncIterator[bytes]:
        try:
            while chunk := await to_thread.run_sync(handle.read, FILE_CHUNK):
                yield chunk
        finally:
            handle.close()

    return StreamingResponse(chunks(), media_type=media_type, headers={**headers, "content-length": str(size)})


@router.post("/query", response_model=QueryResponse, responses=error_responses(400, 401, 408, 413, 422, 429, 499, 503))
async def run_query(body: QueryRequest, request: Request, services: ServicesDep, client: ClientDep) -> Response:
    """Run edited SQL through the same guard, limits and timeout as the analyst's SQL.

    At most `VIZ_MAX_QUERIES_PER_CLIENT` run at once per client (else 429); the timeout counts from
    here, so guarding and waiting for a worker are part of it; a client that disconnects stops it.
    """
    accepted_at = asyncio.get_running_loop().time()
    settings = services.settings
    catalog = services.catalog
    if body.engine is not None:
        services.engine(body.engine)  # an unknown engine is a 400 even when the SQL is bad too
    slot = services.query_slots.acquire(client)
    try:
        prepared = await to_thread.run_sync(
            lambda: prepare_query(
                body.sql,
                allowed_tables=catalog.table_names(),
                limit=body.limit,
                default_limit=settings.default_row_limit,
                max_limit=settings.max_row_limit,
            )
        )
        engine, chosen = await services.route(prepared.tables, body.engine)
        result = await unless_disconnected(
            request, run_prepared(prepared, engine, timeout=settings.query_timeout_s, accepted_at=accepted_at)
        )
    finally:
        slot.release()
    stored = await to_thread.run_sync(services.store.put, result)
    page = result.table.slice(0, settings.json_row_limit)

    def encoded() -> bytes:
        response = QueryResponse(
            columns=stored.columns(),
            rows=[],
            row_count=stored.row_count,
            truncated=stored.truncated or page.num_rows < result.table.num_rows,
            data_id=stored.id,
            url=stored.url,
            size=stored.size,
            sql=prepared.sql,
            engine=engine.name,
            elapsed_ms=round(result.elapsed_ms, 2),
            reason=chosen.reason,
        )
        return json_body.model_bytes(response, serialize.to_rows(page))

    return json_response(await to_thread.run_sync(encoded))
