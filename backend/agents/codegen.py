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

VIEWS_DIR = Path(__file__).with_name("chart_views")
DEFAULT_ACCENT = "#2563eb"
# Drawn by default before the rest is grouped as "Other" (the sandbox kit's MAX_CATEGORIES / MAX_SERIES).
MAX_CATEGORIES = 50
MAX_SERIES = 12

# Which chart kinds can draw a result of this shape (the chart-type control offers exactly these).
_CATEGORY_KINDS: tuple[ChartType, ...] = ("bar", "line", "area", "pie", "table")


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
    elif spec.chart_type == "box":  # five numbers of each group: drawn as boxes, or read as a table
        fits = ["box", "table"]
    elif spec.chart_type == "histogram":
        fits = ["histogram", "bar", "line", "area", "table"]
    elif x_kind == "temporal":
        fits = ["line", "area", "bar", "table"]
    elif x_kind == "numeric":  # numbered groups (district 4, 3 bedrooms) are slices of a whole too, when few
        fits = ["bar", "line", "area", "scatter", "pie", "table"]
    else:
        fits = list(_CATEGORY_KINDS)
    # A pie of many groups draws the largest 12 slices and folds the rest into "Other" (the kit says so): it is
    # offered whenever one figure per group is a part of a whole, never for several figures or series.
    if "pie" in fits and (spec.series or len(spec.y) > 1):
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
        "box",
    )
    multi = (bool(spec.series) or len(spec.y) > 1) and spec.chart_type != "box"  # a box's five numbers: one key
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
        if spec.chart_type != "box":  # a box has five values: its tooltip and description say them
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
    if spec.size:
        params["size"] = spec.size  # a bubble chart's point size: a field like x and y, drawn by the scatter view
    return params, schema


def render_code(spec: VizSpec, kinds: dict[str, ColumnKind], row_count: int) -> str:
    """The whole `Viz` component for this spec."""
    return "".join(stream_code(spec, kinds, row_count))


def stream_code(spec: VizSpec, kinds: dict[str, ColumnKind], row_count: int) -> Iterator[str]:
    """The component part by part as it is assembled: imports, the chart config, one view per chart kind
    that fits the result (the "Chart type" control switches among them without new code), then `Viz`."""
    fitting = fitting_chart_types(spec, kinds, row_count)
    views = list(dict.fromkeys(_VIEW_OF[k][0] for k in fitting if _VIEW_OF[k][0] in _VIEWS))
    recharts = sorted({name for view in views for name in _view(view)[0]})
    kit = ["ChartShell", *(["KpiView"] if "kpi" in fitting else []), *(["TableView"] if "table" in fitting else [])]
    kit += _BOX_KIT if "box" in views else []
    types = ["Chart", "ChartConfig", "ChartParams", *(["Row"] if "box" in views else [])]
    yield (
        (f'import {{ {", ".join(recharts)} }} from "recharts";\n' if recharts else "")
        + f'import {{ {", ".join([*kit, "useChart"])} }} from "@viz/ui";\n'
        + f'import type {{ {", ".join(types)} }} from "@viz/ui";\n\n'
    )
    columns: Sequence[str] = [c for c in (spec.x, *spec.y, spec.series, spec.size) if c]
    config = {
        "chart": spec.chart_type,
        "x": spec.x,
        "y": spec.y,
        "series": spec.series,
        **({"size": spec.size} if spec.size else {}),
        "xKind": kinds.get(spec.x or "", "other"),
        "labels": {c: humanize(c) for c in columns},
    }
    body = ",\n".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in config.items())
    yield (
        "// What this chart draws; the field pickers (params x, y, series) may point it at other columns.\n"
        f"const chartConfig: ChartConfig = {{\n{body},\n}};\n\n"
    )
    for view in views:
        yield _view(view)[1] + "\n"
    yield _viz(spec.chart_type, fitting)


# Chart kind → (the view that draws it, the JSX that picks it).
_VIEW_OF: dict[ChartType, tuple[str, str]] = {
    "bar": ("bar", "<BarView chart={chart} />"),
    "histogram": ("bar", "<BarView chart={chart} histogram />"),
    "line": ("line", "<LineView chart={chart} />"),
    "area": ("line", "<LineView chart={chart} area />"),
    "pie": ("pie", "<PieView chart={chart} />"),
    "scatter": ("scatter", "<ScatterView chart={chart} />"),
    "box": ("box", "<BoxView chart={chart} />"),
    "kpi": ("kpi", "<KpiView chart={chart} />"),
    "table": ("table", "<TableView chart={chart} />"),
}
_VIEWS = ("bar", "line", "pie", "scatter", "box")
# What the box view takes from the kit: the five numbers of a row and where they are drawn.
_BOX_KIT = ["BOX_NAMES", "boxAt", "boxFigures", "boxRange", "boxSummary", "boxValueTitle"]


@cache
def _view(name: str) -> tuple[list[str], str]:
    """A view's Recharts imports (its first line) and its source."""
    text = (VIEWS_DIR / f"{name}.tsx").read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    return [n.strip() for n in first.removeprefix("// recharts:").split(",")], rest


def _viz(default: ChartType, fitting: Sequence[ChartType]) -> str:
    """`Viz`: the chart for `params.chart_type`, among the kinds that fit (the generated kind otherwise)."""
    branches: list[str] = []
    for kind in fitting:
        if kind != default:
            branches.append(f'chart.kind === "{kind}" ? (\n        {_VIEW_OF[kind][1]}\n      ) : ')
    pick = "".join(branches)
    return (
        "export default function Viz({ data, params }: { data: Record<string, unknown>[]; params: ChartParams }) {\n"
        "  const chart = useChart(data, params, chartConfig);\n"
        "  return (\n"
        "    <ChartShell chart={chart}>\n"
        f"      {{{pick}{_VIEW_OF[default][1]}}}\n"
        "    </ChartShell>\n"
        "  );\n"
        "}\n"
    )
