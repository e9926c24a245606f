"""TPC-H Q1, Q6, Q9, Q18: raw DuckDB against `/api/query` on each engine, ratios from one run.

Generates the TPC-H data once with the `tpch` extension (loaded from its wheel by file path) into
data/tpch-sf<SF>.duckdb and reuses it. Then, in one run: the queries straight on a DuckDB connection
to that file (the baseline), and the same queries through the real app's `POST /api/query` (guard,
routing, result store, JSON) on each engine — the local file, a Quack server over the same file
(remote DuckDB) and a Spark Connect server over its Parquet export — both servers started here.
Usage: .venv/bin/python -m bench.tpch_bench [--sf 1] [--runs 3] [--engines duckdb,duckdb-remote,spark]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Generator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import httpx
import uvicorn

from backend.core.duckdb_extensions import load_extensions
from backend.main import create_app
from backend.settings import REPO_ROOT, Settings
from backend.tests.ready_process import free_port, start_ready, stop
from bench.report import write_section

START, END = "<!-- tpch-bench -->", "<!-- /tpch-bench -->"
QUERIES = (1, 6, 9, 18)
TOKEN = "tpch-bench-token"
ENGINES = ("duckdb", "duckdb-remote", "spark")
SPARK_MEMORY = "2g"  # driver heap: SF1 joins (Q9, Q18) in local[2]


def tpch_database(sf: float) -> tuple[Path, float | None]:
    """data/tpch-sf<SF>.duckdb, generated when missing; the seconds generation took (None: reused)."""
    path = REPO_ROOT / "data" / f"tpch-sf{sf:g}.duckdb"
    if path.exists():
        return path, None
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with duckdb.connect(str(partial)) as conn:
        load_extensions(conn, "tpch")
        conn.execute(f"CALL dbgen(sf = {sf:g})")
    partial.replace(path)  # a half-written file is never taken for the data
    return path, time.perf_counter() - started


def tpch_queries() -> dict[int, str]:
    """The official text of the benchmark's queries, from the extension."""
    with duckdb.connect() as conn:
        load_extensions(conn, "tpch")
        rows = conn.execute("SELECT query_nr, query FROM tpch_queries()").fetchall()
    return {int(n): str(q).strip().rstrip(";") for n, q in rows if int(n) in QUERIES}


@dataclass
class Timing:
    first: dict[str, float] = field(default_factory=dict[str, float])
    warm: dict[str, float] = field(default_factory=dict[str, float])
    rows: dict[str, int] = field(default_factory=dict[str, int])


def raw(path: Path, queries: dict[int, str], runs: int, timings: dict[int, Timing]) -> None:
    """Each query straight on a DuckDB connection: first run and p50 of `runs` warm runs, in ms."""
    with duckdb.connect(str(path), read_only=True) as conn:
        conn.execute("SET threads = 2")  # the app's DuckDB threads (VIZ_DUCKDB_THREADS default)
        for n, sql in queries.items():
            times: list[float] = []
            for _ in range(runs + 1):
                started = time.perf_counter()
                timings[n].rows["raw"] = len(conn.execute(sql).fetchall())
                times.append((time.perf_counter() - started) * 1000)
            timings[n].first["raw"], timings[n].warm["raw"] = times[0], statistics.median(times[1:])


@contextmanager
def app_server(settings: Settings) -> Generator[str]:
    """The real app on a loopback port, in a thread of this process."""
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("the app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def catalogs_ready(url: str, engines: list[str], timeout_s: float = 1800) -> None:
    """Wait until the app has read every engine's catalog and value index: reading a remote catalog scans
    its tables on that server, which would compete with the queries measured (2-3x on 2 cores)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        listed = httpx.get(f"{url}/api/engines", timeout=60).json()["engines"]
        if all(e["tables"] is not None for e in listed if e["name"] in engines):
            return
        time.sleep(1)
    raise SystemExit("the app did not read every engine's catalog in time")


def through_api(url: str, engine: str, queries: dict[int, str], runs: int, timings: dict[int, Timing]) -> None:
    """Each query via POST /api/query pinned to `engine`: client wall time of the whole request."""
    with httpx.Client(base_url=url, timeout=900) as client:
        for n, sql in queries.items():
            times: list[float] = []
            for _ in range(runs + 1):
                started = time.perf_counter()
                response = client.post("/api/query", json={"sql": sql, "engine": engine})
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
                body: dict[str, Any] = response.json()
                assert body["engine"] == engine, body["engine"]
                timings[n].rows[engine] = int(body["row_count"])
            timings[n].first[engine], timings[n].warm[engine] = times[0], statistics.median(times[1:])


def measure(sf: float, runs: int, engines: list[str]) -> list[str]:
    path, generated_s = tpch_database(sf)
    queries = tpch_queries()
    timings = {n: Timing() for n in queries}
    loads: list[float] = []
    with ExitStack() as stack, tempfile.TemporaryDirectory() as scratch:
        ready: dict[str, float] = {}
        remote: dict[str, str | None] = {"duckdb_remote": None, "duckdb_remote_token": None, "spark_remote": None}
        if "duckdb-remote" in engines:
            port, started = free_port(), time.perf_counter()
            quack = start_ready(["scripts.quack_server", "--port", str(port), "--token", TOKEN, "--db", str(path)])
            stack.callback(stop, quack)
            ready["Quack"] = time.perf_counter() - started
            remote.update(duckdb_remote=f"quack:127.0.0.1:{port}", duckdb_remote_token=TOKEN)
        if "spark" in engines:
            port, started = free_port(), time.perf_counter()
            parquet = REPO_ROOT / "data" / f"tpch-sf{sf:g}-parquet"
            args = ["scripts.spark_server", "--port", str(port), "--db", str(path), "--parquet-dir", str(parquet)]
            spark = start_ready([*args, "--memory", SPARK_MEMORY], timeout=1800)
            stack.callback(stop, spark)
            ready["Spark Connect"] = time.perf_counter() - started
            remote.update(spark_remote=f"sc://127.0.0.1:{port}")
        # The baseline runs with the servers up too: an idle Spark JVM still takes CPU on a 2-core machine.
        raw(path, queries, runs, timings)
        loads.append(os.getloadavg()[0])
        settings = Settings.model_validate(
            {
                "duckdb_path": path,
                "results_dir": Path(scratch) / "results",
                "database_url": f"sqlite+aiosqlite:///{Path(scratch) / 'app.db'}",
                "model": "builtin",
                "query_timeout_s": 900,
                "api_token": None,
                **remote,
            }
        )
        url = stack.enter_context(app_server(settings))
        started = time.perf_counter()
        catalogs_ready(url, engines)
        ready["the app's engine catalogs"] = time.perf_counter() - started
        for engine in engines:
            through_api(url, engine, queries, runs, timings)
            loads.append(os.getloadavg()[0])
    return _report(sf, runs, engines, timings, generated_s, ready, loads)


def _report(
    sf: float,
    runs: int,
    engines: list[str],
    timings: dict[int, Timing],
    generated_s: float | None,
    ready: dict[str, float],
    loads: list[float],
) -> list[str]:
    generated = f"generated in {generated_s:.1f} s" if generated_s is not None else "reused from an earlier run"
    started = ", ".join(f"{name} ready in {s:.0f} s" for name, s in ready.items())
    head = "| query | rows | raw DuckDB | " + " | ".join(f"`{e}` via API | ÷ raw" for e in engines) + " |"
    lines = [
        START,
        "## TPC-H: raw DuckDB vs `/api/query` on each engine",
        "",
        f"`.venv/bin/python -m bench.tpch_bench --sf {sf:g} --runs {runs}`: TPC-H SF{sf:g} (`tpch` extension, data",
        f"{generated}; {started or 'no server'}). Raw = the query on a DuckDB connection to the file (2 threads);",
        "via API = client wall time of `POST /api/query` with `engine` set (guard, routing, result store, JSON),",
        "the local file, a Quack server over the same file, a Spark Connect server (local[2]) over its Parquet export.",
        "`make bench` runs SF1 with 2 warm runs (data generated once under data/, then reused); Spark is",
        "measured at SF1 too, its first run of each query including the Parquet scan set-up.",
        f"p50 of {runs} warm runs after one first run, ms. Load average while measuring: "
        + ", ".join(f"{x:.1f}" for x in loads)
        + f" on {os.cpu_count()} cores (shared machine).",
        "",
        head,
        "|---|---|---|" + "---|---|" * len(engines),
    ]
    for n, t in timings.items():
        cells = [f"Q{n}", str(t.rows["raw"]), f"{t.warm['raw']:.0f}"]
        for e in engines:
            cells += [f"{t.warm[e]:.0f}", f"{t.warm[e] / t.warm['raw']:.1f}×"]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "First (cold) runs, ms: "
        + "; ".join(f"Q{n} " + ", ".join(f"{k} {v:.0f}" for k, v in t.first.items()) for n, t in timings.items())
        + ".",
        END,
    ]
    for n, t in timings.items():
        assert len(set(t.rows.values())) == 1, f"Q{n} row counts differ between engines: {t.rows}"
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sf", type=float, default=1.0, help="TPC-H scale factor")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated, of " + ", ".join(ENGINES))
    args = parser.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    lines = measure(args.sf, args.runs, engines)
    write_section(START, END, "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
