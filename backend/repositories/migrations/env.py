"""Alembic environment: run on the connection the app hands over, or open one from VIZ_DATABASE_URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection

from backend.repositories.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # batch mode lets ALTERs work on SQLite, which cannot alter most things in place
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_settings() -> None:
    from backend.repositories.database import open_database
    from backend.settings import Settings

    engine = open_database(Settings().database_url)
    async with engine.begin() as conn:
        await conn.run_sync(_run)
    await engine.dispose()


given = config.attributes.get("connection")
if given is not None:
    _run(given)
else:  # the `alembic` command line
    asyncio.run(_run_from_settings())
