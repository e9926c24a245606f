"""The app database: an async engine for `VIZ_DATABASE_URL` and Alembic upgrades on start-up."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, PoolResetState, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession
from sqlalchemy.pool import ConnectionPoolEntry

SQLITE_BUSY_TIMEOUT_S = 60.0
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def open_database(url: str) -> AsyncEngine:
    """An async engine; for SQLite the file's directory is created and foreign keys are enforced."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # One writer at a time: under many concurrent turns a writer may wait longer than sqlite3's
        # default 5 s for the lock ("database is locked"); waiting is right, failing the turn is not.
        # A session's connection goes back to the pool rolled back only when SQLite has a transaction open
        # (`_reset` below): the pool's unconditional rollback after every commit is one more round trip through
        # aiosqlite's thread, two of a new conversation's first turn (its creation, then the turn).
        engine = create_async_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, pool_reset_on_return=None)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _: Any) -> None:  # pyright: ignore[reportUnusedFunction]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")  # ON DELETE CASCADE needs it
            cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for the writer
            cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, no fsync per commit
            cursor.close()

        @event.listens_for(engine.sync_engine, "reset")
        def _reset(dbapi_connection: Any, record: ConnectionPoolEntry, state: PoolResetState) -> None:  # pyright: ignore[reportUnusedFunction]
            driver = record.driver_connection  # `in_transaction` is sqlite3's own flag, read without a round trip
            if state.asyncio_safe and not state.transaction_was_reset and driver is not None and driver.in_transaction:
                dbapi_connection.rollback()

        return engine
    return create_async_engine(url, pool_pre_ping=True)


def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory; objects stay readable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configured from code (no alembic.ini); `connection` is used instead of opening one."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head", *, lock_file: Path | None = None) -> None:
    """Bring the schema to `revision` (a fresh database gets every table).

    With `lock_file`, worker processes of one server (`VIZ_WORKERS` > 1) migrate one after the other:
    the first creates the tables, the others find them there.
    """
    with contextlib.ExitStack() as stack:
        if lock_file is not None:
            lock_file.parent.mkdir(parents=True, exist_ok=True)
            handle = stack.enter_context(lock_file.open("a"))
            await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    """Undo migrations down to `revision`."""
    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(alembic_config(sync), revision))


async def ping(engine: AsyncEngine) -> str:
    """`ok` when a trivial statement runs."""
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    return "ok"
