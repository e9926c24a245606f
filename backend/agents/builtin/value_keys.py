"""Foreign keys a catalog's values imply where no name does: a key column called after the role its row plays
("Consultant ID" in Patients holds doctors' codes, C01…C15) references the one table whose own key holds every one of its
values. Only text keys are read so: whole numbers 1…n are every small table's keys at once.

A key the catalog declares once is the referenced table's key everywhere, whatever its name says: a hex hardware address
(`unit_eui`) that one declared foreign key references is referenced as well by another table's column ending on the same
word (`unit_eui` in the hourly readings, `feeder_eui` of a pump) when every value of that column is among the key's.
A table that declares its key to another is joined to it by that key alone: a code copied from the other's rows (a
postal code on an invoice) is an attribute, not a second key."""

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


def _declared_keys(catalog: Catalog) -> dict[str, ColumnInfo]:
    """Text columns a declared foreign key references, by their table: keys whatever their names say."""
    out: dict[str, ColumnInfo] = {}
    for fk in catalog.foreign_keys:
        ref = catalog.table(fk.ref_table)
        key = ref.column(fk.ref_column) if ref is not None else None
        if ref is not None and key is not None and key.kind == "text" and ref.name not in out:
            out[ref.name] = key
    return out


def value_keys(catalog: Catalog, known: list[ForeignKey]) -> list[ForeignKey]:
    """Keys from a text column named as an id (its last word an id word, or the last word of a declared key) to the one
    other table whose own key lists all its values; columns already keys, and keys holding values of several tables,
    are left alone."""
    taken = {(fk.table, fk.column) for fk in known}
    owners = {t.name: k for t in catalog.tables if (k := _own_key(t)) is not None}
    declared = _declared_keys(catalog)
    owners.update({name: key for name, key in declared.items() if name not in owners})
    # A table whose key to another is declared is joined to it by that key: a second column holding values of the
    # other's (a postal code copied from the buyer's) is a copy of its attribute, no second way to its rows.
    linked = {(fk.table, fk.ref_table) for fk in catalog.foreign_keys}
    out: list[ForeignKey] = []
    for t in catalog.tables:
        for c in t.columns:
            words = lx.name_words(c.name)
            held = set(c.values or [])
            if (t.name, c.name) in taken or c is owners.get(t.name) or c.kind != "text" or len(held) < MIN_VALUES:
                continue
            if not words:
                continue
            hits = [
                (name, key)
                for name, key in owners.items()
                if name != t.name
                and held <= set(key.values or [])
                and (
                    words[-1] in lx.ID_WORDS
                    or (key is declared.get(name) and lx.name_words(key.name)[-1:] == words[-1:])
                )
            ]
            if len(hits) == 1 and ((t.name, hits[0][0]) not in linked or hits[0][1] is declared.get(hits[0][0])):
                name, key = hits[0]
                out.append(ForeignKey(table=t.name, column=c.name, ref_table=name, ref_column=key.name))
    return out
