"""Turns a `VizSpec` and the result's columns into parameters, their control schema and a TSX component."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from backend.agents.labels import readable
from backend.models.catalog import ColumnKind
from backend.models.events import ParamSpec, ParamValue
from backend.models.viz import CHART_TYPES, COLOR_SCHEMES, ChartType, VizSpec

TEMPLATE_PATH = Path(__file__).with_name("viz_template.tsx")
DEFAULT_ACCENT = "#2563eb"
CHUNK_LINES = 40
# Drawn by default before the rest is grouped as "Other" (the sandbox kit's MAX_CATEGORIES / MAX_SERIES).
MAX_CATEGORIES = 50
MAX_SERIES = 12

# Which chart kinds can draw a result of this shape (the chart-type control offers exactly these).
_CATEGORY_KINDS: tuple[ChartType, ...] = ("bar", "line", "area", "pie", "table")


@cache
def _template() -> str:
    return TEMPLATE_PATH.read_text(encoding="utf-8")


def humanize(column: str) -> str:
    """`total_amount` → `Total amount`, `avg_body_mass_g` → `Average body mass (g)`."""
    return readable(column)


def fitting_chart_types(spec: VizSpec, kinds: dict[str, ColumnKind], row_count: int) -> list[ChartType]:
    """Every chart type that can show this result, the chosen one first."""
    x_kind = kinds.get(spec.x or "", "other")
    if spec.chart_type == "kpi" or (row_count <= 1 and not spec.x):
        fits: list[ChartType] = ["kpi", "table"]
    elif spec.chart_type == "scatter":
        fits = ["scatter", "table"]
    elif spec.chart_type == "histogram":
        fits = ["histogram", "bar", "line", "area", "table"]
    elif x_kind == "temporal":
        fits = ["line", "area", "bar", "table"]
    elif x_kind == "numeric":
        fits = ["bar", "line", "area", "scatter", "table"]
    else:
        fits = list(_CATEGORY_KINDS)
    if "pie" in fits and (spec.series or row_count > 12 or len(spec.y) > 1):
        fits.remove("pie")
    extra: list[ChartType] = [k for k in spec.alternatives if k not in fits and k in CHART_TYPES and k != "pie"]
    ordered: list[ChartType] = [spec.chart_type, *fits, *extra]
    return list(dict.fromkeys(ordered))


def build_params(
    spec: VizSpec, kinds: dict[str, ColumnKind], row_count: int
) -> tuple[dict[str, ParamValue], list[ParamSpec]]:
    """Default parameter values and the control schema for this chart."""
    types = fitting_chart_types(spec, kinds, row_count)
    categorical = kinds.get(spec.x or "", "other") != "temporal" and spec.chart_type not in (
        "scatter",
        "kpi",
        "histogram",
    )
    multi = bool(spec.series) or len(spec.y) > 1
    schema: list[ParamSpec] = [
        ParamSpec(name="title", kind="string", label="Title", default=spec.title),
        ParamSpec(name="chart_type", kind="enum", label="Chart type", options=list(types), default=spec.chart_type),
        ParamSpec(
            name="color_scheme", kind="enum", label="Color scheme", options=list(COLOR_SCHEMES), default="default"
        ),
        ParamSpec(name="accent_color", kind="color", label="Accent color", default=DEFAULT_ACCENT),
    ]
    if spec.chart_type != "kpi":
        schema.append(ParamSpec(name="show_grid", kind="boolean", label="Show grid", default=True))
        schema.append(ParamSpec(name="show_legend", kind="boolean", label="Show legend", default=multi))
        schema.append(ParamSpec(name="show_labels", kind="boolean", label="Show values", default=False))
    if categorical and spec.x:
        schema.append(
            ParamSpec(name="sort", kind="enum", label="Sort", options=["none", "desc", "asc"], default="none")
        )
        schema.append(
            ParamSpec(
                name="orientation",
                kind="enum",
                label="Orientation",
                options=["vertical", "horizontal"],
                default="vertical",
            )
        )
        if row_count > 1:
            schema.append(
                ParamSpec(
                    name="max_items",
                    kind="number",
                    label="Max items",
                    min=1,
                    max=max(row_count, 1),
                    step=1,
                    # At most 50 categories are drawn by default; the rest are grouped as "Other".
                    default=min(row_count, MAX_CATEGORIES),
                )
            )
    if spec.series:
        schema.append(
            ParamSpec(name="max_series", kind="number", label="Max series", min=1, max=50, step=1, default=MAX_SERIES)
        )
    if multi and spec.chart_type in ("bar", "area", "line"):
        schema.append(ParamSpec(name="stacked", kind="boolean", label="Stacked", default=False))
    schema.append(ParamSpec(name="height", kind="number", label="Height", min=200, max=800, step=20, default=360))
    params: dict[str, ParamValue] = {p.name: p.default for p in schema}
    # The fields the chart draws; the workspace's field pickers change them (y is a JSON list of names).
    params.update(x=spec.x or "", y=json.dumps(spec.y), series=spec.series or "")
    return params, schema


def render_code(spec: VizSpec, kinds: dict[str, ColumnKind]) -> str:
    """The whole `Viz` component for this spec."""
    return "".join(stream_code(spec, kinds))


def stream_code(spec: VizSpec, kinds: dict[str, ColumnKind]) -> Iterator[str]:
    """The component in chunks, in the order a reader (or the UI's code tab) sees them."""
    columns: Sequence[str] = [c for c in (spec.x, *spec.y, spec.series) if c]
    fields = "\n".join(
        [
            f"const X: string | null = {json.dumps(spec.x)};",
            f"const Y: string[] = {json.dumps(spec.y)};",
            f"const SERIES: string | null = {json.dumps(spec.series)};",
            f"const X_KIND: string = {json.dumps(kinds.get(spec.x or '', 'other'))};",
            f"const DEFAULT_CHART: string = {json.dumps(spec.chart_type)};",
            f"const LABELS: Record<string, string> = {json.dumps({c: humanize(c) for c in columns})};",
        ]
    )
    code = _template().replace("// __FIELDS__", fields)
    lines = code.splitlines(keepends=True)
    for start in range(0, len(lines), CHUNK_LINES):
        yield "".join(lines[start : start + CHUNK_LINES])
