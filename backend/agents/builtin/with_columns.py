"""Rows listed with the columns the question names after them: "list sailings with their captain's name", "the 5
latest sailings with the harbour name and quay", "crew members and their supervisors' names". Each row shows
what tells it apart (its name, else its own key, and its date when the rows are ordered by it), then the named
columns, read from the row itself, from a table its keys lead to, or through a key to its own table (a role)."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, TableEntry
from backend.agents.builtin.choice import Choice, choose_table
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import own_alias, own_keys
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Intent, OrderItem
from backend.agents.builtin.reading import AggWord, Reading
from backend.agents.builtin.table_roles import own_key

# Words that may stand before the rows' noun: a listing verb and its fillers ("show me all the …").
_BEFORE = lx.LISTING_VERBS | lx.LISTING_FILLERS | {"which", "what", "are", "were", "each"} | lx.COURTESY_WORDS
# Words between the named columns: "the name and quay", "their name, its date".
_BETWEEN = lx.OWNER_WORDS | {"and", "also", "plus", "a", "an"}


@dataclass(frozen=True, slots=True)
class Listed:
    """The plan of the rows listed with the named columns, and the choice of their table."""

    plan: AnalysisPlan
    choice: Choice


def listed_with(r: Reading, idx: CatalogIndex) -> Listed | None:
    """The rows named first, then "with" (or "and their") and columns up to the question's end; None when the
    words after "with" are anything else (a value, a condition, a count, a child's rows)."""
    if r.comparisons or r.operators or r.date is not None or r.patterns:
        return None
    if any(not _counted_column(r, idx, a) for a in r.aggs):
        return None
    for w, t in enumerate(r.tokens):
        joined = t.lower == "with" or (t.lower == "and" and r.low(w + 1) in {"their", "its"})
        if not joined:
            continue
        rows = _rows_before(r, w)
        if rows is None:
            return None
        ch = choose_table(r, idx, only=rows.table)
        if ch is None:
            return None
        named = _named_run(r, idx, ch, w + 1)
        if not named:
            return None
        return Listed(_plan(r, idx, ch, named), ch)
    return None


def _rows_before(r: Reading, w: int) -> Mention | None:
    """The table named by a plural noun right before position w, with only listing words, a number of rows and an
    ordering adjective ("the 5 most recent") before it."""
    found = [m for m in r.mentions if m.kind == "table" and m.end == w]
    if not found:
        return None
    m = max(found, key=lambda m: m.score * m.spec)
    if not any(r.tokens[p].lower != r.tokens[p].stem for p in range(m.start, m.end)):
        return None  # "the customer with the most orders" is one row ranked, not a listing
    adjective = range(r.adjective.start, r.adjective.end) if r.adjective is not None else range(0)
    for k in range(m.start):
        if r.low(k) in _BEFORE or k in adjective or r.words[k] is None or r.tokens[k].number is not None:
            continue
        return None
    if r.adjective is not None and r.adjective.start > w:
        return None  # "orders with the highest total": ranked, not listed
    return m


def _named_run(r: Reading, idx: CatalogIndex, ch: Choice, k: int) -> list[ColumnRef]:
    """The columns named from k to the question's end; a table's noun before its columns is their owner ("the
    harbour's name"), and alone it stands for the owner's name; a key to the rows' own table is a role ("their
    supervisors' names"). Empty when a word is none of these."""
    rows = ch.table.info.name
    out: list[ColumnRef] = []
    owner: ColumnRef | None = None  # the owner's name column, aliased for a role, until its own columns are named
    alias: str | None = None
    table: str | None = None
    roles = {fk.column: own_alias(idx, fk) for fk in own_keys(idx, rows)}
    while k < len(r.tokens):
        if r.low(k) in _BETWEEN or not r.tokens[k].text.isalnum():
            k += 1
            continue
        counted = next((a for a in r.aggs if a.start == k), None)
        if counted is not None:
            k = counted.end  # "number of rooms": the column counting them (`_counted_column`)
            continue
        here = [m for m in r.mentions if m.start == k and m.kind in ("table", "column") and m.via != "adjective"]
        here = [m for m in here if ch.reaches(m.table)]
        if not here:
            return []
        end = max(m.end for m in here)
        named_here = any(m.kind == "column" and m.via == "name" and m.end == end for m in here)
        listed = r.low(k - 1) in lx.OWNER_WORDS - {"the"} or (bool(out) and not r.tokens[k - 1].text.isalnum())
        if not (named_here and listed) and any(
            m.kind == "value" and m.start <= k < m.end and m.end >= end for m in r.mentions
        ):
            return []  # "with status shipped": a value is a condition, not a column ("with their town" is one)
        longest = [m for m in here if m.end == end]
        role = next((m for m in longest if m.table == rows and m.column in roles), None)
        cols = [m for m in longest if m.kind == "column" and m.column is not None and m.column not in roles]
        if role is not None and role.column is not None and not cols:
            owner = _label_of(idx.tables[rows], roles[role.column])
            alias, table = roles[role.column], rows
            if owner is None:
                return []
            k = end
            continue
        if not cols:
            tables = [m for m in longest if m.kind == "table" and m.table != rows]
            if not tables:
                return []
            table, alias = tables[0].table, None
            owner = _label_of(idx.tables[table], None)
            if owner is None:
                return []
            k = end
            continue
        pick = max(cols, key=lambda m: (m.table == table, m.table == rows, m.score))
        parent = next((fk.ref_table for fk in idx.foreign_keys if (fk.table, fk.column) == (pick.table, pick.column)
                       and fk.ref_table != fk.table), None)  # fmt: skip
        named = _label_of(idx.tables[parent], None) if parent is not None and ch.reaches(parent) else None
        if named is not None:  # "gadgets with their kind": the kind's name, not its key
            out.append(named)
            owner, table, alias = None, None, None
            k = end
            continue
        if table is not None and pick.table == table:
            out.append(ColumnRef(table=pick.table, column=pick.column or "", alias=alias))
        else:
            out.append(ColumnRef(table=pick.table, column=pick.column or ""))
            table = alias = None
        owner = None
        k = end
    if owner is not None:
        out.append(owner)
    return out


def _counted_column(r: Reading, idx: CatalogIndex, a: AggWord) -> bool:
    """ "gyms with their town and number of lockers": a count word naming a column that holds a count of its own
    (locker_count, NumberOfLockers), shown as it is; any other aggregate makes the question no listing."""
    if a.agg != "count":
        return False
    for m in r.mentions:
        c = idx.tables[m.table].col(m.column) if m.start == a.end and m.kind == "column" and m.column else None
        if c is not None and not c.is_id and {"number", "count"} & {*c.words, *c.expanded}:
            return True
    return False


def _label_of(entry: TableEntry, alias: str | None) -> ColumnRef | None:
    c = entry.label or own_key(entry)
    return ColumnRef(table=entry.info.name, column=c.name, alias=alias) if c is not None else None


def _plan(r: Reading, idx: CatalogIndex, ch: Choice, named: list[ColumnRef]) -> AnalysisPlan:
    main = ch.table
    tell = main.label or own_key(main)
    first = [ColumnRef(table=main.info.name, column=tell.name)] if tell is not None else []
    dated = next(
        (m for m in r.mentions if m.via == "adjective" and m.table == main.info.name and m.column is not None),
        None,
    )
    order = ColumnRef(table=main.info.name, column=dated.column or "") if dated is not None and r.top_n else None
    if order is not None:
        first.append(order)
    cols = [c for k, c in enumerate([*first, *named]) if c not in [*first, *named][:k]]
    plan = finish(AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=cols), idx, ch, r)
    if order is not None and r.adjective is not None:
        plan.order = [OrderItem(alias=order.column, desc=r.adjective.desc)]
    else:
        plan.order = [OrderItem(alias=cols[0].output())]
    return plan
