"""Spark Connect: cancel latency, progress interval and query time next to local DuckDB.

Starts `scripts.spark_server` on a free port, measures through the real `SparkEngine`, and
replaces the "Spark" section of docs/benchmarks.md. Usage: .venv/bin/python -m bench.spark_bench [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.engine import Engine
from backend.core.guarded_query import prepare_query, run_prepared
from backend.core.spark import SparkEngine, SparkQueryHandle
from backend.settings import REPO_ROOT

BEGIN, END = "<!-- spark-bench:begin -->", "<!-- spark-bench:end -->"
SLOW_SQL = (
    "SELECT count(*) AS n FROM flights AS a CROSS JOIN (SELECT delay FROM flights LIMIT 3000) AS b "
    "WHERE a.delay + b.delay > 100000"
)
QUERIES = {
    "flights group-by (3M rows)": "SELECT origin, count(*) AS n, avg(delay) AS d FROM flights GROUP BY origin ORDER BY n DESC",
    "sales by month (50k rows)": "SELECT date_trunc('month', date) AS m, sum(amount) AS revenue FROM sales GROUP BY m ORDER BY m",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server() -> tuple[subprocess.Popen[bytes], str, float]:
    """The demo Spark Connect server; returns it, its URL and the seconds it took to be ready."""
    port = _free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.spark_server", "--port", str(port)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if b"ready" in line:
            return proc, f"sc://127.0.0.1:{port}", time.perf_counter() - started
    raise SystemExit("Spark Connect server did not start")


async def _running(handle: SparkQueryHandle) -> list[float]:
    """Wait until Spark reports tasks for the query; the arrival times of every report so far."""
    times: list[float] = []
    async for report in handle.progress():
        times.append(time.perf_counter())
        if report.total:
            return times
    return times


async def cancel_latency(spark: SparkEngine) -> tuple[float, bool]:
    """Seconds from cancel() to the query ended on Spark; whether Spark still held the tag afterwards."""
    handle = await spark.submit(
        prepare_query(SLOW_SQL, allowed_tables={"flights"}, limit=None, default_limit=10, max_limit=10)
    )
    await _running(handle)
    started = time.perf_counter()
    await handle.cancel()
    elapsed = time.perf_counter() - started
    left = await asyncio.to_thread(spark.session().interruptTag, handle.tag)
    return elapsed, bool(left)


async def progress_gaps(spark: SparkEngine, seconds: float) -> list[float]:
    """Gaps between progress reports while a long job runs for `seconds`."""
    handle = await spark.submit(
        prepare_query(SLOW_SQL, allowed_tables={"flights"}, limit=None, default_limit=10, max_limit=10)
    )
    times = await _running(handle)
    deadline = time.perf_counter() + seconds
    async for _ in handle.progress():
        times.append(time.perf_counter())
        if times[-1] > deadline:
            break
    await handle.cancel()
    return [b - a for a, b in itertools.pairwise(times[1:])]  # from the first Spark report on


async def query_ms(engine: Engine, sql: str, tables: set[str], runs: int) -> tuple[float, float]:
    """First run and median of the warm runs, in ms."""
    prepared = prepare_query(sql, allowed_tables=tables, limit=None, default_limit=10_000, max_limit=100_000)
    times: list[float] = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        await run_prepared(prepared, engine, timeout=300)
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:])


async def measure(url: str, runs: int) -> list[str]:
    spark = SparkEngine(url)
    duck = DuckDBLocalEngine.open(REPO_ROOT / "data" / "demo.duckdb")
    try:
        tables = (await duck.catalog()).table_names()
        lines = ["| query | DuckDB warm p50 | Spark first | Spark warm p50 | Spark ÷ DuckDB |", "|---|---|---|---|---|"]
        for label, sql in QUERIES.items():
            _, duck_ms = await query_ms(duck, sql, tables, runs)
            first, spark_ms = await query_ms(spark, sql, tables, runs)
            lines.append(
                f"| {label} | {duck_ms:.1f} ms | {first:.0f} ms | {spark_ms:.0f} ms | {spark_ms / duck_ms:.0f}× |"
            )
        cancels = [await cancel_latency(spark) for _ in range(runs)]
        latencies = sorted(c[0] for c in cancels)
        gaps = await progress_gaps(spark, 6.0)
        lines += [
            "",
            f"Cancel (Stop) → job gone from Spark, {runs} runs: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms; operations still holding the query's tag afterwards: "
            f"{sum(1 for c in cancels if c[1])}.",
            f"Progress reports during a running job: {len(gaps) + 1} reports, gap p50 {statistics.median(gaps):.2f} s, "
            f"max {max(gaps):.2f} s (server `spark.connect.progress.reportInterval` 500 ms).",
        ]
        return lines
    finally:
        await spark.close()
        await duck.close()


def write_section(lines: list[str], header: str) -> None:
    """Replace the Spark section of docs/benchmarks.md (appended the first time)."""
    out = REPO_ROOT / "docs" / "benchmarks.md"
    text = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    section = "\n".join([BEGIN, "## Spark Connect", "", header, "", *lines, END])
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    Path(out).write_text(text, encoding="utf-8")


def main() -> None:
    """Measure, print and write the Spark section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    proc, url, start_s = start_server()
    try:
        lines = asyncio.run(measure(url, args.runs))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    load = os.getloadavg()[0]
    header = (
        f"`.venv/bin/python -m bench.spark_bench --runs {args.runs}`: local Spark Connect server "
        f"(`scripts.spark_server`, local[2], 1 GB driver) ready in {start_s:.0f} s; load average at the end "
        f"{load:.1f} on {os.cpu_count()} cores (other work on the machine inflates every figure)."
    )
    print("\n".join([header, *lines]))
    write_section(lines, header)


if __name__ == "__main__":
    main()
