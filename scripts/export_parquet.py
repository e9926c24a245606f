"""Export every table of data/demo.duckdb to data/parquet/<table>.parquet (skipped when up to date).

Spark (and any engine that reads files) serves the demo catalog from these files under the same
table names, so the parity between engines starts from byte-identical data.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_ROOT / "data" / "demo.duckdb"
DEFAULT_OUT = REPO_ROOT / "data" / "parquet"


def _stamp(db: Path) -> str:
    """What the export depends on: the database file's identity and this script."""
    stat = db.stat()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{db.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def user_tables(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Base tables of the main schema, in name order."""
    rows = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal ORDER BY 1"
    ).fetchall()
    return [str(r[0]) for r in rows]


def export(db: Path = DEFAULT_DB, out: Path = DEFAULT_OUT, *, force: bool = False) -> dict[str, Path]:
    """Write one Parquet file per table; return table → file (existing files when up to date)."""
    if not db.exists():
        raise SystemExit(f"{db} does not exist: run `make data` first")
    stamp_file = out / ".stamp"
    expected = _stamp(db)
    conn = duckdb.connect(str(db), read_only=True, config={"autoinstall_known_extensions": False})
    try:
        tables = user_tables(conn)
        files = {t: out / f"{t}.parquet" for t in tables}
        fresh = stamp_file.exists() and stamp_file.read_text().strip() == expected
        if fresh and not force and all(f.exists() for f in files.values()):
            return files
        out.mkdir(parents=True, exist_ok=True)
        for table, path in files.items():
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            # One file per table; quoting via the identifier rules, the path via a parameter-free literal.
            conn.execute(f"COPY \"{table}\" TO '{tmp.as_posix()}' (FORMAT parquet, COMPRESSION zstd)")
            os.replace(tmp, path)
    finally:
        conn.close()
    stamp_file.write_text(expected + "\n")
    return files


def main(argv: list[str] | None = None) -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    files = export(args.db, args.out, force=args.force)
    print(f"{args.out}: {len(files)} tables in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
