"""Your own data: upload → first answer for a 50 MB CSV, and the ERP warehouse attached from Postgres vs DuckDB.

Both run a real backend (uvicorn on a free port, built-in analyst) over loopback HTTP:

1. A deterministic 50 MB CSV is uploaded (multipart, streamed from disk) and the first question about it is
   asked over `POST /chat`; the time runs from the first byte of the upload to the `done` event. Bar: ≤ 3 s.
2. The seven-table ERP warehouse (`data/erp.duckdb`) is loaded into a fresh Postgres database
   (`scripts.build_eval_catalogs --postgres`), attached through `POST /api/sources`, and the blind ERP set
   is asked against it and against the DuckDB copy; totals only (the questions stay unseen).

Usage: .venv/bin/python -m bench.sources_bench [--runs N] [--skip-warehouse]. Writes its section of
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import asyncpg  # pyright: ignore[reportMissingTypeStubs]
import duckdb
import httpx

from backend.settings import REPO_ROOT
from bench.report import write_section
from eval.client import Backend, chat_turn
from eval.run_eval import evaluate, parse_args
from scripts.eval_catalogs.postgres import load_into_postgres

DOC = REPO_ROOT / "docs" / "benchmarks.md"
START, END = "<!-- sources-bench -->", "<!-- /sources-bench -->"
ERP = REPO_ROOT / "data" / "erp.duckdb"
BLIND_ERP = REPO_ROOT / "eval" / "blind_erp.jsonl"
REGIONS = ["North", "South", "East", "West", "Central"]
QUESTION = "total amount by region in big_orders"


def write_csv(path: Path, target_bytes: int = 50 * 1024 * 1024) -> int:
    """A deterministic orders CSV of about `target_bytes`; its row count."""
    rng = random.Random(7)
    rows = 0
    with path.open("w") as f:
        f.write("Order Id,Order Date,Region,Product,Quantity,Amount\n")
        while f.tell() < target_bytes:
            lines = []
            for _ in range(10_000):
                rows += 1
                day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                region = REGIONS[rng.randrange(len(REGIONS))]
                lines.append(
                    f"{rows},{day},{region},product {rng.randint(1, 400)},{rng.randint(1, 9)},{rng.uniform(5, 900):.2f}\n"
                )
            f.write("".join(lines))
    return rows


def upload_then_ask(url: str, csv: Path) -> dict[str, float]:
    """Seconds: upload (incl. conversion and catalog), first answer, and the two together."""
    with httpx.Client(base_url=url, timeout=120) as client:
        started = time.perf_counter()
        with csv.open("rb") as f:
            added = client.post("/api/sources", files={"file": ("big orders.csv", f, "text/csv")})
        uploaded = time.perf_counter()
        if added.status_code != 201:
            raise RuntimeError(f"upload failed: {added.status_code} {added.text[:300]}")
        turn = chat_turn(client, QUESTION, None, 60)
        answered = time.perf_counter()
        if turn.errors or not turn.data:
            raise RuntimeError(f"no answer: {turn.errors}")
        client.delete("/api/sources/big_orders")
    return {"upload": uploaded - started, "answer": answered - uploaded, "total": answered - started}


def measure_upload(runs: int, scratch: Path) -> tuple[list[dict[str, float]], int, int]:
    csv = scratch / "big_orders.csv"
    rows = write_csv(csv)
    with Backend(catalog=REPO_ROOT / "data" / "demo.duckdb", model="builtin") as backend:
        results = [upload_then_ask(backend.url, csv) for _ in range(runs)]
    return results, rows, csv.stat().st_size


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(host="127.0.0.1", user="postgres", database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def warehouse(scratch: Path) -> dict[str, dict[str, Any]]:
    """Blind ERP totals on the DuckDB copy and on the same warehouse attached from Postgres."""
    args = parse_args([])
    totals: dict[str, dict[str, Any]] = {}
    with Backend(catalog=ERP, model="builtin") as backend:
        outcome = evaluate(BLIND_ERP, ERP, args, backend)
        if isinstance(outcome, int):
            raise RuntimeError("the DuckDB run could not start")
        totals["DuckDB file (data/erp.duckdb)"] = outcome[1]
    name = f"viz_bench_erp_{secrets.token_hex(4)}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        dsn = f"postgresql://postgres@127.0.0.1:5432/{name}"
        asyncio.run(load_into_postgres(ERP, dsn))
        empty = scratch / "nothing.duckdb"
        duckdb.connect(str(empty)).close()
        synonyms = ERP.with_suffix(".synonyms.json")
        if synonyms.exists():  # the catalog owner's words travel with the warehouse, wherever it lives
            os.environ["VIZ_SYNONYMS_PATH"] = str(synonyms)
        with Backend(catalog=empty, model="builtin") as backend:
            started = time.perf_counter()
            added = httpx.post(
                f"{backend.url}/api/sources", json={"kind": "postgres", "name": "erp", "dsn": dsn}, timeout=120
            )
            attach_s = time.perf_counter() - started
            if added.status_code != 201:
                raise RuntimeError(f"attach failed: {added.text[:300]}")
            outcome = evaluate(BLIND_ERP, ERP, args, backend)
            if isinstance(outcome, int):
                raise RuntimeError("the Postgres run could not start")
            totals["Postgres 15, attached via /api/sources"] = {**outcome[1], "attach_s": attach_s}
    finally:
        os.environ.pop("VIZ_SYNONYMS_PATH", None)
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return totals


def section(upload: tuple[list[dict[str, float]], int, int], erp: dict[str, dict[str, Any]] | None) -> str:
    results, rows, size = upload
    med = {k: statistics.median(r[k] for r in results) for k in ("upload", "answer", "total")}
    lines = [
        START,
        "## Your own data",
        "",
        "`.venv/bin/python -m bench.sources_bench`: a real backend over loopback HTTP, built-in analyst.",
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine).",
        "",
        f"Upload → first answer, a {size / 1024 / 1024:.0f} MB CSV ({rows:,} rows, 6 columns), "
        f"median of {len(results)} runs (seconds). Bar: ≤ 3 s.",
        "",
        "| step | median | runs |",
        "|---|---|---|",
        *(
            f"| {label} | {med[key]:.2f} | {', '.join(f'{r[key]:.2f}' for r in results)} |"
            for key, label in (
                ("upload", "upload, convert to Parquet, read the catalog"),
                ("answer", f'first answer ("{QUESTION}", to `done`)'),
                ("total", "upload → first answer"),
            )
        ),
    ]
    if erp:
        lines += [
            "",
            "The ERP warehouse (seven `t_` tables, prefixed abbreviated columns, declared foreign keys) asked the",
            "blind ERP set (totals only; the questions stay unseen):",
            "",
            "| where the warehouse lives | data accuracy | chart accuracy | turns | errors | attach |",
            "|---|---|---|---|---|---|",
            *(
                f"| {where} | {t['data_accuracy']:.1f}% | {t['chart_accuracy']:.1f}% | {t['turns']} | {t['errors']} | "
                f"{'{:.2f} s'.format(t['attach_s']) if 'attach_s' in t else '–'} |"
                for where, t in erp.items()
            ),
        ]
    lines.append(END)
    return "\n".join(lines) + "\n"


def write(text: str) -> None:
    """Replace this benchmark's section of docs/benchmarks.md (or append it)."""
    write_section(START, END, text)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-warehouse", action="store_true")
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="viz-sources-bench-"))
    os.environ.setdefault("VIZ_DATABASE_URL", f"sqlite+aiosqlite:///{scratch / 'app.db'}")
    os.environ.setdefault("VIZ_UPLOADS_DIR", str(scratch / "uploads"))
    os.environ.setdefault("VIZ_RESULTS_DIR", str(scratch / "results"))
    upload_figures = measure_upload(options.runs, scratch)
    erp_figures = None if options.skip_warehouse else warehouse(scratch)
    text = section(upload_figures, erp_figures)
    print(text)
    write(text)
