"""Record the golden SSE transcript the backend and frontend tests share.

Usage: .venv/bin/python -m scripts.record_golden  (writes backend/tests/golden/*.sse and golden/charts/*)

The chart cases are spec-driven components with rows and params: the backend test checks they are what
the code generator writes today, the frontend test compiles and renders each with every fitting kind.
"""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from backend.agents.codegen import build_params, render_code
from backend.main import create_app
from backend.models.catalog import ColumnKind
from backend.models.viz import VizSpec
from backend.settings import REPO_ROOT

GOLDEN = REPO_ROOT / "backend" / "tests" / "golden"
CONVERSATION = [
    ("chat_sales_by_region.sse", "Show me sales by region for Q1 2024"),
    ("chat_followup_line.sse", "make it a line chart"),
]


MONTHS = [f"2024-{m:02d}-01" for m in range(1, 13)]
REGIONS = ["Europe", "Asia Pacific", "North America", "Latin America"]
Case = tuple[VizSpec, dict[str, ColumnKind], list[dict[str, object]]]
CHART_CASES: dict[str, Case] = {
    "bar_by_category": (
        VizSpec(chart_type="bar", x="region", y=["total_amount"], title="Total amount by region"),
        {"region": "text", "total_amount": "numeric"},
        [{"region": r, "total_amount": 1000.5 * (i + 1)} for i, r in enumerate(REGIONS)],
    ),
    "line_series_over_time": (
        VizSpec(chart_type="line", x="month", y=["revenue"], series="region", title="Revenue by month and region"),
        {"month": "temporal", "revenue": "numeric", "region": "text"},
        [{"month": m, "region": r, "revenue": 10 * i + j} for i, m in enumerate(MONTHS) for j, r in enumerate(REGIONS)],
    ),
    "scatter_of_rows": (
        VizSpec(chart_type="scatter", x="weight_kg", y=["price_usd"], title="Price against weight"),
        {"weight_kg": "numeric", "price_usd": "numeric"},
        [{"weight_kg": 1.5 * i, "price_usd": 3.0 * i + 1} for i in range(30)],
    ),
    "bubble_sized_points": (
        VizSpec(chart_type="scatter", x="weight_kg", y=["price_usd"], size="shelf_area", title="Price against weight"),
        {"weight_kg": "numeric", "price_usd": "numeric", "shelf_area": "numeric"},
        [{"weight_kg": 1.5 * i, "price_usd": 3.0 * i + 1, "shelf_area": (i % 5) * 40 + 10} for i in range(30)],
    ),
    "histogram_bins": (
        VizSpec(chart_type="histogram", x="salary_bin", y=["employees"], title="Employees by salary"),
        {"salary_bin": "numeric", "employees": "numeric"},
        [{"salary_bin": 10_000 * i, "employees": 5 + i % 7} for i in range(15)],
    ),
    "box_by_group": (
        VizSpec(
            chart_type="box",
            x="region",
            y=["min_price_usd", "q1_price_usd", "median_price_usd", "q3_price_usd", "max_price_usd"],
            title="Distribution of price by region",
        ),
        {
            "region": "text",
            "min_price_usd": "numeric",
            "q1_price_usd": "numeric",
            "median_price_usd": "numeric",
            "q3_price_usd": "numeric",
            "max_price_usd": "numeric",
            "count": "numeric",
        },
        [
            {
                "region": r,
                "min_price_usd": 5.0 + i,
                "q1_price_usd": 20.0 + i,
                "median_price_usd": 31.5 + 2 * i,
                "q3_price_usd": 44.0 + 3 * i,
                "max_price_usd": 90.0 + 5 * i,
                "count": 40 + i,
            }
            for i, r in enumerate(REGIONS)
        ],
    ),
    "kpi_single_value": (
        VizSpec(chart_type="kpi", y=["total_revenue_usd"], title="Total revenue"),
        {"total_revenue_usd": "numeric"},
        [{"total_revenue_usd": 1234567.891}],
    ),
}


def write_charts() -> None:
    """Each chart case as `<name>.tsx` (the component) and `<name>.json` (rows, params, schema)."""
    charts = GOLDEN / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    for name, (spec, kinds, rows) in CHART_CASES.items():
        params, schema = build_params(spec, kinds, len(rows))
        (charts / f"{name}.tsx").write_text(render_code(spec, kinds, len(rows)), encoding="utf-8")
        case = {"rows": rows, "params": params, "schema": [p.model_dump(mode="json") for p in schema]}
        (charts / f"{name}.json").write_text(json.dumps(case, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {charts / name}.tsx/.json")


def main() -> None:
    """Run the conversation against a fresh app and write each turn's raw stream."""
    write_charts()
    GOLDEN.mkdir(parents=True, exist_ok=True)
    conversation_id: str | None = None
    with TestClient(create_app()) as client:
        for filename, message in CONVERSATION:
            body = {"message": message, **({"conversation_id": conversation_id} if conversation_id else {})}
            response = client.post("/chat", json=body)
            response.raise_for_status()
            (GOLDEN / filename).write_text(response.text, encoding="utf-8")
            done = [b for b in response.text.split("\n\n") if b.startswith("event: done")][-1]
            conversation_id = json.loads(done.split("data: ", 1)[1])["conversation_id"]
            print(f"wrote {GOLDEN / filename}")


if __name__ == "__main__":
    main()
