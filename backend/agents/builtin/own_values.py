"""A word that is a value of the chosen table's own column and the name of a yes/no column of a table it joins reads
as the value: "active sprints" are the sprints whose state is 'active', not those whose board's owner is an active
user. The rows' own state wins over a flag reached through joins."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, Mention


def own_values(idx: CatalogIndex, table: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the joined tables' flags named by a word the table's own column stores as a value."""
    own = {(m.start, m.end) for m in mentions if m.kind == "value" and m.table == table}

    def joined_flag(m: Mention) -> bool:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        return col is not None and m.table != table and col.flag is not None and (m.start, m.end) in own

    return [m for m in mentions if not joined_flag(m)]
