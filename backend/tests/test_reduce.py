"""Chart data for large results, reduced in SQL on the engine (real DuckDB over the demo catalog)."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.guarded_query import prepare_query, run_prepared
from backend.core.reduce import M4_BUCKETS, MAX_CHART_BYTES, json_bytes, reduce_for_chart
from backend.core.result_store import ResultStore, StoredResult
from backend.main import create_app
from backend.models.events import ChartReduction
from backend.settings import Settings
from backend.tests.conftest import DEMO_DB
from backend.tests.sse import parse_sse


@pytest.fixture(scope="module")
def duck() -> Iterator[DuckDBLocalEngine]:
    # Sync on purpose: a module-scoped async fixture would need a module-scoped event loop, which
    # breaks the teardown of the previous module's async fixtures.
    engine = DuckDBLocalEngine.open(DEMO_DB)
    yield engine
    asyncio.run(engine.close())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ResultStore:
    return ResultStore(tmp_path_factory.mktemp("reduce"), memory_bytes=512 << 20, json_row_limit=5000, ttl_s=3600)


async def _reduce(
    duck: DuckDBLocalEngine, store: ResultStore, sql: str, limit: int = 3_000_000
) -> tuple[StoredResult, pa.Table, ChartReduction | None]:
    tables = (await duck.catalog()).table_names()
    prepared = prepare_query(sql, allowed_tables=tables, limit=limit, default_limit=limit, max_limit=limit)
    result = await run_prepared(prepared, duck, timeout=600)
    stored = store.put(result)
    reduced = await reduce_for_chart(duck, stored, result.table, store, allowed_tables=tables, timeout=600)
    return stored, result.table, reduced


@pytest.mark.anyio
async def test_m4_keeps_first_last_min_and_max_of_every_bucket(duck: DuckDBLocalEngine, store: ResultStore) -> None:
    # 100,000 points: 500 buckets of exactly 200 consecutive rows in time order.
    sql = (
        "SELECT TIMESTAMP '2020-01-01 00:00:00' + to_minutes(i) AS t, sin(i / 50.0) * (i % 997) AS v "
        "FROM range(100000) AS r(i)"
    )
    stored, full, reduced = await _reduce(duck, store, sql, limit=100_000)
    assert reduced is not None and reduced.method == "m4" and reduced.from_rows == 100_000
    assert "M4" in reduced.note
    ordered = full.sort_by("t").to_pylist()
    expected: set[tuple[object, float]] = set()
    size = len(ordered) // M4_BUCKETS
    for b in range(M4_BUCKETS):
        bucket = ordered[b * size : (b + 1) * size]
        values = [r["v"] for r in bucket]
        for row in (bucket[0], bucket[-1], bucket[values.index(min(values))], bucket[values.index(max(values))]):
            expected.add((row["t"], row["v"]))
    chart = store.table(reduced.data_id).to_pylist()
    assert {(r["t"], r["v"]) for r in chart} == expected
    assert len(chart) == len(expected) <= 4 * M4_BUCKETS
    assert [r["t"] for r in chart] == sorted(r["t"] for r in chart)  # still a line in time order
    assert stored.row_count == 100_000  # the full result is kept as it was


@pytest.mark.anyio
async def test_a_3m_row_result_charts_within_2_mb_and_keeps_the_full_result(
    duck: DuckDBLocalEngine, store: ResultStore
) -> None:
    stored, full, reduced = await _reduce(duck, store, "SELECT date, delay FROM flights")
    assert full.num_rows == 3_000_000 and stored.row_count == 3_000_000 and stored.size == "large"
    assert reduced is not None and reduced.method == "m4" and reduced.rows <= 4 * M4_BUCKETS
    chart = store.table(reduced.data_id)
    assert json_bytes(chart) <= MAX_CHART_BYTES
    delays = full.column("delay").to_pylist()
    kept = chart.column("delay").to_pylist()
    assert min(delays) in kept and max(delays) in kept  # the extremes survive the reduction
    assert store.table(stored.id).num_rows == 3_000_000  # downloadable whole


@pytest.mark.anyio
async def test_many_series_keep_the_top_ten_and_fold_the_rest_into_other(
    duck: DuckDBLocalEngine, store: ResultStore
) -> None:
    sql = "SELECT CAST(date AS DATE) AS day, origin, count(*) AS flights FROM flights GROUP BY 1, 2 ORDER BY 1, 2"
    _, full, reduced = await _reduce(duck, store, sql)
    assert reduced is not None and reduced.method == "top_n+m4"
    assert reduced.note.startswith("top 10 of 229 origin by flights plus “Other”")
    chart = store.table(reduced.data_id).to_pylist()
    origins = {r["origin"] for r in chart}
    assert len(origins) == 11 and "Other" in origins
    # "Other" sums the counts of every origin outside the top ten, day by day.
    per_day_total = {}
    for r in full.to_pylist():
        per_day_total[r["day"]] = per_day_total.get(r["day"], 0) + r["flights"]
    shown = {}
    for r in chart:
        shown[r["day"]] = shown.get(r["day"], 0) + r["flights"]
    assert shown == per_day_total
    assert json_bytes(store.table(reduced.data_id)) <= MAX_CHART_BYTES


@pytest.mark.anyio
async def test_raw_points_become_a_deterministic_labelled_sample(duck: DuckDBLocalEngine, store: ResultStore) -> None:
    _, _, first = await _reduce(duck, store, "SELECT delay, distance FROM flights")
    _, _, again = await _reduce(duck, store, "SELECT delay, distance FROM flights")
    assert first is not None and again is not None and first.method == "sample"
    assert first.rows == 5000 and "deterministic sample of 5,000 of 3,000,000 rows" in first.note
    assert store.table(first.data_id).to_pylist() == store.table(again.data_id).to_pylist()


@pytest.mark.anyio
async def test_many_categories_keep_the_top_fifty_plus_other(duck: DuckDBLocalEngine, store: ResultStore) -> None:
    sql = (
        "SELECT origin || '-' || destination || ' at ' || CAST(hour(date) AS VARCHAR) AS route, "
        "count(*) AS flights FROM flights GROUP BY 1"
    )
    _, full, reduced = await _reduce(duck, store, sql)
    assert reduced is not None and reduced.method == "top_n"
    chart = store.table(reduced.data_id).to_pylist()
    assert len(chart) == 51 and chart[-1]["route"] == "Other" and full.num_rows > 5000
    assert reduced.note == f"top 50 of {full.num_rows:,} route by flights plus “Other” (sum of the rest)"
    assert sum(r["flights"] for r in chart) == sum(full.column("flights").to_pylist())
    assert [r["flights"] for r in chart[:-1]] == sorted(full.column("flights").to_pylist(), reverse=True)[:50]


@pytest.mark.anyio
async def test_a_small_result_is_charted_as_it_is(duck: DuckDBLocalEngine, store: ResultStore) -> None:
    _, _, reduced = await _reduce(duck, store, "SELECT region, sum(amount) AS total FROM sales GROUP BY 1")
    assert reduced is None


def test_a_chat_answer_with_many_rows_gets_reduced_chart_data_and_the_full_parquet(client: TestClient) -> None:
    events = parse_sse(client.post("/chat", json={"message": "daily flights delay for every origin"}).text)
    data = next(p for n, p in events if n == "data")
    reduced = data["reduced"]
    assert data["row_count"] > 30_000 and data["size"] == "large" and not data["truncated"]
    assert reduced["method"] == "top_n+m4" and reduced["from_rows"] == data["row_count"]
    assert reduced["note"].startswith("top 10 of 229 origin by avg_delay plus “Other”")
    chart = client.get(reduced["url"])
    assert chart.status_code == 200 and len(chart.content) <= MAX_CHART_BYTES
    body = chart.json()
    assert body["row_count"] == reduced["rows"] and len({row[1] for row in body["rows"]}) == 11
    full = pq.read_table(io.BytesIO(client.get(data["url"], params={"format": "parquet"}).content))
    assert full.num_rows == data["row_count"]
    assert [n for n, _ in events][-1] == "done" and "error" not in [n for n, _ in events]


@pytest.mark.anyio
async def test_m4_buckets_a_yearly_series_by_its_integer_years(duck: DuckDBLocalEngine, store: ResultStore) -> None:
    # An integer `year` column is the time axis (no epoch() of it): 40 years, 250 readings each.
    sql = "SELECT 1980 + i % 40 AS year, (i * 7919) % 1000 AS reading FROM range(10000) AS r(i)"
    _, full, reduced = await _reduce(duck, store, sql, limit=10_000)
    assert reduced is not None and reduced.method == "m4"
    chart = store.table(reduced.data_id).to_pylist()
    for year in range(1980, 2020):
        readings = [r["reading"] for r in full.to_pylist() if r["year"] == year]
        kept = [r["reading"] for r in chart if r["year"] == year]
        assert min(readings) in kept and max(readings) in kept and len(kept) <= 4


def test_a_lower_row_cap_bounds_the_analysts_whole_answer(tmp_path: Path, app_database: str) -> None:
    # VIZ_MAX_ROW_LIMIT below the built-in analyst's 100,000-row answers: the smaller cap wins, no refusal.
    settings = Settings(
        duckdb_path=DEMO_DB, results_dir=tmp_path, model="builtin", database_url=app_database, max_row_limit=20_000
    )
    with TestClient(create_app(settings)) as capped:
        question = {"message": "daily flights delay for every origin"}
        events = parse_sse(capped.post("/chat", json=question).text)
        assert "error" not in [n for n, _ in events]
        sql = next(p for n, p in events if n == "sql")["query"]
        data = next(p for n, p in events if n == "data")
        assert sql.rstrip().endswith("LIMIT 20000")
        assert data["row_count"] == 20_000  # the cap, not the 41,000 day × origin rows
        drafted = capped.post("/query-understanding", json=question)
        assert drafted.status_code == 200  # was a 400: "LIMIT 100000 exceeds the maximum of 20000 rows"
        assert int(drafted.json()["sql"].rsplit("LIMIT", 1)[1]) <= 20_000
