"""What tells apart the rows of a table with no name column when they are listed: their own number, the row they
belong to and their date."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, TableEntry
from backend.agents.builtin.models import ColumnRef
from backend.agents.builtin.table_roles import own_key


def record_head(idx: CatalogIndex, main: TableEntry) -> tuple[list[ColumnRef], list[ColumnRef]]:
    """The columns a listing of nameless records leads with (the rows' own key), and those it ends with when columns are
    left: the key of the row each belongs to (the first key to another table) and the rows' date."""
    table = main.info.name
    key = own_key(main)
    head = [ColumnRef(table=table, column=key.info.name)] if key is not None else []
    owner = next(
        (
            fk.column
            for fk in idx.foreign_keys
            if fk.table == table and fk.ref_table != table and not head_of(fk.column, head)
        ),
        None,
    )
    after = [ColumnRef(table=table, column=owner)] if owner is not None else []
    if main.date is not None and main.date.table == table:
        after.append(ColumnRef(table=table, column=main.date.info.name))
    return head, after


def head_of(column: str, head: list[ColumnRef]) -> bool:
    """Is the column already among the head's columns?"""
    return any(c.column == column for c in head)
