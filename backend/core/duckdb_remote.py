"""Remote DuckDB over Quack: every guarded statement runs whole on the server through `quack_query`.

The client is an in-memory DuckDB with `httpfs` and `quack` loaded from their wheels and the same
lockdown as the local engine. Queries never go through an `ATTACH`ed Quack catalog: that pushes down
only projections and aggregates on the client (20× slower on a 3M-row group-by), and fails outright on
databases with foreign keys. The catalog is read with `quack_query` on `duckdb_columns()` and friends.
"""

from __future__ import annotations

import asyncio
import logging

import duckdb

from backend.core.catalog import build_catalog
from backend.core.duckdb_extensions import load_quack
from backend.core.duckdb_local import DuckDBLocalEngine, clean_message, progress_cursors
from backend.core.engine import PreparedQuery
from backend.core.value_index import ValueIndex, build_value_index
from backend.models.catalog import Catalog
from backend.models.errors import AppError, EngineUnavailableError, QueryExecutionError

log = logging.getLogger("viz.engines")

# `allow_persistent_secrets=false` comes first: without it `quack_query` fails on the secrets
# directory once external access is off. File readers stay refused; `quack_query` still reaches the
# server, which is why the SQL guard refuses every `quack_*` function in user SQL.
CLIENT_LOCKDOWN = (
    "SET allow_persistent_secrets = false",
    "SET enable_external_access = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)
QUACK_QUERY = "SELECT * FROM quack_query($1, $2, token := $3)"
# Messages DuckDB gives when the server cannot be reached or the connection breaks mid-query.
_UNREACHABLE = ("Could not connect", "Failed to send message", "Connection refused", "Failed to read", "Broken pipe")
HEALTH_TIMEOUT_S = 3.0


class QuackReader:
    """Runs one statement on the Quack server (for catalog reading); the connection is the client's."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, address: str, token: str) -> None:
        self._conn = conn
        self._address = address
        self._token = token

    def execute(self, query: str, /) -> duckdb.DuckDBPyConnection:
        """The rows of `query` as run on the server."""
        return self._conn.execute(QUACK_QUERY, [self._address, query, self._token])


class DuckDBRemoteEngine(DuckDBLocalEngine):
    """DuckDB on another machine; same cursors, interrupts and limits as the local engine."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        address: str,
        token: str,
        *,
        name: str = "duckdb-remote",
        workers: int = 8,
        cursors: list[duckdb.DuckDBPyConnection] | None = None,
    ) -> None:
        super().__init__(conn, Catalog(tables=[]), name=name, workers=workers, cursors=cursors)
        self.address = address
        self._token = token
        self._catalog_loaded = False
        self._catalog_lock = asyncio.Lock()
        # A remote query may not hear an interrupt until the server answers: the caller is released
        # at once rather than held for the server (Quack 1.5.5 has no remote cancel).
        self.cancel_wait_s = 0.5

    @classmethod
    def connect(cls, address: str, token: str, *, name: str = "duckdb-remote", workers: int = 8) -> DuckDBRemoteEngine:
        """An in-memory client with Quack loaded from the wheels, locked down; no network I/O yet."""
        if not address.startswith("quack:"):
            raise EngineUnavailableError(f"remote DuckDB address must look like quack:host:port, got {address!r}")
        conn = duckdb.connect(":memory:")
        load_quack(conn)
        cursors = progress_cursors(conn, workers)
        for statement in CLIENT_LOCKDOWN:
            conn.execute(statement)
        return cls(conn, address, token, name=name, workers=workers, cursors=cursors)

    def statement(self, prepared: PreparedQuery) -> tuple[str, list[object]]:
        """The probe SQL wrapped whole in `quack_query`, with address and token as parameters."""
        return QUACK_QUERY, [self.address, prepared.probe_sql, self._token]

    def translate_error(self, exc: duckdb.Error, sql: str) -> AppError:
        """A lost or unreachable server is `engine_unavailable`; the server's own SQL errors stay SQL errors."""
        message = clean_message(exc).split("\n\nLINE 1: SELECT * FROM quack_query(")[0].strip()
        if isinstance(exc, duckdb.IOException) or any(m in message for m in _UNREACHABLE):
            return EngineUnavailableError(f"remote DuckDB at {self.address} is unreachable: {message}", sql)
        if "Authentication failed" in message:
            return EngineUnavailableError(f"remote DuckDB at {self.address} refused the token", sql)
        return QueryExecutionError(message, sql)

    def _read_catalog(self) -> tuple[Catalog, ValueIndex]:
        reader = QuackReader(self._conn.cursor(), self.address, self._token)
        catalog = build_catalog(reader, engine=self.name)
        return catalog, build_value_index(reader, catalog)

    async def catalog(self) -> Catalog:
        """The server's tables, read on first use and kept; empty (and retried later) while it is down."""
        async with self._catalog_lock:
            if not self._catalog_loaded:
                try:
                    catalog, values = await asyncio.get_running_loop().run_in_executor(self._pool, self._read_catalog)
                except duckdb.Error as exc:
                    log.warning("remote catalog unavailable: %s", self.translate_error(exc, "").message)
                    return self._catalog
                self._catalog, self.values, self._catalog_loaded = catalog, values, True
        return self._catalog

    async def explain(self, q: PreparedQuery) -> str:
        """The server's plan for the statement."""
        reader = QuackReader(self._conn.cursor(), self.address, self._token)
        try:
            rows = await asyncio.get_running_loop().run_in_executor(
                self._pool, lambda: reader.execute(f"EXPLAIN {q.sql}").fetchall()
            )
        except duckdb.Error as exc:
            raise self.translate_error(exc, q.sql) from exc
        return "\n".join(str(r[-1]) for r in rows)

    async def health(self) -> str:
        """`ok` when the server answers `SELECT 1` within a few seconds, else why not."""
        handle = await self.submit(PreparedQuery("SELECT 1", "SELECT 1", 1, frozenset()))
        try:
            result = await asyncio.wait_for(handle.result(), HEALTH_TIMEOUT_S)
        except TimeoutError:
            await handle.cancel()
            return f"remote DuckDB at {self.address} did not answer within {HEALTH_TIMEOUT_S:g} s"
        except AppError as exc:
            return exc.message
        return "ok" if result.table.num_rows == 1 else "unexpected answer to SELECT 1"
