"""Chart parameters and controls follow the data's shape; the component honours every parameter."""

from __future__ import annotations

import pytest

from backend.agents.codegen import build_params, render_code
from backend.models.catalog import ColumnKind
from backend.models.events import ParamSpec
from backend.models.viz import VizSpec
from backend.settings import REPO_ROOT
from scripts.record_golden import CHART_CASES


def names(schema: list[ParamSpec]) -> set[str]:
    return {p.name for p in schema}


def test_category_bar_offers_every_fitting_kind_and_category_controls() -> None:
    spec = VizSpec(chart_type="bar", x="region", y=["revenue"], title="Revenue by region")
    params, schema = build_params(spec, {"region": "text", "revenue": "numeric"}, 4)
    chart = next(p for p in schema if p.name == "chart_type")
    assert chart.options == ["bar", "line", "area", "pie", "table"] and params["chart_type"] == "bar"
    assert {"sort", "orientation", "max_items", "title", "color_scheme", "accent_color"} <= names(schema)
    assert params["title"] == "Revenue by region" and params["max_items"] == 4


def test_numbered_groups_and_many_groups_may_be_a_pie_when_asked() -> None:
    spec = VizSpec(chart_type="bar", x="district", y=["fines"], title="Fines by district")
    _, schema = build_params(spec, {"district": "numeric", "fines": "numeric"}, 9)
    chart = next(p for p in schema if p.name == "chart_type")
    assert chart.options is not None and chart.options[0] == "bar" and "pie" in chart.options
    # 26 groups: the pie draws the largest 12 slices and "Other"; several figures are no parts of one whole
    _, many = build_params(spec, {"district": "numeric", "fines": "numeric"}, 26)
    chart = next(p for p in many if p.name == "chart_type")
    assert chart.options is not None and "pie" in chart.options
    two = VizSpec(chart_type="bar", x="district", y=["fines", "count"], title="t")
    _, schema2 = build_params(two, {"district": "numeric", "fines": "numeric", "count": "numeric"}, 9)
    chart = next(p for p in schema2 if p.name == "chart_type")
    assert chart.options is not None and "pie" not in chart.options


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


KIT = REPO_ROOT / "frontend" / "sandbox-src" / "kit"


def test_component_honours_every_parameter_it_offers() -> None:
    spec = VizSpec(chart_type="bar", x="region", y=["revenue"], series="year", title="t")
    _, schema = build_params(spec, {"region": "text", "revenue": "numeric", "year": "numeric"}, 12)
    code = render_code(spec, {"region": "text", "revenue": "numeric", "year": "numeric"}, 12)
    assert code.count("export default function Viz") == 1
    # The component reads its params through the kit's useChart (fields, grouping, colours, toggles).
    kit = "".join(p.read_text() for p in KIT.glob("chart-*.ts*"))
    for p in schema:
        assert f"params.{p.name}" in kit, p.name
    assert '"x": "region"' in code.replace("x: ", '"x": ') and '"series": "year"' in code.replace(
        "series: ", '"series": '
    )


def test_each_spec_gets_a_small_component_with_only_the_views_that_fit() -> None:
    line = render_code(
        VizSpec(chart_type="line", x="month", y=["revenue"], title="t"), {"month": "temporal", "revenue": "numeric"}, 24
    )
    assert "function LineView" in line and "function BarView" in line  # line, area, bar fit a time series
    assert "function PieView" not in line and "function ScatterView" not in line
    kpi = render_code(VizSpec(chart_type="kpi", y=["total"], title="t"), {"total": "numeric"}, 1)
    assert 'from "recharts"' not in kpi and "<KpiView chart={chart} />" in kpi
    assert len(kpi.splitlines()) < 30


@pytest.mark.parametrize("name", sorted(CHART_CASES))
def test_golden_chart_components_are_what_the_generator_writes(name: str) -> None:
    spec, kinds, rows = CHART_CASES[name]
    golden = (REPO_ROOT / "backend" / "tests" / "golden" / "charts" / f"{name}.tsx").read_text()
    assert render_code(spec, kinds, len(rows)) == golden, "stale: run python -m scripts.record_golden"


def test_a_bubble_size_is_a_drawn_field_of_the_scatter() -> None:
    kinds: dict[str, ColumnKind] = {"hp": "numeric", "weight": "numeric", "accel": "numeric"}
    spec = VizSpec(chart_type="scatter", x="hp", y=["weight"], size="accel", title="t")
    params, _ = build_params(spec, kinds, 400)
    assert params["size"] == "accel" and params["x"] == "hp"
    code = render_code(spec, kinds, 400)
    assert '"size": "accel"' in code.replace("size: ", '"size": ') and "ZAxis" in code.splitlines()[0]
    plain, _ = build_params(spec.model_copy(update={"size": None}), kinds, 400)
    assert "size" not in plain


def test_a_box_plot_offers_only_boxes_and_a_table_and_draws_each_group_as_a_box() -> None:
    y = ["min_fare", "q1_fare", "median_fare", "q3_fare", "max_fare"]
    kinds: dict[str, ColumnKind] = {"route": "text", "count": "numeric", **dict.fromkeys(y, "numeric")}
    spec = VizSpec(chart_type="box", x="route", y=y, title="Distribution of fare by route")
    params, schema = build_params(spec, kinds, 60)
    chart = next(p for p in schema if p.name == "chart_type")
    assert chart.options == ["box", "table"] and params["chart_type"] == "box"
    # No sorting, "Other" grouping, orientation or value labels: each box is a group's own five numbers.
    assert not {"sort", "orientation", "max_items", "show_labels", "stacked"} & names(schema)
    assert params["show_legend"] is False
    code = render_code(spec, kinds, 60)
    assert "function BoxView" in code and "function BarView" not in code and "<TableView" in code
    assert "boxFigures" in code.splitlines()[1] and "aria-label={boxSummary(" in code
