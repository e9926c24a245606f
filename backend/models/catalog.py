"""Catalog description: tables, columns, types, samples — source-agnostic."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ColumnKind = Literal["temporal", "numeric", "text", "boolean", "other"]


class ColumnInfo(BaseModel):
    name: str
    type: str = Field(description="engine type, e.g. VARCHAR, DATE, DECIMAL(12,2)")
    kind: ColumnKind
    nullable: bool = True
    distinct_count: int | None = None
    null_count: int | None = Field(
        default=None, description="rows where the column is NULL, when the source counts them"
    )
    samples: list[str | int | float | bool | None] = Field(default_factory=list[str | int | float | bool | None])
    values: list[str] | None = Field(default=None, description="all distinct values of a low-cardinality text column")
    min: str | int | float | None = None
    max: str | int | float | None = None
    p01: float | None = Field(default=None, description="1st percentile of a numeric column (robust range)")
    p99: float | None = Field(default=None, description="99th percentile of a numeric column")
    comment: str | None = Field(default=None, description="the column's comment in the database, if any")
    json_path: tuple[str, str] | None = Field(
        default=None,
        description="a key read out of a JSON column's objects: (the column, the key); the name is `<column> <key>`",
    )


class ForeignKey(BaseModel):
    table: str
    column: str
    ref_table: str
    ref_column: str


class TableRef(BaseModel):
    """Where a table lives: the source that serves it, the schema inside that source, its own name."""

    source: str
    db_schema: str = Field(default="main", description="schema inside the source (public, main, a MySQL database)")
    name: str

    def qualified(self) -> str:
        """`source.schema.table`: how SQL names the table when its bare name is ambiguous."""
        return f"{self.source}.{self.db_schema}.{self.name}"


class TableInfo(BaseModel):
    name: str = Field(description="the name SQL uses: bare when unambiguous, else source.schema.table")
    row_count: int
    columns: list[ColumnInfo]
    engine: str = "duckdb"
    description: str | None = None
    ref: TableRef | None = Field(default=None, description="the source, schema and name the table comes from")
    row_count_estimated: bool = Field(default=False, description="row_count is the source's estimate, not a count")
    served_by: list[str] = Field(
        default_factory=list[str],
        description="GET /api/catalog: the configured engines serving the table now (a user source: its own engine)",
    )

    def column(self, name: str) -> ColumnInfo | None:
        """The column called `name`, if any."""
        return next((c for c in self.columns if c.name == name), None)


class Catalog(BaseModel):
    tables: list[TableInfo]
    foreign_keys: list[ForeignKey] = Field(default_factory=list[ForeignKey])
    synonyms: dict[str, str] = Field(
        default_factory=dict[str, str],
        description="the catalog owner's words → words of table or column names, e.g. 'head count' → 'headcount'",
    )

    def table(self, name: str) -> TableInfo | None:
        """The table called `name` (case-insensitive), if any."""
        lowered = name.lower()
        return next((t for t in self.tables if t.name.lower() == lowered), None)

    def table_names(self) -> set[str]:
        """Lower-cased names of every table."""
        return {t.name.lower() for t in self.tables}

    def source_engine(self, tables: frozenset[str]) -> str | None:
        """The user source's engine serving every one of `tables`; None for the bundled tables (any of the
        configured engines serves them). A query reads one source."""
        found = [t for name in tables if (t := self.table(name)) is not None]
        engines = {t.engine if t.ref is not None else None for t in found}
        if len(engines) > 1:
            shown = sorted(e or "demo" for e in engines)
            from backend.models.errors import SqlRejectedError  # models.errors imports nothing from here

            raise SqlRejectedError(
                f"{', '.join(sorted(tables))} come from different sources ({', '.join(shown)}): "
                "a query reads the tables of one source"
            )
        return next(iter(engines), None)


class ValueMatch(BaseModel):
    """A column that holds a value the user mentioned ("Europe" → sales.region)."""

    table: str
    column: str
    value: str
    score: float = Field(ge=0, le=1)
