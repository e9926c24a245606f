"""Template storage with versions and optimistic concurrency (SQLite or Postgres)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.models.conversations import utcnow
from backend.models.errors import VersionConflictError
from backend.models.templates import TemplateBase, TemplatePublic, TemplateSummary, TemplateVersionPublic
from backend.repositories.conversations import like_pattern
from backend.repositories.tables import TemplateRow, TemplateVersionRow

_DATA_URL = TemplateRow.body["data_url"].as_string()
_VERSION_DATA_URL = TemplateVersionRow.body["data_url"].as_string()


def _content(body: dict[str, Any]) -> TemplateBase:
    return TemplateBase.model_validate(body)


def _public(row: TemplateRow) -> TemplatePublic:
    return TemplatePublic.model_validate(
        {**_content(row.body).model_dump(), "id": row.id, "version": row.version}
        | {"created_at": row.created_at, "updated_at": row.updated_at}
    )


def _chart_type(body: dict[str, Any]) -> str | None:
    parameters: dict[str, Any] = body.get("parameters") or {}
    value = parameters.get("chart_type")
    return str(value) if value is not None else None


def _search_text(content: TemplateBase) -> str:
    return f"{content.title}\n{content.prompt}".lower()


class SqlTemplateRepository:
    """Templates; every save is a new numbered version, and the earlier ones stay restorable."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def create(
        self,
        content: TemplateBase,
        *,
        template_id: str | None = None,
        version: int = 1,
        created_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
    ) -> TemplatePublic:
        """A new template (an import may bring its id, version and dates)."""
        now = utcnow()
        body = content.model_dump(mode="json")
        row = TemplateRow(
            id=template_id or str(uuid.uuid4()),
            title=content.title,
            version=version,
            created_at=created_at or now,
            updated_at=updated_at or now,
            search_text=_search_text(content),
            body=body,
        )
        async with self._sessions() as session, session.begin():
            session.add(row)
            await session.flush()
            session.add(
                TemplateVersionRow(
                    template_id=row.id, version=version, title=content.title, created_at=row.updated_at, body=body
                )
            )
        return _public(row)

    async def exists(self, template_id: str) -> bool:
        """Whether a template has this id."""
        async with self._sessions() as session:
            return await session.get(TemplateRow, template_id) is not None

    async def get(self, template_id: str) -> TemplatePublic | None:
        """The template, or None."""
        async with self._sessions() as session:
            row = await session.get(TemplateRow, template_id)
            return _public(row) if row else None

    async def list(self, *, offset: int, limit: int, search: str | None = None) -> tuple[list[TemplateSummary], int]:
        """A page of templates, most recently saved first, and the total matching `search`."""
        where = [TemplateRow.search_text.like(like_pattern(search), "\\")] if search else []
        async with self._sessions() as session:
            total = await session.scalar(select(func.count()).select_from(TemplateRow).where(*where)) or 0
            order = (TemplateRow.updated_at.desc(), TemplateRow.id.desc())
            # Page the ids first (the (updated_at, id) index covers it), then load only those rows: a deep
            # offset then skips index entries instead of whole JSON bodies.
            page = select(TemplateRow.id).where(*where).order_by(*order).offset(offset).limit(limit)
            rows = await session.scalars(select(TemplateRow).where(TemplateRow.id.in_(page)).order_by(*order))
            items = [
                TemplateSummary(
                    id=r.id,
                    title=r.title,
                    prompt=str(r.body.get("prompt", "")),
                    data_source=str(r.body.get("data_source", "duckdb")),
                    chart_type=_chart_type(r.body),
                    version=r.version,
                    created_at=r.created_at,
                    updated_at=r.updated_at,
                )
                for r in rows
            ]
        return items, total

    async def update(
        self,
        template_id: str,
        content: TemplateBase,
        *,
        expected_version: int | None,
    ) -> TemplatePublic | None:
        """Save `content` as the next version; a stale `expected_version` raises VersionConflictError (409) with the
        current version. None when there is no such template."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            row = await session.get(TemplateRow, template_id)
            if row is None:
                return None
            body = content.model_dump(mode="json")
            guard = [TemplateRow.id == template_id]
            guard.append(TemplateRow.version == (expected_version if expected_version is not None else row.version))
            # Compare-and-set in one statement: of two writers holding the same version, exactly one wins.
            new_version = await session.scalar(
                update(TemplateRow)
                .where(*guard)
                .values(
                    version=TemplateRow.version + 1,
                    title=content.title,
                    updated_at=now,
                    search_text=_search_text(content),
                    body=body,
                )
                .returning(TemplateRow.version)
            )
            if new_version is None:
                await session.refresh(row)
                raise VersionConflictError(
                    f"template {template_id!r} was changed meanwhile: it is at version {row.version}, "
                    f"this edit started from version {expected_version}",
                    detail={"current_version": row.version},
                )
            session.add(
                TemplateVersionRow(
                    template_id=template_id, version=new_version, title=content.title, created_at=now, body=body
                )
            )
        return await self.get(template_id)

    async def delete(self, template_id: str) -> bool:
        """Remove the template and its versions; False when there was none."""
        async with self._sessions() as session, session.begin():
            row = await session.get(TemplateRow, template_id)
            if row is None:
                return False
            await session.delete(row)
            return True

    async def data_ids(self, template_id: str) -> set[str]:
        """Ids of the results the template and its saved versions show."""
        async with self._sessions() as session:
            urls = [
                *await session.scalars(select(_DATA_URL).where(TemplateRow.id == template_id)),
                *await session.scalars(select(_VERSION_DATA_URL).where(TemplateVersionRow.template_id == template_id)),
            ]
        return {u.rsplit("/", 1)[-1] for u in urls if u}

    async def referencing(self, data_ids: set[str]) -> set[str]:
        """Those of `data_ids` that some template or saved version still shows."""
        if not data_ids:
            return set()
        urls = sorted(f"/api/data/{i}" for i in data_ids)
        async with self._sessions() as session:
            found = [
                *await session.scalars(select(_DATA_URL).where(_DATA_URL.in_(urls))),
                *await session.scalars(select(_VERSION_DATA_URL).where(_VERSION_DATA_URL.in_(urls))),
            ]
        return {u.rsplit("/", 1)[-1] for u in found if u}

    async def versions(self, template_id: str) -> list[TemplateVersionPublic] | None:
        """Every saved version, newest first; None when there is no such template."""
        async with self._sessions() as session:
            if await session.get(TemplateRow, template_id) is None:
                return None
            rows = await session.scalars(
                select(TemplateVersionRow)
                .where(TemplateVersionRow.template_id == template_id)
                .order_by(TemplateVersionRow.version.desc())
            )
            return [
                TemplateVersionPublic(
                    version=r.version, title=r.title, created_at=r.created_at, template=_content(r.body)
                )
                for r in rows
            ]

    async def version(self, template_id: str, version: int) -> TemplateBase | None:
        """The content of one saved version."""
        async with self._sessions() as session:
            row = await session.get(TemplateVersionRow, (template_id, version))
            return _content(row.body) if row else None

    async def set_data_url(self, template_id: str, data_url: str) -> None:
        """Point the template at re-run data (not an edit: no new version)."""
        async with self._sessions() as session, session.begin():
            row = await session.get(TemplateRow, template_id)
            if row is not None:
                row.body = {**row.body, "data_url": data_url}
