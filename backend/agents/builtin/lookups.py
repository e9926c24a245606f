"""Small lookup tables (an id and a name) that other tables reference by id: the kinds of the rows that point at
them. A name in such a table, said as a noun ("refunds", "upgrades"), names the rows of that kind in the table that
references it, never the one row of the lookup itself."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, TableEntry
from backend.agents.builtin.models import AnalysisPlan, Filter

MAX_KINDS = 200  # a list of kinds is short; a longer table lists things of their own


def is_lookup(idx: CatalogIndex, entry: TableEntry) -> bool:
    """A short table of its key and a name column alone, referenced by another table's key."""
    label = entry.label
    if label is None or entry.info.row_count > MAX_KINDS:
        return False
    if any(c is not label and not c.is_id for c in entry.columns):
        return False
    name = entry.info.name
    return any(fk.ref_table == name and fk.table != name for fk in idx.foreign_keys)


def kind_named(idx: CatalogIndex, m: Mention) -> bool:
    """A mention of a value of a lookup table's name column: a kind of the rows that reference the lookup."""
    entry = idx.tables.get(m.table)
    if m.kind != "value" or entry is None or entry.label is None or m.column != entry.label.name:
        return False
    return is_lookup(idx, entry)


def kind_note(plan: AnalysisPlan, idx: CatalogIndex) -> str | None:
    """ "Refunds are payments rows whose payment kind is 'Refund'.": what a kind said as a noun was read as."""
    said = [f for f in plan.filters if _kind_filter(idx, plan, f)]
    if not said:
        return None
    parts = [
        f"{lx.plural(str(f.values[0])).capitalize()} are {plan.table} rows whose "
        f"{' '.join(idx.tables[f.column.table].words)} is '{f.values[0]}'"
        for f in said
    ]
    return "; ".join(parts) + "."


def _kind_filter(idx: CatalogIndex, plan: AnalysisPlan, f: Filter) -> bool:
    """A filter keeping one name of a lookup table the plan's table references itself (a payment of a refund is no
    refund)."""
    entry = idx.tables.get(f.column.table)
    if entry is None or f.column.table == plan.table or f.op != "=" or len(f.values) != 1:
        return False
    if not any(fk.table == plan.table and fk.ref_table == f.column.table for fk in idx.foreign_keys):
        return False
    return entry.label is not None and f.column.column == entry.label.name and is_lookup(idx, entry)
