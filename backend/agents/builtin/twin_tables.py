"""Tables that hold one kind of row split in two: the same columns, one name the other's with a word more (rows still
open in one table and the closed ones moved to its archive, `x` and `old_x`, `x` and `x_history`). A question about
the rows means the rows of both."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter
from backend.agents.builtin.reading import Reading

MIN_COLUMNS = 3  # fewer shared columns (an id and a name) say nothing of one kind of row


def twins(idx: CatalogIndex, table: str) -> list[str]:
    """The other tables holding the same rows as `table`: the same column names, the one's name words within the
    other's."""
    this = idx.tables.get(table)
    if this is None:
        return []
    names = {c.name.lower() for c in this.info.columns}
    words = set(this.words)
    out: list[str] = []
    for other in idx.tables.values():
        if other is this or len(names) < MIN_COLUMNS or {c.name.lower() for c in other.info.columns} != names:
            continue
        theirs = set(other.words)
        if theirs != words and (words < theirs or theirs < words):
            out.append(other.info.name)
    return out


def on_table(f: Filter, table: str, source: str) -> Filter:
    """A condition on one twin's columns moved to the other's."""
    moved = {"column": f.column.model_copy(update={"table": table})} if f.column.table == source else {}
    if f.than_column is not None and f.than_column.table == source:
        moved["than_column"] = f.than_column.model_copy(update={"table": table})
    return f.model_copy(update=moved)


def twin_ref(ref: ColumnRef, table: str) -> ColumnRef:
    """The same column of the twin."""
    return ref.model_copy(update={"table": table})


def with_twins(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """The plan read over its table and the table's twins, unless the question names a word only one of them has
    ("archived loans", "past holds") or another table holds the plan's rows already."""
    found = twins(idx, plan.table)
    if not found or plan.mirrored:
        return plan
    said = {w for w in r.words if w}
    mine = set(idx.tables[plan.table].words)
    if said & (mine - {w for t in found for w in idx.tables[t].words}):
        return plan  # the main table's own word said: its rows alone
    kept = [t for t in found if not said & (set(idx.tables[t].words) - mine)]
    if len(kept) < len(found):
        return plan  # a twin's own word said ("archived loans" over loans): the question picked one
    return plan.model_copy(update={"twins": kept})
