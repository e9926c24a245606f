"""Dependency aliases for the routers: one per thing a route needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, cast

from fastapi import Depends, Request

from backend.core.result_store import ResultStore
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.templates import SqlTemplateRepository
from backend.services.container import Services
from backend.services.fair_share import Slot
from backend.services.result_cleanup import ResultCleanup
from backend.services.result_recovery import ResultRecovery
from backend.services.sources import SourceService
from backend.services.templates import TemplateService
from backend.settings import Settings

# Every dependency is `async def`: each only reads the app's state, and FastAPI runs a plain `def` dependency in
# its thread pool, a round trip between threads for every request (measured on /chat with bench.turn_bench).


def _services(request: Request) -> Services:
    return cast(Services, request.app.state.services)


async def get_services(request: Request) -> Services:
    """The services the lifespan built."""
    return _services(request)


async def get_settings(request: Request) -> Settings:
    """The validated settings."""
    return _services(request).settings


async def get_conversations(request: Request) -> SqlConversationRepository:
    """The conversation repository."""
    return _services(request).conversations


async def get_store(request: Request) -> ResultStore:
    """The result store."""
    return _services(request).store


async def get_recovery(request: Request) -> ResultRecovery:
    """Finds or re-runs the data saved turns and templates refer to."""
    return _services(request).recovery


async def get_templates(request: Request) -> SqlTemplateRepository:
    """The template repository."""
    return _services(request).templates


async def get_sources(request: Request) -> SourceService:
    """Attached databases and uploaded files."""
    return _services(request).sources


async def get_template_service(request: Request) -> TemplateService:
    """Saving, opening, refreshing and importing templates."""
    return _services(request).template_service


async def get_cleanup(request: Request) -> ResultCleanup:
    """Deletes conversations and templates with the result files only they referred to."""
    return _services(request).cleanup


ServicesDep = Annotated[Services, Depends(get_services)]
CleanupDep = Annotated[ResultCleanup, Depends(get_cleanup)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ConversationsRepoDep = Annotated[SqlConversationRepository, Depends(get_conversations)]
StoreDep = Annotated[ResultStore, Depends(get_store)]
RecoveryDep = Annotated[ResultRecovery, Depends(get_recovery)]
TemplatesRepoDep = Annotated[SqlTemplateRepository, Depends(get_templates)]
TemplateServiceDep = Annotated[TemplateService, Depends(get_template_service)]
SourcesDep = Annotated[SourceService, Depends(get_sources)]


async def client_key(request: Request) -> str:
    """Who a request counts against for fair sharing (see `_client_key`)."""
    return _client_key(request)


def _client_key(request: Request) -> str:
    """Who a request counts against for fair sharing.

    With an API token, only the frontend proxy (or another holder of the token) gets past the token
    check, so its `X-Forwarded-For` (the browser's address) names the client. The proxy writes one
    address, decided from the socket, over whatever the browser sent; should another hop append to
    it, the last entry is the one the nearest hop saw (entries further left are a client's claims).
    Without a token a forwarded header could be forged, and the peer address is used.
    """
    settings = _services(request).settings
    if settings.api_token is not None:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[-1].strip()
        return f"forwarded:{forwarded[:64]}" if forwarded else "token"
    return f"address:{request.client.host if request.client else 'unknown'}"


ClientDep = Annotated[str, Depends(client_key)]


async def query_hold(request: Request) -> Callable[[], Slot]:
    """Takes one of the client's query slots when called (429 when it has none left): for routes that
    run SQL only sometimes (re-running a saved result that is gone)."""
    services = _services(request)
    client = _client_key(request)
    return lambda: services.query_slots.acquire(client)


QueryHoldDep = Annotated[Callable[[], Slot], Depends(query_hold)]
