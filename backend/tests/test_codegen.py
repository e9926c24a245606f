"""Chart parameters and controls follow the data's shape; the component honours every parameter."""

from __future__ import annotations

from backend.agents.codegen import build_params, render_code
from backend.models.events import ParamSpec
from backend.models.viz import VizSpec


def names(schema: list[ParamSpec]) -> set[str]:
    return {p.name for p in schema}


def test_category_bar_offers_every_fitting_kind_and_category_controls() -> None:
    spec = VizSpec(chart_type="bar", x="region", y=["revenue"], title="Revenue by region")
    params, schema = build_params(spec, {"region": "text", "revenue": "numeric"}, 4)
    chart = next(p for p in schema if p.name == "chart_type")
    assert chart.options == ["bar", "line", "area", "pie", "table"] and params["chart_type"] == "bar"
    assert {"sort", "orientation", "max_items", "title", "color_scheme", "accent_color"} <= names(schema)
    assert params["title"] == "Revenue by region" and params["max_items"] == 4


def test_time_series_has_no_pie_and_no_category_controls() -> None:
    spec = VizSpec(chart_type="line", x="month", y=["revenue"], title="Monthly revenue")
    _, schema = build_params(spec, {"month": "temporal", "revenue": "numeric"}, 36)
    chart = next(p for p in schema if p.name == "chart_type")
    assert chart.options is not None and "pie" not in chart.options and chart.options[0] == "line"
    assert not {"sort", "orientation", "max_items"} & names(schema)


def test_histogram_and_scatter_get_only_the_controls_that_mean_something() -> None:
    hist, hist_schema = build_params(
        VizSpec(chart_type="histogram", x="delay_bin", y=["count"], title="Delays"),
        {"delay_bin": "numeric", "count": "numeric"},
        17,
    )
    assert hist["chart_type"] == "histogram" and not {"sort", "orientation"} & names(hist_schema)
    _, scatter_schema = build_params(
        VizSpec(chart_type="scatter", x="hp", y=["weight"], title="hp vs weight"),
        {"hp": "numeric", "weight": "numeric"},
        400,
    )
    chart = next(p for p in scatter_schema if p.name == "chart_type")
    assert chart.options == ["scatter", "table"]


def test_two_series_get_a_stacked_switch_and_a_legend() -> None:
    spec = VizSpec(chart_type="line", x="month", y=["revenue"], series="region", title="x")
    params, schema = build_params(spec, {"month": "temporal", "revenue": "numeric", "region": "text"}, 48)
    assert "stacked" in names(schema) and params["show_legend"] is True


def test_component_reads_every_parameter_it_offers() -> None:
    spec = VizSpec(chart_type="bar", x="region", y=["revenue"], series="year", title="t")
    _, schema = build_params(spec, {"region": "text", "revenue": "numeric", "year": "numeric"}, 12)
    code = render_code(spec, {"region": "text", "revenue": "numeric", "year": "numeric"})
    assert code.count("export default function Viz") == 1
    for p in schema:
        assert f"params.{p.name}" in code, p.name
    assert 'const X: string | null = "region";' in code and 'const SERIES: string | null = "year";' in code
