"""Text columns holding several values per row ('<kayak><canoe>', 'a|b|c', 'red, green'), read element by
element: a value the question names is an element the row's list contains, and a breakdown by the column is one group
per element (each row counted once in every group it lists). The format is the column's own (core.list_values)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlglot import exp

from backend.agents.builtin.models import AnalysisPlan, Filter, Intent
from backend.core.list_values import ListFormat, elements, list_format, split_items
from backend.models.catalog import Catalog, ColumnInfo, TableInfo

_PATTERNS: dict[ListFormat, str] = {"pipe": r"\s*\|\s*", "comma": r"\s*,\s*"}


def column_list_format(info: ColumnInfo) -> ListFormat | None:
    """The list format of a text column, from all its values when the catalog has them, else from its samples."""
    if info.kind != "text" or info.json_path is not None:
        return None
    return list_format(info.values if info.values is not None else info.samples)


def indexed_values(info: ColumnInfo) -> list[str]:
    """The values a question may name in a column: its elements for a list column, else its stored values."""
    if info.values and all(v.startswith(("http://", "https://")) for v in info.values):
        return []  # web addresses name no group: the words of a path ('…/repos') are no value a question says
    fmt = column_list_format(info)
    if fmt is None:
        return info.values or []
    return elements(info.values if info.values is not None else info.samples, fmt)


def known_element(info: ColumnInfo, value: str) -> str | None:
    """The element of a list column written `value` (any case), as stored."""
    fmt = column_list_format(info)
    if fmt is None:
        return None
    return next((e for e in indexed_values(info) if e.lower() == value.strip().lower()), None)


def items_expr(column: exp.Expr, fmt: ListFormat) -> exp.Expr:
    """The column's value as a list of its elements (DuckDB and Spark alike, through sqlglot)."""
    if fmt == "angle":
        pattern = exp.Literal.string("<([^<>]+)>")
        return exp.RegexpExtractAll(this=column, expression=pattern, group=exp.Literal.number(1))
    return exp.RegexpSplit(this=column, expression=exp.Literal.string(_PATTERNS[fmt]))


def has_element(column: exp.Expr, fmt: ListFormat, value: str) -> exp.Expr:
    """Whether the row's list holds `value`."""
    return exp.ArrayContains(this=items_expr(column, fmt), expression=exp.Literal.string(value))


def unnested_columns(plan: AnalysisPlan, catalog: Catalog) -> dict[tuple[str, str], ListFormat]:
    """The list columns an aggregate groups by, as they are: one per table (two lists of one row would be zipped)."""
    out: dict[tuple[str, str], ListFormat] = {}
    if plan.kind != Intent.AGGREGATE:
        return out
    for d in plan.dimensions:
        table = catalog.table(d.column.table)
        info = table.column(d.column.column) if table is not None else None
        fmt = column_list_format(info) if info is not None and d.bucket is None and not d.column.parts else None
        if fmt is not None and all(t != d.column.table for t, _ in out):
            out[(d.column.table, d.column.column)] = fmt
    return out


def unnested_table(
    table: TableInfo, listed: Mapping[str, ListFormat], name: Callable[[str], exp.Identifier]
) -> exp.Expr:
    """The table with one row per element of its listed column, under the table's own name: every other column is
    read as before, and the listed one holds one element."""
    outputs: list[exp.Expr] = []
    for c in table.columns:
        col = exp.Column(this=name(c.name))
        fmt = listed.get(c.name)
        outputs.append(col if fmt is None else exp.alias_(exp.Unnest(expressions=[items_expr(col, fmt)]), name(c.name)))
    rows = exp.select(*outputs).from_(exp.Table(this=name(table.name)), copy=False)
    return exp.Subquery(this=rows, alias=exp.TableAlias(this=name(table.name)))


def element_condition(f: Filter, column: exp.Expr, info: ColumnInfo | None) -> exp.Expr | None:
    """A value filter on a list column as a test of the row's elements ("tagged canoe": the list contains canoe);
    None for any other filter, and for a part of a text asked for that is no element ("tags containing 'pan'")."""
    fmt = column_list_format(info) if info is not None else None
    if fmt is None or f.having is not None or f.per_row is not None or f.among is not None:
        return None
    if f.op == "contains":
        known = known_element(info, str(f.values[0])) if info is not None and f.values else None
        return has_element(column, fmt, known) if known is not None else None
    if f.op not in ("=", "!=", "in", "not_in"):
        return None
    wanted = [e for v in f.values for e in (split_items(str(v), fmt) or [str(v)])]
    held = exp.or_(*(has_element(column.copy(), fmt, e) for e in wanted), copy=False)
    return exp.Not(this=exp.Paren(this=held)) if f.op in ("!=", "not_in") else held
