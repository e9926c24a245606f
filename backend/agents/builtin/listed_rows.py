"""Which columns a listing of rows shows ("list the open service visits with a high rank", "show all undelivered
parcels"): what tells each row apart and what the question named. Rows a name tells apart (workshops, couriers) show
that name; records (visits, parcels, receipts) show their own number, what they belong to (the first key to another
table), what they are about (a text or two) and when they happened."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import ColumnRef, Filter
from backend.agents.builtin.role_model import Roles, ref
from backend.agents.builtin.table_roles import own_key

LISTED_COLUMNS = 6  # a listing shows what names each row and what the question named, not every column
_KEY_SHARE = 0.8  # about one value per row (distinct counts are estimates)


def listed_columns(idx: CatalogIndex, ro: Roles, main: TableEntry, filters: list[Filter]) -> list[ColumnRef]:
    """What names each row, then the columns the question named; columns held to one value by a filter are left
    out (every row would repeat it)."""
    fixed = [f.column for f in filters if f.op == "=" and f.having is None]
    named = [d.column for d in ro.dims] + [m.column for m in ro.measures if m.column] + ro.row_cols
    named += [f.column for f in filters if f.op == "date_range"]
    if main.label is not None and _named(main, main.label):
        first = [ref(main.label)]
        return [c for c in _unique(first + named) if c not in fixed][:LISTED_COLUMNS] or first
    if len(main.columns) <= LISTED_COLUMNS and not named:
        return []  # a narrow table's records: every column
    ident = _identity(main)
    texts = [
        ref(c) for c in main.columns if c.info.kind == "text" and not c.is_id and not c.flag and c is not main.label
    ]
    parents = [ref(c) for c in _parent_keys(idx, main)]
    dated = [ref(main.date)] if main.date is not None and not any(_temporal(main, c) for c in named) else []
    essential = [c for c in _unique(ident + parents[:1] + named + dated) if c not in fixed]
    room = max(LISTED_COLUMNS - len(essential), 0)
    texts = [c for c in texts if c not in fixed and c not in essential][: min(room, 2)]
    shown = [c for c in _unique(ident + parents[:1] + texts + named + dated) if c not in fixed]
    return shown[: max(LISTED_COLUMNS, len(essential))] or texts


def _named(main: TableEntry, label: ColumnEntry) -> bool:
    """The label is a name that tells the rows apart: words, not digits, the rows' own name or about one per row
    unless the table has no number of its own (a street name repeats over visits, which their own number tells
    apart)."""
    samples = [str(s) for s in label.info.samples if s is not None]
    if samples and not any(ch.isalpha() for s in samples for ch in s):
        return False  # a ticket number, a receipt number: a code, not a name
    if set(label.words) & set(main.words):
        return (
            True  # workshop_name of workshops, CourierName of couriers: the rows' own name, even repeated over versions
        )
    return _unique_per_row(main, label) or own_key(main) is None


def _identity(main: TableEntry) -> list[ColumnRef]:
    """The record's own number (its label when that is unique, else its own key and then its label)."""
    label = main.label
    if label is not None and _unique_per_row(main, label):
        return [ref(label)]
    key = own_key(main)
    return [ref(c) for c in (key, label) if c is not None]


def _unique_per_row(main: TableEntry, c: ColumnEntry) -> bool:
    return (c.info.distinct_count or 0) >= _KEY_SHARE * max(main.info.row_count, 1)


def _parent_keys(idx: CatalogIndex, main: TableEntry) -> list[ColumnEntry]:
    """The table's keys to other tables' rows, in the table's column order: what each record belongs to."""
    keyed = {fk.column for fk in idx.foreign_keys if fk.table == main.info.name and fk.ref_table != main.info.name}
    return [c for c in main.columns if c.name in keyed]


def _temporal(main: TableEntry, c: ColumnRef) -> bool:
    entry = main.col(c.column) if c.table == main.info.name else None
    return entry is not None and (entry.info.kind == "temporal" or entry.date_key is not None)


def _unique(cols: list[ColumnRef]) -> list[ColumnRef]:
    out: list[ColumnRef] = []
    for c in cols:
        if c not in out:
            out.append(c)
    return out
