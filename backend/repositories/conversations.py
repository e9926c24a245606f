"""Conversation storage: a small interface and its SQLAlchemy implementation (SQLite or Postgres)."""

from __future__ import annotations

import secrets
from typing import Any, Protocol

from sqlalchemy import String, cast, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.models.conversations import RESULT_FIELDS, Conversation, ConversationSummary, Turn, TurnBase, utcnow
from backend.repositories.tables import ConversationRow, TurnRow

# Turn fields kept in their own columns; the rest of the model is the JSON body.
_COLUMNS = {"id", "prompt", "created_at"}


class ConversationRepository(Protocol):
    """What the chat flow needs from conversation storage."""

    async def get(self, conversation_id: str, *, last: int | None = None) -> Conversation | None:
        """The conversation with all its turns (or only the `last` ones), or None."""
        ...

    async def create(self, title: str) -> Conversation:
        """A new, empty conversation."""
        ...

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Append a turn."""
        ...

    async def stored_bytes(self, conversation_id: str) -> int:
        """Bytes its turns take in storage (prompts and JSON bodies)."""
        ...


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _turn(row: TurnRow) -> Turn:
    return Turn.model_validate({**row.body, "id": row.id, "prompt": row.prompt, "created_at": row.created_at})


def _summary(row: ConversationRow) -> ConversationSummary:
    return ConversationSummary(
        id=row.id, title=row.title, turn_count=row.turn_count, created_at=row.created_at, updated_at=row.updated_at
    )


class SqlConversationRepository:
    """Conversations and turns in the app database; turns are append-only, numbered per conversation."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def get(
        self, conversation_id: str, *, last: int | None = None, offset: int | None = None, limit: int | None = None
    ) -> Conversation | None:
        """The conversation; with `last`, only its most recent turns; with `offset`/`limit`, that page of
        turns (numbered from 0, in order)."""
        async with self._sessions() as session:
            row = await session.get(ConversationRow, conversation_id)
            if row is None:
                return None
            query = select(TurnRow).where(TurnRow.conversation_id == conversation_id)
            if last is not None:
                query = query.where(TurnRow.seq >= row.turn_count - last)
            if offset is not None:
                query = query.where(TurnRow.seq >= offset)
            if limit is not None:
                query = query.where(TurnRow.seq < (offset or 0) + limit)
            turns = (await session.scalars(query.order_by(TurnRow.seq))).all()
        conv = Conversation(
            id=row.id, title=row.title, turn_count=row.turn_count, created_at=row.created_at, updated_at=row.updated_at
        )
        conv.turns = [_turn(t) for t in turns]
        return conv

    async def create(self, title: str) -> Conversation:
        """A new conversation with a random id."""
        now = utcnow()
        conv = Conversation(id=secrets.token_urlsafe(12), title=title[:200], created_at=now, updated_at=now)
        async with self._sessions() as session, session.begin():
            session.add(ConversationRow(id=conv.id, title=conv.title, turn_count=0, created_at=now, updated_at=now))
        return conv

    async def add_turn(self, conversation_id: str, turn: Turn) -> None:
        """Append `turn`; a conversation deleted while the turn ran stays deleted."""
        body: dict[str, Any] = turn.model_dump(mode="json", exclude=_COLUMNS)
        async with self._sessions() as session, session.begin():
            # One atomic increment numbers the turn, so concurrent writers never share a seq.
            seq = await session.scalar(
                update(ConversationRow)
                .where(ConversationRow.id == conversation_id)
                .values(turn_count=ConversationRow.turn_count + 1, updated_at=utcnow())
                .returning(ConversationRow.turn_count)
            )
            if seq is None:
                return
            session.add(
                TurnRow(
                    id=turn.id,
                    conversation_id=conversation_id,
                    seq=seq - 1,
                    prompt=turn.prompt,
                    created_at=turn.created_at,
                    body=body,
                )
            )

    async def stored_bytes(self, conversation_id: str) -> int:
        """Bytes its turns take in storage (prompts and JSON bodies), counted by the database."""
        size = func.length(TurnRow.prompt) + func.length(cast(TurnRow.body, String))
        async with self._sessions() as session:
            total = await session.scalar(
                select(func.coalesce(func.sum(size), 0)).where(TurnRow.conversation_id == conversation_id)
            )
        return int(total or 0)

    async def data_ids(self, conversation_id: str) -> set[str]:
        """Ids of the results its turns show."""
        data_id = TurnRow.body["data_id"].as_string()
        async with self._sessions() as session:
            rows = await session.scalars(select(data_id).where(TurnRow.conversation_id == conversation_id))
            return {r for r in rows if r}

    async def referencing(self, data_ids: set[str]) -> set[str]:
        """Those of `data_ids` that some stored turn still shows."""
        if not data_ids:
            return set()
        data_id = TurnRow.body["data_id"].as_string()
        async with self._sessions() as session:
            rows = await session.scalars(select(data_id).where(data_id.in_(sorted(data_ids))).distinct())
            return {r for r in rows if r}

    async def list(
        self, *, offset: int, limit: int, search: str | None = None
    ) -> tuple[list[ConversationSummary], int]:
        """A page of conversations, most recently used first, and the total matching `search`."""
        query = select(ConversationRow)
        if search:
            pattern = like_pattern(search)
            in_turns = (
                select(TurnRow.id)
                .where(TurnRow.conversation_id == ConversationRow.id, func.lower(TurnRow.prompt).like(pattern, "\\"))
                .exists()
            )
            query = query.where(or_(func.lower(ConversationRow.title).like(pattern, "\\"), in_turns))
        async with self._sessions() as session:
            total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = await session.scalars(
                query.order_by(ConversationRow.updated_at.desc(), ConversationRow.id.desc()).offset(offset).limit(limit)
            )
            return [_summary(r) for r in rows], total

    async def rename(self, conversation_id: str, title: str) -> ConversationSummary | None:
        """Set the title; None when there is no such conversation."""
        async with self._sessions() as session, session.begin():
            row = await session.get(ConversationRow, conversation_id)
            if row is None:
                return None
            row.title = title[:200]
            return _summary(row)

    async def delete(self, conversation_id: str) -> bool:
        """Remove the conversation and its turns; False when there was none."""
        async with self._sessions() as session, session.begin():
            await session.execute(delete(TurnRow).where(TurnRow.conversation_id == conversation_id))
            gone = await session.scalars(
                delete(ConversationRow).where(ConversationRow.id == conversation_id).returning(ConversationRow.id)
            )
            return gone.first() is not None

    async def find_turn(self, turn_id: str) -> tuple[str, Turn] | None:
        """(conversation id, turn) of a stored turn."""
        async with self._sessions() as session:
            row = await session.get(TurnRow, turn_id)
            return (row.conversation_id, _turn(row)) if row else None

    async def set_turn_data(self, turn_id: str, result: TurnBase) -> None:
        """Point a turn at re-materialised data: the result fields of `result`."""
        async with self._sessions() as session, session.begin():
            row = await session.get(TurnRow, turn_id)
            if row is not None:
                row.body = {**row.body, **result.model_dump(mode="json", include=set(RESULT_FIELDS))}
