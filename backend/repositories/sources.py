"""Stored user sources (SQLite or Postgres app database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.models.conversations import utcnow
from backend.repositories.tables import SourceRow


@dataclass
class StoredSource:
    """A source as stored: the DSN stays server-side, uploads list their tables' files."""

    name: str
    kind: str
    dsn: str | None = None
    file_name: str | None = None
    tables: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    created_at: dt.datetime = field(default_factory=utcnow)


class SqlSourceRepository:
    """Sources in creation order."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def list(self) -> list[StoredSource]:
        """Every stored source, oldest first."""
        async with self._sessions() as session:
            rows = (await session.scalars(select(SourceRow).order_by(SourceRow.created_at, SourceRow.name))).all()
        return [StoredSource(r.name, r.kind, r.dsn, r.file_name, list(r.tables or []), r.created_at) for r in rows]

    async def add(self, source: StoredSource) -> None:
        """Store a new source (the name is unique)."""
        async with self._sessions() as session, session.begin():
            session.add(
                SourceRow(
                    name=source.name,
                    kind=source.kind,
                    dsn=source.dsn,
                    file_name=source.file_name,
                    tables=source.tables,
                    created_at=source.created_at,
                )
            )

    async def remove(self, name: str) -> bool:
        """Delete a source; false when there was none."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(delete(SourceRow).where(SourceRow.name == name))
        return bool(getattr(result, "rowcount", 0))
