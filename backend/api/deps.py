"""Dependency aliases for the routers."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request

from backend.services.container import Services


def get_services(request: Request) -> Services:
    """The services the lifespan built."""
    return cast(Services, request.app.state.services)


ServicesDep = Annotated[Services, Depends(get_services)]
