"""DuckDB extensions loaded from their PyPI wheels by file path: nothing is downloaded at run time."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

from backend.models.errors import EngineUnavailableError


def extension_path(name: str) -> Path:
    """The `.duckdb_extension` file shipped by the wheel `duckdb-extension-<name>` for this DuckDB."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or not spec.submodule_search_locations:
        raise EngineUnavailableError(f"the DuckDB extension {name!r} is not installed (duckdb-extension-{name})")
    base = Path(next(iter(spec.submodule_search_locations))) / "extensions"
    exact = base / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if exact.exists():
        return exact
    found = sorted(base.glob(f"*/{name}.duckdb_extension"))
    if not found:
        raise EngineUnavailableError(f"no {name}.duckdb_extension for DuckDB {duckdb.__version__} under {base}")
    return found[-1]


def load_extensions(conn: duckdb.DuckDBPyConnection, *names: str) -> None:
    """`LOAD` each extension from its wheel, in order, with autoinstall off."""
    conn.execute("SET autoinstall_known_extensions = false")
    conn.execute("SET autoload_known_extensions = false")
    for name in names:
        conn.execute(f"LOAD '{extension_path(name).as_posix()}'")


def load_quack(conn: duckdb.DuckDBPyConnection) -> None:
    """Quack needs httpfs's crypto module: `httpfs` must be loaded first, on servers and clients."""
    load_extensions(conn, "httpfs", "quack")
