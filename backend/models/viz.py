"""What the analyst decides about a chart, independent of the model that decided it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from backend.models.events import ParamSpec

ChartType = Literal["bar", "line", "area", "scatter", "pie", "histogram", "box", "kpi", "table"]
CHART_TYPES: tuple[ChartType, ...] = ("bar", "line", "area", "scatter", "pie", "histogram", "box", "kpi", "table")
COLOR_SCHEMES = ("default", "blues", "greens", "oranges", "purples", "warm", "cool", "vivid", "monochrome")


class VizSpec(BaseModel):
    """The chart for a result: kind, fields, title and the reason for the choice."""

    chart_type: ChartType = Field(description="the chart to draw first")
    alternatives: list[ChartType] = Field(
        default_factory=list[ChartType], description="every chart type that fits the data (the UI offers them)"
    )
    x: str | None = Field(default=None, description="column on the x axis / category / slice name")
    y: list[str] = Field(default_factory=list[str], description="measure columns")
    series: str | None = Field(default=None, description="column that splits the measure into series")
    size: str | None = Field(
        default=None, description="numeric column that sizes each point of a scatter (a bubble chart)"
    )
    title: str = Field(description="short human title")
    reason: str = Field(default="", description="one sentence: why this chart fits the data")
    data_id: str | None = Field(default=None, description="data_id of the query result to chart (default: the latest)")


class VizCode(BaseModel):
    """A chart component written for this result, for charts the standard kinds cannot express."""

    code: str = Field(
        description="one TSX module: `export default function Viz({ data, params })`; imports only from "
        "'react', 'recharts' and '@viz/ui'; inline styles; every visible choice read from `params`"
    )
    param_schema: list[ParamSpec] = Field(
        description="the controls of `params`: at least `title` (kind string); e.g. chart_type, color_scheme"
    )
    data_id: str = Field(description="data_id of the query result the component draws (rows arrive as `data`)")


class ParamsChange(BaseModel):
    """A presentation-only follow-up: change chart parameters of the previous result, no new query."""

    updates: dict[str, str | float | int | bool] = Field(description="parameter name → new value")
    reason: str = ""


class NeedsClarification(BaseModel):
    """The question cannot be answered as asked: what was understood and what is needed."""

    understood: str
    needs: str
    suggestions: list[str] = Field(default_factory=list[str])


AnalystOutput = VizSpec | VizCode | ParamsChange | NeedsClarification
