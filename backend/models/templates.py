"""Saved charts: the seed's template schema plus title, param_schema, version and the source conversation."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from backend.models.events import DataColumn, ParamSpec, ParamValue
from backend.models.viz import VizSpec

# Modules the chart sandbox provides; anything else cannot run there, so a file importing it is refused early.
SANDBOX_MODULES = frozenset({"react", "react/jsx-runtime", "recharts", "@viz/ui"})
_MARKUP = re.compile(
    r"<\s*/?\s*(script|iframe|object|embed|svg|img|link|meta|style)\b|javascript:|\bon[a-z]+\s*=\s*[\"']", re.I
)
_IMPORT_FROM = re.compile(r"""^\s*import\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]""", re.M)
# Ways out of the component that a chart never needs (the sandbox blocks them too; this says so at import).
_FORBIDDEN_CODE = {
    "dangerouslySetInnerHTML": "raw HTML",
    "import(": "dynamic imports",
    "eval(": "eval",
    "new Function": "code built at run time",
    "<script": "script tags",
    "document.cookie": "cookies",
}
DATA_URL = r"^/api/data/[A-Za-z0-9_-]{16,64}$"


def refuse_markup(value: str, field: str) -> str:
    """`value` unless it carries HTML/script markup (titles and prompts are plain text)."""
    if _MARKUP.search(value):
        raise ValueError(f"{field} must be plain text; it contains HTML or script markup")
    return value


def check_ui_code(code: str) -> str:
    """`code` when it can run in the chart sandbox: default-exports `Viz`, imports only sandbox modules."""
    for needle, what in _FORBIDDEN_CODE.items():
        if needle in code:
            raise ValueError(f"ui_code uses {what} ({needle!r}), which a chart component may not")
    for match in _IMPORT_FROM.finditer(code):
        module = match.group(1) or match.group(2)
        if module not in SANDBOX_MODULES:
            raise ValueError(f"ui_code imports {module!r}; allowed: {', '.join(sorted(SANDBOX_MODULES))}")
    if not re.search(r"export\s+default\s+function\s+Viz\b", code):
        raise ValueError("ui_code must `export default function Viz({ data, params })`")
    return code


class TemplateBase(BaseModel):
    """The fields a user saves and edits."""

    title: str = Field(min_length=1, max_length=200)
    prompt: str = Field(default="", max_length=4000)
    generated_sql: str | None = Field(default=None, max_length=50_000)
    ui_code: str | None = Field(default=None, max_length=200_000)
    parameters: dict[str, ParamValue] = Field(default_factory=dict[str, ParamValue], max_length=100)
    param_schema: list[ParamSpec] = Field(default_factory=list[ParamSpec], max_length=100)
    data_source: str = Field(default="duckdb", pattern=r"^[a-z][a-z0-9-]{0,31}$", description="the engine")
    data_url: str | None = Field(default=None, pattern=DATA_URL)
    conversation_id: str | None = Field(default=None, max_length=64, description="the conversation it came from")
    spec: VizSpec | None = Field(default=None, description="the chart's plan, so a follow-up can restyle it")

    @field_validator("title", "prompt")
    @classmethod
    def _plain_text(cls, value: str, info: Any) -> str:
        return refuse_markup(value, str(info.field_name))

    @field_validator("ui_code")
    @classmethod
    def _runnable_code(cls, value: str | None) -> str | None:
        return check_ui_code(value) if value is not None else None

    @model_validator(mode="after")
    def _plain_parameters(self) -> TemplateBase:
        for name, value in self.parameters.items():
            if isinstance(value, str):
                refuse_markup(value, f"parameter {name!r}")
        for spec in self.param_schema:
            for text in [spec.label, *(spec.options or [])]:
                refuse_markup(text, f"parameter {spec.name!r}")
        return self


class TemplateCreate(TemplateBase):
    """`POST /api/templates`; with `turn_id` the turn's chart plan and analyst context are kept too."""

    turn_id: str | None = Field(default=None, max_length=64, description="the turn this is saved from")


class TemplateUpdate(TemplateBase):
    """`PUT /api/templates/{id}`: the whole new content and the version it was edited from."""

    version: int = Field(ge=1, description="the version this edit started from; a stale one gets 409")


class TemplatePatch(BaseModel):
    """`PATCH /api/templates/{id}`: rename."""

    title: str = Field(min_length=1, max_length=200)
    version: int | None = Field(default=None, ge=1, description="when given, a stale version gets 409")

    @field_validator("title")
    @classmethod
    def _plain_title(cls, value: str) -> str:
        return refuse_markup(value, "title")


class TemplatePublic(TemplateBase):
    """A template as the API returns it (and as it is exported)."""

    id: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class TemplateExport(TemplatePublic):
    """The export/import file: a template and a format marker; unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["viz-template/1"] = "viz-template/1"
    id: str = Field(max_length=36, pattern=r"^[A-Za-z0-9_-]{1,36}$")
    # A version the store can keep: counted from 1, within a signed 64-bit integer (SQLite's and Postgres' BIGINT).
    version: int = Field(ge=1, le=2**63 - 1)


class TemplateSummary(BaseModel):
    """One row of the Templates list."""

    id: str
    title: str
    prompt: str
    data_source: str
    chart_type: str | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class TemplatePage(BaseModel):
    """A page of templates, most recently saved first."""

    items: list[TemplateSummary]
    total: int
    offset: int
    limit: int


class TemplateVersionPublic(BaseModel):
    """One saved version (restorable)."""

    version: int
    title: str
    created_at: dt.datetime
    template: TemplateBase


class TemplateData(BaseModel):
    """Data of a template's chart: from the store, or freshly re-run from its saved SQL."""

    data_url: str
    data_id: str
    row_count: int
    truncated: bool
    format: Literal["json", "parquet"] = Field(description="how the rows are read: JSON, or Parquet as Arrow")
    columns: list[DataColumn]
    note: str | None = None
