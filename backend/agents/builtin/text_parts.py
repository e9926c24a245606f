"""Values a question names that a column holds inside longer texts: an element of a list column ("tagged canoe" of
'<kayak><canoe>'), or a part of a written-out text ("users from Norvala" of 'Tarsk, Norvala' and 'Norvala'). The filter says so:
a list column's filter tests the row's elements (sql_builder), and a place written with its town is
found as a part (ILIKE), since an equality would miss every 'Tarsk, Norvala'."""

from __future__ import annotations

import re

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.list_columns import column_list_format, unnested_columns
from backend.agents.builtin.models import AnalysisPlan, Filter
from backend.core.list_values import split_items
from backend.models.catalog import Catalog, ColumnInfo

MIN_WRITTEN = 3  # values written in parts a column needs to be written out ('Tarsk, Norvala', 'Ostra, Norvala', …)
_PART = re.compile(r"\s*,\s*")


def read_parts(filters: list[Filter], idx: CatalogIndex) -> list[Filter]:
    """The value filters with a list column's said as such, and a value stored inside other values as a part."""
    out: list[Filter] = []
    for f in filters:
        c = idx.tables[f.column.table].col(f.column.column) if f.column.table in idx.tables else None
        info = c.info if c is not None else None
        if info is None or f.op not in ("=", "!=", "in", "not_in"):
            out.append(f)
        elif column_list_format(info) is not None:
            said = ", ".join(str(v) for v in f.values)
            verb = "does not list" if f.op in ("!=", "not_in") else "lists"
            out.append(f.model_copy(update={"label": f"{f.column.column} {verb} {said}"}))
        else:
            out.append(_as_part(f, info))
    return out


def _as_part(f: Filter, info: ColumnInfo) -> Filter:
    """An equality to a value that several other values hold as a comma-separated part ('Norvala' of 'Tarsk, Norvala') as
    a containment test."""
    if f.op != "=" or len(f.values) != 1 or not _holders(info, str(f.values[0])):
        return f
    return f.model_copy(update={"op": "contains", "label": f"{f.column.column} contains {f.values[0]}"})


def _holders(info: ColumnInfo, value: str) -> list[str]:
    """The other stored values holding `value` as a comma-separated part."""
    values = info.values or []
    if sum(1 for v in values if _parts(v)) < MIN_WRITTEN:
        return []
    low = value.strip().lower()
    return [v for v in values if v.strip().lower() != low and low in _parts(v)]


def parts_note(plan: AnalysisPlan, catalog: Catalog) -> str:
    """Said of a value found as a part of a written-out text: which longer values it was found in."""
    for f in plan.filters:
        table = catalog.table(f.column.table) if f.op == "contains" and f.values else None
        info = table.column(f.column.column) if table is not None else None
        holders = _holders(info, str(f.values[0])) if info is not None else []
        if holders:
            shown = ", ".join(f"'{h}'" for h in holders[:2])
            return (
                f" {f.column.column} is written out in words, so '{f.values[0]}' is matched as a word inside it "
                f"({shown}), not only as the whole value."
            )
    return ""


def _parts(value: str) -> list[str]:
    parts = _PART.split(value.strip().lower())
    return parts if len(parts) > 1 else []


def unnest_note(plan: AnalysisPlan, catalog: Catalog) -> str:
    """Said of a breakdown by a list column: each row counts under every element it lists."""
    listed = list(unnested_columns(plan, catalog))
    if not listed:
        return ""
    table, column = listed[0]
    found = catalog.table(table)
    info = found.column(column) if found is not None else None
    fmt = column_list_format(info) if info is not None else None
    shown = (info.values or info.samples) if info is not None else []
    sample = next((s for s in shown if isinstance(s, str) and fmt and len(split_items(s, fmt)) > 1), "")
    example = f" ('{sample}')" if sample else ""
    return f" {column} holds several values in each row{example}: a row counts once under each value it lists."
