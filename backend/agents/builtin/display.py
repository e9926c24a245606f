"""Output names a user reads: a result column named after what it holds, not after the catalog's naming tags.

`SUM(curLateFee)` is `total_late_fee` and `strBreed` is `breed`, so the chart's axes, the Data tab and the
title read "Total late fee by breed", not "Total cur late fee by str breed". Only names the plan took from a
column are changed, and never into a name the result already has.
"""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import Agg, AnalysisPlan, ColumnRef
from backend.agents.builtin.role_model import AGG_PREFIX, measure_alias


def _label(idx: CatalogIndex, ref: ColumnRef | None) -> str:
    table = idx.tables.get(ref.table) if ref else None
    entry = table.col(ref.column) if table and ref else None
    return entry.label if entry else ""


def _measure_name(idx: CatalogIndex, agg: Agg, label: str, ref: ColumnRef) -> str:
    """The measure's name from its column's label: SUM of a "total price" is the total price, not a "total total
    price", unless the table has a column of that very name."""
    table = idx.tables.get(ref.table)
    said = agg == "sum" and label.startswith(f"{AGG_PREFIX['sum']}_")
    return label if said and table is not None and table.col(label) is None else measure_alias(agg, label)


def readable(plan: AnalysisPlan, idx: CatalogIndex) -> AnalysisPlan:
    """`plan` with its group and measure names in the columns' own words, ORDER BY following them."""
    taken = {d.alias for d in plan.dimensions} | {m.alias for m in plan.measures}
    renames: dict[str, str] = {}

    def rename(old: str, new: str) -> str:
        if new == old or new in taken or old in renames:
            return renames.get(old, old)
        taken.add(new)
        renames[old] = new
        return new

    dimensions = [
        d.model_copy(update={"alias": rename(d.alias, label)})
        if d.bucket is None and d.alias == d.column.column and (label := _label(idx, d.column))
        else d
        for d in plan.dimensions
    ]
    measures = [
        m.model_copy(update={"alias": rename(m.alias, _measure_name(idx, m.agg, label, m.column))})
        if m.column is not None
        and not m.operands()
        and m.per is None
        and m.agg not in ("count", "count_distinct")
        and m.alias == measure_alias(m.agg, m.column.column)
        and (label := _label(idx, m.column))
        else m
        for m in plan.measures
    ]
    if not renames:
        return plan
    order = [o.model_copy(update={"alias": renames.get(o.alias, o.alias)}) for o in plan.order]
    return plan.model_copy(update={"dimensions": dimensions, "measures": measures, "order": order})
