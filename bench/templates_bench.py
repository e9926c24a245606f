"""Server-side time to list 10,000 templates page by page, on SQLite and on Postgres.

Each request goes through the whole app (routing, repository, serialisation) in-process via an ASGI
transport, so the figure is what the server spends per page. Writes its section of docs/benchmarks.md.
Usage: .venv/bin/python -m bench.templates_bench [--templates N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg  # pyright: ignore[reportMissingTypeStubs]
import httpx

from backend.main import create_app
from backend.models.templates import TemplateBase
from backend.repositories.database import open_database, sessions, upgrade
from backend.repositories.tables import TemplateRow, TemplateVersionRow
from backend.settings import REPO_ROOT, Settings
from bench.report import write_section

DOC = REPO_ROOT / "docs" / "benchmarks.md"
START, END = "<!-- templates-bench -->", "<!-- /templates-bench -->"
CODE = 'import React from "react";\nexport default function Viz({ data, params }) { return null; }\n'


async def seed(url: str, count: int) -> None:
    """`count` templates (with one version each) in one transaction."""
    engine = open_database(url)
    await upgrade(engine)
    now = dt.datetime.now(dt.UTC)
    async with sessions(engine)() as session, session.begin():
        for i in range(count):
            content = TemplateBase(
                title=f"Template {i} sales by region",
                prompt=f"total sales by region for week {i}",
                generated_sql=f"SELECT region, SUM(amount) FROM sales WHERE quantity > {i % 50} GROUP BY region",
                ui_code=CODE,
                parameters={"title": f"Sales {i}", "chart_type": "bar", "color_scheme": "default"},
            )
            body = content.model_dump(mode="json")
            tid = str(uuid.uuid4())
            when = now - dt.timedelta(seconds=i)
            session.add(
                TemplateRow(
                    id=tid,
                    title=content.title,
                    version=1,
                    created_at=when,
                    updated_at=when,
                    search_text=f"{content.title}\n{content.prompt}".lower(),
                    body=body,
                )
            )
            session.add(TemplateVersionRow(template_id=tid, version=1, title=content.title, created_at=when, body=body))
    await engine.dispose()


async def measure(url: str, runs: int, total: int) -> dict[str, float]:
    """p50 ms per request for the first, a middle and the last page and a search."""
    settings = Settings(database_url=url, results_dir=Path(tempfile.mkdtemp()) / "results")
    app = create_app(settings)
    cases = {
        "first page (50)": "/api/templates?limit=50",
        "page at offset 5,000": f"/api/templates?limit=50&offset={total // 2}",
        "last page": f"/api/templates?limit=50&offset={total - 50}",
        "search 'week 99' (first page)": "/api/templates?limit=50&q=week%2099",
    }
    out: dict[str, float] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for name, path in cases.items():
                times: list[float] = []
                for _ in range(runs + 2):
                    started = time.perf_counter()
                    response = await client.get(path)
                    times.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200 and response.json()["items"], response.text
                out[name] = statistics.median(times[2:])
    return out


async def postgres_url() -> tuple[str, str]:
    name = f"viz_bench_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(host="127.0.0.1", user="postgres", database="postgres")
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    return name, f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def drop_postgres(name: str) -> None:
    conn = await asyncpg.connect(host="127.0.0.1", user="postgres", database="postgres")
    await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await conn.close()


async def main(count: int, runs: int) -> str:
    results: dict[str, dict[str, float]] = {}
    sqlite = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    await seed(sqlite, count)
    results["SQLite"] = await measure(sqlite, runs, count)
    name, pg = await postgres_url()
    try:
        await seed(pg, count)
        results["Postgres 15"] = await measure(pg, runs, count)
    finally:
        await drop_postgres(name)
    cases = list(next(iter(results.values())))
    lines = [
        START,
        "## Template list",
        "",
        f"`.venv/bin/python -m bench.templates_bench`: {count:,} templates, `GET /api/templates` through the whole app",
        f"in-process (ASGI transport, no network), p50 of {runs} warm requests, ms per page of 50. Bar: ≤ 50 ms.",
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine).",
        "",
        "| page | " + " | ".join(results) + " |",
        "|---|" + "---|" * len(results),
        *(f"| {case} | " + " | ".join(f"{results[db][case]:.1f}" for db in results) + " |" for case in cases),
        END,
    ]
    return "\n".join(lines) + "\n"


def write(section: str) -> None:
    """Replace this benchmark's section of docs/benchmarks.md (or append it)."""
    write_section(START, END, section)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--templates", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    section = asyncio.run(main(args.templates, args.runs))
    print(section)
    write(section)
