"""Rows still open at the data's today: "how many books are currently on loan", "tools out on loan now" read as the
rows of a table with an end date (returned, checked in, ended) still empty. Asked of a table with no such date ("items
on loan now"), the rows are those of the table with one that points at it, and the items are listed or counted
through them."""

from __future__ import annotations

import datetime as dt

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.durations import is_event, root
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter
from backend.agents.builtin.overdue import of_parent
from backend.agents.builtin.planner import plan_on
from backend.agents.builtin.reading import Reading

# Words saying "at this moment": "right now", "currently", "at present".
_NOW_WORDS = frozenset({"now", "currently", "presently"})
# Words of a thing lent and not yet back: "on loan", "checked" then "out", "borrowed", "rented out" ("are out", "still
# out" are read from the word before).
_OUT_WORDS = frozenset({"borrowed", "loaned", "lent", "rented", "hired"})
# Stems of the date a lent thing came back on, empty while it is out.
_BACK_ROOTS = frozenset(root(w) for w in ("return", "back", "checkin", "end", "close", "finish"))


def asks_open_now(r: Reading) -> bool:
    """ "currently on loan", "borrowed now": something lent, said of this moment."""
    words = [t.lower for t in r.tokens]
    now = bool(_NOW_WORDS & set(words)) or any(
        w == "at" and (words[k + 1 : k + 3] == ["the", "moment"] or words[k + 1 : k + 2] == ["present"])
        for k, w in enumerate(words)
    )
    lent = bool(_OUT_WORDS & set(words)) or any(
        (w in {"checked", "are", "is", "still"} and words[k + 1 : k + 2] == ["out"])
        or (w == "on" and words[k + 1 : k + 2] == ["loan"])
        for k, w in enumerate(words)
    )
    return now and lent


def back_column(t: TableEntry) -> ColumnEntry | None:
    """The table's one nullable date a lent thing came back on (returned, checked in)."""
    backs = [c for c in t.columns if is_event(c) and c.info.nullable and any(root(w) in _BACK_ROOTS for w in c.words)]
    return backs[0] if len(backs) == 1 else None


def _open_table(idx: CatalogIndex, ch: Choice | None) -> TableEntry | None:
    """The table of the lendings: the chosen one when it has a return date, else the one with a return date that
    points at the chosen table, else the catalog's only table with one."""
    if ch is not None and back_column(ch.table) is not None:
        return ch.table
    dated = [t for t in idx.tables.values() if back_column(t) is not None]
    if ch is not None:
        pointing = {fk.table for fk in idx.foreign_keys if fk.ref_table == ch.table.info.name}
        dated = [t for t in dated if t.info.name in pointing] or dated
    return dated[0] if len(dated) == 1 else None


def open_now_plan(
    r: Reading, idx: CatalogIndex, ch: Choice | None, today: dt.date | None
) -> tuple[AnalysisPlan, CatalogIndex, Choice, list[str]] | None:
    """The plan over the rows still open, with a note saying how they were found; None when nothing is asked out
    right now or no table records a return."""
    if not asks_open_now(r):
        return None
    t = _open_table(idx, ch)
    back = back_column(t) if t is not None else None
    if t is None or back is None:
        return None
    found = plan_on(r, idx, t.info.name, today)
    if found is None:
        return None
    plan, chosen, notes = found
    name = t.info.name
    back_ref = ColumnRef(table=name, column=back.name)
    plan.filters = [f for f in plan.filters if f.column != back_ref]
    plan.filters.append(Filter(column=back_ref, op="is_null", label=f"no {back.name} yet"))
    if ch is not None and ch.table is not t:
        since = next((c for c in t.columns if is_event(c) and c is not back), back)
        plan = of_parent(r, idx, plan, ch.table, t, ColumnRef(table=name, column=since.name))
    return plan, idx, chosen, [*notes, f"Out now: the {name} rows with no {back.name} yet."]
