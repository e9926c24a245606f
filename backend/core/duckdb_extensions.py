"""DuckDB extensions loaded from their PyPI wheels by file path: nothing is downloaded at run time."""

from __future__ import annotations

import importlib.util
import shutil
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


# The scanner wheels ship `<kind>.duckdb_extension` whose entry point is `<kind>_scanner_init`: DuckDB
# derives the entry point from the file name, so they load only from a copy named `<kind>_scanner`.
SCANNERS = {"postgres": "postgres_scanner", "mysql": "mysql_scanner", "sqlite": "sqlite_scanner"}


def scanner_path(kind: str, into: Path) -> Path:
    """A copy of the `kind` scanner's wheel file under `into`, named so that LOAD finds its entry point."""
    source = extension_path(kind)
    into.mkdir(parents=True, exist_ok=True)
    target = into / f"{SCANNERS[kind]}.duckdb_extension"
    if not target.exists() or target.stat().st_size != source.stat().st_size:
        partial = target.with_suffix(".partial")
        shutil.copyfile(source, partial)
        partial.replace(target)  # atomic: a concurrent LOAD never sees half a file
    return target


def load_scanner(conn: duckdb.DuckDBPyConnection, kind: str, into: Path) -> None:
    """`LOAD` the postgres, mysql or sqlite scanner from its wheel, with autoinstall off."""
    conn.execute("SET autoinstall_known_extensions = false")
    conn.execute("SET autoload_known_extensions = false")
    conn.execute(f"LOAD '{scanner_path(kind, into).as_posix()}'")
