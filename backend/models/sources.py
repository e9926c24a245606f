"""User sources: databases attached read-only and uploaded files, as the API shows them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, SecretStr

from backend.models.catalog import TableInfo

DatabaseKind = Literal["postgres", "mysql", "sqlite"]
SourceKind = Literal["duckdb", "postgres", "mysql", "sqlite", "file"]
# A source name becomes an engine name and SQL's `source` in `source.schema.table`.
SOURCE_NAME = r"^[a-z][a-z0-9_]{0,62}$"


class SourceCreate(BaseModel):
    """Attach a database read-only. `dsn`: libpq string or URI (Postgres), `key=value` or URI (MySQL),
    a file path on the server (SQLite). The password in it is never shown again."""

    kind: DatabaseKind
    name: str = Field(min_length=1, max_length=63, description="lower case letters, digits and _, e.g. shop")
    dsn: SecretStr = Field(min_length=1, max_length=4000)


class SourceTest(BaseModel):
    """Try a connection without keeping it."""

    kind: DatabaseKind
    dsn: SecretStr = Field(min_length=1, max_length=4000)


class SourceTestResult(BaseModel):
    """What a successful test found."""

    ok: bool = True
    tables: list[str] = Field(description="schema.table of every table found")


class SourcePublic(BaseModel):
    """A source with its tables (columns, types, samples) for the schema browser; never a password."""

    name: str
    kind: SourceKind
    dsn: str | None = Field(default=None, description="the connection string with its password replaced by ***")
    file_name: str | None = Field(default=None, description="the uploaded file's name")
    builtin: bool = Field(default=False, description="the bundled catalog: cannot be removed")
    status: str = Field(default="ok", description="`ok`, or why the source is not available now")
    tables: list[TableInfo] = Field(default_factory=list[TableInfo])
    created_at: dt.datetime | None = None


class SourceList(BaseModel):
    sources: list[SourcePublic]
