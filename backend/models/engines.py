"""`GET /api/engines`: the engines a request may name, for the UI's Engine select."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EngineInfo(BaseModel):
    name: str = Field(description="what `engine` in /chat and /api/query takes, e.g. duckdb-remote")
    label: str = Field(description="how the UI names it, e.g. Remote DuckDB")
    dialect: str
    tool: str = Field(description="the analyst's tool that runs on it: run_sql or submit_spark")
    tables: list[str] | None = Field(description="tables it serves; null while its catalog cannot be read")
    status: str | None = Field(default=None, description="why its catalog is unavailable, if it is")


class EnginesResponse(BaseModel):
    engines: list[EngineInfo] = Field(description="configured engines; Auto (no `engine`) lets the router choose")
    spark_row_threshold: int = Field(description="rows above which Auto sends a query to Spark when configured")
