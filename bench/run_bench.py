"""Server-side latency of `/chat`: time to first SSE event, to `data`, and to `done`.

Runs the real app (uvicorn on a free port, built-in analyst, demo catalog) and, as the baseline
measured in the same run, the same SQL executed directly on a DuckDB connection. Writes
docs/benchmarks.md.  Usage: .venv/bin/python -m bench.run_bench [--runs N]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import socket
import statistics
import threading
import time
from dataclasses import dataclass, field

import duckdb
import httpx
import uvicorn

from backend.main import create_app
from backend.settings import REPO_ROOT, Settings
from bench.report import write_section

START, END = "<!-- run-bench -->", "<!-- /run-bench -->"

CASES = [
    ("sales (50k rows)", "total sales by region for Q1 2024"),
    ("sales (50k rows), monthly trend", "monthly revenue in 2024"),
    ("flights (3M rows)", "average delay by origin airport"),
    ("flights (3M rows), count", "how many flights per day"),
]


@dataclass
class Timing:
    first_event: list[float] = field(default_factory=list[float])
    data: list[float] = field(default_factory=list[float])
    done: list[float] = field(default_factory=list[float])
    direct_sql: list[float] = field(default_factory=list[float])
    sql: str = ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _turn(client: httpx.Client, url: str, message: str) -> tuple[float, float, float, str]:
    started = time.perf_counter()
    first = data = 0.0
    sql = ""
    with client.stream("POST", f"{url}/chat", json={"message": message}) as response:
        event = ""
        for line in response.iter_lines():
            now = time.perf_counter() - started
            if line.startswith("event:"):
                event = line[6:].strip()
                first = first or now
                data = now if event == "data" and not data else data
            elif line.startswith("data:") and event == "sql":
                sql = json.loads(line[5:])["query"]
    return first * 1000, data * 1000, (time.perf_counter() - started) * 1000, sql


def _p50(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "–"


def main() -> None:
    """Measure, print and write docs/benchmarks.md."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    settings = Settings(results_dir=REPO_ROOT / "data" / "bench-results")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    timings: dict[str, Timing] = {}
    direct = duckdb.connect(str(settings.duckdb_path), read_only=True)
    with httpx.Client(timeout=120) as client:
        cold = _turn(client, url, CASES[0][1])
        for label, message in CASES:
            t = timings.setdefault(label, Timing())
            _turn(client, url, message)  # warm the path once
            for _ in range(args.runs):
                first, data, done, sql = _turn(client, url, message)
                t.first_event.append(first)
                t.data.append(data)
                t.done.append(done)
                t.sql = sql
                started = time.perf_counter()
                direct.execute(sql).fetch_arrow_table()
                t.direct_sql.append((time.perf_counter() - started) * 1000)
    server.should_exit = True
    thread.join(timeout=10)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        START,
        f"`make bench` on {platform.machine()}, Python {platform.python_version()}, {args.runs} warm runs per case,",
        "built-in analyst, embedded DuckDB, server on localhost (times in ms, p50). The baseline is the same SQL",
        "run directly on a DuckDB connection in the same process and run: the ratio is what the analyst,",
        "guard, result store, SSE and code generation add on top of the query itself.",
        "",
        "| case | first event | `data` event | `done` | direct SQL (baseline) | done ÷ baseline |",
        "|---|---|---|---|---|---|",
    ]
    for label, t in timings.items():
        ratio = statistics.median(t.done) / max(statistics.median(t.direct_sql), 0.001)
        lines.append(
            f"| {label} | {_p50(t.first_event)} | {_p50(t.data)} | {_p50(t.done)} | {_p50(t.direct_sql)} | {ratio:.1f}× |"
        )
    lines += [
        "",
        f"Cold first turn after start-up: first event {cold[0]:.1f} ms, done {cold[2]:.1f} ms.",
        f"Peak RSS of the benchmark process (server + client + baseline connection): {rss_mb:.0f} MB.",
        "",
        "SQL per case:",
        "",
        *[f"- {label}: `{t.sql}`" for label, t in timings.items()],
        END,
    ]
    text = "\n".join(lines)
    write_section(START, END, text)  # the other benchmarks' sections and notes stay
    print(text)


if __name__ == "__main__":
    main()
