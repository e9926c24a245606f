"""Rows shown by their names: a name written in parts is read whole ("Ada Quill", not "Ada"), and rows whose name lives
in another table, one row there for each of theirs (a member's person record holds the member's name), are named through it.
Each group keeps its key beside the name, so two people of one name stay two."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import KEY_SHARE, CatalogIndex, TableEntry
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Intent
from backend.agents.builtin.name_parts import NAME_PART_WORDS
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey


def _said_part(r: Reading | None, idx: CatalogIndex, table: TableEntry) -> bool:
    """The question names a part of the name itself ("by surname", "by given name"): that column alone is meant."""
    if r is None or table.label is None:
        return False
    columns = {table.label.name, *table.name_parts}
    for m in r.mentions:
        if m.kind != "column" or m.table != table.info.name or m.column not in columns:
            continue
        c = table.col(m.column)
        own = set(c.words) - {"name"} if c is not None else set[str]()
        if any(r.words[k] in own | NAME_PART_WORDS for k in range(m.start, m.end)):
            return True
    return False


def _whole(ref: ColumnRef, idx: CatalogIndex, r: Reading | None) -> ColumnRef:
    """The reference read as the whole name when it is the first part of one and the question names no part."""
    table = idx.tables.get(ref.table)
    if table is None or not table.name_parts or ref.parts or table.label is None or ref.column != table.label.name:
        return ref
    return ref if _said_part(r, idx, table) else ref.model_copy(update={"parts": list(table.name_parts)})


def _own_key(table: TableEntry) -> ColumnRef | None:
    """The table's own key: an identifier with about one value per row."""
    rows = max(table.info.row_count, 1)
    key = next((c for c in table.columns if c.is_id and (c.info.distinct_count or 0) >= KEY_SHARE * rows), None)
    return ColumnRef(table=table.info.name, column=key.name) if key is not None else None


def named_by(idx: CatalogIndex, table: str) -> ForeignKey | None:
    """The one key of a table without a name of its own to a table that names it, one row there per row here (a
    member's person record, an employee's login): a key column with about one value per row."""
    entry = idx.tables[table]
    if entry.label is not None:
        return None
    rows = max(entry.info.row_count, 1)
    hits = [
        fk
        for fk in parents_of(idx, table).values()
        if idx.tables[fk.ref_table].label is not None
        and (c := entry.col(fk.column)) is not None
        and (c.info.distinct_count or 0) >= KEY_SHARE * rows
    ]
    return hits[0] if len(hits) == 1 else None


def _entity(idx: CatalogIndex, plan: AnalysisPlan, d: Dimension) -> tuple[TableEntry, ForeignKey] | None:
    """The rows a grouping by a key stands for (the key's table, or the table it references) and the key that names
    them, when those rows have no name of their own and the query can reach the naming table."""
    c = idx.tables[d.column.table].col(d.column.column) if d.column.table in idx.tables else None
    if c is None or not c.is_id or d.bucket is not None or d.column.alias or d.key is not None:
        return None
    fk = next((k for k in idx.foreign_keys if (k.table, k.column) == (c.table, c.name)), None)
    table = idx.tables.get(fk.ref_table) if fk is not None else idx.tables[c.table]
    if table is None or (fk is None and _own_key(table) != d.column):
        return None
    via = named_by(idx, table.info.name)
    if via is None:
        return None
    if table.info.name == plan.table:
        return table, via
    path = {**{k: (f,) for k, f in parents_of(idx, plan.table).items()}, **ancestors_of(idx, plan.table)}
    route = path.get(via.ref_table)
    return (table, via) if route and route[-1] == via and len(route) >= 2 else None


def _listed(plan: AnalysisPlan, idx: CatalogIndex, r: Reading | None) -> list[ColumnRef]:
    """A row listing's columns with names read whole; a person of another table is listed with their key too."""
    out: list[ColumnRef] = []
    for c in plan.columns:
        whole = _whole(c, idx, r)
        out.append(whole)
        key = _own_key(idx.tables[c.table]) if whole is not c and c.table != plan.table else None
        if key is not None and key not in plan.columns:
            out.append(key)
    return out


def full_names(plan: AnalysisPlan, idx: CatalogIndex, r: Reading | None) -> AnalysisPlan:
    """`plan` with people (and other rows named elsewhere) shown by their whole names."""
    taken = {d.alias for d in plan.dimensions} | {m.alias for m in plan.measures}
    dims: list[Dimension] = []
    renames: dict[str, str] = {}
    for d in plan.dimensions:
        hit = _entity(idx, plan, d)
        if hit is not None:
            table, via = hit
            label = idx.tables[via.ref_table].label
            assert label is not None
            alias = "_".join(table.words)
            alias = alias if alias not in taken else f"{alias}_name"
            taken.add(alias)
            name = _whole(ColumnRef(table=label.table, column=label.name), idx, r)
            dims.append(Dimension(column=name, alias=alias, key=d.column, key_alias=d.alias))
            continue
        whole = _whole(d.column, idx, r) if d.bucket is None else d.column
        if whole is d.column:
            dims.append(d)
            continue
        update: dict[str, object] = {"column": whole}
        if d.alias == d.column.column and whole.output() not in taken:
            update["alias"] = renames[d.alias] = whole.output()
            taken.add(whole.output())
        key = _own_key(idx.tables[whole.table])
        if d.key is None and key is not None:  # two people of one name stay two
            alias = key.column if key.column not in taken else f"{update.get('alias', d.alias)}_{key.column}"
            taken.add(alias)
            update |= {"key": key.model_copy(update={"alias": whole.alias}), "key_alias": alias}
        dims.append(d.model_copy(update=update))
    order = [o.model_copy(update={"alias": renames.get(o.alias, o.alias)}) for o in plan.order]
    columns = _listed(plan, idx, r) if plan.kind == Intent.ROWS else plan.columns
    return plan.model_copy(update={"dimensions": dims, "order": order, "columns": columns})
