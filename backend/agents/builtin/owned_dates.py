"""A period said of another table's noun: "tickets sold for concerts in 2024", "quantity of orders placed last
year", "weight of parcels delivered in 2024". The period qualifies the noun (or the verb) right before it, so the date
filtered is that table's own date, not the main table's date (the day each ticket was sold): a table the main one
reaches by its keys is joined; a table whose rows point at one of those (the deliveries of a parcel) keeps the keys its
rows of that period hold (a semi-join, so no row is counted twice)."""

from __future__ import annotations

import datetime as dt

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.conditions import DateFilters, date_filters
from backend.agents.builtin.dates import DateExpr
from backend.agents.builtin.models import ColumnRef, Filter
from backend.agents.builtin.reading import Reading

# Words that tie a noun to the counted rows ("sold for concerts", "lines of orders"); after "by", "per" or "each" the
# noun is a grouping ("sales by store in 2024"), and the period stays with the rows counted.
_TIES = frozenset({"for", "of", "from", "at", "on", "to", "in"})
# Words that open a period ("in March", "during 2024"), when the period read begins after them.
_OPENERS = frozenset({"in", "during", "on", "since", "before", "after", "from", "between", "until"})


def owned_dates(r: Reading, idx: CatalogIndex, ch: Choice, today: dt.date | None) -> DateFilters | None:
    """The period's filters when it is said of another table's noun; None when it is the main table's."""
    if r.date_at is None or r.date is None or r.date.periods:
        return None
    at = r.date_at - (r.low(r.date_at - 1) in _OPENERS)  # "in March 2024" begins at "in"
    held = _held_by(
        r, idx, ch, (r.date, today), at
    )  # "parcels delivered in 2024": the verb names the date of another table's rows
    owner = _date_owner(r, idx, ch, at) if held is None else None
    if owner is not None:  # "tickets sold for concerts in 2024": the concerts' date, joined
        return date_filters(r.date, owner, [], today)
    return held


def _date_owner(r: Reading, idx: CatalogIndex, ch: Choice, at: int) -> TableEntry | None:
    """The table whose noun the period follows ("concerts in 2024", "concerts held in 2024"), when it is another
    table the main one reaches by its keys and it has a date of its own."""
    main = ch.table.info.name
    for m in r.mentions:
        if m.kind != "table" or m.table == main or not ch.reaches(m.table) or not _before(r, m, at):
            continue
        owner = idx.tables[m.table]
        if owner.date is not None and owner.date.table == m.table and r.low(m.start - 1) in _TIES:
            return owner
    return None


def _before(r: Reading, m: Mention, at: int) -> bool:
    """The noun ends where the period begins, or one participle before it ("concerts held in 2024")."""
    if m.end == at:
        return True
    between = r.low(m.end)
    return m.end + 1 == at and lx.past_form(between) and between not in lx.GROUPING_WORDS


def _held_by(
    r: Reading, idx: CatalogIndex, ch: Choice, when: tuple[DateExpr, dt.date | None], at: int
) -> DateFilters | None:
    """ "weight of parcels delivered in 2024" of parcel items: the verb right before the period names the date of a
    table whose rows point at the noun before it (deliveries of a parcel), a table the main one reaches; the rows kept
    are those whose key its rows of that period hold. A verb that also names a date of the rows reached is theirs."""
    verbs = [m for m in r.mentions if m.kind == "column" and m.end == at and lx.past_form(r.low(m.start))]
    if any(ch.reaches(m.table) and _dated(idx, m) for m in verbs):
        return None
    for m in verbs:
        dated = _dated(idx, m)
        nouns = {n.table for n in r.mentions if n.kind == "table" and n.end == m.start and ch.reaches(n.table)}
        fk = next((k for k in idx.foreign_keys if k.table == m.table and k.ref_table in nouns), None)
        if dated is None or fk is None:
            continue
        found = date_filters(when[0], idx.tables[m.table], [], when[1], ColumnRef(table=m.table, column=dated.name))
        key = ColumnRef(table=fk.ref_table, column=fk.ref_column)
        held = ColumnRef(table=fk.table, column=fk.column)
        label = f"{m.table} with {dated.name} in {found.range.label}"
        kept = Filter(column=key, op="in", label=label, among=held, among_filters=list(found.filters))
        return DateFilters(found.range, (kept,), note=found.note)
    return None


def _dated(idx: CatalogIndex, m: Mention) -> ColumnEntry | None:
    """The date column a mention names."""
    c = idx.tables[m.table].col(m.column) if m.column is not None else None
    return c if c is not None and c.info.kind == "temporal" else None
