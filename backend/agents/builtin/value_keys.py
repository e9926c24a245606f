"""Foreign keys a catalog's values imply where no name does: a key column called after the role its row plays
("Consultant ID" in Patients holds doctors' codes, C01…C15) references the one table whose own key holds every one of its
values. Only text keys are read so: whole numbers 1…n are every small table's keys at once."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import Catalog, ColumnInfo, ForeignKey, TableInfo

KEY_SHARE = 0.8  # a table's own key: about one value per row (distinct counts are estimates)
MIN_VALUES = 3  # fewer values say too little about whose they are


def _own_key(t: TableInfo) -> ColumnInfo | None:
    """A text column with a value for every row, each once, and an id word in its name: the table's own key."""
    for c in t.columns:
        listed = c.values or []
        if (
            c.kind == "text"
            and set(lx.name_words(c.name)) & lx.ID_WORDS
            and len(listed) >= KEY_SHARE * max(t.row_count, 1)
            and (c.distinct_count or 0) >= KEY_SHARE * max(t.row_count, 1)
        ):
            return c
    return None


def value_keys(catalog: Catalog, known: list[ForeignKey]) -> list[ForeignKey]:
    """Keys from a text column named as an id (its last word an id word) to the one other table whose own key lists
    all its values; columns already keys, and keys holding values of several tables, are left alone."""
    taken = {(fk.table, fk.column) for fk in known}
    owners = {t.name: k for t in catalog.tables if (k := _own_key(t)) is not None}
    out: list[ForeignKey] = []
    for t in catalog.tables:
        for c in t.columns:
            words = lx.name_words(c.name)
            held = set(c.values or [])
            if (t.name, c.name) in taken or c is owners.get(t.name) or c.kind != "text" or len(held) < MIN_VALUES:
                continue
            if not words or words[-1] not in lx.ID_WORDS:
                continue
            hits = [(name, key) for name, key in owners.items() if name != t.name and held <= set(key.values or [])]
            if len(hits) == 1:
                name, key = hits[0]
                out.append(ForeignKey(table=t.name, column=c.name, ref_table=name, ref_column=key.name))
    return out
