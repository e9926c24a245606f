"""Serve a DuckDB database over Quack for development: `python -m scripts.quack_server --port P --token T`.

Runs in the foreground until killed and prints one line containing `ready` once it accepts queries.
The database is opened read-only, and once serving, the server refuses file and network access and
freezes its configuration, so a client holding the token can read the served tables and nothing else.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

import duckdb

from backend.core.duckdb_extensions import load_quack

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_ROOT / "data" / "demo.duckdb"

# After quack_serve is listening: what a token holder could otherwise do with the server's files.
SERVER_LOCKDOWN = (
    "SET allow_persistent_secrets = false",
    "SET enable_external_access = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)


def serve(db: Path, host: str, port: int, token: str, threads: int) -> duckdb.DuckDBPyConnection:
    """Open `db` read-only, start serving it on quack:host:port and lock the instance down."""
    if not db.exists():
        raise SystemExit(f"{db} does not exist (run `make data`)")
    if len(token) < 4:
        raise SystemExit("the token must be at least 4 characters (Quack's own rule)")
    conn = duckdb.connect(str(db), read_only=True)
    conn.execute(f"SET threads = {int(threads)}")
    load_quack(conn)
    conn.execute("SELECT * FROM quack_serve($1, token := $2)", [f"quack:{host}:{port}", token]).fetchall()
    for statement in SERVER_LOCKDOWN:
        conn.execute(statement)
    return conn


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, serve, then wait until SIGTERM/SIGINT."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    conn = serve(args.db, args.host, args.port, args.token, args.threads)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_args: stop.set())  # pyright: ignore[reportUnknownArgumentType,reportUnknownLambdaType]
    print(f"quack server ready on quack:{args.host}:{args.port} serving {args.db}", flush=True)
    stop.wait()
    conn.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
