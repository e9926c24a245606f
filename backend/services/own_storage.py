"""The app's own storage, which no user source may read.

The app database holds every stored DSN (passwords included) and every conversation; the results and
uploads directories hold other users' data. Attached as a "source", any of them would be queryable
through the analyst, so a SQLite path inside them, or a Postgres DSN naming the app database, is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url

from backend.core.dsn import key_values
from backend.models.errors import BadRequestError, shown_id

_LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1", "[::1]"})
_DEFAULT_PORT = {"postgres": 5432, "mysql": 3306}


@dataclass(frozen=True)
class DatabaseAddress:
    """Where a server database lives: kind, host (loopback folded), port and database name."""

    kind: str
    host: str
    port: int
    database: str


@dataclass(frozen=True)
class OwnStorage:
    """Paths and the server database that belong to the app itself."""

    paths: tuple[Path, ...]
    database: DatabaseAddress | None = None

    @classmethod
    def of(cls, database_url: str, directories: Iterable[Path]) -> OwnStorage:
        """The app database named by its SQLAlchemy URL, plus the directories the app writes."""
        url = make_url(database_url)
        paths = [Path(d).resolve() for d in directories]
        backend = url.get_backend_name()
        if backend == "sqlite":
            if url.database and url.database != ":memory:":
                paths.append(Path(url.database).resolve())
            return cls(tuple(paths))
        kind = "postgres" if backend.startswith("postgres") else backend
        address = DatabaseAddress(
            kind,
            _host(url.host),
            url.port or _DEFAULT_PORT.get(kind, 0),
            url.database or url.username or "",
        )
        return cls(tuple(paths), address)

    def check(self, kind: str, dsn: str) -> None:
        """Raise 400 when a source with this DSN would read the app's own storage."""
        if kind == "sqlite":
            try:
                target = Path(dsn.strip()).expanduser().resolve()
            except (OSError, RuntimeError, ValueError):  # a NUL byte, a symlink loop, an unknown ~user
                raise BadRequestError("the SQLite path is not a valid file path") from None
            for own in self.paths:
                # The database file itself, its -wal/-journal siblings, or anything in an app directory.
                sibling = target.parent == own.parent and target.name.startswith(own.name + "-")
                if target == own or own in target.parents or sibling:
                    raise BadRequestError(
                        f"{shown_id(dsn.strip())} is part of the app's own storage and cannot be a source"
                    )
            return
        if self.database is None or kind != self.database.kind:
            return
        try:
            address = _address(kind, dsn)
        except ValueError:  # not a DSN the driver could use either: attaching it reports the driver's error
            return
        if address == self.database:
            raise BadRequestError("this DSN names the app's own database, which cannot be a source")


def _host(host: str | None) -> str:
    return "loopback" if (host or "").lower() in _LOCAL_HOSTS else (host or "").lower()


def _address(kind: str, dsn: str) -> DatabaseAddress:
    """The server, port and database a Postgres or MySQL DSN (URI or key=value) connects to."""
    text = dsn.strip()
    if "://" in text:
        parts = urlsplit(text)
        user = parts.username or ""
        database = parts.path.lstrip("/") or user
        return DatabaseAddress(kind, _host(parts.hostname), parts.port or _DEFAULT_PORT[kind], database)
    pairs = key_values(text)
    user = pairs.get("user", "")
    database = pairs.get("dbname") or pairs.get("database") or pairs.get("db") or user
    port = pairs.get("port", "")
    return DatabaseAddress(
        kind, _host(pairs.get("host")), int(port) if port.isdigit() else _DEFAULT_PORT[kind], database
    )
