"""A figure of each group computed on its rows compared with the same figure over every row: "which agents have an
average resolution time higher than the overall average", where the figure (a time between two dates of each row) is
no column the comparison could be tied to. Each group's average is kept when it is above (or below) the average over
ALL rows, not the average of the groups' averages."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, singular
from backend.agents.builtin.conditions import UNTIED
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Join, OrderItem
from backend.agents.builtin.reading import Reading


def against_whole(
    r: Reading, idx: CatalogIndex, plan: AnalysisPlan, notes: list[str]
) -> tuple[AnalysisPlan, list[str]]:
    """The plan grouped by the members named first and kept to those whose computed figure passes the comparison with
    the figure over every row; the thoughts without the one saying the comparison was ignored."""
    if plan.kind != Intent.AGGREGATE or len(plan.measures) != 1 or plan.dimensions or plan.top_n:
        return plan, notes
    m = plan.measures[0]
    if m.column is None or m.minus is None or m.agg not in ("avg", "median") or any(f.having for f in plan.filters):
        return plan, notes
    comp = next((c for c in r.comparisons if c.vs_agg is not None and c.op in (">", ">=", "<", "<=")), None)
    untied = [n for n in notes if n.startswith(UNTIED)]
    if comp is None or len(untied) != 1:
        return plan, notes
    first = min((x for x in r.mentions if x.kind == "table" and x.start <= 2), key=lambda x: x.start, default=None)
    if first is None or first.end > comp.start:
        return plan, notes
    fk = next((f for f in idx.foreign_keys if f.table == plan.table and f.ref_table == first.table), None)
    label = idx.tables[first.table].label if fk is not None else None
    if fk is None or label is None:
        return plan, notes
    word = r.tokens[first.end - 1].lower
    noun = singular(idx, word) if word.isalpha() else first.table
    dim = Dimension(column=ColumnRef(table=first.table, column=label.name), alias=noun)
    join = Join(table=plan.table, column=fk.column, ref_table=first.table, ref_column=fk.ref_column)
    whole = Filter(
        column=m.column, op=comp.op, label=f"{m.alias} {comp.op} the overall average", having=m, than_agg=comp.vs_agg
    )
    made = plan.model_copy(
        update={
            "dimensions": [dim],
            "joins": [*plan.joins, join],
            "filters": [*plan.filters, whole],
            "order": [OrderItem(alias=m.alias, desc=comp.op in (">", ">="))],
        }
    )
    return made, [n for n in notes if n not in untied]
