"""Test databases: a fresh SQLite file, or a fresh database on the machine's Postgres, dropped afterwards."""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg  # pyright: ignore[reportMissingTypeStubs]

PG_HOST = os.environ.get("VIZ_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("VIZ_TEST_PG_PORT", "5432"))
PG_USER = os.environ.get("VIZ_TEST_PG_USER", "postgres")


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty Postgres database for one test; its URL."""
    name = f"viz_test_{secrets.token_hex(6)}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+asyncpg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def sqlite_database(directory: Path) -> Iterator[str]:
    """A new SQLite file; its URL."""
    yield f"sqlite+aiosqlite:///{directory / f'app-{secrets.token_hex(4)}.db'}"


@contextmanager
def database(kind: str, directory: Path) -> Iterator[str]:
    """`kind` is "sqlite" or "postgres"."""
    with postgres_database() if kind == "postgres" else sqlite_database(directory) as url:
        yield url
