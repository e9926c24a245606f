"""Server-side time of one `/chat` turn on multi-table eval catalogs, and how a change moved it, in one run.

For each catalog (default: hotel, a star schema of 8 tables, and wholesale, 9 tables joined by keys) a backend
(uvicorn, built-in analyst, that catalog, a scratch app database and results directory) answers the first turn
of every case of the catalog's open dev set (eval/dev_<catalog>.jsonl), one turn at a time, after a warm pass.
Per turn: the client's time to `done` (what `python -m eval.gate` prints as its median), the server's own
`elapsed_ms` (the `done` event: analyst, guard, engine, result store, chart and code, persistence) and the
server process's CPU time per turn (/proc, user + system, over a whole pass) — the figure least moved by the
other work on a shared machine. The baseline measured in the same run is each turn's SQL run directly on a
DuckDB connection to the catalog. With `--before DIR` a backend started from another checkout of the repository
(`git worktree add /tmp/before <commit>`) answers the same turns, pass by pass in turn with this one, so both
see the same load. Writes its section of docs/benchmarks.md.

    .venv/bin/python -m bench.turn_bench [--runs 5] [--catalog hotel --catalog wholesale] [--before DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import httpx

from backend.settings import REPO_ROOT
from bench.report import write_section
from eval.client import chat_turn

START, END = "<!-- turn-bench -->", "<!-- /turn-bench -->"
CATALOGS = ("hotel", "wholesale")
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Pass:
    """One pass over a catalog's questions on one backend."""

    client_ms: list[float] = field(default_factory=list[float])
    server_ms: list[float] = field(default_factory=list[float])
    cpu_ms_per_turn: float = 0.0
    sql: list[str] = field(default_factory=list[str])


@dataclass
class Side:
    """Every pass of one checkout over one catalog."""

    passes: list[Pass] = field(default_factory=list[Pass])

    def p50(self, what: str) -> float:
        """Median over every turn of every pass (`client_ms`, `server_ms`), or of the passes' CPU per turn."""
        if what == "cpu":
            return statistics.median(p.cpu_ms_per_turn for p in self.passes)
        return statistics.median(v for p in self.passes for v in getattr(p, what))


def questions(catalog: str) -> list[str]:
    """The first turn of every case of the catalog's open dev set."""
    lines = (REPO_ROOT / "eval" / f"dev_{catalog}.jsonl").read_text().splitlines()
    return [json.loads(line)["turns"][0]["message"] for line in lines if line.strip() and not line.startswith("#")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class Server:
    """A backend from checkout `root` on `catalog`, with its own scratch app database and results."""

    def __init__(self, root: Path, catalog: str) -> None:
        self.scratch = Path(tempfile.mkdtemp(prefix="viz-turn-bench-"))
        self.url = f"http://127.0.0.1:{_free_port()}"
        env = {
            **os.environ,
            "PYTHONPATH": str(root),
            "VIZ_MODEL": "builtin",
            "VIZ_DUCKDB_PATH": str(REPO_ROOT / "data" / f"{catalog}.duckdb"),
            "VIZ_DATABASE_URL": f"sqlite+aiosqlite:///{self.scratch / 'app.db'}",
            "VIZ_RESULTS_DIR": str(self.scratch / "results"),
            "VIZ_HEALTH_REFRESH_S": "60",  # the background checks would count as the turns' CPU
        }
        env.pop("VIZ_API_TOKEN", None)  # no token: the bench is the only client, on loopback
        command = [sys.executable, "-m", "uvicorn", "backend.main:create_app", "--factory", "--host", "127.0.0.1"]
        command += ["--port", self.url.rsplit(":", 1)[1], "--log-level", "warning"]
        self.process = subprocess.Popen(command, cwd=root, env=env)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the backend from {root} did not start")

    def ask(self, messages: list[str]) -> Pass:
        """Each message as the first turn of its own conversation, one after another."""
        out = Pass()
        cpu = _cpu_seconds(self.process.pid)
        with httpx.Client(base_url=self.url) as client:
            for message in messages:
                events = chat_turn(client, message, None, timeout=120)
                out.client_ms.append(events.seconds * 1000)
                out.server_ms.append(float((events.done or {}).get("elapsed_ms") or 0.0))
                out.sql.append(events.sql[-1] if events.sql else "")
        out.cpu_ms_per_turn = (_cpu_seconds(self.process.pid) - cpu) * 1000 / len(messages)
        return out

    def stop(self) -> None:
        """Terminate the backend."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def direct_sql_ms(catalog: str, sqls: list[str], runs: int) -> float:
    """Median ms of the turns' SQL run directly on a DuckDB connection (the same run's baseline)."""
    con = duckdb.connect(str(REPO_ROOT / "data" / f"{catalog}.duckdb"), read_only=True)
    times: list[float] = []
    for _ in range(runs):
        for sql in filter(None, sqls):
            started = time.perf_counter()
            con.execute(sql).fetch_arrow_table()
            times.append((time.perf_counter() - started) * 1000)
    con.close()
    return statistics.median(times) if times else 0.0


def measure(catalog: str, runs: int, before: Path | None) -> tuple[dict[str, Side], float, int]:
    """(checkout → its passes, direct SQL p50, questions) for one catalog; passes alternate between checkouts."""
    messages = questions(catalog)
    roots = {"this checkout": REPO_ROOT, **({"before": before} if before else {})}
    servers = {name: Server(root, catalog) for name, root in roots.items()}
    sides = {name: Side() for name in roots}
    try:
        for server in servers.values():
            server.ask(messages)  # warm: imports, caches, the engine's first queries
        for _ in range(runs):
            for name, server in servers.items():
                sides[name].passes.append(server.ask(messages))
    finally:
        for server in servers.values():
            server.stop()
    baseline = direct_sql_ms(catalog, sides["this checkout"].passes[-1].sql, runs)
    return sides, baseline, len(messages)


def section(runs: int, before: Path | None, load: tuple[float, float], rows: list[str]) -> str:
    """This benchmark's part of docs/benchmarks.md."""
    compared = f" and `--before {before}`" if before else ""
    lines = [
        START,
        "## One `/chat` turn on a multi-table catalog, server-side",
        "",
        f"`.venv/bin/python -m bench.turn_bench --runs {runs}`{compared}: a backend per catalog (built-in analyst,",
        "scratch app database), the first turn of every case of the catalog's open dev set, one at a time, after a",
        f"warm pass; p50 over {runs} passes, ms. Client = to `done` as `eval.gate` measures it; server = the `done`",
        "event's `elapsed_ms`; CPU = the server process's CPU time per turn (/proc), the figure least moved by other",
        "work on the machine. Baseline (same run): each turn's SQL directly on a DuckDB connection.",
        f"Load average (1 min) before: {load[0]:.1f}, after: {load[1]:.1f}, on {os.cpu_count()} cores (a shared machine).",
        "",
        "| catalog, turns | checkout | client | server | server CPU | direct SQL (baseline) | server ÷ baseline |",
        "|---|---|---|---|---|---|---|",
        *rows,
        END,
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print and write this section of docs/benchmarks.md."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--catalog", action="append", default=[], help=f"default: {', '.join(CATALOGS)}")
    parser.add_argument("--before", type=Path, help="another checkout of the repository to compare with")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    rows: list[str] = []
    for catalog in args.catalog or CATALOGS:
        sides, baseline, n = measure(catalog, args.runs, args.before)
        for name, side in sides.items():
            server = side.p50("server_ms")
            rows.append(
                f"| {catalog}, {n} | {name} | {side.p50('client_ms'):.1f} | {server:.1f} | {side.p50('cpu'):.1f} "
                f"| {baseline:.1f} | {server / max(baseline, 0.001):.1f}× |"
            )
        if "before" in sides:
            ratio = sides["this checkout"].p50("cpu") / max(sides["before"].p50("cpu"), 0.001)
            rows.append(f"| {catalog} | this ÷ before (CPU) | | | {ratio:.2f}× | | |")
    text = section(args.runs, args.before, (load, os.getloadavg()[0]), rows)
    print(text)
    write_section(START, END, text)


if __name__ == "__main__":
    main()
