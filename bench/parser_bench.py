"""Time the built-in analyst spends on a question (understand → plan → SQL → chart choice), in-process, p50/p95.

Questions: the demo sets' first turns over the demo catalog (with its synonyms file) and the kinds of request of
backend/tests/test_builtin_analysis_kinds.py over its two non-demo catalogs. Writes its section of
docs/benchmarks.md.  Usage: .venv/bin/python -m bench.parser_bench [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import duckdb

from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.understand import understand
from backend.core.catalog import build_catalog, load_synonyms
from backend.models.catalog import Catalog
from backend.settings import REPO_ROOT
from backend.tests.analysis_catalogs import hr_warehouse, shop
from bench.report import write_section

DOC = REPO_ROOT / "docs" / "benchmarks.md"
START, END = "<!-- parser-bench -->", "<!-- /parser-bench -->"
DEMO_SETS = ("questions.jsonl", "questions_fresh.jsonl", "questions_final.jsonl", "questions_holdout.jsonl")
OTHER = {
    "hr": [
        "number of transfers by target department",
        "employees earning above the average salary",
        "average salary of departments with more than 30 employees",
        "difference between salary and bonus by department",
        "cumulative hires by year",
        "salary and bonus for each employee",
        "yearly hires per department",
        "average salary by favourite colour",
    ],
    "shop": [
        "revenue by seller region",
        "profit by seller region",
        "share of revenue by sales channel",
        "cumulative revenue by month",
        "price of each product over time",
        "bubble chart of retail price vs weight sized by shelf area",
        "buyers with at least 45 orders",
        "forecast revenue for next year",
    ],
}


def _demo() -> tuple[Catalog, list[str]]:
    path = REPO_ROOT / "data" / "demo.duckdb"
    con = duckdb.connect(str(path), read_only=True)
    catalog = build_catalog(con).model_copy(update={"synonyms": load_synonyms(path.with_suffix(".synonyms.json"))})
    questions: list[str] = []
    for name in DEMO_SETS:
        for line in (REPO_ROOT / "eval" / name).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                questions.append(json.loads(line)["turns"][0]["message"])
    return catalog, questions


def measure(catalog: Catalog, questions: list[str], runs: int) -> list[float]:
    """Milliseconds per question, every run, with the catalog index built once (as the app's lifespan does)."""
    index = build_index(catalog)
    times: list[float] = []
    for _ in range(runs):
        for q in questions:
            started = time.perf_counter()
            understand(q, catalog, index=index)
            times.append(1000 * (time.perf_counter() - started))
    return times


def main(runs: int) -> str:
    demo, demo_questions = _demo()
    cases = {
        f"demo catalog, {len(demo_questions)} questions of the four demo sets": measure(demo, demo_questions, runs),
        f"HR warehouse (prefixed, abbreviated), {len(OTHER['hr'])} questions": measure(
            build_catalog(hr_warehouse()), OTHER["hr"], runs
        ),
        f"marketplace (camelCase, two keys to one table), {len(OTHER['shop'])} questions": measure(
            build_catalog(shop()), OTHER["shop"], runs
        ),
    }
    started = time.perf_counter()
    build_index(demo)
    index_ms = 1000 * (time.perf_counter() - started)
    lines = [
        START,
        "## Built-in analyst: time per question",
        "",
        "`.venv/bin/python -m bench.parser_bench`: `understand()` in-process (reading, table choice, plan, SQL,",
        f"chart choice; no query runs), {runs} runs of every question, ms. Bar: p50 ≤ 50 ms per turn server-side.",
        f"Building the demo catalog's index once (lifespan): {index_ms:.1f} ms.",
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine).",
        "",
        "| questions | p50 | p95 | max |",
        "|---|---|---|---|",
    ]
    for name, t in cases.items():
        q = statistics.quantiles(t, n=20)
        lines.append(f"| {name} | {statistics.median(t):.1f} | {q[18]:.1f} | {max(t):.1f} |")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write(section: str) -> None:
    """Replace this benchmark's section of docs/benchmarks.md (or append it)."""
    write_section(START, END, section)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    section = main(args.runs)
    print(section)
    write(section)
