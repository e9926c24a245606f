"""Rows named after what they are of: a table whose own name column repeats (lines of a sale naming the thing sold,
each line a row, dated only by its header) holds instances of named things, not the things. "top 10 widgets by
quantity" over such rows ranks the names, with the measure added up over each name's rows; listing the ten biggest
single rows would rank lines."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import LABEL_SHARE, CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import ColumnRef, Dimension, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, measure_alias, ref


def _lines_of_a_header(idx: CatalogIndex, main: TableEntry) -> bool:
    """Rows with no date of their own, each belonging to a dated header (the lines of an order, of a ticket): rows
    that are parts of one happening, not happenings (posts, trips) in their own right; the date the index lends
    such rows is their header's."""
    if main.date is not None and main.date.table == main.info.name:
        return False
    return any(
        fk.table == main.info.name
        and fk.ref_table != fk.table
        and (parent := idx.tables.get(fk.ref_table)) is not None
        and parent.date is not None
        for fk in idx.foreign_keys
    )


def shared_name(idx: CatalogIndex, main: TableEntry) -> ColumnEntry | None:
    """The rows' own name column (its words, past the table's own, only a name word) when few of its values tell the
    rows apart: many rows share each name. None when a name column tells the rows apart (their label), or no such
    column, or several; a label that is only a unique code (a line's own token) does not name them."""
    if (main.label is not None and set(main.label.words) & set(lx.LABEL_WORDS)) or not _lines_of_a_header(idx, main):
        return None
    rows = max(main.info.row_count, 1)
    own = set(main.words)
    named = [
        c
        for c in main.columns
        if c.info.kind == "text"
        and not c.is_id
        and (said := set(c.words) - own)
        and said <= set(lx.LABEL_WORDS)
        and 2 <= (c.info.distinct_count or 0) < LABEL_SHARE * rows
    ]
    return named[0] if len(named) == 1 else None


def _ranked_after_by(r: Reading, ro: Roles, ranked: ColumnRef) -> ColumnRef:
    """The figure named after "by" ("top 5 widgets by takings": the takings, not the widgets' units the noun read)."""
    by = next((i for i, t in enumerate(r.tokens) if t.lower == "by"), None)
    if by is None:
        return ranked
    after = {(m.table, m.column) for m in r.mentions if m.kind == "column" and m.start > by}
    named = [m.column for m in ro.measures if m.column is not None and (m.column.table, m.column.column) in after]
    return named[0] if named else ranked


def rank_shared_names(r: Reading, idx: CatalogIndex, main: TableEntry, ro: Roles, ranked: ColumnRef) -> bool:
    """Group a ranking of rows by their shared name and add the ranked figure up over each name; False (nothing
    changed) when the rows have no shared name or the figure is no amount to add up."""
    name = shared_name(idx, main)
    ranked = _ranked_after_by(r, ro, ranked)
    measured = main.col(ranked.column) if ranked.table == main.info.name else None
    if name is None or measured is None or not measured.additive or measured.is_id:
        return False
    ro.entity = ref(name)
    ro.dims.append(Dimension(column=ro.entity, alias=name.name))
    ro.measures = [Measure(agg="sum", column=ranked, alias=measure_alias("sum", ranked.column))]
    ro.measure_explicit_agg = True
    return True
