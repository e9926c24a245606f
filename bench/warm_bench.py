"""The first download after the server starts, with the export processes started at start-up or on first use.

Starts the real server (uvicorn, one process, demo catalog) with `VIZ_EXPORT_WARM=true` and `false` in
turn; as soon as /health answers, stores a 100k-row result (on disk, so its CSV is converted by the export
processes) and downloads it as CSV. `false` is the baseline in the same run: the processes then start
when that result is stored, and the download waits for them to import pyarrow and pandas.
Usage: .venv/bin/python -m bench.warm_bench [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import httpx

from bench.load_bench import headers, start_server
from bench.report import write_section

START, END = "<!-- warm-bench -->", "<!-- /warm-bench -->"
SQL = "SELECT * FROM flights"


def first_download(warm: bool) -> tuple[float, float]:
    """(ms from /health answering to the CSV downloaded, ms of the download alone) on a fresh server."""
    os.environ["VIZ_EXPORT_WARM"] = "true" if warm else "false"
    server, url = start_server(1, 30.0)
    try:
        ready = time.perf_counter()
        with httpx.Client(timeout=120) as client:
            made = client.post(f"{url}/api/query", json={"sql": SQL, "limit": 100_000}, headers=headers(1)).json()
            started = time.perf_counter()
            response = client.get(f"{url}{made['url']}?format=csv", headers=headers(1))
            done = time.perf_counter()
        assert response.status_code == 200 and made["size"] == "large", response.text[:200]
        return (done - ready) * 1000, (done - started) * 1000
    finally:
        server.terminate()
        server.wait(timeout=30)


def section(runs: int, load: tuple[float, float], measured: dict[bool, list[tuple[float, float]]]) -> str:
    def cells(warm: bool) -> str:
        total = [t for t, _ in measured[warm]]
        download = [d for _, d in measured[warm]]
        return (
            f"{statistics.median(download):.0f} / {max(download):.0f} | "
            f"{statistics.median(total):.0f} / {max(total):.0f}"
        )

    return (
        "\n".join(
            [
                START,
                "## First download after start-up",
                "",
                f"`.venv/bin/python -m bench.warm_bench --runs {runs}`: a fresh uvicorn process (demo catalog) per run; "
                "once /health answers, `POST /api/query` stores `SELECT * FROM flights` (100,000 rows, on disk) and "
                "its CSV is downloaded (converted by the export processes). Times in ms, median / max.",
                f"Load average (1 min) before: {load[0]:.1f}, after: {load[1]:.1f}, on {os.cpu_count()} cores "
                "(a shared machine).",
                "",
                "| export processes started | runs | CSV download | /health answering → CSV downloaded |",
                "|---|---|---|---|",
                f"| when the first large result is stored (`VIZ_EXPORT_WARM=false`, baseline) | {runs} | {cells(False)} |",
                f"| with the server, in the background (`VIZ_EXPORT_WARM=true`, the default) | {runs} | {cells(True)} |",
                END,
            ]
        )
        + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    before = os.getloadavg()[0]
    measured: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for _ in range(args.runs):
        for warm in (False, True):
            measured[warm].append(first_download(warm))
    text = section(args.runs, (before, os.getloadavg()[0]), measured)
    print(text)
    write_section(START, END, text)


if __name__ == "__main__":
    main()
